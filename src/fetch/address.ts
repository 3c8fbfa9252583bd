/**
 * Which hosts a server-side fetch may reach. Loopback, private, link-local and unspecified addresses
 * (given as IP literals or as `localhost`) are refused unless private fetching is allowed, so a
 * client cannot make the worker probe internal services (SSRF).
 */

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isPrivateIpv4(a: number, b: number): boolean {
  return (
    a === 0 || // "this" network
    a === 10 ||
    a === 127 || // loopback
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local (cloud metadata lives here)
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast and reserved
  );
}

function isPrivateIpv6(host: string): boolean {
  const h = host.toLowerCase();
  if (h === "::" || h === "::1") return true;
  // IPv4-mapped (::ffff:127.0.0.1, normalised by URL to ::ffff:7f00:1)
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mapped) {
    const hi = Number.parseInt(mapped[1], 16);
    return isPrivateIpv4(hi >> 8, hi & 0xff);
  }
  return /^f[cd]/.test(h) || /^fe[89ab]/.test(h); // unique-local fc00::/7, link-local fe80::/10
}

/** True when `hostname` (as `URL.hostname` gives it) names a loopback/private/link-local host. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const v4 = IPV4.exec(host);
  if (v4) return isPrivateIpv4(Number(v4[1]), Number(v4[2]));
  if (host.includes(":")) return isPrivateIpv6(host);
  return false;
}

import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { RATE_LIMIT_PERIOD_SECONDS } from "../../src/limits";
import { clientAddress } from "../../src/middleware/rate-limit";
import wranglerToml from "../../wrangler.toml?raw";
import { call, callWithEnv, type ErrorJson } from "../helpers/worker";

/** A stand-in for the Rate Limiting binding: allows `limit` calls per key and records every key. */
function fakeLimiter(limit: number) {
  const counts = new Map<string, number>();
  const keys: string[] = [];
  const binding: RateLimit = {
    async limit({ key }) {
      keys.push(key);
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      return { success: n <= limit };
    },
  };
  return { binding, keys };
}

/** A route under /v1 that does no work: an id that is not in the cache (404). */
const CHEAP = `/v1/summaries/${"0".repeat(64)}`;

function get(headers: Record<string, string>): RequestInit {
  return { headers };
}

describe("rate limiting (RATE_LIMITER binding)", () => {
  it("per client IP when the API is open: the request past the limit is 429 with Retry-After", async () => {
    const { binding, keys } = fakeLimiter(2);
    const ip = { "cf-connecting-ip": "203.0.113.7" };
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await callWithEnv({ RATE_LIMITER: binding }, CHEAP, get(ip))).status);
    expect(statuses).toEqual([404, 404, 429]);
    const refused = await callWithEnv({ RATE_LIMITER: binding }, CHEAP, get(ip));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
    expect(refused.headers.get("content-type")).toContain("application/json");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    expect(((await refused.json()) as ErrorJson).error.code).toBe("rate_limited");
    expect(new Set(keys)).toEqual(new Set(["ip:203.0.113.7"]));
    // Another client is not affected.
    const other = await callWithEnv(
      { RATE_LIMITER: binding },
      CHEAP,
      get({ "cf-connecting-ip": "198.51.100.1" }),
    );
    expect(other.status).toBe(404);
  });

  it("per API key when keys are configured: hashed, the same for every IP, distinct per key", async () => {
    const { binding, keys } = fakeLimiter(1);
    const overrides = { API_KEYS: "alpha-key-1,beta-key-2", RATE_LIMITER: binding };
    const as = (key: string, ip: string) =>
      callWithEnv(overrides, CHEAP, get({ authorization: `Bearer ${key}`, "cf-connecting-ip": ip }));
    expect((await as("alpha-key-1", "203.0.113.1")).status).toBe(404);
    // Same key from another address: same budget, now spent.
    expect((await as("alpha-key-1", "203.0.113.2")).status).toBe(429);
    // Another key has its own.
    expect((await as("beta-key-2", "203.0.113.1")).status).toBe(404);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).not.toBe(keys[0]);
    for (const k of keys) {
      expect(k).toMatch(/^key:[0-9a-f]{32}$/);
      expect(k).not.toContain("alpha");
      expect(k).not.toContain("beta");
    }
  });

  it("an invalid API key is refused (401) before it is counted", async () => {
    const { binding, keys } = fakeLimiter(100);
    const res = await callWithEnv(
      { API_KEYS: "alpha-key-1", RATE_LIMITER: binding },
      CHEAP,
      get({ authorization: "Bearer wrong", "cf-connecting-ip": "203.0.113.1" }),
    );
    expect(res.status).toBe(401);
    expect(keys).toEqual([]);
  });

  it("counts an IPv6 client by its /64 and an IPv4-mapped address as the IPv4 one", async () => {
    expect(clientAddress("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb");
    expect(clientAddress("2001:DB8:00aa:bb::9")).toBe("2001:db8:aa:bb");
    expect(clientAddress("2001:db8::1")).toBe("2001:db8:0:0");
    expect(clientAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(clientAddress("192.0.2.1")).toBe("192.0.2.1");
    const { binding, keys } = fakeLimiter(1);
    await callWithEnv({ RATE_LIMITER: binding }, CHEAP, get({ "cf-connecting-ip": "2001:db8:aa:bb::1" }));
    const second = await callWithEnv(
      { RATE_LIMITER: binding },
      CHEAP,
      get({ "cf-connecting-ip": "2001:db8:aa:bb::2" }),
    );
    expect(second.status).toBe(429);
    expect(keys).toEqual(["ip:2001:db8:aa:bb", "ip:2001:db8:aa:bb"]);
  });

  it("is off when unbound, skips requests with neither key nor IP, and fails open when the limiter fails", async () => {
    const ip = get({ "cf-connecting-ip": "203.0.113.9" });
    for (let i = 0; i < 3; i++)
      expect((await callWithEnv({ RATE_LIMITER: undefined }, CHEAP, ip)).status).toBe(404);
    const { binding, keys } = fakeLimiter(0);
    expect((await callWithEnv({ RATE_LIMITER: binding }, CHEAP)).status).toBe(404);
    expect(keys).toEqual([]);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const broken: RateLimit = {
      limit: () => Promise.reject(new Error("limiter down")),
    };
    expect((await callWithEnv({ RATE_LIMITER: broken }, CHEAP, ip)).status).toBe(404);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("only /v1 is limited: the docs, the playground and /health are not", async () => {
    const { binding, keys } = fakeLimiter(0);
    const ip = get({ "cf-connecting-ip": "203.0.113.10" });
    for (const path of ["/health", "/docs", "/openapi.json", "/"]) {
      expect((await callWithEnv({ RATE_LIMITER: binding }, path, ip)).status).toBe(200);
    }
    expect(keys).toEqual([]);
  });

  it("the local binding from wrangler.toml (Miniflare) refuses a client past its limit", async () => {
    expect(env.RATE_LIMITER).toBeDefined();
    const limit = Number(/\[\[ratelimits\]\][^[]*?limit\s*=\s*(\d+)/.exec(wranglerToml)?.[1]);
    const period = Number(/\[\[ratelimits\]\][^[]*?period\s*=\s*(\d+)/.exec(wranglerToml)?.[1]);
    expect(period).toBe(RATE_LIMIT_PERIOD_SECONDS);
    expect(limit).toBeGreaterThan(0);
    // A fresh address, so earlier runs do not count. Windows follow the clock, so the run may cross
    // one boundary: at least `limit` and at most `2 * limit` requests pass before the first refusal.
    const ip = `198.18.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
    let passed = 0;
    let refused: Response | null = null;
    for (let i = 0; i <= 2 * limit; i++) {
      const res = await call(CHEAP, get({ "cf-connecting-ip": ip }));
      if (res.status === 429) {
        refused = res;
        break;
      }
      expect(res.status).toBe(404);
      passed++;
    }
    if (!refused) throw new Error(`no 429 after ${passed} requests`);
    expect(passed).toBeGreaterThanOrEqual(limit);
    expect(passed).toBeLessThanOrEqual(2 * limit);
    expect(refused.headers.get("retry-after")).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
    expect(((await refused.json()) as ErrorJson).error.code).toBe("rate_limited");
  });
});

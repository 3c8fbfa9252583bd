import type { MiddlewareHandler } from "hono";
import { sha256Hex } from "../cache/keys";
import { type AppEnv, apiKeys, type Env } from "../config";
import { errorBody } from "../errors";
import { RATE_LIMIT_PERIOD_SECONDS } from "../limits";
import { errorResponse } from "./errors";

/** Hex characters of the key's SHA-256 used in the limiter key (the key itself is never sent there). */
const KEY_HASH_CHARS = 32;
/** An IPv6 client usually holds a whole /64: its first four groups count as one client. */
const IPV6_CLIENT_GROUPS = 4;

/**
 * Rate limiting with the Workers Rate Limiting binding (RATE_LIMITER; off when unbound): a request
 * over the limit is answered 429 `rate_limited` with `Retry-After`. Counted per API key when the
 * worker has keys (this runs after authentication, so the key is a valid one), else per client IP
 * (`CF-Connecting-IP`, which Cloudflare always sets; a request without it, such as a test's or another
 * worker's, is not counted). A failing limiter lets the request through rather than failing it.
 */
export const rateLimit: MiddlewareHandler<AppEnv> = async function rateLimit(c, next) {
  const limiter = c.env.RATE_LIMITER;
  if (!limiter) return next();
  const key = await rateLimitKey(c.req.raw, c.env);
  if (key === null) return next();
  let allowed = true;
  try {
    allowed = (await limiter.limit({ key })).success;
  } catch (err) {
    console.warn("rate limiter failed; request let through", err);
  }
  if (allowed) return next();
  return errorResponse(
    errorBody("rate_limited", `too many requests: try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds`),
    429,
    new Headers({ "Retry-After": String(RATE_LIMIT_PERIOD_SECONDS) }),
  );
};

/** `key:<hash>` for an API key, `ip:<address>` for a client address, null when there is neither. */
export async function rateLimitKey(req: Request, env: Env): Promise<string | null> {
  if (apiKeys(env).length > 0) {
    const token = /^Bearer\s+(.+)$/i.exec(req.headers.get("authorization") ?? "")?.[1]?.trim();
    if (token) return `key:${(await sha256Hex(token)).slice(0, KEY_HASH_CHARS)}`;
  }
  const ip = req.headers.get("cf-connecting-ip")?.trim();
  return ip ? `ip:${clientAddress(ip)}` : null;
}

/** An IPv4 address as is; an IPv6 address cut to its /64 (lowercase, zeros expanded). */
export function clientAddress(ip: string): string {
  if (!ip.includes(":")) return ip;
  const mapped = /:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(ip); // ::ffff:192.0.2.1 is an IPv4 client
  if (mapped) return mapped[1];
  const [head, tail = ""] = ip.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  const missing = Math.max(0, 8 - left.length - right.length);
  const groups = ip.includes("::") ? [...left, ...Array(missing).fill("0"), ...right] : left;
  return groups
    .slice(0, IPV6_CLIENT_GROUPS)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":");
}

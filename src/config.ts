import { DEFAULT_CACHE_TTL_SECONDS, KV_MIN_TTL_SECONDS } from "./limits";

/** Bindings and variables of the worker (see wrangler.toml). */
export interface Env {
  /** Results cache. */
  CACHE: KVNamespace;
  /** Seconds a result stays in KV. */
  CACHE_TTL_SECONDS?: string;
  /** Secret: comma-separated API keys. When unset the API is open (local development). */
  API_KEYS?: string;
  /** "true" lets `url` fetching reach loopback and private addresses (local development, tests). */
  ALLOW_PRIVATE_FETCH?: string;
  /** Translation provider: "workers-ai", "apertium" or "libretranslate" (unset: translation off). */
  TRANSLATOR?: string;
  /** Base URL of a self-hosted translation engine (apertium, libretranslate); operator config. */
  TRANSLATOR_URL?: string;
  /** Secret: API key of a LibreTranslate instance that requires one. */
  TRANSLATOR_API_KEY?: string;
  /** Workers AI binding, for TRANSLATOR = "workers-ai" (see README). */
  AI?: Ai;
  /** Feeds summarised on schedule: `id=url,id2=url2` or JSON (see src/feeds/registry.ts). */
  FEEDS?: string;
  /** Queue of "fetch this feed" messages (scheduled runs, refresh). */
  FEED_QUEUE: Queue<import("./feeds/types").FeedMessage>;
  /** Queue of "summarise this new item" messages (feed consumer). */
  ITEM_QUEUE: Queue<import("./feeds/types").ItemMessage>;
  /** Workers Rate Limiting binding for /v1 (per API key, else per client IP); unbound: no limit. */
  RATE_LIMITER?: RateLimit;
}

/** Hono environment type shared by the app and its routes. */
export interface AppEnv {
  Bindings: Env;
}

/** The configured TTL, never below KV's minimum. */
export function cacheTtlSeconds(env: Env): number {
  const n = Number.parseInt(env.CACHE_TTL_SECONDS ?? "", 10);
  if (!Number.isFinite(n) || n <= 0) return DEFAULT_CACHE_TTL_SECONDS;
  return Math.max(KV_MIN_TTL_SECONDS, n);
}

/** API keys from the `API_KEYS` secret; empty when the API is open. */
export function apiKeys(env: Env): string[] {
  return (env.API_KEYS ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}

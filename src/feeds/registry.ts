/**
 * The feed registry: feeds from the `FEEDS` variable (read-only through the API) and feeds added
 * with `PUT /v1/feeds/:id` (KV). A configured id wins over a stored one.
 */
import type { Env } from "../config";
import {
  FEED_INTERVAL_DEFAULT_MINUTES,
  FEED_INTERVAL_MAX_MINUTES,
  FEED_INTERVAL_MIN_MINUTES,
} from "../limits";
import { FEED_DEF_PREFIX, getDefinition } from "./store";
import type { FeedDefinition } from "./types";

/** Feed ids: short, URL-safe, lowercase (they appear in paths and KV keys). */
export const FEED_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** In `id=url,id=url` a separator is a comma (or whitespace) before the next `id=`, so URLs keep theirs. */
const PAIR_SEPARATOR = /[\s,]+(?=[a-z0-9][a-z0-9_-]*=)/;

interface ConfigFeed {
  id?: unknown;
  url?: unknown;
  intervalMinutes?: unknown;
}

/** An interval within range, else the default. */
export function clampInterval(value: unknown): number {
  const n = typeof value === "number" ? value : Number.NaN;
  if (!Number.isInteger(n)) return FEED_INTERVAL_DEFAULT_MINUTES;
  return Math.min(FEED_INTERVAL_MAX_MINUTES, Math.max(FEED_INTERVAL_MIN_MINUTES, n));
}

/**
 * Feeds of the `FEEDS` variable: `id=url,id2=url2`, or JSON — `[{ "id", "url", "intervalMinutes"? }]`
 * or `{ "id": "url" }`. Malformed entries are logged and skipped (a typo must not stop the others).
 */
export function configFeeds(env: Pick<Env, "FEEDS">): FeedDefinition[] {
  const raw = env.FEEDS?.trim();
  if (!raw) return [];
  let entries: ConfigFeed[];
  if (raw.startsWith("[") || raw.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(raw);
      entries = Array.isArray(parsed)
        ? (parsed as ConfigFeed[])
        : Object.entries(parsed as Record<string, unknown>).map(([id, url]) => ({ id, url }));
    } catch {
      console.warn("FEEDS is not valid JSON; no configured feeds");
      return [];
    }
  } else {
    entries = raw.split(PAIR_SEPARATOR).map((pair) => {
      const at = pair.indexOf("=");
      return at < 0 ? { id: pair } : { id: pair.slice(0, at).trim(), url: pair.slice(at + 1).trim() };
    });
  }
  const seen = new Set<string>();
  const feeds: FeedDefinition[] = [];
  for (const e of entries) {
    if (typeof e?.id !== "string" || !FEED_ID.test(e.id) || typeof e.url !== "string" || seen.has(e.id)) {
      console.warn(`FEEDS: skipping malformed or repeated entry ${JSON.stringify(e).slice(0, 200)}`);
      continue;
    }
    seen.add(e.id);
    feeds.push({ id: e.id, url: e.url, intervalMinutes: clampInterval(e.intervalMinutes), source: "config" });
  }
  return feeds;
}

/** One feed by id (configured first), or null. */
export async function findFeed(env: Env, id: string): Promise<FeedDefinition | null> {
  return (
    configFeeds(env).find((f) => f.id === id) ?? (FEED_ID.test(id) ? getDefinition(env.CACHE, id) : null)
  );
}

/** Every feed: configured ones, then stored ones (by id). */
export async function listFeeds(env: Env): Promise<FeedDefinition[]> {
  const configured = configFeeds(env);
  const ids = new Set(configured.map((f) => f.id));
  const stored: FeedDefinition[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.CACHE.list({ prefix: FEED_DEF_PREFIX, cursor });
    const defs = await Promise.all(
      page.keys.map((k) => getDefinition(env.CACHE, k.name.slice(FEED_DEF_PREFIX.length))),
    );
    for (const def of defs) if (def && !ids.has(def.id)) stored.push(def);
    cursor = page.list_complete ? undefined : page.cursor;
  } while (cursor);
  return [...configured, ...stored.sort((a, b) => a.id.localeCompare(b.id))];
}

/**
 * Where feeds live in KV (the CACHE namespace, under `feed:`), one writer per key so concurrent
 * consumers never lose each other's updates (KV allows about one write per second per key, last
 * write wins):
 *   feed:def:<id>            an API-defined feed                 (routes)
 *   feed:state:<id>          fetch state and validators          (feed consumer)
 *   feed:queued:<id>         "a fetch message is in flight" mark (scheduler / refresh; TTL)
 *   feed:index:<id>          item ids, newest first, bounded    (feed consumer)
 *   feed:item:<id>:<itemId>  one summarised (or failed) item    (item consumer; TTL)
 * The item consumers of one feed run concurrently, so they never touch the shared index: the feed
 * consumer adds entries to it when it queues them, and each item consumer writes only its own key.
 */
import { kvGetJson, kvPutJson } from "../cache/kv";
import { FEED_ITEM_TTL_SECONDS } from "../limits";
import type { FeedDefinition, FeedState, IndexEntry, StoredItem } from "./types";

export const FEED_DEF_PREFIX = "feed:def:";

/** A queued mark outlives a message's normal wait; it expires so a lost message cannot block a feed. */
export const FEED_QUEUED_TTL_SECONDS = 30 * 60;

const stateKey = (id: string) => `feed:state:${id}`;
const queuedKey = (id: string) => `feed:queued:${id}`;
const indexKey = (id: string) => `feed:index:${id}`;
const itemKey = (id: string, itemId: string) => `feed:item:${id}:${itemId}`;
export const defKey = (id: string) => FEED_DEF_PREFIX + id;

/** A fresh feed's state. */
export function emptyState(): FeedState {
  return {
    lastAttemptAt: null,
    lastFetchedAt: null,
    lastStatus: null,
    lastError: null,
    etag: null,
    lastModified: null,
    title: null,
    itemCount: 0,
    lastNewItems: 0,
  };
}

export async function getState(kv: KVNamespace, id: string): Promise<FeedState> {
  return { ...emptyState(), ...((await kvGetJson<Partial<FeedState>>(kv, stateKey(id))) ?? {}) };
}

/** Returns whether it was stored. No TTL: state lives as long as the feed. */
export function putState(kv: KVNamespace, id: string, state: FeedState): Promise<boolean> {
  return putForever(kv, stateKey(id), state);
}

export async function isQueued(kv: KVNamespace, id: string): Promise<boolean> {
  return (await kvGetJson<unknown>(kv, queuedKey(id))) !== null;
}

export function markQueued(kv: KVNamespace, id: string, at: Date): Promise<boolean> {
  return kvPutJson(kv, queuedKey(id), { at: at.toISOString() }, FEED_QUEUED_TTL_SECONDS);
}

export async function clearQueued(kv: KVNamespace, id: string): Promise<void> {
  await kv.delete(queuedKey(id)).catch((err) => console.warn(`clearing ${queuedKey(id)} failed: ${err}`));
}

export async function getIndex(kv: KVNamespace, id: string): Promise<IndexEntry[]> {
  return (await kvGetJson<IndexEntry[]>(kv, indexKey(id))) ?? [];
}

export function putIndex(kv: KVNamespace, id: string, index: IndexEntry[]): Promise<boolean> {
  return putForever(kv, indexKey(id), index);
}

export function getItem(kv: KVNamespace, id: string, itemId: string): Promise<StoredItem | null> {
  return kvGetJson<StoredItem>(kv, itemKey(id, itemId));
}

export function putItem(kv: KVNamespace, item: StoredItem): Promise<boolean> {
  return kvPutJson(kv, itemKey(item.feedId, item.id), item, FEED_ITEM_TTL_SECONDS);
}

export async function getDefinition(kv: KVNamespace, id: string): Promise<FeedDefinition | null> {
  return kvGetJson<FeedDefinition>(kv, defKey(id));
}

export function putDefinition(kv: KVNamespace, def: FeedDefinition): Promise<boolean> {
  return putForever(kv, defKey(def.id), def);
}

/** Removes a feed's definition, state, mark and index (its items expire with their TTL). */
export async function deleteFeedData(kv: KVNamespace, id: string): Promise<void> {
  await Promise.all([defKey(id), stateKey(id), queuedKey(id), indexKey(id)].map((k) => kv.delete(k)));
}

async function putForever(kv: KVNamespace, key: string, value: unknown): Promise<boolean> {
  try {
    await kv.put(key, JSON.stringify(value));
    return true;
  } catch (err) {
    console.warn(`feed store write failed for ${key}: ${String(err)}`);
    return false;
  }
}

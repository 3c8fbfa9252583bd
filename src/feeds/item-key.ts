/**
 * The identity of a feed entry, so a run can tell new entries from seen ones and processing one twice
 * overwrites rather than duplicates: feed id + guid/id, else the link, else a hash of title and content.
 */
import { sha256Hex } from "../cache/keys";
import type { FeedEntry } from "./types";

/** Hex characters of the item id (128 bits: collisions within a feed are out of reach). */
const ITEM_ID_HEX_CHARS = 32;

/** The natural key of an entry (before hashing), or null for an entry with nothing to identify it. */
export function entryKey(entry: FeedEntry): string | null {
  if (entry.guid) return `guid:${entry.guid}`;
  if (entry.link) return `link:${entry.link}`;
  const body = `${entry.title ?? ""}\n${entry.content ?? ""}`;
  return body.trim() ? `text:${body}` : null;
}

/** The item id used in KV keys and the API: a hash of feed id and entry key. */
export async function itemId(feedId: string, key: string): Promise<string> {
  return (await sha256Hex(`${feedId}\n${key}`)).slice(0, ITEM_ID_HEX_CHARS);
}

/**
 * Which entries of a fetched feed are new, and the feed's item index after adding them. Pure: the
 * feed consumer reads the index, calls these, and writes the result (it is the index's only writer).
 */
import { FEED_INDEX_MAX, FEED_MAX_ITEMS_PER_RUN } from "../limits";
import type { FeedEntry, IndexEntry } from "./types";

export interface Candidate {
  id: string;
  /** Sort time: the published date (never later than when seen), else when it was seen. */
  at: string;
  entry: FeedEntry;
}

/** The sort time of an entry seen at `now`: a date in the future (bad clocks, scheduled posts) counts as now. */
export function sortTime(entry: FeedEntry, now: Date): string {
  const seen = now.toISOString();
  return entry.publishedAt && entry.publishedAt < seen ? entry.publishedAt : seen;
}

const newestFirst = <T extends { at: string }>(a: T, b: T) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/**
 * New entries to queue, newest first, at most FEED_MAX_ITEMS_PER_RUN (the rest wait for a later
 * change of the feed). When the index is full, entries older than everything it keeps are history,
 * not news: queuing them would only push them out again.
 */
export function selectNew(candidates: Candidate[], index: IndexEntry[]): Candidate[] {
  const known = new Set(index.map((e) => e.id));
  const oldestKept = index.length >= FEED_INDEX_MAX ? index[index.length - 1].at : null;
  const fresh: Candidate[] = [];
  for (const c of candidates) {
    if (known.has(c.id)) continue;
    if (oldestKept !== null && c.at <= oldestKept) continue;
    known.add(c.id); // the same guid twice in one document counts once
    fresh.push(c);
  }
  // Array.prototype.sort is stable: undated entries keep the document's (newest-first) order.
  return fresh.sort(newestFirst).slice(0, FEED_MAX_ITEMS_PER_RUN);
}

/** The index with `added` merged in: no id twice, newest first, at most FEED_INDEX_MAX entries. */
export function mergeIndex(index: IndexEntry[], added: Candidate[]): IndexEntry[] {
  const ids = new Set(index.map((e) => e.id));
  const merged = [...added.filter((c) => !ids.has(c.id)).map((c) => ({ id: c.id, at: c.at })), ...index];
  return merged.sort(newestFirst).slice(0, FEED_INDEX_MAX);
}

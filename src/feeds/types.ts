/** The data of scheduled feed summarising: feed definitions, their state, entries and stored items. */
import type { SummaryResult } from "../service/result";

/** Where a feed was defined: the `FEEDS` variable (read-only through the API) or `PUT /v1/feeds/:id`. */
export type FeedSource = "config" | "api";

export interface FeedDefinition {
  id: string;
  url: string;
  /** Minutes between scheduled fetches. */
  intervalMinutes: number;
  source: FeedSource;
}

/** What the last runs of a feed left behind (KV, written by the feed consumer only). */
export interface FeedState {
  /** Last time a fetch of the feed was attempted (due logic counts from it), ISO 8601. */
  lastAttemptAt: string | null;
  /** Last time the feed answered (200 or 304). */
  lastFetchedAt: string | null;
  /** HTTP status of the last answer (304 = unchanged). */
  lastStatus: number | null;
  /** Why the last attempt failed; null after a success. */
  lastError: string | null;
  /** Validators for the next conditional GET. */
  etag: string | null;
  lastModified: string | null;
  /** The feed's own title, from its last parsed document. */
  title: string | null;
  /** Items in the feed's index (queued or summarised). */
  itemCount: number;
  /** Items the last changed document added. */
  lastNewItems: number;
}

/** One entry of a parsed feed, normalised over RSS, RDF, Atom and JSON Feed. */
export interface FeedEntry {
  /** guid (RSS), id (Atom, JSON Feed); null when the feed gives none. */
  guid: string | null;
  title: string | null;
  /** Absolute URL of the article page (resolved against the feed URL), or null. */
  link: string | null;
  /** ISO 8601 (UTC) when the feed gives a readable date. */
  publishedAt: string | null;
  /** The feed's own HTML or text for the entry (full content when given, else the summary). */
  content: string | null;
}

export type FeedFormat = "rss" | "atom" | "rdf" | "json";

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** Document order (feeds list newest first by convention). */
  entries: FeedEntry[];
}

/** Queue message: fetch one feed now. */
export interface FeedMessage {
  kind: "feed";
  feedId: string;
  /** The feed URL when queued: a message for a feed since deleted or moved is dropped. */
  url: string;
}

/** Queue message: summarise one new entry of a feed. */
export interface ItemMessage {
  kind: "item";
  feedId: string;
  /** Stable id of the entry within the feed (hash of its key, see item-key.ts). */
  itemId: string;
  title: string | null;
  link: string | null;
  publishedAt: string | null;
  /** The feed's own content, cut at FEED_ITEM_CONTENT_MAX_CHARS (fallback when the page fails). */
  content: string | null;
}

export type QueueMessage = FeedMessage | ItemMessage;

/** An item in a feed's index: enough to order and find its record. */
export interface IndexEntry {
  id: string;
  /** Published date, else when it was first seen: the index is sorted on it, newest first. */
  at: string;
}

/** A processed item as stored under its own KV key (one writer: the item consumer). */
export interface FeedItemRecord {
  id: string;
  feedId: string;
  title: string | null;
  link: string | null;
  publishedAt: string | null;
  /** "page": the article page was summarised; "feed": the feed's own content was (page unavailable). */
  source: "page" | "feed";
  /** The summary result without its text blocks (what translation needs too). */
  result: SummaryResult;
  processedAt: string;
}

/** An item that could not be summarised (kept so it is not retried forever; not listed). */
export interface FailedItemRecord {
  id: string;
  feedId: string;
  failed: true;
  error: string;
  processedAt: string;
}

export type StoredItem = FeedItemRecord | FailedItemRecord;

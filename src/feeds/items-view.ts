/** What the feeds API answers: feeds with their state, and a feed's latest summarised items. */
import type { Env } from "../config";
import type { KeyFact, SummarySentence } from "../core/types";
import { ApiError } from "../errors";
import { translateSummary } from "../translate/service";
import type { SummaryTranslation } from "../translate/translation";
import { getIndex, getItem, getState } from "./store";
import type { FeedDefinition, FeedItemRecord, FeedState } from "./types";

export interface FeedView extends FeedDefinition {
  state: Omit<FeedState, "etag" | "lastModified">;
}

export async function feedView(env: Env, feed: FeedDefinition): Promise<FeedView> {
  const { etag: _etag, lastModified: _lastModified, ...state } = await getState(env.CACHE, feed.id);
  return { ...feed, state };
}

export interface ItemView {
  id: string;
  title: string | null;
  link: string | null;
  publishedAt: string | null;
  /** "page" or "feed" (the feed's own content, when the page could not be had). */
  source: FeedItemRecord["source"];
  lang: string | null;
  summary: SummarySentence[];
  keyFacts: KeyFact[];
  /** The full result: GET /v1/summaries/:resultId while it is cached. */
  resultId: string;
  processedAt: string;
  translation?: SummaryTranslation;
}

function itemView(r: FeedItemRecord): ItemView {
  return {
    id: r.id,
    title: r.title,
    link: r.link,
    publishedAt: r.publishedAt,
    source: r.source,
    lang: r.result.article.lang,
    summary: r.result.summary,
    keyFacts: r.result.keyFacts,
    resultId: r.result.id,
    processedAt: r.processedAt,
  };
}

/**
 * The latest `limit` summarised items, newest first. The index may list items still queued or
 * failed (no record, or a failed one): they are skipped. Records are read a page at a time.
 */
export async function latestItems(env: Env, feedId: string, limit: number): Promise<FeedItemRecord[]> {
  const index = await getIndex(env.CACHE, feedId);
  const found: FeedItemRecord[] = [];
  for (let at = 0; at < index.length && found.length < limit; at += limit) {
    const page = await Promise.all(index.slice(at, at + limit).map((e) => getItem(env.CACHE, feedId, e.id)));
    for (const record of page) {
      if (record && !("failed" in record) && found.length < limit) found.push(record);
    }
  }
  return found;
}

/** Item views, translated into `to` when asked (as in the summarize API; per item, a failure is reported on it). */
export async function itemViews(
  env: Env,
  records: FeedItemRecord[],
  to: string | undefined,
): Promise<ItemView[]> {
  if (to === undefined) return records.map(itemView);
  return Promise.all(
    records.map(async (r) => ({ ...itemView(r), translation: await translateItem(env, r, to) })),
  );
}

async function translateItem(env: Env, record: FeedItemRecord, to: string): Promise<SummaryTranslation> {
  try {
    return await translateSummary(env, record.result, to);
  } catch (err) {
    // No provider configured fails the whole request, as on /v1/summarize; one item's language does not.
    if (!(err instanceof ApiError) || err.code === "translation_unavailable") throw err;
    return {
      lang: to,
      from: record.result.article.lang ?? "und",
      provider: env.TRANSLATOR ?? "none",
      error: err.message,
    };
  }
}

/**
 * The item consumer's work for one message: summarise the article page through the shared path
 * (cache → fetch → core → cache), or the feed's own full content when the page cannot be had, and
 * store the result under the item's own key. Processing an item twice rewrites that key: the index
 * (written by the feed consumer) never sees a duplicate.
 */
import type { Env } from "../config";
import { ApiError } from "../errors";
import { FACTS_DEFAULT, SENTENCES_DEFAULT } from "../limits";
import { toResponseResult } from "../service/result";
import {
  type OutputOptions,
  type SummarizeInput,
  type SummarizeOutcome,
  summarizeInput,
} from "../service/summarize";
import { ACK, isLastAttempt, type MessageOutcome } from "./queues";
import { retryDelaySeconds } from "./retry";
import { getItem, putItem } from "./store";
import type { FeedItemRecord, ItemMessage } from "./types";

/** Feed items are summarised with the API's defaults, so a later API call for the same page hits the cache. */
const ITEM_OPTIONS: OutputOptions = { sentences: SENTENCES_DEFAULT, facts: FACTS_DEFAULT };

/**
 * Words the feed's own content needs to stand in for the page: full articles in feeds run to
 * hundreds of words, while teasers (a sentence or two, often under 60) would only be repeated back.
 */
export const FEED_FULL_CONTENT_MIN_WORDS = 120;

const TAG = /<[^>]*>/g;
const WORD = /[\p{L}\p{N}]+/gu;

/** Words of an HTML or text fragment (markup ignored): enough to tell a teaser from an article. */
export function contentWords(content: string): number {
  return content.replace(TAG, " ").match(WORD)?.length ?? 0;
}

export async function runItem(
  env: Env,
  message: ItemMessage,
  attempts: number,
  now = new Date(),
): Promise<MessageOutcome> {
  const existing = await getItem(env.CACHE, message.feedId, message.itemId);
  if (existing && !("failed" in existing)) return ACK; // already summarised: a repeat delivery

  let pageError: ApiError | null = null;
  if (message.link) {
    try {
      return await store(
        env,
        message,
        "page",
        await summarizeInput(env, { kind: "url", url: message.link }, ITEM_OPTIONS),
        attempts,
        now,
      );
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      pageError = err;
    }
  }
  const fallback = feedContentInput(message);
  let fallbackError: ApiError | null = null;
  if (fallback) {
    try {
      return await store(
        env,
        message,
        "feed",
        await summarizeInput(env, fallback, ITEM_OPTIONS),
        attempts,
        now,
      );
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      fallbackError = err;
    }
  }
  const error = pageError ?? fallbackError;
  const reason = error
    ? `${error.code}: ${error.message}`
    : "the entry has neither a link nor enough content";
  // A page that may answer later (429, 5xx, timeout) is tried again; on the last attempt the failure is
  // recorded (so the item does not stay pending) and the retry moves the message to the dead-letter queue.
  const retry = pageError !== null && isTransient(pageError);
  if (!retry || isLastAttempt(attempts)) {
    await putItem(env.CACHE, {
      id: message.itemId,
      feedId: message.feedId,
      failed: true,
      error: reason,
      processedAt: now.toISOString(),
    });
  }
  return retry
    ? { action: "retry", delaySeconds: retryDelaySeconds(attempts, retryAfterOf(pageError)) }
    : ACK;
}

async function store(
  env: Env,
  message: ItemMessage,
  source: FeedItemRecord["source"],
  outcome: SummarizeOutcome,
  attempts: number,
  now: Date,
): Promise<MessageOutcome> {
  const record: FeedItemRecord = {
    id: message.itemId,
    feedId: message.feedId,
    title: message.title ?? outcome.result.article.title,
    link: message.link,
    publishedAt: message.publishedAt ?? outcome.result.article.publishedAt,
    source,
    result: toResponseResult(outcome.result, false, false),
    processedAt: now.toISOString(),
  };
  if (await putItem(env.CACHE, record)) return ACK;
  return { action: "retry", delaySeconds: retryDelaySeconds(attempts, null) };
}

/** The page's own Retry-After (seconds), carried in the fetch error's details. */
function retryAfterOf(err: ApiError | null): number | null {
  const seconds = err?.details?.retryAfterSeconds;
  return typeof seconds === "number" ? seconds : null;
}

/** Rate limiting, server errors, timeouts and network failures may pass; a 404 or a non-article will not. */
function isTransient(err: ApiError): boolean {
  if (err.code === "upstream_timeout") return true;
  if (err.code !== "upstream_error") return false;
  const status = err.details?.status;
  return typeof status !== "number" || status === 408 || status === 429 || status >= 500;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The feed's own content as a small article page (title, date, canonical link), when it is long
 * enough to be the article rather than a teaser; null otherwise.
 */
export function feedContentInput(message: ItemMessage): SummarizeInput | null {
  if (!message.content || contentWords(message.content) < FEED_FULL_CONTENT_MIN_WORDS) return null;
  const title = message.title ? escapeHtml(message.title) : "";
  const head = [
    '<meta charset="utf-8">',
    title ? `<title>${title}</title>` : "",
    message.publishedAt ? `<meta property="article:published_time" content="${message.publishedAt}">` : "",
    message.link ? `<link rel="canonical" href="${escapeHtml(message.link)}">` : "",
  ].join("");
  const heading = title ? `<h1>${title}</h1>` : "";
  const body = /<[a-z][^>]*>/i.test(message.content) ? message.content : textToParagraphs(message.content);
  const html = `<!doctype html><html><head>${head}</head><body><article>${heading}${body}</article></body></html>`;
  return { kind: "html", html, url: message.link ?? undefined };
}

/** Plain-text content (JSON Feed `content_text`, plain RSS descriptions): paragraphs at blank lines. */
function textToParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("");
}

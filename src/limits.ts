/**
 * Every limit of the service in one place. Each one says what happens past it: a request-level limit
 * answers with the error status named beside it; a processing limit degrades the answer (the input is
 * cut) and the result says so in `meta.limits` (`{ limit, max, actual? }`, names in `LimitName` of
 * src/core/types.ts) and, as sentences, in `meta.truncated`.
 */

/** Request body (JSON or HTML) above this → 413 `payload_too_large`. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** HTML characters handed to the extractor; the rest is cut (degrades, reported as `htmlChars`). */
export const MAX_HTML_CHARS = 3_000_000;

/**
 * Elements the extractor keeps as a tree; later ones are flattened into their parent (their text is
 * kept, their structure is not; degrades, reported as `elements`). Real news pages stay far below.
 */
export const MAX_ELEMENTS = 60_000;
/** Nesting kept as a tree; deeper elements are flattened into the deepest kept one (`depth`). */
export const MAX_DEPTH = 200;

/** Plain-text characters analysed for summary and facts; the rest is cut (degrades, `textChars`). */
export const MAX_TEXT_CHARS = 200_000;

/**
 * Sentences that compete for the summary: the first ones of the article (the position prior all but
 * rules out the rest, and ranking time and memory grow with the square of this). Facts still read
 * the whole (capped) text. Past it: degrades, reported as `summarySentences`. 200, not 400, for the
 * free plan's 10 ms of CPU: on the 709-sentence Russian Zyte page it takes 1-3 ms off the summary
 * (helper speed6's note); that page's summary keeps its sentences, 8 of 2,161 wider outputs change one.
 */
export const MAX_SUMMARY_SENTENCES = 200;

/** `sentences` option range (400 outside it). */
export const SENTENCES_MIN = 1;
export const SENTENCES_MAX = 20;
export const SENTENCES_DEFAULT = 3;

/** `facts` option range (400 outside it). */
export const FACTS_MIN = 0;
export const FACTS_MAX = 20;
export const FACTS_DEFAULT = 5;

/**
 * Rate limiting of /v1 (binding RATE_LIMITER, wrangler.toml `[[ratelimits]]`): its `simple.period`,
 * in seconds (Cloudflare allows 10 or 60; keep the two equal). A refused request is 429
 * `rate_limited` with `Retry-After` set to this: after a whole period a new window has begun.
 */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/** Longest accepted `url` (400 beyond). */
export const MAX_URL_LENGTH = 2048;

/** Fetching a page for `url`: bytes read; the rest is cut (degrades, reported as `fetchBytes`). */
export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
/** Fetching a page: total time for all redirects and the body → 504 `upstream_timeout`. */
export const FETCH_TIMEOUT_MS = 10_000;
/** Fetching a page: redirects followed (each re-checked) → 502 `too_many_redirects` beyond. */
export const FETCH_MAX_REDIRECTS = 5;

/** KV's own floor for `expirationTtl`; smaller configured values are raised to it. */
export const KV_MIN_TTL_SECONDS = 60;
/** Result lifetime in KV when `CACHE_TTL_SECONDS` is unset or invalid: 7 days. */
export const DEFAULT_CACHE_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Translation (issue 6). A provider that has not answered within this time is abandoned: the summary
 * is still answered (200) with `translation.error`; `POST /v1/translate` answers 504.
 */
export const TRANSLATE_TIMEOUT_MS = 8_000;
/** Provider calls in flight at once when a provider takes one text per call (Workers AI). */
export const TRANSLATE_CONCURRENCY = 4;
/** `POST /v1/translate`: texts per request (400 beyond). */
export const TRANSLATE_MAX_TEXTS = 50;
/** `POST /v1/translate`: characters over all texts (400 beyond); summaries are far below it. */
export const TRANSLATE_MAX_CHARS = 20_000;
/** A provider's language list is reused this long per isolate before being asked again. */
export const TRANSLATE_LANGUAGES_TTL_MS = 10 * 60 * 1000;

/**
 * Feeds (issue 7). Scheduled runs: a feed is due when its interval has passed since its last attempt
 * (default below; `intervalMinutes` per feed within the range, 400 outside it on the API).
 */
export const FEED_INTERVAL_DEFAULT_MINUTES = 15;
export const FEED_INTERVAL_MIN_MINUTES = 5;
export const FEED_INTERVAL_MAX_MINUTES = 24 * 60;
/**
 * Feeds the registry holds (config + API; PUT answers 409 beyond). A scheduled run uses up to four KV
 * operations per feed (definition, state, queued mark, mark write) and Workers allow 1,000 per
 * invocation, so this keeps one cron run inside that budget.
 */
export const FEEDS_MAX = 200;
/** Feed document bytes read; a larger feed is not parsed and records the error (it never stops the others). */
export const FEED_MAX_BYTES = 4 * 1024 * 1024;
/** Fetching a feed: total time for redirects and body (then retried like a 5xx). */
export const FEED_FETCH_TIMEOUT_MS = 15_000;
/** Entries read from one feed document (the rest, older by convention, are not parsed). */
export const FEED_MAX_ENTRIES = 500;
/** New items queued per feed per run (newest first); the others wait for the feed's next change. */
export const FEED_MAX_ITEMS_PER_RUN = 20;
/** Items a feed's index keeps (newest first); older ones drop out and are no longer listed. */
export const FEED_INDEX_MAX = 200;
/** A summarised item's KV lifetime (its index entry may outlive it; listing skips the missing). */
export const FEED_ITEM_TTL_SECONDS = 30 * 24 * 60 * 60;
/**
 * Characters of an entry's own content carried in its queue message (fallback when the article page
 * cannot be had). Queue messages may hold 128 KB; 30,000 UTF-16 units are at most 90 KB of UTF-8.
 */
export const FEED_ITEM_CONTENT_MAX_CHARS = 30_000;
/** `GET /v1/feeds/:id/items`: `limit` default and range (400 outside). */
export const FEED_ITEMS_LIMIT_DEFAULT = 20;
export const FEED_ITEMS_LIMIT_MAX = 50;

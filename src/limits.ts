/**
 * Every limit of the service in one place. Each one says what happens past it: a request-level limit
 * answers with the error status named beside it; a processing limit degrades the answer (the input is
 * cut) and the result says so in `meta.truncated`.
 */

/** Request body (JSON or HTML) above this → 413 `payload_too_large`. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** HTML characters handed to the extractor; the rest is cut (degrades, reported in `meta.truncated`). */
export const MAX_HTML_CHARS = 3_000_000;

/** Plain-text characters analysed for summary and facts; the rest is cut (degrades). */
export const MAX_TEXT_CHARS = 200_000;

/** `sentences` option range (400 outside it). */
export const SENTENCES_MIN = 1;
export const SENTENCES_MAX = 20;
export const SENTENCES_DEFAULT = 3;

/** `facts` option range (400 outside it). */
export const FACTS_MIN = 0;
export const FACTS_MAX = 20;
export const FACTS_DEFAULT = 5;

/** Longest accepted `url` (400 beyond). */
export const MAX_URL_LENGTH = 2048;

/** Fetching a page for `url`: bytes read before giving up → 502 `upstream_too_large`. */
export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
/** Fetching a page: total time for all redirects and the body → 504 `upstream_timeout`. */
export const FETCH_TIMEOUT_MS = 10_000;
/** Fetching a page: redirects followed (each re-checked) → 502 `too_many_redirects` beyond. */
export const FETCH_MAX_REDIRECTS = 5;

/** KV's own floor for `expirationTtl`; smaller configured values are raised to it. */
export const KV_MIN_TTL_SECONDS = 60;
/** Result lifetime in KV when `CACHE_TTL_SECONDS` is unset or invalid: 7 days. */
export const DEFAULT_CACHE_TTL_SECONDS = 7 * 24 * 60 * 60;

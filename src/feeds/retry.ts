/**
 * When a failed queue message is tried again: exponential backoff from the attempt number, never
 * sooner than the server's Retry-After. After `max_retries` (wrangler.toml) the platform moves the
 * message to the dead-letter queue.
 */

/** Delay before the first retry; doubles with each attempt. */
export const RETRY_BASE_DELAY_SECONDS = 30;
/** Longest delay we ask for (the platform allows 12 h; a feed is due again long before that). */
export const RETRY_MAX_DELAY_SECONDS = 60 * 60;

/** Shared with article-page fetching, which reads the same header. */
export { parseRetryAfter } from "../fetch/retry-after";

/** Delay for the retry after attempt number `attempts` (1 = the first delivery failed). */
export function retryDelaySeconds(attempts: number, retryAfterSeconds: number | null): number {
  const backoff = RETRY_BASE_DELAY_SECONDS * 2 ** Math.max(0, attempts - 1);
  return Math.min(RETRY_MAX_DELAY_SECONDS, Math.max(backoff, retryAfterSeconds ?? 0));
}

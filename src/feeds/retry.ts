/**
 * When a failed queue message is tried again: exponential backoff from the attempt number, never
 * sooner than the server's Retry-After. After `max_retries` (wrangler.toml) the platform moves the
 * message to the dead-letter queue.
 */

/** Delay before the first retry; doubles with each attempt. */
export const RETRY_BASE_DELAY_SECONDS = 30;
/** Longest delay we ask for (the platform allows 12 h; a feed is due again long before that). */
export const RETRY_MAX_DELAY_SECONDS = 60 * 60;

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null when absent/unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  const v = value?.trim();
  if (!v) return null;
  if (/^\d+$/.test(v)) return Number.parseInt(v, 10);
  const at = Date.parse(v);
  if (!Number.isFinite(at)) return null;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

/** Delay for the retry after attempt number `attempts` (1 = the first delivery failed). */
export function retryDelaySeconds(attempts: number, retryAfterSeconds: number | null): number {
  const backoff = RETRY_BASE_DELAY_SECONDS * 2 ** Math.max(0, attempts - 1);
  return Math.min(RETRY_MAX_DELAY_SECONDS, Math.max(backoff, retryAfterSeconds ?? 0));
}

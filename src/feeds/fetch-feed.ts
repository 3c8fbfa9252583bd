/**
 * Fetching a feed document: conditional GET with the stored validators (304 = unchanged), our
 * User-Agent, the same URL vetting as article pages on every redirect hop, a time limit and a size cap.
 * Failures say whether trying again later may help (429, 5xx, timeouts, network) or not.
 */
import { ApiError } from "../errors";
import { checkFetchUrl } from "../fetch/fetch-page";
import { parseRetryAfter } from "../fetch/retry-after";
import { USER_AGENT } from "../fetch/user-agent";
import { FEED_FETCH_TIMEOUT_MS, FEED_MAX_BYTES, FETCH_MAX_REDIRECTS } from "../limits";

const FEED_ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetchResult =
  | { status: 304; url: string }
  | {
      status: 200;
      url: string;
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    };

export class FeedFetchError extends Error {
  /** True when a later attempt may succeed (the message is retried). */
  readonly transient: boolean;
  readonly status: number | null;
  /** The server's Retry-After, in seconds. */
  readonly retryAfterSeconds: number | null;

  constructor(
    message: string,
    transient: boolean,
    status: number | null = null,
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "FeedFetchError";
    this.transient = transient;
    this.status = status;
    this.retryAfterSeconds = retryAfter;
  }
}

/** HTTP statuses worth retrying: rate limiting, timeouts and server errors. */
export function isTransientStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export interface FetchFeedOptions {
  allowPrivate: boolean;
  validators?: FeedValidators;
  now?: Date;
}

export async function fetchFeed(rawUrl: string, options: FetchFeedOptions): Promise<FeedFetchResult> {
  const signal = AbortSignal.timeout(FEED_FETCH_TIMEOUT_MS);
  const headers: Record<string, string> = { "User-Agent": USER_AGENT, Accept: FEED_ACCEPT };
  if (options.validators?.etag) headers["If-None-Match"] = options.validators.etag;
  if (options.validators?.lastModified) headers["If-Modified-Since"] = options.validators.lastModified;
  let url = vet(rawUrl, options.allowPrivate);
  try {
    for (let redirects = 0; ; redirects++) {
      const res = await fetch(url.href, { redirect: "manual", signal, headers });
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        await res.body?.cancel();
        if (redirects >= FETCH_MAX_REDIRECTS)
          throw new FeedFetchError(`more than ${FETCH_MAX_REDIRECTS} redirects`, false);
        url = vet(new URL(location, url).href, options.allowPrivate);
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel();
        return { status: 304, url: url.href };
      }
      if (!res.ok) {
        await res.body?.cancel();
        const retryAfter = parseRetryAfter(res.headers.get("retry-after"), options.now ?? new Date());
        throw new FeedFetchError(
          `the feed answered HTTP ${res.status}`,
          isTransientStatus(res.status),
          res.status,
          retryAfter,
        );
      }
      return {
        status: 200,
        url: url.href,
        bytes: await readWhole(res, FEED_MAX_BYTES),
        contentType: res.headers.get("content-type"),
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
      };
    }
  } catch (err) {
    if (err instanceof FeedFetchError) throw err;
    if (
      signal.aborted ||
      (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError"))
    )
      throw new FeedFetchError(`fetching the feed took longer than ${FEED_FETCH_TIMEOUT_MS} ms`, true);
    throw new FeedFetchError(
      `fetching the feed failed (${err instanceof Error ? err.message : String(err)})`,
      true,
    );
  }
}

function vet(raw: string, allowPrivate: boolean): URL {
  try {
    return checkFetchUrl(raw, allowPrivate);
  } catch (err) {
    throw new FeedFetchError(err instanceof ApiError ? err.message : "invalid feed url", false);
  }
}

/** The whole body, or a permanent error past `maxBytes` (a cut XML document would not parse). */
async function readWhole(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel();
    throw new FeedFetchError(`the feed is larger than ${maxBytes} bytes`, false);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FeedFetchError(`the feed is larger than ${maxBytes} bytes`, false);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

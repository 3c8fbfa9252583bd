import { decodeHtml } from "../core/charset";
import { ApiError } from "../errors";
import { FETCH_MAX_BYTES, FETCH_MAX_REDIRECTS, FETCH_TIMEOUT_MS, MAX_URL_LENGTH } from "../limits";
import { isPrivateHost } from "./address";
import { parseRetryAfter } from "./retry-after";
import { USER_AGENT } from "./user-agent";

export interface FetchedPage {
  html: string;
  /** URL after redirects. */
  url: string;
  charset: string;
  /** True when the body was longer than FETCH_MAX_BYTES and was cut. */
  truncated: boolean;
}

export interface FetchPageOptions {
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Parses and vets a URL a client asked us to fetch; throws 400 for anything we will not fetch. */
export function checkFetchUrl(raw: string, allowPrivate: boolean): URL {
  if (raw.length > MAX_URL_LENGTH)
    throw new ApiError("invalid_url", `url is longer than ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ApiError("invalid_url", "url is not a valid absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ApiError("invalid_url", "url must use http or https");
  }
  if (url.username || url.password) throw new ApiError("invalid_url", "url must not contain credentials");
  if (!allowPrivate && isPrivateHost(url.hostname)) {
    throw new ApiError("invalid_url", "url points to a loopback, private or link-local address");
  }
  url.hash = "";
  return url;
}

/**
 * Fetches an article page: http(s) only, no credentials, no private hosts (unless allowed), at most
 * FETCH_MAX_REDIRECTS redirects (each re-checked), FETCH_TIMEOUT_MS in all, FETCH_MAX_BYTES read
 * (the rest is cut), decoded by its declared charset.
 */
export async function fetchPage(rawUrl: string, options: FetchPageOptions): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = checkFetchUrl(rawUrl, options.allowPrivate);
  try {
    for (let redirects = 0; ; redirects++) {
      const res = await fetch(url.href, {
        redirect: "manual",
        signal,
        headers: { "User-Agent": USER_AGENT, Accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" },
      });
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        if (redirects >= FETCH_MAX_REDIRECTS) {
          throw new ApiError("too_many_redirects", `more than ${FETCH_MAX_REDIRECTS} redirects`);
        }
        url = checkFetchUrl(new URL(location, url).href, options.allowPrivate);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        // Retry-After travels with the error so a queue consumer can wait as long as the site asks.
        const retryAfterSeconds = parseRetryAfter(res.headers.get("retry-after"), new Date());
        throw new ApiError("upstream_error", `fetching the url answered HTTP ${res.status}`, {
          status: res.status,
          ...(retryAfterSeconds !== null ? { retryAfterSeconds } : {}),
        });
      }
      const type = res.headers.get("content-type");
      if (type && !HTML_TYPES.test(type)) {
        await res.body?.cancel();
        throw new ApiError("no_article", `the url serves ${type.split(";")[0]}, not an HTML page`);
      }
      const { bytes, truncated } = await readCapped(res, options.maxBytes ?? FETCH_MAX_BYTES);
      const { html, charset } = decodeHtml(bytes, type);
      return { html, url: url.href, charset, truncated };
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (signal.aborted || isTimeout(err))
      throw new ApiError("upstream_timeout", `fetching the url took longer than ${timeoutMs} ms`);
    throw new ApiError("upstream_error", "fetching the url failed (network error)");
  }
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
}

/** Reads at most `maxBytes` of a body, cancelling the rest. */
async function readCapped(
  res: Response,
  maxBytes: number,
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!res.body) return { bytes: new Uint8Array(0), truncated: false };
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      await reader.cancel();
      break;
    }
    chunks.push(value);
    size += value.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, truncated };
}

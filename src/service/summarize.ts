/**
 * The one path from a request to a result, shared by the HTTP route and the feed consumers:
 * cache lookup → (fetch) → core pipeline → cache write. A failing cache never fails it.
 */

import { resultId, resultKey } from "../cache/keys";
import { kvGetJson, kvPutJson } from "../cache/kv";
import { cacheTtlSeconds, type Env } from "../config";
import { limitNote } from "../core/limit-notes";
import { summarizeHtml, summarizeText } from "../core/pipeline";
import type { LimitHit, PipelineResult } from "../core/types";
import { ApiError } from "../errors";
import { checkFetchUrl, fetchPage } from "../fetch/fetch-page";
import { FETCH_MAX_BYTES } from "../limits";
import { type SummaryResult, toStoredResult } from "./result";

export type SummarizeInput =
  | { kind: "html"; html: string; url?: string; truncated?: string[] }
  | { kind: "text"; text: string; title?: string }
  | { kind: "url"; url: string };

/** Options that change the output (and so are part of the cache key). */
export interface OutputOptions {
  sentences: number;
  facts: number;
  lang?: string;
  ratio?: number;
}

export interface SummarizeOutcome {
  result: SummaryResult;
  cached: boolean;
  /** False when the result could not be written to the cache (degraded, still answered). */
  stored: boolean;
}

/** Summarises one input, from the cache when possible. Throws ApiError for client-visible failures. */
export async function summarizeInput(
  env: Env,
  input: SummarizeInput,
  options: OutputOptions,
  fresh = false,
): Promise<SummarizeOutcome> {
  const allowPrivate = env.ALLOW_PRIVATE_FETCH === "true";
  const keyInput = cacheKeyInput(input, allowPrivate);
  const id = await resultId(keyInput, { ...options });
  const key = resultKey(id);
  if (!fresh) {
    const hit = await kvGetJson<SummaryResult>(env.CACHE, key);
    if (hit) return { result: hit, cached: true, stored: true };
  }
  const pipeline = await runPipeline(input, options, allowPrivate);
  // No summary sentence at all: no text, or only the site's own notices and calls ("Diese Website
  // verwendet Cookies."): a cookie wall or a sign-up page has no article to summarise.
  if (pipeline.blocks.length === 0 || pipeline.article.wordCount === 0 || pipeline.summary.length === 0) {
    throw new ApiError("no_article", "no article text was found in the input");
  }
  const result = toStoredResult(id, pipeline, new Date());
  const stored = await kvPutJson(env.CACHE, key, result, cacheTtlSeconds(env));
  return { result, cached: false, stored };
}

function cacheKeyInput(input: SummarizeInput, allowPrivate: boolean): { kind: string; value: string } {
  switch (input.kind) {
    case "html":
      return { kind: "html", value: `${input.url ?? ""}\n${input.html}` };
    case "text":
      return { kind: "text", value: `${input.title ?? ""}\n${input.text.trim()}` };
    case "url":
      return { kind: "url", value: checkFetchUrl(input.url, allowPrivate).href };
  }
}

async function runPipeline(
  input: SummarizeInput,
  options: OutputOptions,
  allowPrivate: boolean,
): Promise<PipelineResult> {
  switch (input.kind) {
    case "html": {
      const result = summarizeHtml(input.html, { ...options, url: input.url });
      result.truncated.unshift(...(input.truncated ?? []));
      return result;
    }
    case "text":
      return summarizeText(input.text, { ...options, title: input.title });
    case "url": {
      const page = await fetchPage(input.url, { allowPrivate });
      const result = summarizeHtml(page.html, { ...options, url: page.url });
      if (page.truncated) noteLimitFirst(result, { limit: "fetchBytes", max: FETCH_MAX_BYTES });
      return result;
    }
  }
}

/** A limit hit before the pipeline ran (so listed first), in both `limits` and `truncated`. */
function noteLimitFirst(result: PipelineResult, hit: LimitHit): void {
  result.limits = [hit, ...(result.limits ?? [])];
  result.truncated.unshift(limitNote(hit));
}

import type { Block, LimitHit, PipelineResult } from "../core/types";
import { ALGORITHM_VERSION } from "../core/version";

/** What `POST /v1/summarize` and `GET /v1/summaries/:id` answer (and what KV stores). */
export interface SummaryResult {
  /** The cache key of this result: same input and options → same id. */
  id: string;
  article: PipelineResult["article"];
  summary: PipelineResult["summary"];
  keyFacts: PipelineResult["keyFacts"];
  entities: PipelineResult["entities"];
  quotes: PipelineResult["quotes"];
  /** The extracted text blocks; stored always, returned only with `include=text`. */
  paragraphs?: Block[];
  meta: {
    version: string;
    cached: boolean;
    createdAt: string;
    /** Processing limits that cut the input, as sentences (empty when nothing was cut). */
    truncated: string[];
    /**
     * The same limits for programs: `{ limit, max, actual? }` per limit hit (src/limits.ts); the
     * answer was computed on what fit. Always present in answers (empty when nothing was cut).
     */
    limits?: LimitHit[];
  };
}

/** Rounds scores so responses stay small and stable across runtimes. */
const SCORE_DIGITS = 4;

function round(n: number): number {
  const f = 10 ** SCORE_DIGITS;
  return Math.round(n * f) / f;
}

/** The result as stored: everything, including the text blocks. */
export function toStoredResult(id: string, result: PipelineResult, createdAt: Date): SummaryResult {
  return {
    id,
    article: result.article,
    summary: result.summary.map((s) => ({ ...s, score: round(s.score) })),
    keyFacts: result.keyFacts.map((f) => ({ ...f, score: round(f.score) })),
    entities: result.entities,
    quotes: result.quotes,
    paragraphs: result.blocks,
    meta: {
      version: ALGORITHM_VERSION,
      cached: false,
      createdAt: createdAt.toISOString(),
      truncated: result.truncated,
      limits: result.limits ?? [],
    },
  };
}

/** The result as answered: `cached` set, text blocks only when asked for. */
export function toResponseResult(
  stored: SummaryResult,
  cached: boolean,
  includeText: boolean,
): SummaryResult {
  const { paragraphs, ...rest } = stored;
  return {
    ...rest,
    ...(includeText ? { paragraphs: paragraphs ?? [] } : {}),
    meta: { ...stored.meta, limits: stored.meta.limits ?? [], cached },
  };
}

/**
 * What bench/tune-summary.ts and bench/cv-summary.ts share: the CNN/DM dev set and BBC's tuning part,
 * analysed and prepared once (everything of the summary that does not depend on the ranking's
 * parameters), ROUGE memoised per selection, and the guarded coordinate search over the parameters.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { textToBlocks } from "../../src/core/plain-text";
import { type PreparedSummary, prepareSummary, summarizePrepared } from "../../src/core/summarize/index";
import type { RankParams } from "../../src/core/summarize/params";
import { analyseText } from "../../src/core/text/analyse";
import type { AnalysedText } from "../../src/core/types";
import { textRank } from "./baselines";
import { rougeLsum, rougeN, tokenize } from "./rouge";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "../../../shared/data/summaries");
const CNNDM_SENTENCES = 3;
/** Same split as bench/eval-summary.ts: parameters are chosen on articles 1-250. */
export const TUNE_ARTICLES = 250;
const BBC_TUNE_EVERY = 4;
const GLUED_SENTENCE_END = /(?<=[.!?]["']?)(?=["']?[A-Z])/g;

export interface Item {
  id: number;
  doc: AnalysedText;
  count: number;
  reference: string[][];
  referenceFlat: string[];
  /** ROUGE tokens of each sentence of the article. */
  sentenceTokens: string[][];
  prepared: PreparedSummary | null;
  /** Sentence index of each sentence start offset. */
  indexAt: Map<number, number>;
  memo: Map<string, Scores>;
}

export interface Scores {
  r1: number;
  r2: number;
  rl: number;
}

export type System = (it: Item) => number[];

function readJsonl<T>(file: string): T[] {
  return readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function item(id: number, doc: AnalysedText, reference: string[], count: number): Item {
  const ref = reference.map(tokenize).filter((s) => s.length > 0);
  return {
    id,
    doc,
    count,
    reference: ref,
    referenceFlat: ref.flat(),
    sentenceTokens: doc.sentences.map((s) => tokenize(s.text)),
    prepared: prepareSummary(doc, { sentences: count }),
    indexAt: new Map(doc.sentences.map((s, i) => [s.start, i])),
    memo: new Map(),
  };
}

/** The CNN/DM dev set, or its first `limit` articles (so that a tool can never see the held-out half). */
export function loadCnnDm(limit = Number.POSITIVE_INFINITY): Item[] {
  return readJsonl<{ article: string; highlights: string[] }>("cnndm-val-dev.jsonl")
    .slice(0, limit)
    .map((r, i) => item(i, analyseText(textToBlocks(r.article), null, "en"), r.highlights, CNNDM_SENTENCES));
}

export function loadBbcTune(): Item[] {
  return readJsonl<{ title: string; article: string; summary: string }>("bbc-news-summary.jsonl")
    .filter((_, i) => i % BBC_TUNE_EVERY === 0)
    .map((r, i) => {
      const reference = r.summary
        .split(GLUED_SENTENCE_END)
        .map((s) => s.trim())
        .filter(Boolean);
      return item(i, analyseText(textToBlocks(r.article), r.title, "en"), reference, reference.length);
    });
}

/** ROUGE of a selection (sentence indexes in reading order), memoised per article. */
export function score(it: Item, chosen: number[]): Scores {
  const key = chosen.join(",");
  let s = it.memo.get(key);
  if (!s) {
    const sentences = chosen.map((i) => it.sentenceTokens[i]).filter((t) => t.length > 0);
    const flat = sentences.flat();
    s = {
      r1: rougeN(it.referenceFlat, flat, 1).f,
      r2: rougeN(it.referenceFlat, flat, 2).f,
      rl: rougeLsum(it.reference, sentences).f,
    };
    it.memo.set(key, s);
  }
  return s;
}

export function ours(params: Readonly<RankParams>): System {
  return (it) =>
    it.prepared ? summarizePrepared(it.prepared, params).map((s) => it.indexAt.get(s.start) ?? -1) : [];
}

/** A baseline of bench/lib/baselines.ts as a System. */
export function baseline(f: (doc: AnalysedText, n: number) => number[]): System {
  return (it) => f(it.doc, it.count);
}

/** Mean ROUGE F1 × 100 of a system over the items. */
export function mean(items: readonly Item[], system: System): Scores {
  const t = { r1: 0, r2: 0, rl: 0 };
  for (const it of items) {
    const s = score(it, system(it));
    t.r1 += s.r1;
    t.r2 += s.r2;
    t.rl += s.rl;
  }
  const n = Math.max(1, items.length) / 100;
  return { r1: t.r1 / n, r2: t.r2 / n, rl: t.rl / n };
}

/** Article k of a set goes to fold k mod K (the set's order carries no meaning). */
export function split(items: Item[], folds: number): Array<{ train: Item[]; test: Item[] }> {
  return Array.from({ length: folds }, (_, f) => ({
    train: items.filter((_, k) => k % folds !== f),
    test: items.filter((_, k) => k % folds === f),
  }));
}

export const average = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Mean and standard error of the per-article differences a − b (a paired comparison). */
export function pairedDifference(a: readonly number[], b: readonly number[]): { mean: number; se: number } {
  const d = a.map((x, k) => x - b[k]);
  const m = average(d);
  const sd = Math.sqrt(d.reduce((t, x) => t + (x - m) ** 2, 0) / (d.length - 1));
  return { mean: m, se: sd / Math.sqrt(d.length) };
}

/** The search's objective: the mean of and R-Lsum. */
export const objectiveOf = (s: Scores): number => (s.r1 + s.r2 + s.rl) / 3;

/** Values the search tries for each parameter. */
export const GRID: Partial<Record<keyof RankParams, number[]>> = {
  positionWeight: [0.5, 0.75, 1, 1.5, 2],
  positionExponent: [0.25, 0.5, 0.75, 1, 1.5],
  centralityWeight: [0, 0.25, 0.5, 0.75, 1],
  backwardWeight: [-2, -1, -0.5, -0.25, 0],
  edgeThreshold: [0, 0.1, 0.2, 0.3, 0.4, 0.6],
  titleWeight: [0, 0.1, 0.2, 0.3, 0.5],
  minWords: [5, 8, 10, 12, 15],
  maxWords: [15, 20, 25, 30, 40, 60],
  longExponent: [0, 0.25, 0.5, 0.75, 1],
  redundancy: [0, 0.25, 0.5, 0.75, 1],
  leadCoverage: [0.2, 0.25, 0.3],
  digestCoverage: [0.3, 0.35, 0.4],
  quotePenalty: [0, 0.1, 0.2, 0.3, 0.4, 0.6],
  questionPenalty: [0, 0.15, 0.3, 0.6],
  numberBonus: [0, 0.05, 0.1, 0.2, 0.3],
};

/**
 * Guarded coordinate search: maximises the objective on `tuneSet`, accepting a change only when it
 * raises the total by more than MIN_GAIN and lowers no part of the set (by default its two halves:
 * 250 articles are noisy, an unguarded search follows the noise), and, with BBC items, only while
 * BBC's R-2 stays at least BBC_MARGIN above TextRank's.
 */
const MIN_GAIN = 0.02;
const BBC_MARGIN = 0.3;
const SEARCH_ROUNDS = 4;

export interface SearchOptions {
  frozen?: ReadonlySet<string>;
  /** Prints each accepted change. */
  log?: boolean;
  /** BBC's TextRank R-2, when already known (it does not depend on the parameters). */
  bbcTextRank?: number;
  /** Parts of the set that must each not get worse (2: halves; more is a stricter guard). */
  parts?: number;
  /** Values to try instead of GRID's. */
  grid?: Partial<Record<keyof RankParams, number[]>>;
}

export function search(
  tuneSet: readonly Item[],
  bbc: readonly Item[],
  start: RankParams,
  options: SearchOptions = {},
): RankParams {
  const frozen = options.frozen ?? new Set<string>();
  const count = options.parts ?? 2;
  // Contiguous parts (with 2, the halves the search has always used).
  const parts = Array.from({ length: count }, (_, k) =>
    tuneSet.slice(Math.round((k * tuneSet.length) / count), Math.round(((k + 1) * tuneSet.length) / count)),
  );
  const floor = bbc.length
    ? (options.bbcTextRank ?? mean(bbc, baseline(textRank)).r2) + BBC_MARGIN
    : Number.NEGATIVE_INFINITY;
  const rejected = parts.map(() => Number.NEGATIVE_INFINITY);
  const objective = (p: RankParams): number[] => {
    if (p.digestCoverage <= p.leadCoverage) return rejected;
    if (bbc.length && mean(bbc, ours(p)).r2 < floor) return rejected;
    return parts.map((h) => objectiveOf(mean(h, ours(p))));
  };
  // Sum of the parts' means: a gain of MIN_GAIN / 2 in their mean, as with the two halves.
  const total = (v: number[]) => v.reduce((a, b) => a + b, 0);
  const minGain = (MIN_GAIN * count) / 2;
  let best = { ...start };
  let bestValue = objective(best);
  if (options.log) console.log(`search from ${(total(bestValue) / count).toFixed(3)}`);
  const grid = options.grid ?? GRID;
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    let improved = false;
    for (const key of Object.keys(grid) as Array<keyof RankParams>) {
      if (frozen.has(key)) continue;
      for (const value of grid[key] ?? []) {
        if (value === best[key]) continue;
        const trial = { ...best, [key]: value };
        const v = objective(trial);
        if (total(v) > total(bestValue) + minGain && v.every((x, k) => x >= bestValue[k])) {
          bestValue = v;
          best = trial;
          improved = true;
          if (options.log) console.log(`  ${key}=${value} → ${(total(v) / count).toFixed(3)}`);
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

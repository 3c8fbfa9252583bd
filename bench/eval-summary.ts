/**
 * Summary evaluation: ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 (rouge-score's definition, bench/lib/rouge.ts)
 * of Lead-N, TextRank, LexRank and ours, side by side, plus the share of summaries that open with a
 * dangling pronoun or connective (or a quote of a bare "he said"), and of those with such a sentence
 * later on whose predecessor in the article was left out ("inner"), and of those with a piece of a
 * quotation running over sentences shown without the rest of it ("piece").
 *   - CNN/DM dev (500 articles, 3 sentences): the first half chose our parameters ("tune"), the second
 *     half is held out ("held-out"); both and the whole are reported.
 *   - BBC News Summary (2,225 articles; extractive references): as many sentences as the reference has
 *     (about 40% of the article: a digest, where a lead-3 summary is a gist). Every 4th article is in
 *     the tuning part, the other three quarters are held out.
 * Also: milliseconds per article for analyseText + summarize (median and 95th percentile).
 * Usage: npx tsx bench/eval-summary.ts [--limit N]. Parameters are chosen with bench/tune-summary.ts
 * and checked by cross-validation inside the tuning half with bench/cv-summary.ts.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { textToBlocks } from "../src/core/plain-text";
import { pointsBack } from "../src/core/summarize/dangling";
import { summarize, summarizeWith } from "../src/core/summarize/index";
import { DEFAULT_PARAMS, type RankParams } from "../src/core/summarize/params";
import { type QuotePieces, quotePieces } from "../src/core/summarize/quote-pieces";
import { analyseText } from "../src/core/text/analyse";
import type { AnalysedText } from "../src/core/types";
import { lead, lexRank, textRank } from "./lib/baselines";
import { rouge } from "./lib/rouge";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "../../shared/data/summaries");
const CNNDM_SENTENCES = 3;
/** Articles of the CNN/DM dev set on which parameters were chosen (the rest are held out). */
const TUNE_ARTICLES = 250;
/** Every BBC_TUNE_EVERY-th BBC article is in the tuning part (the set is sorted by category). */
const BBC_TUNE_EVERY = 4;

interface Item {
  doc: AnalysedText;
  reference: string;
  count: number;
}

type System = (doc: AnalysedText, n: number) => number[];

const args = process.argv.slice(2);
const limitArg = args.indexOf("--limit");
const LIMIT = limitArg >= 0 ? Number(args[limitArg + 1]) : Number.POSITIVE_INFINITY;

function readJsonl<T>(file: string): T[] {
  return readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, LIMIT)
    .map((l) => JSON.parse(l) as T);
}

function loadCnnDm(): Item[] {
  return readJsonl<{ article: string; highlights: string[] }>("cnndm-val-dev.jsonl").map((r) => ({
    doc: analyseText(textToBlocks(r.article), null, "en"),
    reference: r.highlights.join("\n"),
    count: CNNDM_SENTENCES,
  }));
}

/**
 * The BBC references glue their sentences without a space ("…$10.9bn.For the full-year…"); a sentence
 * end is a terminal mark (and closing quote) directly followed by a capital or an opening quote.
 */
const GLUED_SENTENCE_END = /(?<=[.!?]["']?)(?=["']?[A-Z])/g;

function loadBbc(): Item[] {
  return readJsonl<{ title: string; article: string; summary: string }>("bbc-news-summary.jsonl").map((r) => {
    const reference = r.summary
      .split(GLUED_SENTENCE_END)
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      doc: analyseText(textToBlocks(r.article), r.title, "en"),
      reference: reference.join("\n"),
      count: reference.length,
    };
  });
}

function ours(params: Readonly<RankParams>): System {
  return (doc, n) => summarizeWith(doc, { sentences: n }, params).map((s) => sentenceIndex(doc, s.start));
}

function sentenceIndex(doc: AnalysedText, start: number): number {
  return doc.sentences.findIndex((s) => s.start === start);
}

interface Result {
  r1: number;
  /** Each article's ROUGE-1 F1 × 100, in the set's order (for the paired bootstrap of a margin). */
  r1Each: number[];
  r2: number;
  rl: number;
  dangling: number;
  /** Share of summaries with a later sentence that points back past a sentence left out. */
  inner: number;
  /**
   * Share of summaries with a piece of a quotation running over sentences shown without the rest: a
   * sentence inside it without the one before, or its opening alone without the one after.
   */
  piece: number;
}

const piecesOf = new WeakMap<AnalysedText, QuotePieces>();

/** The quotation pieces of all of a text's sentences, found once per text. */
function allPieces(doc: AnalysedText): QuotePieces {
  let p = piecesOf.get(doc);
  if (!p) {
    p = quotePieces(
      doc,
      doc.sentences.map((_, i) => i),
    );
    piecesOf.set(doc, p);
  }
  return p;
}

function evaluate(items: readonly Item[], system: System): Result {
  let r1 = 0;
  let r2 = 0;
  let rl = 0;
  let dangling = 0;
  let inner = 0;
  let piece = 0;
  const r1Each: number[] = [];
  for (const item of items) {
    const chosen = system(item.doc, item.count);
    const candidate = chosen.map((i) => item.doc.sentences[i].text).join("\n");
    const s = rouge(item.reference, candidate);
    r1 += s.rouge1.f;
    r1Each.push(100 * s.rouge1.f);
    r2 += s.rouge2.f;
    rl += s.rougeLsum.f;
    const first = chosen[0];
    const back = (i: number) => i > 0 && pointsBack(item.doc.sentences[i].text, item.doc.lang);
    if (first !== undefined && back(first)) dangling++;
    const picked = new Set(chosen);
    if (chosen.some((i, k) => k > 0 && back(i) && !picked.has(i - 1))) inner++;
    const pieces = allPieces(item.doc);
    const lone = (i: number) =>
      (pieces.continues[i] && !picked.has(i - 1)) || (pieces.opensOnly[i] && !picked.has(i + 1));
    if (chosen.some(lone)) piece++;
  }
  const n = Math.max(items.length, 1);
  return {
    r1: (100 * r1) / n,
    r1Each,
    r2: (100 * r2) / n,
    rl: (100 * rl) / n,
    dangling: (100 * dangling) / n,
    inner: (100 * inner) / n,
    piece: (100 * piece) / n,
  };
}

const fmt = (x: number) => x.toFixed(2).padStart(6);

/** Prints one table; returns the results by system name, then by set name. */
function table(
  title: string,
  sets: Array<[string, Item[]]>,
  systems: Array<[string, System]>,
): Map<string, Map<string, Result>> {
  console.log(`\n${title}`);
  console.log(`${"system".padEnd(10)} ${sets.map(([name]) => `${name.padEnd(40)}`).join(" ")}`);
  console.log(
    `${"".padEnd(10)} ${sets.map(() => "R-1    R-2    R-Lsum  dangl% inner% piece%".padEnd(40)).join(" ")}`,
  );
  const results = new Map<string, Map<string, Result>>();
  for (const [name, system] of systems) {
    const bySet = new Map<string, Result>();
    const cells = sets.map(([setName, items]) => {
      const r = evaluate(items, system);
      bySet.set(setName, r);
      return `${fmt(r.r1)} ${fmt(r.r2)} ${fmt(r.rl)} ${fmt(r.dangling)} ${fmt(r.inner)} ${fmt(r.piece)}`.padEnd(
        40,
      );
    });
    results.set(name, bySet);
    console.log(`${name.padEnd(10)} ${cells.join(" ")}`);
  }
  return results;
}

/** The README's Lead-3 on the CNN/DM dev set (its splitter, same scorer): the absolute bar is 1.0 above. */
const README_LEAD3 = { r1: 29.45, r2: 11.22, rl: 26.19 };
/** Most summaries allowed to open with a dangling pronoun or connective, in percent. */
const MAX_DANGLING_PERCENT = 2;

function bars(cnn: Map<string, Map<string, Result>>, bbc: Map<string, Map<string, Result>>): void {
  const check = (ok: boolean, text: string) => console.log(`${ok ? "PASS" : "MISS"}  ${text}`);
  const get = (m: Map<string, Map<string, Result>>, system: string, set: string) =>
    m.get(system)?.get(set) as Result;
  console.log("\nBars (issue 4)");
  for (const set of ["all", "held-out"]) {
    const ours = get(cnn, "ours", set);
    const lead = get(cnn, "Lead-N", set);
    check(
      ours.r1 >= lead.r1 + 1 && ours.r2 > lead.r2 && ours.rl > lead.rl,
      `CNN/DM ${set}: ours ≥ Lead-3 + 1.0 R-1 and above on R-2, R-Lsum (same sentences): ` +
        `${ours.r1.toFixed(2)} vs ${(lead.r1 + 1).toFixed(2)}, ${ours.r2.toFixed(2)} vs ${lead.r2.toFixed(2)}, ` +
        `${ours.rl.toFixed(2)} vs ${lead.rl.toFixed(2)}`,
    );
  }
  const held = marginInterval(get(cnn, "ours", "held-out").r1Each, get(cnn, "Lead-N", "held-out").r1Each);
  console.log(
    `      held-out R-1 margin over Lead-3: ${signed(held.mean)}, 95% paired-bootstrap interval ` +
      `${signed(held.low)} to ${signed(held.high)} (${BOOTSTRAP_SAMPLES} resamples of its articles)`,
  );
  const all = get(cnn, "ours", "all");
  check(
    all.r1 >= README_LEAD3.r1 + 1 && all.r2 > README_LEAD3.r2 && all.rl > README_LEAD3.rl,
    `CNN/DM all vs the README's Lead-3 (${README_LEAD3.r1} / ${README_LEAD3.r2} / ${README_LEAD3.rl}): ` +
      `${all.r1.toFixed(2)} ≥ ${(README_LEAD3.r1 + 1).toFixed(2)}, ${all.r2.toFixed(2)}, ${all.rl.toFixed(2)}`,
  );
  for (const set of ["all", "held-out"]) {
    const ours = get(bbc, "ours", set);
    const best = Math.max(get(bbc, "Lead-N", set).r2, get(bbc, "TextRank", set).r2);
    check(
      ours.r2 > best,
      `BBC ${set}: ours R-2 ${ours.r2.toFixed(2)} > Lead-N and TextRank (${best.toFixed(2)})`,
    );
  }
  const dangling = Math.max(get(cnn, "ours", "all").dangling, get(bbc, "ours", "all").dangling);
  check(
    dangling <= MAX_DANGLING_PERCENT,
    `dangling openings ${dangling.toFixed(2)}% ≤ ${MAX_DANGLING_PERCENT}%`,
  );
}

const BOOTSTRAP_SAMPLES = 2000;
const signed = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;

/**
 * Mean of the per-article differences ours − baseline, and its 95% interval by a paired bootstrap
 * (articles drawn with replacement; a fixed-seed generator, so every run prints the same figures): how
 * far a margin measured on 250 articles may be from the margin on articles like them.
 */
function marginInterval(
  ours: readonly number[],
  base: readonly number[],
): { mean: number; low: number; high: number } {
  const diffs = ours.map((x, i) => x - base[i]);
  const n = diffs.length;
  let seed = 12345;
  // mulberry32: small, fast and good enough to draw indices.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const means: number[] = [];
  for (let k = 0; k < BOOTSTRAP_SAMPLES; k++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += diffs[Math.floor(random() * n)];
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  const mean = diffs.reduce((a, b) => a + b, 0) / Math.max(n, 1);
  return {
    mean,
    low: means[Math.floor(0.025 * BOOTSTRAP_SAMPLES)],
    high: means[Math.floor(0.975 * BOOTSTRAP_SAMPLES)],
  };
}

/** Milliseconds per article for analyseText + summarize: median and 95th percentile. */
function timing(articles: readonly string[]): { median: number; p95: number } {
  const times: number[] = [];
  for (const text of articles) {
    const t0 = performance.now();
    summarize(analyseText(textToBlocks(text), null), { sentences: CNNDM_SENTENCES });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { median: at(0.5), p95: at(0.95) };
}

function main(): void {
  const t0 = performance.now();
  const cnndm = loadCnnDm();
  const tuneSet = cnndm.slice(0, TUNE_ARTICLES);
  const heldOut = cnndm.slice(TUNE_ARTICLES);
  const bbc = loadBbc();
  const bbcTune = bbc.filter((_, i) => i % BBC_TUNE_EVERY === 0);
  const bbcHeldOut = bbc.filter((_, i) => i % BBC_TUNE_EVERY !== 0);
  const systems: Array<[string, System]> = [
    ["Lead-N", lead],
    ["TextRank", textRank],
    ["LexRank", lexRank],
    ["ours", ours(DEFAULT_PARAMS)],
  ];
  const cnnResults = table(
    `CNN/DM dev (${cnndm.length} articles, ${CNNDM_SENTENCES} sentences; F1 × 100; tune = 1-${TUNE_ARTICLES})`,
    [
      ["all", cnndm],
      ["tune", tuneSet],
      ["held-out", heldOut],
    ],
    systems,
  );
  const bbcResults = table(
    `BBC News Summary (${bbc.length} articles, reference's sentence count; F1 × 100; tune = every ${BBC_TUNE_EVERY}th)`,
    [
      ["all", bbc],
      ["tune", bbcTune],
      ["held-out", bbcHeldOut],
    ],
    systems,
  );
  bars(cnnResults, bbcResults);
  const t = timing(readJsonl<{ article: string }>("cnndm-val-dev.jsonl").map((r) => r.article));
  console.log(
    `\nanalyseText + summarize on CNN/DM dev: median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms per article`,
  );
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

main();

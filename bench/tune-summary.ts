/**
 * Fast harness for the summary's ranking parameters: analyses the CNN/DM dev set once (and, with
 * --bbc, every 4th BBC article), tokenises every sentence for ROUGE once, memoises scores per selection,
 * then evaluates parameter settings in-process (a setting takes well under a second).
 *   npx tsx bench/tune-summary.ts                          defaults vs Lead-3 on all / tune / held-out
 *   npx tsx bench/tune-summary.ts --set key=value,...      other values
 *   npx tsx bench/tune-summary.ts --sweep key=v1,v2,...    one row per value (repeatable)
 *   npx tsx bench/tune-summary.ts --worst 15               articles where Lead-3 beats ours by most
 *   npx tsx bench/tune-summary.ts --bbc --search           guarded coordinate search (see `search`)
 *   add --freeze key,... to keep parameters out of the search (e.g. ones a --swap check turned down);
 *   add --bbc to also score the BBC tuning part (digests; R-2 against TextRank's);
 *   add --swap to tune on articles 251-500 and check on 1-250 (a two-fold check of a change);
 *   add --blind to show the tuning half only (design and choose without seeing the held-out half).
 * Parameters are chosen on the tuning half (articles 1-250) and only checked on the held-out half
 * ("check" in the table).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { textToBlocks } from "../src/core/plain-text";
import { summarizeWith } from "../src/core/summarize/index";
import { DEFAULT_PARAMS, type RankParams } from "../src/core/summarize/params";
import { analyseText } from "../src/core/text/analyse";
import type { AnalysedText } from "../src/core/types";
import { lead, textRank } from "./lib/baselines";
import { rougeLsum, rougeN, tokenize } from "./lib/rouge";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "../../shared/data/summaries");
const CNNDM_SENTENCES = 3;
/** Same split as bench/eval-summary.ts. */
const TUNE_ARTICLES = 250;
const BBC_TUNE_EVERY = 4;
const GLUED_SENTENCE_END = /(?<=[.!?]["']?)(?=["']?[A-Z])/g;

interface Item {
  id: number;
  doc: AnalysedText;
  count: number;
  reference: string[][];
  referenceFlat: string[];
  /** ROUGE tokens of each sentence of the article. */
  sentenceTokens: string[][];
  memo: Map<string, Scores>;
}

interface Scores {
  r1: number;
  r2: number;
  rl: number;
}

type System = (doc: AnalysedText, n: number) => number[];

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
    memo: new Map(),
  };
}

function loadCnnDm(): Item[] {
  return readJsonl<{ article: string; highlights: string[] }>("cnndm-val-dev.jsonl").map((r, i) =>
    item(i, analyseText(textToBlocks(r.article), null, "en"), r.highlights, CNNDM_SENTENCES),
  );
}

function loadBbcTune(): Item[] {
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
function score(it: Item, chosen: number[]): Scores {
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

function ours(params: Readonly<RankParams>): System {
  return (doc, n) =>
    summarizeWith(doc, { sentences: n }, params).map((s) =>
      doc.sentences.findIndex((x) => x.start === s.start),
    );
}

function mean(items: readonly Item[], system: System): Scores {
  const t = { r1: 0, r2: 0, rl: 0 };
  for (const it of items) {
    const s = score(it, system(it.doc, it.count));
    t.r1 += s.r1;
    t.r2 += s.r2;
    t.rl += s.rl;
  }
  const n = Math.max(1, items.length) / 100;
  return { r1: t.r1 / n, r2: t.r2 / n, rl: t.rl / n };
}

const f2 = (x: number) => x.toFixed(2).padStart(6);
const cell = (s: Scores, base: Scores) =>
  `${f2(s.r1)} ${f2(s.r2)} ${f2(s.rl)}  (${sign(s.r1 - base.r1)} ${sign(s.r2 - base.r2)} ${sign(s.rl - base.rl)})`;
const sign = (x: number) => `${x >= 0 ? "+" : ""}${x.toFixed(2)}`;

function parseValue(key: string, value: string): number {
  if (!(key in DEFAULT_PARAMS)) throw new Error(`unknown parameter ${key}`);
  const v = Number(value);
  if (!Number.isFinite(v)) throw new Error(`${key}: not a number: ${value}`);
  return v;
}

/** Values the search tries for each parameter. */
const GRID: Record<keyof RankParams, number[]> = {
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
 * Guarded coordinate search on the tuning half: maximises the mean of R-1, R-2 and R-Lsum, accepting a
 * change only when it raises the total by more than MIN_GAIN and lowers neither quarter of the half
 * (250 articles are noisy: an unguarded search follows the noise), and, with --bbc, only while BBC's
 * R-2 stays at least BBC_MARGIN above TextRank's.
 */
const MIN_GAIN = 0.02;
const BBC_MARGIN = 0.3;

function search(
  tuneSet: readonly Item[],
  bbc: readonly Item[],
  start: RankParams,
  frozen: ReadonlySet<string>,
): RankParams {
  const quarters = [tuneSet.slice(0, tuneSet.length >> 1), tuneSet.slice(tuneSet.length >> 1)];
  const floor = bbc.length ? mean(bbc, textRank).r2 + BBC_MARGIN : Number.NEGATIVE_INFINITY;
  const objective = (p: RankParams): number[] => {
    if (p.digestCoverage <= p.leadCoverage) return [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
    if (bbc.length && mean(bbc, ours(p)).r2 < floor)
      return [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
    return quarters.map((q) => {
      const r = mean(q, ours(p));
      return (r.r1 + r.r2 + r.rl) / 3;
    });
  };
  const total = (v: number[]) => v[0] + v[1];
  let best = { ...start };
  let bestValue = objective(best);
  console.log(`search from ${(total(bestValue) / 2).toFixed(3)}`);
  for (let round = 0; round < 4; round++) {
    let improved = false;
    for (const key of Object.keys(GRID) as Array<keyof RankParams>) {
      if (frozen.has(key)) continue;
      for (const value of GRID[key]) {
        if (value === best[key]) continue;
        const trial = { ...best, [key]: value };
        const v = objective(trial);
        if (total(v) > total(bestValue) + MIN_GAIN && v[0] >= bestValue[0] && v[1] >= bestValue[1]) {
          bestValue = v;
          best = trial;
          improved = true;
          console.log(`  ${key}=${value} → ${(total(v) / 2).toFixed(3)}`);
        }
      }
    }
    if (!improved) break;
  }
  return best;
}

function main(): void {
  const args = process.argv.slice(2);
  const params: RankParams = { ...DEFAULT_PARAMS };
  const sweeps: Array<[keyof RankParams, number[]]> = [];
  let worst = 0;
  const frozen = new Set<string>();
  for (let k = 0; k < args.length; k++) {
    if (args[k] === "--set") {
      for (const pair of args[++k].split(",")) {
        const [key, value] = pair.split("=");
        (params as unknown as Record<string, number>)[key] = parseValue(key, value);
      }
    } else if (args[k] === "--sweep") {
      const [key, values] = args[++k].split("=");
      sweeps.push([key as keyof RankParams, values.split(",").map((v) => parseValue(key, v))]);
    } else if (args[k] === "--worst") worst = Number(args[++k]);
    else if (args[k] === "--freeze") for (const key of args[++k].split(",")) frozen.add(key);
  }
  const t0 = performance.now();
  const cnn = loadCnnDm();
  const bbc = args.includes("--bbc") ? loadBbcTune() : [];
  console.log(`loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // --swap tunes on the held-out half and checks on the tuning half (a two-fold check of a change).
  const halves = [cnn.slice(0, TUNE_ARTICLES), cnn.slice(TUNE_ARTICLES)];
  if (args.includes("--swap")) halves.reverse();
  // --blind shows the tuning half only, so that ideas are designed without a look at the held-out half.
  const parts: Array<[string, Item[]]> = args.includes("--blind")
    ? [["tune", halves[0]]]
    : [
        ["all", cnn],
        ["tune", halves[0]],
        ["check", halves[1]],
      ];
  const leadScores = parts.map(([, items]) => mean(items, lead));
  const bbcTextRank = bbc.length ? mean(bbc, textRank).r2 : 0;
  console.log(
    `${"".padEnd(24)}${parts.map(([name]) => `${name} R-1 R-2 R-Lsum (Δ Lead-3)`.padEnd(40)).join("")}`,
  );
  console.log(`${"Lead-3".padEnd(24)}${leadScores.map((s) => cell(s, s).padEnd(40)).join("")}`);
  const row = (label: string, p: RankParams) => {
    const system = ours(p);
    const cells = parts.map(([, items], k) => cell(mean(items, system), leadScores[k]).padEnd(40)).join("");
    const bbcCell = bbc.length
      ? `BBC R-2 ${f2(mean(bbc, system).r2)} (TextRank ${bbcTextRank.toFixed(2)})`
      : "";
    console.log(`${label.padEnd(24)}${cells}${bbcCell}`);
  };
  row("ours", params);
  for (const [key, values] of sweeps) {
    for (const v of values) row(`${key}=${v}`, { ...params, [key]: v });
  }
  if (args.includes("--search")) {
    const best = search(halves[0], bbc, params, frozen);
    console.log("best:", JSON.stringify(best));
    row("searched", best);
  }
  if (worst > 0) {
    const system = ours(params);
    // Only the tuning half: reading held-out articles would be choosing on them.
    const gaps = halves[0].map((it) => {
      const mine = system(it.doc, it.count);
      const first = lead(it.doc, it.count);
      return { it, mine, gap: score(it, first).r1 - score(it, mine).r1 };
    });
    gaps.sort((a, b) => b.gap - a.gap);
    for (const { it, mine, gap } of gaps.slice(0, worst)) {
      console.log(
        `\n#${it.id + 1}  Lead-3 − ours R-1 = ${(100 * gap).toFixed(1)}; ours picks ${mine.join(",")}`,
      );
      console.log(`  reference: ${it.reference.map((s) => s.join(" ")).join(" | ")}`);
      it.doc.sentences.slice(0, 6).forEach((s, i) => {
        console.log(`  ${mine.includes(i) ? "*" : " "}${i}: ${s.text.slice(0, 160)}`);
      });
      for (const i of mine.filter((i) => i >= 6))
        console.log(`  *${i}: ${it.doc.sentences[i].text.slice(0, 160)}`);
    }
  }
}

main();

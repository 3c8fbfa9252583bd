/**
 * K-fold cross-validation of the ways of choosing the summary's parameters, inside the tuning half:
 * only CNN/DM articles 1-250 are loaded (the held-out half 251-500 is never read), plus BBC's tuning
 * part as the search's floor. A procedure (keep the defaults, or run the guarded search from a start
 * with some parameters frozen, or take the consensus of searches on inner folds) chooses parameters on
 * K − 1 folds and is scored on the K-th; each article is thus scored by parameters chosen without it.
 * Procedures are compared per article (paired), with the standard error of the mean difference.
 * Caveat: the defaults were chosen on all 250 articles, so any procedure that keeps or starts from
 * them has seen every test fold: the comparison leans towards the status quo (a change that wins
 * anyway is not an artefact of that).
 *   npx tsx bench/cv-summary.ts [--folds 5] [--run name,...] [--save file.json]
 * names: see PROCEDURES, plus search-no-a+b, consensus-no-a+b (features of NEUTRAL) and sweep-key=a/b;
 * the first is the reference of the paired comparisons. --save writes the per-article scores.
 * --final: also run each procedure on all of 1-250 and print what it chooses (what would ship).
 */

import { writeFileSync } from "node:fs";
import { DEFAULT_PARAMS, type RankParams } from "../src/core/summarize/params";
import { lead, textRank } from "./lib/baselines";
import {
  average as avg,
  baseline,
  type Item,
  loadBbcTune,
  loadCnnDm,
  mean,
  objectiveOf,
  ours,
  pairedDifference,
  score,
  search,
  split,
  TUNE_ARTICLES,
} from "./lib/summary-tuning";

type Params = Partial<RankParams>;

/**
 * Each feature at the value that switches it off (the ablations). maxWords goes with longExponent,
 * positionExponent with positionWeight; coverages are not features.
 */
const NEUTRAL: Record<string, Params> = {
  position: { positionWeight: 0 },
  centrality: { centralityWeight: 0 },
  backward: { backwardWeight: 0 },
  edgeThreshold: { edgeThreshold: 0 },
  title: { titleWeight: 0 },
  shortPenalty: { minWords: 0 },
  longPenalty: { longExponent: 0 },
  redundancy: { redundancy: 0 },
  quote: { quotePenalty: 0 },
  question: { questionPenalty: 0 },
  number: { numberBonus: 0 },
};
/** Parameters that lose their meaning with a feature off: frozen with it. */
const FROZEN_WITH: Record<string, Array<keyof RankParams>> = {
  position: ["positionExponent"],
  longPenalty: ["maxWords"],
};

interface Context {
  bbc: Item[];
  bbcTextRank: number;
  folds: number;
}

type Choose = (train: Item[], ctx: Context) => RankParams;

const searchCache = new Map<string, RankParams>();

/** The guarded search (bench/lib/summary-tuning.ts) from `start`, memoised per training set. */
function searched(
  train: Item[],
  ctx: Context,
  start: Params,
  frozen: Iterable<string> = [],
  parts = 2,
  grid?: Partial<Record<keyof RankParams, number[]>>,
): RankParams {
  const from = { ...DEFAULT_PARAMS, ...start };
  const frozenSet = new Set(frozen);
  const key = `${JSON.stringify(from)}|${[...frozenSet].sort()}|${parts}|${JSON.stringify(grid)}|${train.map((it) => it.id)}`;
  let found = searchCache.get(key);
  if (!found) {
    found = search(train, ctx.bbc, from, { frozen: frozenSet, bbcTextRank: ctx.bbcTextRank, parts, grid });
    searchCache.set(key, found);
  }
  return found;
}

/**
 * Consensus of searches: the search from `start` on each inner fold's training part; a parameter
 * takes a new value only when a strict majority of the inner searches chose that same value.
 */
function consensus(train: Item[], ctx: Context, start: Params, frozen: string[] = []): RankParams {
  const runs = split(train, ctx.folds).map((s) => searched(s.train, ctx, start, frozen));
  const out = { ...DEFAULT_PARAMS, ...start };
  for (const key of Object.keys(out) as Array<keyof RankParams>) {
    const votes = new Map<number, number>();
    for (const r of runs) votes.set(r[key], (votes.get(r[key]) ?? 0) + 1);
    for (const [value, n] of votes) if (n > runs.length / 2) out[key] = value;
  }
  return out;
}

function ablation(name: string): Params {
  return NEUTRAL[name];
}

function frozenFor(name: string): string[] {
  return [...Object.keys(NEUTRAL[name]), ...(FROZEN_WITH[name] ?? [])];
}

/** Named procedures; `name:feature` forms are generated below for every ablation. */
const PROCEDURES: Record<string, Choose> = {
  defaults: () => ({ ...DEFAULT_PARAMS }),
  search: (train, ctx) => searched(train, ctx, {}),
  consensus: (train, ctx) => consensus(train, ctx, {}),
  /** A stricter guard: no fifth of the training set may get worse. */
  "search-guard5": (train, ctx) => searched(train, ctx, {}, [], 5),
};
for (const name of Object.keys(NEUTRAL)) {
  PROCEDURES[`fixed-no-${name}`] = () => ({ ...DEFAULT_PARAMS, ...ablation(name) });
  PROCEDURES[`search-no-${name}`] = (train, ctx) => searched(train, ctx, ablation(name), frozenFor(name));
}

/**
 * Several features off together, the rest refitted by search (`search-no-a+b`) or by the consensus
 * of inner-fold searches (`consensus-no-a+b`).
 */
function combined(how: string, names: string[]): Choose {
  const start = Object.assign({}, ...names.map(ablation)) as Params;
  const frozen = names.flatMap(frozenFor);
  return how === "consensus"
    ? (train, ctx) => consensus(train, ctx, start, frozen)
    : (train, ctx) => searched(train, ctx, start, frozen);
}
const COMBINED = /^(search|consensus)-no-(.+)$/;

/** One parameter (a new feature's, say) chosen by the guarded search over given values: `sweep-key=a/b/c`. */
const SWEEP = /^sweep-(\w+)=([\d./-]+)$/;
function sweep(key: keyof RankParams, values: number[]): Choose {
  return (train, ctx) => searched(train, ctx, {}, [], 2, { [key]: values });
}

interface Outcome {
  name: string;
  /** Per article (in the set's order): objective and R-1, scored by parameters chosen without it. */
  objective: number[];
  r1: number[];
  chosen: RankParams[];
  bbcR2: number[];
  /** Per fold: the objective's gain over the defaults on the training folds, and on the test fold. */
  gains: Array<[number, number]>;
}

function crossValidate(name: string, choose: Choose, items: Item[], ctx: Context): Outcome {
  const objective = new Array<number>(items.length);
  const r1 = new Array<number>(items.length);
  const chosen: RankParams[] = [];
  const bbcR2: number[] = [];
  const gains: Array<[number, number]> = [];
  const gain = (set: Item[], p: RankParams) =>
    objectiveOf(mean(set, ours(p))) - objectiveOf(mean(set, ours(DEFAULT_PARAMS)));
  split(items, ctx.folds).forEach(({ train, test }) => {
    const p = choose(train, ctx);
    chosen.push(p);
    bbcR2.push(mean(ctx.bbc, ours(p)).r2);
    gains.push([gain(train, p), gain(test, p)]);
    const system = ours(p);
    for (const it of test) {
      const s = score(it, system(it));
      objective[it.id] = 100 * objectiveOf(s);
      r1[it.id] = 100 * s.r1;
    }
  });
  return { name, objective, r1, chosen, bbcR2, gains };
}

/** Mean and standard error of the per-article differences a − b. */
function paired(a: number[], b: number[]): string {
  const { mean: m, se } = pairedDifference(a, b);
  return `${m >= 0 ? "+" : ""}${m.toFixed(3)} ± ${se.toFixed(3)}`;
}

/** What a chosen setting changes from the defaults. */
function changes(p: RankParams): string {
  const out = (Object.keys(p) as Array<keyof RankParams>)
    .filter((k) => p[k] !== DEFAULT_PARAMS[k])
    .map((k) => `${k}=${p[k]}`);
  return out.length ? out.join(",") : "(defaults)";
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (flag: string) => {
    const k = args.indexOf(flag);
    return k >= 0 ? args[k + 1] : undefined;
  };
  const folds = Number(arg("--folds") ?? 5);
  const t0 = performance.now();
  const items = loadCnnDm(TUNE_ARTICLES);
  const bbc = loadBbcTune();
  const ctx: Context = { bbc, bbcTextRank: mean(bbc, baseline(textRank)).r2, folds };
  console.log(
    `loaded ${items.length} CNN/DM + ${bbc.length} BBC in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const leadR1 = items.map((it) => 100 * score(it, baseline(lead)(it)).r1);
  const runs: Array<[string, Choose]> = [];
  for (const name of (arg("--run") ?? Object.keys(PROCEDURES).join(",")).split(",")) {
    const m = COMBINED.exec(name);
    const w = SWEEP.exec(name);
    if (PROCEDURES[name]) runs.push([name, PROCEDURES[name]]);
    else if (m) runs.push([name, combined(m[1], m[2].split("+"))]);
    else if (w) runs.push([name, sweep(w[1] as keyof RankParams, w[2].split("/").map(Number))]);
    else throw new Error(`unknown procedure ${name}`);
  }
  console.log(
    `${folds}-fold CV on articles 1-${items.length}; objective = mean of R-1, R-2, R-Lsum F1 × 100`,
  );
  console.log(`BBC tuning part: TextRank R-2 ${ctx.bbcTextRank.toFixed(2)} (search floor +0.3)`);
  let reference: Outcome | null = null;
  const saved: Outcome[] = [];
  for (const [name, choose] of runs) {
    const t = performance.now();
    const o = crossValidate(name, choose, items, ctx);
    reference ??= o;
    saved.push(o);
    const margin = avg(o.r1) - avg(leadR1);
    console.log(
      `\n${name.padEnd(28)} CV objective ${avg(o.objective).toFixed(3)}  R-1 ${avg(o.r1).toFixed(2)} ` +
        `(Lead-3 ${margin >= 0 ? "+" : ""}${margin.toFixed(2)})  vs ${reference.name}: objective ` +
        `${paired(o.objective, reference.objective)}, R-1 ${paired(o.r1, reference.r1)}  ` +
        `[${((performance.now() - t) / 1000).toFixed(0)} s]`,
    );
    if (args.includes("--final")) {
      const p = choose(items, ctx);
      console.log(
        `  on all of 1-${items.length}: ${changes(p)}; BBC R-2 ${mean(bbc, ours(p)).r2.toFixed(2)}`,
      );
    }
    o.chosen.forEach((p, f) => {
      const [train, test] = o.gains[f].map((g) => `${g >= 0 ? "+" : ""}${g.toFixed(3)}`);
      console.log(
        `  fold ${f + 1}: BBC R-2 ${o.bbcR2[f].toFixed(2)}, objective vs defaults: training ${train}, test ${test}  ${changes(p)}`,
      );
    });
  }
  const file = arg("--save");
  if (file) writeFileSync(file, JSON.stringify(saved));
}

main();

/**
 * Fast harness for the summary's ranking parameters: analyses and prepares the CNN/DM dev set once (and,
 * with --bbc, every 4th BBC article), tokenises every sentence for ROUGE once, memoises scores per
 * selection, then evaluates parameter settings in-process (bench/lib/summary-tuning.ts; a setting takes
 * a fraction of a second). To compare ways of choosing parameters without the held-out half, see
 * bench/cv-summary.ts.
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

import { DEFAULT_PARAMS, type RankParams } from "../src/core/summarize/params";
import { lead, textRank } from "./lib/baselines";
import {
  baseline,
  type Item,
  loadBbcTune,
  loadCnnDm,
  mean,
  ours,
  type Scores,
  score,
  search,
  TUNE_ARTICLES,
} from "./lib/summary-tuning";

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
  const leadScores = parts.map(([, items]) => mean(items, baseline(lead)));
  const bbcTextRank = bbc.length ? mean(bbc, baseline(textRank)).r2 : 0;
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
    const best = search(halves[0], bbc, params, { frozen, log: true, bbcTextRank });
    console.log("best:", JSON.stringify(best));
    row("searched", best);
  }
  if (worst > 0) {
    const system = ours(params);
    // Only the tuning half: reading held-out articles would be choosing on them.
    const gaps = halves[0].map((it: Item) => {
      const mine = system(it);
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

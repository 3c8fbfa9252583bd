/**
 * Key-facts evaluation on the CNN/DM dev set, with the highlights as the reference key facts.
 * Ours (extractFacts beside the real summary, as the pipeline runs it) against baselines of the
 * article's first sentences cut to the same total number of words as our facts: "lead" takes them
 * all; "lead, summary rule" follows the rule our facts follow (at most one summary sentence):
 *   - highlight coverage: per highlight, the best ROUGE-1 recall against any single fact; averaged;
 *   - ROUGE-2 recall of all facts against all highlights (rouge-score tokens and stemming);
 *   - number recall: numbers written in the highlights (digits, English number words) found in the facts;
 *   - entity recall: capitalised names of the highlights (not their first word) found in the facts;
 *   - faithfulness (ours): share of facts whose pieces, numbers, dates and names all occur verbatim
 *     in the article;
 *   - time of extractFacts per article (median, p95) in Node, best of TIMING_RUNS runs.
 * Usage: npm run eval:facts [-- --limit N] [--skip N] [--half 1|2] [--facts N] [--show N] [--no-summary]
 *   [--timing-runs N] (0: no timing, while tuning) [--worst N] (the articles where the lead wins most)
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractFacts } from "../src/core/facts/index";
import { EN_NUMBER_WORDS } from "../src/core/facts/numbers";
import { textToBlocks } from "../src/core/plain-text";
import { summarize } from "../src/core/summarize/index";
import { analyseText } from "../src/core/text/analyse";
import type { AnalysedText, KeyFact, SummarySentence } from "../src/core/types";
import { rougeN, tokenize } from "./lib/rouge";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "../../shared/data/summaries/cnndm-val-dev.jsonl");
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const LIMIT = arg("--limit", Number.POSITIVE_INFINITY);
/** Articles to skip first: `--skip 250` scores the half held out from the weight fit (see rank.ts). */
const SKIP_ARG = arg("--skip", 0);
/**
 * `--half 1` scores the first half of the dev set, `--half 2` the second (on top of --skip/--limit):
 * choose a change on one half, check it on the other, so a tuned figure is not one fitted to its test.
 */
const HALF = arg("--half", 0);
/** First article scored (0-based): set in main from --half and --skip. */
let SKIP = 0;
/** The pipeline's default number of facts. */
const FACTS = arg("--facts", 5);
const SHOW = arg("--show", 0);
/** Diagnosis: run without the summary, to see what "complement the summary" costs. */
const NO_SUMMARY = args.includes("--no-summary");
/** Timed runs of extractFacts per article (after one untimed run); the fastest counts. 0 while tuning. */
const TIMING_RUNS = arg("--timing-runs", 3);
/** Diagnosis: list the N articles where the lead baseline beats our facts most on highlight coverage. */
const WORST = arg("--worst", 0);
/** Summary sentences given to extractFacts, as the pipeline's default. */
const SUMMARY_SENTENCES = 3;

interface Row {
  id: string;
  article: string;
  highlights: string[];
}

interface Tally {
  coverage: number;
  highlights: number;
  rouge2Hits: number;
  rouge2Total: number;
  numbersFound: number;
  numbers: number;
  namesFound: number;
  names: number;
}

const emptyTally = (): Tally => ({
  coverage: 0,
  highlights: 0,
  rouge2Hits: 0,
  rouge2Total: 0,
  numbersFound: 0,
  numbers: 0,
  namesFound: 0,
  names: 0,
});

const WORD = /\S+/g;

/** Numbers as a reader compares them: digits without grouping, English number words as digits. */
function numbersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) out.push(m[0].replace(/,(?=\d{3}\b)/g, ""));
  for (const m of text.toLowerCase().matchAll(/\b[a-z]+\b/g)) {
    const v = EN_NUMBER_WORDS[m[0]];
    if (v !== undefined && m[0] !== "one" && m[0] !== "hundred" && m[0] !== "dozen") out.push(String(v));
  }
  return out;
}

const FUNCTION_START =
  /^(?:The|A|An|But|And|In|On|At|He|She|It|They|His|Her|Their|This|That|These|Those|I|We)$/;

/** Capitalised words of a highlight that are names: not its first word, not a function word. */
function namesIn(text: string): string[] {
  const words = text.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !FUNCTION_START.test(w) && w.length > 1);
}

function score(tally: Tally, highlights: string[], facts: string[]): void {
  const factTokens = facts.map(tokenize);
  for (const h of highlights) {
    const ht = tokenize(h);
    if (!ht.length) continue;
    tally.highlights++;
    tally.coverage += Math.max(0, ...factTokens.map((f) => rougeN(ht, f, 1).recall));
  }
  const r2 = rougeN(tokenize(highlights.join("\n")), factTokens.flat(), 2);
  const refBigrams = Math.max(0, tokenize(highlights.join("\n")).length - 1);
  tally.rouge2Hits += r2.recall * refBigrams;
  tally.rouge2Total += refBigrams;
  const factNumbers = new Set(numbersIn(facts.join(" ")));
  for (const n of numbersIn(highlights.join(" "))) {
    tally.numbers++;
    if (factNumbers.has(n)) tally.numbersFound++;
  }
  const factText = facts.join(" ");
  for (const name of namesIn(highlights.join("\n"))) {
    tally.names++;
    if (factText.includes(name.replace(/['’]s$/u, ""))) tally.namesFound++;
  }
}

/**
 * The first sentences of the article, the last one cut, to `words` words in all. With `summary`, under
 * the rule our facts follow: at most one summary sentence, the others skipped.
 */
function leadBaseline(doc: AnalysedText, words: number, summary?: readonly SummarySentence[]): string[] {
  const out: string[] = [];
  let left = words;
  let repeats = 0;
  for (const s of doc.sentences) {
    if (summary?.some((x) => x.start === s.start) && repeats++ >= 1) continue;
    if (left <= 0) break;
    const ws = s.text.match(WORD) ?? [];
    out.push(ws.slice(0, left).join(" "));
    left -= ws.length;
  }
  return out;
}

const uncapitalised = (t: string) => t.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

/** A fact is faithful when each piece, number, date, quote and name occurs verbatim in the article. */
function faithful(doc: AnalysedText, f: KeyFact): boolean {
  const pieces = f.pieces ?? [{ start: f.source.start, end: f.source.end }];
  // Verbatim but for the capital a fact takes when its opening was cut ("But the court" → "The court").
  const texts = pieces.map((p, i) => {
    const t = doc.text.slice(p.start, p.end);
    return i === 0 ? uncapitalised(t) : t;
  });
  const shown = uncapitalised(f.text);
  if (texts.some((t) => !shown.includes(t))) return false;
  if (shown.replace(/\s+/g, "") !== texts.join("").replace(/\s+/g, "")) return false;
  const claims = [
    ...f.numbers.map((n) => n.text),
    ...f.dates.map((d) => d.text),
    ...f.entities.map((e) => e.text),
  ];
  if (f.quote) claims.push(f.quote.text);
  return claims.every((c) => doc.text.includes(c));
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(2)}` : "-";
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

function main(): void {
  const lines = readFileSync(DATA, "utf8")
    .split("\n")
    .filter((l) => l.trim());
  const middle = Math.ceil(lines.length / 2);
  const [from, to] = HALF === 1 ? [0, middle] : HALF === 2 ? [middle, lines.length] : [0, lines.length];
  SKIP = from + SKIP_ARG;
  const rows = lines.slice(SKIP, Math.min(to, SKIP + LIMIT)).map((l) => JSON.parse(l) as Row);
  const ours = emptyTally();
  const base = emptyTally();
  const baseComplement = emptyTally();
  let facts = 0;
  let faithfulFacts = 0;
  let factWords = 0;
  let summaryRepeats = 0;
  /** Facts taken from a summary sentence, whole or as its trimmed core. */
  let fromSummary = 0;
  const times: number[] = [];
  /** Per article: how much more highlight coverage (summed over its highlights) the lead baseline has. */
  const gaps: Array<{ i: number; gap: number; facts: string[]; lead: string[]; row: Row }> = [];
  const kinds = new Map<string, number>();
  let entities = 0;
  let quotes = 0;
  let attributed = 0;

  rows.forEach((r, i) => {
    const doc = analyseText(textToBlocks(r.article), null, "en");
    const summary = NO_SUMMARY ? [] : summarize(doc, { sentences: SUMMARY_SENTENCES });
    const options = { facts: FACTS, publishedAt: null, title: null };
    const result = extractFacts(doc, summary, options);
    // The best of a few runs: the machine is shared, and one run's time is mostly other processes' noise.
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < TIMING_RUNS; k++) {
      const t0 = performance.now();
      extractFacts(doc, summary, options);
      best = Math.min(best, performance.now() - t0);
    }
    if (TIMING_RUNS > 0) times.push(best);
    const texts = result.keyFacts.map((f) => f.text);
    const words = texts.reduce((n, t) => n + (t.match(WORD)?.length ?? 0), 0);
    const coverageBefore = ours.coverage - base.coverage;
    score(ours, r.highlights, texts);
    const lead = leadBaseline(doc, words);
    score(base, r.highlights, lead);
    gaps.push({ i, gap: base.coverage - ours.coverage + coverageBefore, facts: texts, lead, row: r });
    score(baseComplement, r.highlights, leadBaseline(doc, words, summary));
    facts += texts.length;
    factWords += words;
    faithfulFacts += result.keyFacts.filter((f) => faithful(doc, f)).length;
    summaryRepeats +=
      result.keyFacts.filter((f) => summary.some((s) => s.text === f.text)).length > 1 ? 1 : 0;
    fromSummary += result.keyFacts.filter((f) =>
      summary.some((x) => x.start <= f.source.start && x.end >= f.source.end),
    ).length;
    for (const f of result.keyFacts) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    entities += result.entities.length;
    quotes += result.quotes.length;
    attributed += result.quotes.filter((q) => q.speaker).length;
    if (i < SHOW) {
      console.log(`\n# ${r.id}\nhighlights:\n  ${r.highlights.join("\n  ")}`);
      console.log(`summary:\n  ${summary.map((s) => s.text).join("\n  ")}\nfacts:`);
      for (const f of result.keyFacts) console.log(`  [${f.kind}] ${f.text}`);
      console.log(
        `entities: ${result.entities
          .slice(0, 8)
          .map((e) => `${e.text}/${e.type}/${e.mentions}`)
          .join(", ")}`,
      );
      for (const q of result.quotes.slice(0, 3))
        console.log(`quote: ${q.speaker ?? "?"}: ${q.text.slice(0, 80)}`);
    }
  });

  for (const g of [...gaps].sort((a, b) => b.gap - a.gap).slice(0, WORST)) {
    console.log(
      `\n# ${SKIP + g.i + 1} ${g.row.id}: lead ahead by ${g.gap.toFixed(2)} (coverage summed over highlights)`,
    );
    console.log(`highlights:\n  ${g.row.highlights.join("\n  ")}`);
    console.log(`facts:\n  ${g.facts.join("\n  ")}\nlead:\n  ${g.lead.join("\n  ")}`);
  }
  const n = rows.length;
  console.log(
    `\nKey facts on CNN/DM dev (articles ${SKIP + 1}-${SKIP + n}, highlights as reference; up to ${FACTS} facts; ${
      NO_SUMMARY ? "no summary" : `beside a ${SUMMARY_SENTENCES}-sentence summary`
    })`,
  );
  console.log("metric                           ours    lead  lead under the summary rule (same words)");
  const line = (name: string, f: (t: Tally) => string) =>
    console.log(
      `${name.padEnd(30)} ${f(ours).padStart(6)}  ${f(base).padStart(6)}  ${f(baseComplement).padStart(6)}`,
    );
  line("highlight coverage (R1 recall)", (t) => pct(t.coverage, t.highlights));
  line("ROUGE-2 recall", (t) => pct(t.rouge2Hits, t.rouge2Total));
  line("number recall", (t) => pct(t.numbersFound, t.numbers));
  line("entity recall", (t) => pct(t.namesFound, t.names));
  console.log(`faithfulness: ${pct(faithfulFacts, facts)}% of ${facts} facts`);
  console.log(
    `facts/article ${(facts / n).toFixed(2)}, words/fact ${(factWords / Math.max(facts, 1)).toFixed(1)}`,
  );
  console.log(`kinds: ${[...kinds].map(([k, c]) => `${k} ${c}`).join(", ")}`);
  console.log(`articles where more than one fact repeats a summary sentence: ${summaryRepeats}`);
  console.log(`facts taken from a summary sentence (whole or its trimmed core): ${pct(fromSummary, facts)}%`);
  console.log(
    `entities/article ${(entities / n).toFixed(1)}, quotes/article ${(quotes / n).toFixed(1)} (${pct(attributed, quotes)}% with a speaker)`,
  );
  if (times.length)
    console.log(
      `extractFacts time: median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms`,
    );
}

main();

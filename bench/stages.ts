/**
 * Where the pipeline's time goes, per page: each stage of `summarizeHtml` timed on its own over the 181
 * Zyte pages (after a warm-up pass; each page's time is its median over the rounds), with the pages
 * that make the whole pipeline's 95th percentile listed. A profiling aid for `npm run bench`.
 * Usage: npx tsx bench/stages.ts [--rounds N] [--slow N]
 */
import { Tokenizer } from "htmlparser2";
import { extractArticle } from "../src/core/extract/index";
import { parseHtml } from "../src/core/extract/parse";
import { IGNORE_ALL } from "../src/core/extract/tokenize";
import { extractFacts } from "../src/core/facts/index";
import { countWords, summarizeHtml } from "../src/core/pipeline";
import { summarize } from "../src/core/summarize/index";
import { analyseText } from "../src/core/text/analyse";
import { detectLanguage } from "../src/core/text/language";
import type { AnalysedText, Article, SummarySentence } from "../src/core/types";
import { loadZyte } from "./lib/extraction-data";

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ROUNDS = flag("--rounds", 5);
const SLOW = flag("--slow", 10);

const pages = loadZyte();
// The Tokenizer alone: every callback a no-op.
const callbacks = IGNORE_ALL;

interface State {
  article: Article;
  doc: AnalysedText;
  summary: SummarySentence[];
}
const states = pages.map((p): State => {
  const article = extractArticle(p.html);
  const doc = analyseText(article.blocks, article.title, article.lang);
  return { article, doc, summary: summarize(doc, { sentences: 3 }) };
});

const stages: Array<[string, (i: number) => unknown]> = [
  ["summarizeHtml (whole)", (i) => summarizeHtml(pages[i].html)],
  [
    "htmlparser2 Tokenizer, no-op callbacks",
    (i) => {
      const t = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
      t.write(pages[i].html);
      t.end();
    },
  ],
  ["parseHtml", (i) => parseHtml(pages[i].html)],
  ["extractArticle", (i) => extractArticle(pages[i].html)],
  [
    "analyseText",
    (i) => analyseText(states[i].article.blocks, states[i].article.title, states[i].article.lang),
  ],
  ["  detectLanguage (1000-char sample)", (i) => detectLanguage(states[i].doc.text.slice(0, 1000))],
  ["summarize", (i) => summarize(states[i].doc, { sentences: 3 })],
  [
    "extractFacts",
    (i) =>
      extractFacts(states[i].doc, states[i].summary, {
        facts: 5,
        publishedAt: states[i].article.publishedAt,
        title: states[i].article.title,
      }),
  ],
  ["countWords", (i) => countWords(states[i].doc.text)],
];

for (const [, run] of stages) for (let i = 0; i < pages.length; i++) run(i);
const times = stages.map(() => pages.map((): number[] => []));
for (let r = 0; r < ROUNDS; r++) {
  for (let i = 0; i < pages.length; i++) {
    for (let s = 0; s < stages.length; s++) {
      const t0 = performance.now();
      stages[s][1](i);
      times[s][i].push(performance.now() - t0);
    }
  }
}
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs: number[], q: number) =>
  sorted(xs)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const perPage = times.map((t) => t.map(median));
console.log(`${pages.length} pages, ${ROUNDS} rounds after warm-up (Node ${process.version})`);
for (let s = 0; s < stages.length; s++) {
  const xs = perPage[s];
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `  ${stages[s][0].padEnd(40)} median ${median(xs).toFixed(2).padStart(6)}  p95 ${quantile(xs, 0.95).toFixed(2).padStart(6)}  mean ${mean.toFixed(2).padStart(6)}  max ${Math.max(
      ...xs,
    )
      .toFixed(1)
      .padStart(6)} ms`,
  );
}
const order = pages.map((_, i) => i).sort((a, b) => perPage[0][b] - perPage[0][a]);
console.log(`\nslowest ${SLOW} pages (ms per stage, in the order above; KB of HTML, sentences):`);
for (const i of order.slice(0, SLOW)) {
  const cells = stages.map((_, s) => perPage[s][i].toFixed(1).padStart(5)).join(" ");
  console.log(
    `  ${pages[i].id.padEnd(8)} ${cells}  ${(pages[i].html.length / 1000).toFixed(0).padStart(5)} KB ${String(states[i].doc.sentences.length).padStart(4)} s ${states[i].doc.lang}`,
  );
}

/**
 * Speed of the whole pipeline (extract + analyse + summary + key facts: `summarizeHtml`) per page over
 * the 181 Zyte benchmark pages, after a warm-up pass, with @mozilla/readability on linkedom (extraction
 * only) timed in the same run, page by page, alternating. Prints median, 95th percentile and max in ms,
 * throughput in MB/s (HTML characters, as UTF-16 code units ≈ bytes for these pages), and the ratios.
 * Usage: npx tsx bench/bench.ts [--rounds N]
 */
import { extractArticle } from "../src/core/extract/index";
import { summarizeArticle, summarizeHtml } from "../src/core/pipeline";
import { loadZyte } from "./lib/extraction-data";
import { runReadability } from "./lib/readability-baseline";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
/** Measured passes over the corpus (each page's time is its median over the rounds). */
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;

const pages = loadZyte();
/** Extracted once, to time what follows extraction on its own (the other helpers' share). */
const articles = new Map(pages.map((p) => [p.html, extractArticle(p.html)]));
const totalChars = pages.reduce((n, p) => n + p.html.length, 0);

type Run = (html: string) => unknown;
const systems: Array<[string, Run]> = [
  ["precis summarizeHtml (extract+summary+facts)", (html) => summarizeHtml(html)],
  ["precis extractArticle only", (html) => extractArticle(html)],
  [
    "precis analyse+summary+facts only",
    (html) => summarizeArticle(articles.get(html) as ReturnType<typeof extractArticle>, {}, []),
  ],
  ["Readability.js + linkedom", (html) => runReadability(html)],
];

// Warm-up: every system over every page once (JIT, caches).
for (const [, run] of systems) for (const p of pages) run(p.html);

const times: number[][][] = systems.map(() => pages.map(() => []));
for (let r = 0; r < ROUNDS; r++) {
  for (let i = 0; i < pages.length; i++) {
    // Interleaved: the systems see the same machine state for the same page.
    for (let s = 0; s < systems.length; s++) {
      const t0 = performance.now();
      systems[s][1](pages[i].html);
      times[s][i].push(performance.now() - t0);
    }
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

console.log(
  `${pages.length} pages, ${(totalChars / 1e6).toFixed(1)} M chars, ${ROUNDS} rounds after warm-up (Node ${process.version})`,
);
const stats = systems.map(([name], s) => {
  const perPage = times[s].map(median);
  const total = perPage.reduce((a, b) => a + b, 0);
  const row = {
    name,
    median: median(perPage),
    p95: quantile(perPage, 0.95),
    max: Math.max(...perPage),
    mbps: totalChars / 1e6 / (total / 1000),
  };
  console.log(
    `  ${name.padEnd(46)} median ${row.median.toFixed(2).padStart(6)} ms  p95 ${row.p95.toFixed(2).padStart(6)} ms  max ${row.max.toFixed(1).padStart(6)} ms  ${row.mbps.toFixed(1).padStart(5)} MB/s`,
  );
  return row;
});
const [ours, extraction, , readability] = stats;
for (const [label, row] of [
  ["whole pipeline", ours],
  ["extractArticle", extraction],
] as const) {
  console.log(
    `  Readability+linkedom / precis ${label}: ${(readability.median / row.median).toFixed(1)}x at the median, ${(readability.p95 / row.p95).toFixed(1)}x at p95`,
  );
}
/** Issue 3's bars for the whole pipeline: median and p95 in ms, and the speed-up over Readability at both. */
const BAR_MEDIAN_MS = 5;
const BAR_P95_MS = 15;
const BAR_RATIO = 7;
const mark = (ok: boolean) => (ok ? "met" : "NOT met");
console.log(
  `  bars (whole pipeline): median <= ${BAR_MEDIAN_MS} ms ${mark(ours.median <= BAR_MEDIAN_MS)}; p95 <= ${BAR_P95_MS} ms ${mark(ours.p95 <= BAR_P95_MS)}; >= ${BAR_RATIO}x Readability at median ${mark(readability.median / ours.median >= BAR_RATIO)} and p95 ${mark(readability.p95 / ours.p95 >= BAR_RATIO)}`,
);

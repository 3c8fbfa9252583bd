/**
 * A/B timing of one pipeline stage between two source trees (e.g. a worktree at the starting commit
 * and one with a speed change), in one process: each tree's `src/core` modules are imported from its
 * own root, and the stage runs on every page with A and B interleaved page by page, over several
 * rounds (after a warm-up pass). Each page's time is its median over the rounds; the report gives the
 * paired median of B/A over pages (the figure to read), the ratio of the two medians and of the
 * totals. Whichever runs second on a page ran 10-15% faster in same-code runs, so the tree that goes
 * first alternates by page and round; still run both orders (A B, then B A, whose ratio reads as its
 * inverse) to see the noise. The inputs of later stages (articles, analysed texts, summaries) are
 * computed once per tree before the timing, with that tree's own code.
 * Usage: npx tsx bench/ab.ts ROOT_A ROOT_B whole|extract|analyse|summarize|facts
 *   [--rounds N] (5) [--corpus zyte|trafilatura] (zyte) [--over MS] (10: pages whose median passes it)
 */
import { resolve } from "node:path";
import type { AnalysedText, Article, SummarySentence } from "../src/core/types";
import { loadTrafilatura, loadZyte } from "./lib/extraction-data";

const STAGES = ["whole", "extract", "analyse", "summarize", "facts"] as const;
type Stage = (typeof STAGES)[number];

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const [rootA, rootB, stageArg] = args;
if (!rootA || !rootB || !STAGES.includes(stageArg as Stage)) {
  console.error(`usage: npx tsx bench/ab.ts ROOT_A ROOT_B ${STAGES.join("|")} [--rounds N]`);
  console.error("  [--corpus zyte|trafilatura] [--over MS]");
  process.exit(2);
}
const stage = stageArg as Stage;
const ROUNDS = Number(flag("--rounds", "5"));
const CORPUS = flag("--corpus", "zyte");
const OVER = Number(flag("--over", "10"));

/** The core entries a stage needs, as one tree exports them. */
interface Core {
  summarizeHtml: (html: string) => unknown;
  extractArticle: (html: string) => Article;
  analyseText: (
    blocks: Article["blocks"],
    title: string | null,
    lang?: string | null,
    declared?: string | null,
  ) => AnalysedText;
  summarize: (doc: AnalysedText, options: { sentences: number }) => SummarySentence[];
  extractFacts: (
    doc: AnalysedText,
    summary: SummarySentence[],
    options: { facts: number; publishedAt: string | null; title: string | null },
  ) => unknown;
}

async function loadCore(root: string): Promise<Core> {
  const core = resolve(root, "src/core");
  const [pipeline, extract, analyse, summarize, facts] = await Promise.all([
    import(`${core}/pipeline.ts`),
    import(`${core}/extract/index.ts`),
    import(`${core}/text/analyse.ts`),
    import(`${core}/summarize/index.ts`),
    import(`${core}/facts/index.ts`),
  ]);
  return {
    summarizeHtml: pipeline.summarizeHtml,
    extractArticle: extract.extractArticle,
    analyseText: analyse.analyseText,
    summarize: summarize.summarize,
    extractFacts: facts.extractFacts,
  };
}

const pages: string[] =
  CORPUS === "trafilatura" ? loadTrafilatura().map((p) => p.html) : loadZyte().map((p) => p.html);

/**
 * One call of the stage on page `i`, its inputs made beforehand with the same tree's code. Each tree
 * reads its own copy of the pages: extracted texts are slices of the page's string, and with one string
 * shared, the first tree to run on a page would bring it into the cache for the second (a same-tree
 * A/A run showed the second 10-15% faster).
 */
function stageRunner(core: Core): (i: number) => unknown {
  const htmls = pages.map((h) => JSON.parse(JSON.stringify(h)) as string);
  if (stage === "whole") return (i) => core.summarizeHtml(htmls[i]);
  if (stage === "extract") return (i) => core.extractArticle(htmls[i]);
  const articles = htmls.map((h) => core.extractArticle(h));
  if (stage === "analyse") {
    return (i) => core.analyseText(articles[i].blocks, articles[i].title, undefined, articles[i].lang);
  }
  const docs = articles.map((a) => core.analyseText(a.blocks, a.title, undefined, a.lang));
  if (stage === "summarize") return (i) => core.summarize(docs[i], { sentences: 3 });
  const summaries = docs.map((d) => core.summarize(d, { sentences: 3 }));
  return (i) =>
    core.extractFacts(docs[i], summaries[i], {
      facts: 5,
      publishedAt: articles[i].publishedAt,
      title: articles[i].title,
    });
}

const runners = [stageRunner(await loadCore(rootA)), stageRunner(await loadCore(rootB))];
for (const run of runners) for (let i = 0; i < pages.length; i++) run(i);

const times = runners.map(() => pages.map((): number[] => []));
for (let r = 0; r < ROUNDS; r++) {
  for (let i = 0; i < pages.length; i++) {
    // Which tree goes first alternates by page and round (see the header).
    const first = (i + r) % 2;
    for (const s of [first, 1 - first]) {
      const t0 = performance.now();
      runners[s](i);
      times[s][i].push(performance.now() - t0);
    }
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const [a, b] = times.map((t) => t.map(median));
const ratios = a.map((x, i) => b[i] / x).filter(Number.isFinite);
const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
const over = (xs: number[]) => xs.filter((x) => x > OVER).length;
console.log(
  `${stage} on ${pages.length} ${CORPUS} pages, ${ROUNDS} rounds, A first (Node ${process.version})`,
);
console.log(
  `  A ${rootA}: median ${median(a).toFixed(3)} ms, total ${sum(a).toFixed(1)} ms, over ${OVER} ms: ${over(a)}`,
);
console.log(
  `  B ${rootB}: median ${median(b).toFixed(3)} ms, total ${sum(b).toFixed(1)} ms, over ${OVER} ms: ${over(b)}`,
);
console.log(
  `  B/A paired median ${median(ratios).toFixed(3)}, ratio of medians ${(median(b) / median(a)).toFixed(3)}, ratio of totals ${(sum(b) / sum(a)).toFixed(3)}`,
);
// Each page's fastest round, the least disturbed by other processes on a busy machine.
const [minA, minB] = times.map((t) => t.map((xs) => Math.min(...xs)));
const minRatios = minA.map((x, i) => minB[i] / x).filter(Number.isFinite);
console.log(
  `  B/A paired median of per-page minima ${median(minRatios).toFixed(3)}; pages whose minimum passes ${OVER} ms: A ${over(minA)}, B ${over(minB)}`,
);

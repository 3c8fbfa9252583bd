/**
 * Peak memory of the core (`summarizeHtml`, the service's path) on the largest page of the Zyte corpus
 * (../shared/data/extraction/scrapinghub) and on a generated 10 MB news page. Each case runs in its own
 * Node process with the V8 heap capped at 128 MB (a Worker isolate's memory limit), so a case that
 * needed more would die there: the exit code is the verdict. Printed per case: the peak RSS of the
 * process above its RSS just before the run (ru_maxrss), the JS heap right after the run (garbage
 * included) and what stays after a full GC.
 * Usage: npx tsx bench/memory.ts
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeHtml } from "../src/core/charset";
import { extractArticleStrict } from "../src/core/extract/index";
import { summarizeHtml } from "../src/core/pipeline";
import { EXTRACTION_DATA } from "./lib/extraction-data";

/** A Workers isolate's memory limit. */
const LIMIT_MB = 128;
const GENERATED_BYTES = 10 * 1024 * 1024;
const ZYTE_HTML = join(EXTRACTION_DATA, "scrapinghub", "html");

type CaseName = "zyte-largest" | "generated-10mb" | "generated-10mb-uncut";
const CASES: Array<[CaseName, string]> = [
  ["zyte-largest", "summarizeHtml, largest Zyte page"],
  ["generated-10mb", "summarizeHtml, generated 10 MB page (cut at MAX_HTML_CHARS)"],
  ["generated-10mb-uncut", "extractArticle on the whole 10 MB page (no cut; for headroom)"],
];

/** The largest page of the corpus by compressed size (a proxy for its HTML length; checked below). */
function largestZytePage(): string {
  const files = readdirSync(ZYTE_HTML).filter((f) => f.endsWith(".html.gz"));
  let best = "";
  let bestChars = -1;
  for (const f of files) {
    const chars = readZyte(f).length;
    if (chars > bestChars) [best, bestChars] = [f, chars];
  }
  return best;
}

function readZyte(file: string): string {
  const bytes = gunzipSync(readFileSync(join(ZYTE_HTML, file)));
  return decodeHtml(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).html;
}

/**
 * A big news page of the usual shape: a navigation bar, then an article of many paragraphs with
 * inline links and emphasis, a related-links rail and a footer, repeated sections until `bytes`.
 * Deterministic (no randomness), so runs compare.
 */
export function generatePage(bytes: number): string {
  const words = [
    "council",
    "harbour",
    "budget",
    "minister",
    "report",
    "village",
    "engineers",
    "voted",
    "announced",
    "expected",
    "percent",
    "million",
    "families",
    "winter",
    "railway",
    "river",
  ];
  const sentence = (i: number) => {
    const n = 8 + (i % 13);
    const w = Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]);
    return `${w[0][0].toUpperCase()}${w.join(" ").slice(1)} on ${1 + (i % 28)} March, ${i % 97} people said.`;
  };
  const nav = `<nav class="site-nav"><ul>${Array.from({ length: 120 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join("")}</ul></nav>`;
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The harbour budget, explained</title>`,
    `<meta property="og:site_name" content="Generated News"></head><body>${nav}<main><article><h1>The harbour budget, explained</h1>`,
  ];
  let size = parts.join("").length;
  let i = 0;
  const tail = `</article><aside class="related">${Array.from({ length: 40 }, (_, k) => `<a href="/story/${k}">Related story ${k}</a>`).join(" ")}</aside></main><footer>© Generated News</footer></body></html>`;
  while (size + tail.length < bytes) {
    const para = `<p>${sentence(i)} <a href="/topic/${i % 50}">${sentence(i + 1)}</a> <em>${sentence(i + 2)}</em> ${sentence(i + 3)}</p>\n`;
    const block = i % 40 === 39 ? `<div class="ad-slot"><span>Advertisement</span></div>${para}` : para;
    parts.push(block);
    size += block.length;
    i += 4;
  }
  parts.push(tail);
  return parts.join("");
}

function runChild(name: CaseName): void {
  const html = name === "zyte-largest" ? readZyte(largestZytePage()) : generatePage(GENERATED_BYTES);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  const start = performance.now();
  const out =
    name === "generated-10mb-uncut"
      ? { blocks: extractArticleStrict(html).blocks.length, limits: [] as unknown[] }
      : (() => {
          const r = summarizeHtml(html);
          return { blocks: r.blocks.length, limits: r.limits ?? [] };
        })();
  const ms = performance.now() - start;
  const afterRun = process.memoryUsage();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  gc?.();
  const afterGc = process.memoryUsage();
  console.log(
    JSON.stringify({
      chars: html.length,
      ms,
      rssBefore: before.rss,
      // ru_maxrss is the process's peak; before the run it holds loading's own peak.
      peakRss: maxRss,
      peakRssAboveBefore: maxRss - Math.min(before.rss, maxRssBefore),
      heapBefore: before.heapUsed,
      heapAfterRun: afterRun.heapUsed,
      heapAfterGc: afterGc.heapUsed,
      blocks: out.blocks,
      limits: out.limits,
    }),
  );
}

interface ChildReport {
  chars: number;
  ms: number;
  rssBefore: number;
  peakRss: number;
  peakRssAboveBefore: number;
  heapBefore: number;
  heapAfterRun: number;
  heapAfterGc: number;
  blocks: number;
  limits: unknown[];
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function main(): void {
  const self = fileURLToPath(import.meta.url);
  console.log(`Core memory, each case in its own Node process with --max-old-space-size=${LIMIT_MB}:`);
  let failed = 0;
  for (const [name, label] of CASES) {
    const run = spawnSync(
      process.execPath,
      ["--expose-gc", `--max-old-space-size=${LIMIT_MB}`, "--import", "tsx", self, "--child", name],
      { cwd: join(dirname(self), ".."), encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    const line = run.stdout.trim().split("\n").pop() ?? "";
    if (run.status !== 0 || !line.startsWith("{")) {
      failed++;
      console.log(`  ${label}: FAILED (exit ${run.status}, signal ${run.signal})`);
      console.log(run.stderr.split("\n").slice(-8).join("\n"));
      continue;
    }
    const r = JSON.parse(line) as ChildReport;
    console.log(
      `  ${label}: ${(r.chars / 1e6).toFixed(2)} M chars, ${r.ms.toFixed(0)} ms, ` +
        `peak RSS ${mb(r.peakRss)} (+${mb(r.peakRssAboveBefore)} over ${mb(r.rssBefore)} before), ` +
        `JS heap ${mb(r.heapBefore)} → ${mb(r.heapAfterRun)} after the run, ${mb(r.heapAfterGc)} after GC; ` +
        `${r.blocks} blocks${r.limits.length ? `; limits ${JSON.stringify(r.limits)}` : ""}`,
    );
  }
  if (failed > 0) {
    console.error(`${failed} case(s) did not fit a ${LIMIT_MB} MB heap`);
    process.exit(1);
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) runChild(process.argv[childAt + 1] as CaseName);
else if (statSync(ZYTE_HTML, { throwIfNoEntry: false })) main();
else {
  console.error(`no Zyte corpus at ${ZYTE_HTML}`);
  process.exit(1);
}

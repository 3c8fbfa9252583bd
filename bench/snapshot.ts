/**
 * The full output of the pipeline as one JSON file, for checking what a change does to every output:
 * write one before and one after, then `cmp` them (a change meant to be neutral, such as speed work) or
 * list the outputs that differ with bench/snapshot-diff.ts (a change meant to mend some of them).
 *   - default: the 181 Zyte pages (summarizeHtml with the defaults and with 5 sentences / 10 facts, and
 *     summarizeText on each page's reference text);
 *   - `--wide`: also the 990 trafilatura pages, the 130 Mozilla pages and the 500 CNN/DM dev articles
 *     (as text), so that a rule is seen on pages of many sites and languages.
 * Usage: npx tsx bench/snapshot.ts OUT.json [--wide]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { summarizeHtml, summarizeText } from "../src/core/pipeline";
import { loadMozilla, loadTrafilatura, loadZyte } from "./lib/extraction-data";

const CNNDM = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../shared/data/summaries/cnndm-val-dev.jsonl",
);

const out = process.argv[2];
if (!out || out.startsWith("--")) {
  console.error("usage: npx tsx bench/snapshot.ts OUT.json [--wide]");
  process.exit(2);
}
const results: Record<string, unknown> = {};
for (const page of loadZyte()) {
  results[page.id] = summarizeHtml(page.html);
  results[`${page.id}:long`] = summarizeHtml(page.html, { sentences: 5, facts: 10 });
  results[`${page.id}:text`] = summarizeText(page.truth);
}
if (process.argv.includes("--wide")) {
  for (const page of loadTrafilatura()) results[`trafilatura:${page.file}`] = summarizeHtml(page.html);
  for (const page of loadMozilla()) results[`mozilla:${page.name}`] = summarizeHtml(page.html);
  readFileSync(CNNDM, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .forEach((line, i) => {
      results[`cnndm:${i + 1}`] = summarizeText((JSON.parse(line) as { article: string }).article);
    });
}
writeFileSync(out, JSON.stringify(results));
console.log(`${Object.keys(results).length} outputs written to ${out}`);

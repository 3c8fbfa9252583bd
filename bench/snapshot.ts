/**
 * The full output of the pipeline on the 181 Zyte pages (summarizeHtml with the defaults and with 5
 * sentences / 10 facts, and summarizeText on each page's reference text) as one JSON file, for checking
 * that a change meant to be neutral (speed work) leaves every output unchanged: write one before and
 * one after, then `cmp` them.
 * Usage: npx tsx bench/snapshot.ts OUT.json
 */
import { writeFileSync } from "node:fs";
import { summarizeHtml, summarizeText } from "../src/core/pipeline";
import { loadZyte } from "./lib/extraction-data";

const out = process.argv[2];
if (!out) {
  console.error("usage: npx tsx bench/snapshot.ts OUT.json");
  process.exit(2);
}
const results: Record<string, unknown> = {};
for (const page of loadZyte()) {
  results[page.id] = summarizeHtml(page.html);
  results[`${page.id}:long`] = summarizeHtml(page.html, { sentences: 5, facts: 10 });
  results[`${page.id}:text`] = summarizeText(page.truth);
}
writeFileSync(out, JSON.stringify(results));
console.log(`${Object.keys(results).length} outputs written to ${out}`);

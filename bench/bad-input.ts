/**
 * Time of the whole core (`decodeHtml` + `summarizeHtml`) on every case of the bad-input corpus
 * (fixtures/bad-input), in Node: median of a few runs after one warm-up run, with the input size.
 * A case over `SLOW_MS` and under `MIN_MB_PER_S` is flagged: on hostile input that is a bug (a backtracking regular expression,
 * a quadratic loop), since real pages take a few milliseconds. Exit code 1 when any case is flagged.
 * Usage: npx tsx bench/bad-input.ts [--runs N] [--only NAME,NAME...]
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BAD_INPUT_CASES, type BadInputCase } from "../fixtures/bad-input/index";
import { decodeHtml } from "../src/core/charset";
import { summarizeHtml } from "../src/core/pipeline";

/** A bad input that takes longer than this (median, Node)... */
const SLOW_MS = 50;
/**
 * ...and runs slower than this many MB/s is flagged. Multi-megabyte cases cannot finish in 50 ms (the
 * text analysis alone of MAX_TEXT_CHARS of ordinary prose takes a few hundred), so size counts too:
 * a linear pass runs well above 1 MB/s, a backtracking pattern or quadratic loop far below.
 */
const MIN_MB_PER_S = 1;

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
/** Measured runs per case (the median is printed). */
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? args[onlyAt + 1].split(",") : null;

const FILES = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/bad-input/files/");

function bytesOf(c: BadInputCase): Uint8Array {
  if (c.file) return new Uint8Array(readFileSync(FILES + c.file));
  return new TextEncoder().encode(c.generate?.() ?? "");
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function benchBadInput(): { slow: string[] } {
  const cases = BAD_INPUT_CASES.filter((c) => !only || only.includes(c.name));
  console.log(
    `bad-input corpus: ${cases.length} cases, decodeHtml + summarizeHtml, median of ${RUNS} runs after a warm-up (Node ${process.version}); flagged over ${SLOW_MS} ms and under ${MIN_MB_PER_S} MB/s`,
  );
  const slow: string[] = [];
  for (const c of cases) {
    const bytes = bytesOf(c);
    const run = () => summarizeHtml(decodeHtml(bytes, c.contentType ?? "text/html").html);
    run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      run();
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    const mbps = bytes.length / 1e6 / (ms / 1000);
    const flag = ms > SLOW_MS && mbps < MIN_MB_PER_S ? "  SLOW" : "";
    if (flag) slow.push(c.name);
    console.log(
      `  ${c.name.padEnd(30)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  ${ms.toFixed(2).padStart(8)} ms ${mbps.toFixed(1).padStart(6)} MB/s${flag}`,
    );
  }
  console.log(slow.length ? `  flagged: ${slow.join(", ")}` : "  no case flagged");
  return { slow };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { slow } = benchBadInput();
  if (slow.length) process.exitCode = 1;
}

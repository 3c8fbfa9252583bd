/**
 * Size of the deployed worker: bundles it exactly as `wrangler deploy` would (`--dry-run --outdir`, into
 * a temporary directory), then prints the upload's raw and gzip sizes, the largest inputs (esbuild's
 * metafile) and, for comparison, the size with `--minify`. Exits non-zero past the budget below.
 * Usage: npx tsx bench/bundle-size.ts
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The issue's aim: under 1 MB gzipped (Workers' free plan allows 3 MB, paid 10 MB, both gzipped). */
const GZIP_BUDGET_BYTES = 1024 * 1024;
/** Inputs listed by their share of the bundle. */
const TOP_INPUTS = 12;

interface Bundle {
  rawBytes: number;
  gzipBytes: number;
  inputs: Array<[string, number]>;
}

function bundle(extraArgs: string[]): Bundle {
  const out = mkdtempSync(join(tmpdir(), "precis-bundle-"));
  try {
    const run = spawnSync(
      join(ROOT, "node_modules/.bin/wrangler"),
      ["deploy", "--dry-run", "--outdir", out, "--metafile", join(out, "meta.json"), ...extraArgs],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" } },
    );
    if (run.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${run.stdout}\n${run.stderr}`);
    // The upload: the bundled modules (source maps and the metafile are not uploaded).
    const files = readdirSync(out).filter((f) => /\.(m?js|wasm|txt|bin)$/.test(f));
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(out, f))));
    const meta = JSON.parse(readFileSync(join(out, "meta.json"), "utf8")) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    const byInput = new Map<string, number>();
    for (const output of Object.values(meta.outputs)) {
      for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
        const name = packageOf(path);
        byInput.set(name, (byInput.get(name) ?? 0) + bytesInOutput);
      }
    }
    const inputs = [...byInput.entries()].sort((a, b) => b[1] - a[1]);
    return { rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, inputs };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** `node_modules/<pkg>/...` → the package; our own files by folder (src/core/extract, ...). */
function packageOf(path: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nm) return nm[1];
  const own = /(src\/(?:[^/]+\/)?)/.exec(path);
  return own ? `${own[1]}*` : path;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const deployed = bundle([]);
const minified = bundle(["--minify"]);
console.log("Worker bundle (wrangler deploy --dry-run --outdir <tmp>):");
console.log(`  as deployed: ${kib(deployed.rawBytes)} raw, ${kib(deployed.gzipBytes)} gzipped`);
console.log(`  --minify:    ${kib(minified.rawBytes)} raw, ${kib(minified.gzipBytes)} gzipped`);
console.log(`  budget: ${kib(GZIP_BUDGET_BYTES)} gzipped`);
console.log(`  largest inputs (bytes in the unminified bundle):`);
for (const [name, bytes] of deployed.inputs.slice(0, TOP_INPUTS)) {
  console.log(`    ${kib(bytes).padStart(10)}  ${name}`);
}
if (deployed.gzipBytes > GZIP_BUDGET_BYTES) {
  console.error(`bundle is ${kib(deployed.gzipBytes)} gzipped, over the ${kib(GZIP_BUDGET_BYTES)} budget`);
  process.exit(1);
}

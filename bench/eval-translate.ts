/**
 * Translation evaluation of the configured provider on Tatoeba eng → spa (1,000 everyday sentence
 * pairs, ../shared/data/translation/tatoeba): corpus chrF (bench/lib/chrf.ts), number preservation
 * (src/translate/numbers-check.ts) and throughput, printed.
 * The provider comes from TRANSLATOR / TRANSLATOR_URL in the environment, else wrangler.toml's [vars]
 * (Apertium APy at http://127.0.0.1:2737). Workers AI needs the AI binding, so it cannot run here.
 * Texts go to the provider in batches of BATCH_TEXTS, as a summary's title, sentences and facts do.
 * Usage: npx tsx bench/eval-translate.ts [--limit N] [--batch N]
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { missingNumbers, numbersIn } from "../src/translate/numbers-check";
import { selectTranslator } from "../src/translate/select";
import { corpusChrf } from "./lib/chrf";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = join(ROOT, "../shared/data/translation/tatoeba");
/** Texts per provider call: about what one summary shows (title, 3 sentences, 5 facts). */
const BATCH_TEXTS = 9;
/** Per-call limit, as generous as the service's would be for a batch this size. */
const CALL_TIMEOUT_MS = 60_000;

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const LIMIT = option("--limit", Number.POSITIVE_INFINITY);
const BATCH = option("--batch", BATCH_TEXTS);

/** TRANSLATOR and TRANSLATOR_URL: the environment first, then wrangler.toml's [vars]. */
function configured(name: string): string | undefined {
  if (process.env[name]) return process.env[name];
  const toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
  return new RegExp(`^${name}\\s*=\\s*"([^"]*)"`, "m").exec(toml)?.[1];
}

function lines(file: string): string[] {
  return readFileSync(join(DATA, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
}

async function main(): Promise<void> {
  const sources = lines("tatoeba.spa-eng.eng").slice(0, LIMIT);
  const references = lines("tatoeba.spa-eng.spa").slice(0, sources.length);
  const translator = selectTranslator({
    TRANSLATOR: configured("TRANSLATOR"),
    TRANSLATOR_URL: configured("TRANSLATOR_URL"),
    TRANSLATOR_API_KEY: process.env.TRANSLATOR_API_KEY,
  });

  const hypotheses: string[] = [];
  let calls = 0;
  const started = performance.now();
  for (let i = 0; i < sources.length; i += BATCH) {
    const batch = sources.slice(i, i + BATCH);
    hypotheses.push(...(await translator.translate(batch, "en", "es", AbortSignal.timeout(CALL_TIMEOUT_MS))));
    calls++;
  }
  const seconds = (performance.now() - started) / 1000;

  let withNumbers = 0;
  let intact = 0;
  let numbers = 0;
  let lost = 0;
  sources.forEach((source, i) => {
    const count = numbersIn(source).length;
    if (count === 0) return;
    const missing = missingNumbers(source, hypotheses[i]).length;
    withNumbers++;
    numbers += count;
    lost += missing;
    if (missing === 0) intact++;
  });
  const chars = sources.reduce((n, s) => n + s.length, 0);

  console.log(
    `provider: ${translator.id}; Tatoeba eng→spa, ${sources.length} sentences, batches of ${BATCH}`,
  );
  console.log(`chrF: ${corpusChrf(hypotheses, references).toFixed(2)}`);
  console.log(
    `numbers: ${numbers - lost}/${numbers} kept; ${intact}/${withNumbers} sentences with numbers keep them all`,
  );
  console.log(
    `throughput: ${(sources.length / seconds).toFixed(1)} sentences/s, ${(chars / seconds).toFixed(0)} chars/s ` +
      `(${seconds.toFixed(2)} s, ${calls} calls, ${((seconds * 1000) / calls).toFixed(1)} ms/call)`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

/**
 * Cloudflare Workers AI, model @cf/meta/m2m100-1.2b, through the AI binding: input
 * { text, source_lang, target_lang }, output { translated_text }. The model takes one text per call
 * (its batch form is an asynchronous queue, too slow for a request), so texts go out in parallel,
 * a few at a time.
 */
import { TRANSLATE_CONCURRENCY } from "../limits";
import { mapLimited } from "./pool";
import { type LanguagePair, type Translator, TranslatorError } from "./types";

export const M2M100_MODEL = "@cf/meta/m2m100-1.2b";

export interface M2m100Input {
  text: string;
  source_lang: string;
  target_lang: string;
}

/** The part of the AI binding we use (the real `Ai` fits it; tests pass a stand-in). */
export interface M2m100Binding {
  run(model: typeof M2M100_MODEL, inputs: M2m100Input, options?: { signal?: AbortSignal }): Promise<unknown>;
}

/** The 100 languages of m2m100, in its own codes (ISO 639-1 except ast, ceb, ilo and "ns"). */
const M2M100_CODES = (
  "af am ar ast az ba be bg bn br bs ca ceb cs cy da de el en es et fa ff fi fr fy ga gd gl gu ha he " +
  "hi hr ht hu hy id ig ilo is it ja jv ka kk km kn ko lb lg ln lo lt lv mg mk ml mn mr ms my ne nl " +
  "no ns oc or pa pl ps pt ro ru sd si sk sl so sq sr ss su sv sw ta th tl tn tr uk ur uz vi wo xh yi " +
  "yo zh zu"
).split(" ");

/** m2m100 calls Northern Sotho "ns", which is no ISO code; canonically it is ISO 639-3 "nso". */
const M2M100_TO_CANONICAL: Readonly<Record<string, string>> = { ns: "nso" };
const CANONICAL_TO_M2M100: Readonly<Record<string, string>> = { nso: "ns" };

export const M2M100_LANGUAGES: readonly string[] = M2M100_CODES.map((c) => M2M100_TO_CANONICAL[c] ?? c);
const SUPPORTED = new Set(M2M100_LANGUAGES);

export function workersAiTranslator(ai: M2m100Binding): Translator {
  return {
    name: "workers-ai",
    id: "workers-ai",

    async languages() {
      // Many-to-many: every language to every other.
      const pairs: LanguagePair[] = [];
      for (const from of M2M100_LANGUAGES) {
        for (const to of M2M100_LANGUAGES) if (from !== to) pairs.push({ from, to });
      }
      return pairs;
    },

    async translate(texts, from, to, signal) {
      for (const lang of [from, to]) {
        if (!SUPPORTED.has(lang)) throw new TranslatorError("unsupported", `m2m100 does not know "${lang}"`);
      }
      const source_lang = CANONICAL_TO_M2M100[from] ?? from;
      const target_lang = CANONICAL_TO_M2M100[to] ?? to;
      return mapLimited(texts, TRANSLATE_CONCURRENCY, async (text) => {
        const out = await untilAborted(
          ai.run(M2M100_MODEL, { text, source_lang, target_lang }, { signal }),
          signal,
        );
        const translated = (out as { translated_text?: unknown } | null)?.translated_text;
        if (typeof translated !== "string")
          throw new TranslatorError("failed", "workers-ai answered no translated_text");
        return translated;
      });
    },
  };
}

/** Settles with `promise`, or rejects as a timeout once `signal` aborts (the binding may not watch it). */
async function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new TranslatorError("timeout", "workers-ai did not answer in time"));
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, aborted]);
  } catch (err) {
    if (err instanceof TranslatorError) throw err;
    if (signal.aborted) throw new TranslatorError("timeout", "workers-ai did not answer in time");
    throw new TranslatorError("failed", `workers-ai failed: ${String(err)}`);
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

/**
 * Apertium APy (self-hosted, rule-based): GET /listPairs, POST /translate (langpair=eng|spa, q=...).
 * APy has no batch endpoint, but it translates HTML and keeps block tags in place, so a batch goes
 * out as one document, each text in its own <p>, and comes back split on those tags (one pipeline
 * pass instead of one per text; see the translate note for the measurement). When the tags do not come
 * back intact, the texts are sent one by one, a few at a time.
 */
import { TRANSLATE_CONCURRENCY } from "../limits";
import { decodeEntities, escapeHtml } from "./html-text";
import { endpoint, requestJson, statusFailure } from "./http";
import { canonicalLanguage, iso639_3 } from "./languages";
import { mapLimited } from "./pool";
import { type LanguagePair, type Translator, TranslatorError } from "./types";

/** APy's explanation for a 400 on a pair it does not have. */
const PAIR_NOT_INSTALLED = /not installed|invalid/i;
const PARAGRAPH = /<p>([\s\S]*?)<\/p>/g;

interface ApyPairs {
  responseData?: Array<{ sourceLanguage?: string; targetLanguage?: string }>;
}

interface ApyTranslation {
  responseData?: { translatedText?: unknown };
}

export function apertiumTranslator(baseUrl: string): Translator {
  return {
    name: "apertium",
    id: `apertium ${baseUrl}`,

    async languages(signal) {
      const res = await requestJson(endpoint(baseUrl, "listPairs"), {}, signal);
      const data = (res.body as ApyPairs | null)?.responseData;
      if (res.status !== 200 || !Array.isArray(data)) throw statusFailure("apertium", res);
      const pairs: LanguagePair[] = [];
      for (const p of data) {
        // Regional variants ("eng_US", "cat_valencia") are left out: we translate with the base codes.
        if (!p.sourceLanguage || !p.targetLanguage || /_/.test(p.sourceLanguage + p.targetLanguage)) continue;
        const from = canonicalLanguage(p.sourceLanguage);
        const to = canonicalLanguage(p.targetLanguage);
        if (from && to) pairs.push({ from, to });
      }
      return pairs;
    },

    async translate(texts, from, to, signal) {
      if (texts.length === 0) return [];
      const langpair = `${iso639_3(from)}|${iso639_3(to)}`;
      const call = (q: string) => translateHtml(baseUrl, langpair, q, signal);
      const batch = await call(texts.map((t) => `<p>${escapeHtml(t)}</p>`).join("\n"));
      const parts = [...batch.matchAll(PARAGRAPH)].map((m) => m[1]);
      if (parts.length === texts.length) return parts.map((part, i) => tidy(part, texts[i]));
      console.warn(`apertium: batch came back with ${parts.length} of ${texts.length} parts; one by one`);
      return mapLimited(texts, TRANSLATE_CONCURRENCY, async (t) => tidy(await call(escapeHtml(t)), t));
    },
  };
}

async function translateHtml(
  baseUrl: string,
  langpair: string,
  q: string,
  signal: AbortSignal,
): Promise<string> {
  // POST: a batch can be longer than a URL may be. markUnknown=no drops the "*" APy puts before
  // words it does not know (names, mostly), which are passed through untranslated.
  const res = await requestJson(
    endpoint(baseUrl, "translate"),
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ langpair, q, markUnknown: "no" }).toString(),
    },
    signal,
  );
  const text = (res.body as ApyTranslation | null)?.responseData?.translatedText;
  if (res.status === 200 && typeof text === "string") return text;
  const explanation = String((res.body as { explanation?: unknown } | null)?.explanation ?? "");
  if (res.status === 400 && PAIR_NOT_INSTALLED.test(explanation)) {
    throw new TranslatorError("unsupported", `apertium has no ${langpair} pair`);
  }
  throw statusFailure("apertium", res);
}

/**
 * Apertium's own marks before a word: "#" (a form it could not generate) and "@" (a word its transfer
 * did not translate). APy's markUnknown=no strips only "*", so we drop these, unless the source text
 * itself has such characters (a hashtag, a handle), which we then keep.
 */
const APERTIUM_MARK = /(^|[\s(«"'¿¡])[#@](?=[\p{L}\p{N}])/gu;

/** A translated part back to plain text: entities decoded, marks dropped, the spaces APy doubles collapsed. */
function tidy(part: string, source: string): string {
  const text = decodeEntities(part);
  return (/[#@]/.test(source) ? text : text.replace(APERTIUM_MARK, "$1")).replace(/[ \t]{2,}/g, " ").trim();
}

/**
 * Translation as the routes use it: provider from configuration, pair check (422), KV cache per
 * target language, timeout. A summary's translation never fails its request: a provider that fails
 * or times out gives `translation.error` and nothing is cached; `/v1/translate` answers 502/504.
 */
import { kvGetJson, kvPutJson } from "../cache/kv";
import { cacheTtlSeconds, type Env } from "../config";
import { detectLanguage, UNDETERMINED } from "../core/text/language";
import { ApiError } from "../errors";
import { TRANSLATE_TIMEOUT_MS } from "../limits";
import type { SummaryResult } from "../service/result";
import { summaryTranslationKey, textTranslationKey } from "./cache-keys";
import { canonicalLanguage } from "./languages";
import { missingNumbers } from "./numbers-check";
import { selectTranslator } from "./select";
import { checkPair, supportedPairs } from "./supported-pairs";
import { translateResultParts } from "./translate-result";
import type { NumbersMissing, SummaryTranslation, TranslatedSummary } from "./translation";
import { type LanguagePair, type Translator, TranslatorError } from "./types";

export interface TranslateOptions {
  /** Time for the whole provider exchange (language list and translation). */
  timeoutMs?: number;
  /** Skip the cache lookup (the request's `fresh`); a success is still stored. */
  fresh?: boolean;
}

/** Provider name reported when source and target are the same language and nothing was sent. */
const NO_PROVIDER = "none";

/** A target or source language from a request: its canonical code, or 400. */
export function readLanguageOption(value: unknown, name: string): string {
  const lang = typeof value === "string" ? canonicalLanguage(value) : null;
  if (!lang) throw new ApiError("invalid_option", `${name} must be a language code such as es, spa or pt-BR`);
  return lang;
}

/** `translation` of a summary result into `to`. Throws 422 (pair), 503 (no provider) only. */
export async function translateSummary(
  env: Env,
  result: SummaryResult,
  target: string,
  options: TranslateOptions = {},
): Promise<SummaryTranslation> {
  const to = readLanguageOption(target, "to");
  const from = sourceLanguage(result.article.lang, "the article's language could not be detected; pass lang");
  if (from === to) {
    const title = result.article.title;
    const summary = result.summary.map((s) => s.text);
    const keyFacts = result.keyFacts.map((f) => f.text);
    return {
      lang: to,
      from,
      provider: NO_PROVIDER,
      title,
      summary,
      keyFacts,
      numbersMissing: [],
      cached: false,
    };
  }
  const translator = selectTranslator(env);
  const key = summaryTranslationKey(result.id, translator.name, to);
  const hit = options.fresh ? null : await kvGetJson<TranslatedSummary>(env.CACHE, key);
  if (hit) return { ...hit, cached: true };
  try {
    const signal = AbortSignal.timeout(options.timeoutMs ?? TRANSLATE_TIMEOUT_MS);
    const pairs = await checkedPairs(translator, from, to, signal);
    const parts = await translateResultParts(translator, result, from, to, signal).catch(
      unsupported(pairs, translator, from, to),
    );
    const translation: TranslatedSummary = {
      lang: to,
      from,
      provider: translator.name,
      ...parts,
      cached: false,
    };
    await kvPutJson(env.CACHE, key, translation, cacheTtlSeconds(env));
    return translation;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const error = failureMessage(err, options);
    console.warn(`translation of ${result.id} to ${to} failed: ${error}`);
    return { lang: to, from, provider: translator.name, error };
  }
}

export interface TextsTranslation {
  from: string;
  to: string;
  provider: string;
  texts: string[];
  numbersMissing: NumbersMissing[];
  cached: boolean;
}

/** Any texts into `to` (`from` detected when absent). Throws 422, 502, 503, 504. */
export async function translateTexts(
  env: Env,
  texts: string[],
  fromOption: string | undefined,
  target: string,
  options: TranslateOptions = {},
): Promise<TextsTranslation> {
  const to = readLanguageOption(target, "to");
  const translator = selectTranslator(env);
  const from =
    fromOption !== undefined
      ? readLanguageOption(fromOption, "from")
      : sourceLanguage(
          detectLanguage(texts.join("\n")),
          "the language of the text could not be detected; pass from",
        );
  if (from === to) return { from, to, provider: NO_PROVIDER, texts, numbersMissing: [], cached: false };
  const key = await textTranslationKey(translator.name, from, to, texts);
  const hit = await kvGetJson<TextsTranslation>(env.CACHE, key);
  if (hit) return { ...hit, cached: true };
  try {
    const signal = AbortSignal.timeout(options.timeoutMs ?? TRANSLATE_TIMEOUT_MS);
    const pairs = await checkedPairs(translator, from, to, signal);
    const out = await translator
      .translate(texts, from, to, signal)
      .catch(unsupported(pairs, translator, from, to));
    const numbersMissing: NumbersMissing[] = [];
    texts.forEach((text, index) => {
      const numbers = missingNumbers(text, out[index]);
      if (numbers.length > 0) numbersMissing.push({ field: "texts", index, numbers });
    });
    const translation: TextsTranslation = {
      from,
      to,
      provider: translator.name,
      texts: out,
      numbersMissing,
      cached: false,
    };
    await kvPutJson(env.CACHE, key, translation, cacheTtlSeconds(env));
    return translation;
  } catch (err) {
    throw asApiError(err, options);
  }
}

/** The configured provider's pairs. Throws 502, 503, 504. */
export async function listLanguagePairs(
  env: Env,
  options: TranslateOptions = {},
): Promise<{ provider: string; pairs: LanguagePair[] }> {
  const translator = selectTranslator(env);
  try {
    const pairs = await supportedPairs(
      translator,
      AbortSignal.timeout(options.timeoutMs ?? TRANSLATE_TIMEOUT_MS),
    );
    return { provider: translator.name, pairs };
  } catch (err) {
    throw asApiError(err, options);
  }
}

function sourceLanguage(lang: string | null, message: string): string {
  const from = lang && lang !== UNDETERMINED ? canonicalLanguage(lang) : null;
  if (!from) throw new ApiError("unsupported_language", message);
  return from;
}

async function checkedPairs(translator: Translator, from: string, to: string, signal: AbortSignal) {
  const pairs = await supportedPairs(translator, signal);
  checkPair(pairs, translator.name, from, to);
  return pairs;
}

/** A provider refusing a pair its list offered (the list is a little stale) is still a 422. */
function unsupported(pairs: LanguagePair[], translator: Translator, from: string, to: string) {
  return (err: unknown): never => {
    if (err instanceof TranslatorError && err.failure === "unsupported") {
      checkPair(
        pairs.filter((p) => !(p.from === from && p.to === to)),
        translator.name,
        from,
        to,
      );
    }
    throw err;
  };
}

function failureMessage(err: unknown, options: TranslateOptions): string {
  if (err instanceof TranslatorError && err.failure === "timeout") {
    return `the translation provider did not answer within ${options.timeoutMs ?? TRANSLATE_TIMEOUT_MS} ms`;
  }
  return err instanceof Error ? err.message : String(err);
}

function asApiError(err: unknown, options: TranslateOptions): unknown {
  if (err instanceof ApiError) return err;
  const message = failureMessage(err, options);
  console.warn(`translation failed: ${message}`);
  if (err instanceof TranslatorError && err.failure === "timeout")
    return new ApiError("upstream_timeout", message);
  return new ApiError("upstream_error", `translation failed: ${message}`);
}

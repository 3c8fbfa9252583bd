/**
 * LibreTranslate (self-hosted, neural): GET /languages, POST /translate { q, source, target, format }.
 * `q` may be an array, so a whole batch is one call.
 */
import { endpoint, requestJson, statusFailure } from "./http";
import { canonicalLanguage } from "./languages";
import { type LanguagePair, type Translator, TranslatorError } from "./types";

interface LibreLanguage {
  code?: string;
  targets?: string[];
}

export function libreTranslateTranslator(baseUrl: string, apiKey?: string): Translator {
  /** Canonical code → the instance's own code ("zh" → "zh-Hans" on newer versions), from its list. */
  const ownCodes = new Map<string, string>();
  const own = (lang: string) => ownCodes.get(lang) ?? lang;

  return {
    name: "libretranslate",
    id: `libretranslate ${baseUrl}`,

    async languages(signal) {
      const query = apiKey ? `?${new URLSearchParams({ api_key: apiKey })}` : "";
      const res = await requestJson(endpoint(baseUrl, `languages${query}`), {}, signal);
      if (res.status !== 200 || !Array.isArray(res.body)) throw statusFailure("libretranslate", res);
      const pairs: LanguagePair[] = [];
      for (const lang of res.body as LibreLanguage[]) {
        const from = lang.code ? canonicalLanguage(lang.code) : null;
        if (!from || !lang.code) continue;
        ownCodes.set(from, lang.code);
        for (const target of lang.targets ?? []) {
          const to = canonicalLanguage(target);
          if (to && to !== from) pairs.push({ from, to });
        }
      }
      return pairs;
    },

    async translate(texts, from, to, signal) {
      if (texts.length === 0) return [];
      const res = await requestJson(
        endpoint(baseUrl, "translate"),
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            q: texts,
            source: own(from),
            target: own(to),
            format: "text",
            ...(apiKey ? { api_key: apiKey } : {}),
          }),
        },
        signal,
      );
      const out = (res.body as { translatedText?: unknown } | null)?.translatedText;
      if (res.status === 200 && Array.isArray(out) && out.length === texts.length) {
        return out.map((t) => String(t));
      }
      const message = String((res.body as { error?: unknown } | null)?.error ?? "");
      if (res.status === 400 && /not supported/i.test(message)) {
        throw new TranslatorError("unsupported", `libretranslate: ${message}`);
      }
      throw statusFailure("libretranslate", res);
    },
  };
}

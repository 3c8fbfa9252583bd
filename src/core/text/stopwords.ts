/**
 * Stopword lists per language, from the `stopword` package (named imports, so the bundle keeps only
 * the languages listed here).
 */
import { ara, deu, eng, fra, ita, jpn, nld, pol, por, rus, spa, tur, zho } from "stopword";

const LISTS: Readonly<Record<string, readonly string[]>> = {
  en: eng,
  es: spa,
  fr: fra,
  de: deu,
  it: ita,
  pt: por,
  nl: nld,
  ru: rus,
  pl: pol,
  tr: tur,
  ar: ara,
  zh: zho,
  ja: jpn,
};

const EMPTY: ReadonlySet<string> = new Set();
const cache = new Map<string, ReadonlySet<string>>();

/** The language's stopwords (lowercase); empty for languages without a list. */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  let found = cache.get(lang);
  if (!found) {
    const list = LISTS[lang];
    found = list ? new Set(list.map((w) => w.toLowerCase())) : EMPTY;
    cache.set(lang, found);
  }
  return found;
}

/** Languages that have a stopword list. */
export const STOPWORD_LANGUAGES: readonly string[] = Object.keys(LISTS);

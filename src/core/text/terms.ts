/**
 * The terms the ranking compares: word tokens, minus stopwords, stemmed.
 */
import { stemmerFor } from "./stem";
import { stopwordsFor } from "./stopwords";
import { isSegmentedLanguage, wordTokens } from "./tokens";

/** Shortest kept token in space-delimited scripts (drops "s" of "Broussard's", "l" of "l'homme"). */
const MIN_TOKEN_LENGTH = 2;
/** A lone kana (particle or inflection) carries no content in Japanese. */
const LONE_KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;
/** Memoised token → term answers per language; cleared past this many tokens (bounded memory). */
const MAX_CACHED_TOKENS = 50_000;

/** Per language: token → its term, or null for a token that gives none (stopword, too short). */
const termCaches = new Map<string, Map<string, string | null>>();

/** Normalised, stopword-free, stemmed terms of a text, in reading order. */
export function termsOf(text: string, lang: string): string[] {
  let cache = termCaches.get(lang);
  if (!cache) {
    cache = new Map();
    termCaches.set(lang, cache);
  }
  const terms: string[] = [];
  for (const token of wordTokens(text, lang)) {
    // One lookup per token instead of a stopword test, a length test and a stem lookup.
    let term = cache.get(token);
    if (term === undefined) {
      term = termOf(token, lang);
      if (cache.size >= MAX_CACHED_TOKENS) cache.clear();
      cache.set(token, term);
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** The term of one lowercased token, or null when it is not one. */
function termOf(token: string, lang: string): string | null {
  if (stopwordsFor(lang).has(token)) return null;
  if (isSegmentedLanguage(lang) ? LONE_KANA.test(token) : token.length < MIN_TOKEN_LENGTH) return null;
  return stemmerFor(lang)(token);
}

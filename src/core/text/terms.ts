/**
 * The terms the ranking compares: word tokens, minus stopwords, stemmed.
 */
import { eachWordRunWithMarks } from "./char-classes";
import { stemmerFor } from "./stem";
import { stopwordsFor } from "./stopwords";
import { TokenTable } from "./token-table";
import { isSegmentedLanguage, lowercaseFor, wordTokens } from "./tokens";

/** Shortest kept token in space-delimited scripts (drops "s" of "Broussard's", "l" of "l'homme"). */
const MIN_TOKEN_LENGTH = 2;
/** A lone kana (particle or inflection) carries no content in Japanese. */
const LONE_KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;
/** Memoised token → term answers per language; emptied past this many tokens (bounded memory). */
const MAX_CACHED_TOKENS = 50_000;

/** Per language: token → its term, or null for a token that gives none (stopword, too short). */
const termCaches = new Map<
  string,
  { table: TokenTable<string | null>; termOf: (token: string) => string | null }
>();

function cacheFor(lang: string) {
  let cache = termCaches.get(lang);
  if (!cache) {
    cache = { table: new TokenTable(MAX_CACHED_TOKENS), termOf: (token) => termOf(token, lang) };
    termCaches.set(lang, cache);
  }
  return cache;
}

/** Normalised, stopword-free, stemmed terms of a text, in reading order. */
export function termsOf(text: string, lang: string): string[] {
  const { table, termOf } = cacheFor(lang);
  const terms: string[] = [];
  if (isSegmentedLanguage(lang)) {
    for (const token of wordTokens(text, lang)) {
      const term = table.get(token, 0, token.length, termOf);
      if (term !== null) terms.push(term);
    }
    return terms;
  }
  // Space-delimited: each token (as `wordTokens` cuts it) is looked up where it stands in the
  // lowercased text, so known tokens cost no string of their own.
  const lower = lowercaseFor(text, lang);
  eachWordRunWithMarks(lower, (start, end) => {
    const term = table.get(lower, start, end, termOf);
    if (term !== null) terms.push(term);
  });
  return terms;
}

/** The term of one lowercased token, or null when it is not one. */
function termOf(token: string, lang: string): string | null {
  if (stopwordsFor(lang).has(token)) return null;
  if (isSegmentedLanguage(lang) ? LONE_KANA.test(token) : token.length < MIN_TOKEN_LENGTH) return null;
  return stemmerFor(lang)(token);
}

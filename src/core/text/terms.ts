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

/** Normalised, stopword-free, stemmed terms of a text, in reading order. */
export function termsOf(text: string, lang: string): string[] {
  const stopwords = stopwordsFor(lang);
  const stem = stemmerFor(lang);
  const segmented = isSegmentedLanguage(lang);
  const terms: string[] = [];
  for (const token of wordTokens(text, lang)) {
    if (stopwords.has(token)) continue;
    if (segmented ? LONE_KANA.test(token) : token.length < MIN_TOKEN_LENGTH) continue;
    terms.push(stem(token));
  }
  return terms;
}

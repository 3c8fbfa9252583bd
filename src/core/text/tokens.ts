/**
 * Word tokens, lowercased. Space-delimited scripts: runs of letters, marks and digits (apostrophes
 * and hyphens split, so "l'homme" gives "l" + "homme" and the stopword list can drop "l"). Chinese and
 * Japanese have no spaces: `Intl.Segmenter`'s word granularity (ICU's dictionaries, present in Node and
 * workerd) cuts them into words.
 */

import { wordRunsWithMarks } from "./char-classes";

/** Languages whose words are not separated by spaces. */
const SEGMENTED_LANGUAGES: ReadonlySet<string> = new Set(["zh", "ja", "th", "lo", "km", "my"]);
/** Languages whose lowercase differs from the default mapping (dotted and dotless i). */
const LOCALE_LOWERCASE: ReadonlySet<string> = new Set(["tr", "az"]);
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** True for languages tokenised by `Intl.Segmenter` rather than by spaces. */
export function isSegmentedLanguage(lang: string): boolean {
  return SEGMENTED_LANGUAGES.has(lang);
}

/** `text` lowercased as the language does it. */
export function lowercaseFor(text: string, lang: string): string {
  return LOCALE_LOWERCASE.has(lang) ? text.toLocaleLowerCase(lang) : text.toLowerCase();
}

/** Lowercased word tokens of `text` in reading order. */
export function wordTokens(text: string, lang: string): string[] {
  const lower = lowercaseFor(text, lang);
  // Space-delimited: the runs of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`).
  if (!SEGMENTED_LANGUAGES.has(lang)) return wordRunsWithMarks(lower);
  const tokens: string[] = [];
  for (const part of wordSegmenter(lang).segment(lower)) {
    if (part.isWordLike && HAS_LETTER_OR_DIGIT.test(part.segment)) tokens.push(part.segment);
  }
  return tokens;
}

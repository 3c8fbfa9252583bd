/**
 * Telling a sentence that repeats the title (a headline copied into the text) without normalising
 * every sentence: most differ from the title at their first word, and are told so from it.
 */
import { codePointLength, letterOrDigitLength } from "../text/char-classes";

const FIRST_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Lowercase letter-and-digit runs separated by one space: what two texts must share to be the same line. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `normalise(text) === key` for a non-empty `key`. */
export function normalisesTo(text: string, key: string): boolean {
  return mayNormaliseTo(text, key) && sameRuns(text.toLowerCase(), key);
}

/**
 * A cheap necessary condition for `normalise(text) === key` (key non-empty): the first letter or digit
 * of the text, lowercased, starts the key.
 */
function mayNormaliseTo(text: string, key: string): boolean {
  const first = FIRST_LETTER_OR_DIGIT.exec(text);
  return first !== null && first[0].toLowerCase().charCodeAt(0) === key.charCodeAt(0);
}

/**
 * `normalise` without the string: `lower`'s letter-and-digit runs, joined by single spaces, compared
 * with `key` code unit by code unit, stopping at the first difference.
 */
function sameRuns(lower: string, key: string): boolean {
  let k = 0;
  let i = 0;
  while (i < lower.length) {
    let len = letterOrDigitLength(lower, i);
    if (len === 0) {
      i += codePointLength(lower, i);
      continue;
    }
    if (k > 0 && key.charCodeAt(k++) !== 32) return false;
    for (; len > 0; len = letterOrDigitLength(lower, i)) {
      for (const end = i + len; i < end; i++) if (lower.charCodeAt(i) !== key.charCodeAt(k++)) return false;
    }
  }
  return k === key.length;
}

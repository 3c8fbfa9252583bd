/**
 * Counts words as `text.match(/[\p{L}\p{N}]+/gu).length` does, without building the array of words:
 * one pass over the code units with the letter-or-digit answer of each remembered (word counts run on
 * every page and every candidate sentence).
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet asked, 1 not a letter or digit, 2 a letter or digit. */
const UNKNOWN = 0;
const NO = 1;
const YES = 2;
const bmpClass = new Uint8Array(0x10000);

function isLetterOrDigitUnit(code: number): boolean {
  let answer = bmpClass[code];
  if (answer === UNKNOWN) {
    // A lone surrogate lands here too: as a code point of its own it is no letter, as in the regex.
    answer = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? YES : NO;
    bmpClass[code] = answer;
  }
  return answer === YES;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Number of maximal runs of letters and digits (`[\p{L}\p{N}]+`, code points as in a /u regex). */
export function countWordRuns(text: string): number {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let word: boolean;
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      // An astral code point (rare): asked of the regex directly.
      word = LETTER_OR_DIGIT.test(text.slice(i, i + 2));
      i++;
    } else {
      word = isLetterOrDigitUnit(code);
    }
    if (word && !inRun) count++;
    inRun = word;
  }
  return count;
}

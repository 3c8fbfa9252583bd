/** Text measures shared by the extractor: whitespace folding and a script-neutral text weight. */

/**
 * Han, Hiragana, Katakana and Hangul characters carry about a word each, where a Latin word takes
 * five or six characters: counting them `CJK_CHAR_WEIGHT` times keeps length thresholds fair to
 * Chinese, Japanese and Korean pages.
 */
export const CJK_CHAR_WEIGHT = 3;
const CJK =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const SPACES = /\s+/g;

/** Folds runs of white space (including non-breaking spaces) into one space. */
export function foldSpaces(text: string): string {
  return text.replace(SPACES, " ");
}

/** Length of a folded text in "Latin-character equivalents" (CJK characters weigh more). */
export function textWeight(text: string): number {
  if (text.length === 0) return 0;
  let cjk = 0;
  // Fast path: pure ASCII / Latin text has no CJK to count.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x1100) {
      CJK.lastIndex = 0;
      cjk = text.match(CJK)?.length ?? 0;
      break;
    }
  }
  return text.length + (CJK_CHAR_WEIGHT - 1) * cjk;
}

/** Sentence-ending punctuation in Latin, CJK, Arabic, Devanagari and other scripts. */
const SENTENCE_END = /[.!?…。！？؟।»"”’)\]:;]\s*$/;

/** True when a text ends like a sentence (used to tell prose from labels and menu items). */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Counts commas (Latin, CJK and Arabic) — a cheap sign of running prose. */
export function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/** Text measures shared by the extractor: whitespace folding and a script-neutral text weight. */

import { isSpaceUnit } from "../text/final-marks";

/**
 * Han, Hiragana, Katakana and Hangul characters carry about a word each, where a Latin word takes
 * five or six characters: counting them `CJK_CHAR_WEIGHT` times keeps length thresholds fair to
 * Chinese, Japanese and Korean pages.
 */
export const CJK_CHAR_WEIGHT = 3;
const CJK =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
const SPACES = /\s+/g;

/** White space that folding changes: any but a plain space, or two in a row. */
const SPACES_TO_FOLD = /[^\S ]|\s\s/;

/**
 * Folds runs of white space (including non-breaking spaces) into one space. Most texts have nothing to
 * fold: a test finds those and returns them as they are (the replacement alone replaced every single
 * space between words by a new one and built a new string: twice the time on the Zyte pages).
 */
export function foldSpaces(text: string): string {
  return SPACES_TO_FOLD.test(text) ? text.replace(SPACES, " ") : text;
}

/** Folds white space and trims; null for empty (a metadata value that says nothing). */
export function cleanText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = foldSpaces(s).trim();
  return t === "" ? null : t;
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

/** Weight of `text.trim()`, without building the trimmed string. */
export function trimmedWeight(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let cjk = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x1100 && isCjk(c)) cjk++;
  }
  return end - start + (CJK_CHAR_WEIGHT - 1) * cjk;
}

/** What `\s` (and so `foldSpaces` and `trim`) counts as white space (one code unit). */
export const isSpace = isSpaceUnit;

/** The code units `CJK` matches. */
function isCjk(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0x2fdf) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3100 && c <= 0x312f) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/** Code units a sentence may end with (`endsLikeSentence`, `TextMeter.sentenceLike`). */
const SENTENCE_END_CHARS = new Set(Array.from('.!?…。！？؟।»«"“”‘’)]:;', (ch) => ch.charCodeAt(0)));

/**
 * Measures of a text given in pieces, as if they were joined, folded (`foldSpaces`) and trimmed:
 * `weight()` is the `textWeight` of that text and `sentenceLike()` is `endsLikeSentence || commas`,
 * without building the string.
 */
export class TextMeter {
  /** Length of the folded, trimmed text so far (0: nothing visible yet). */
  length = 0;
  private cjk = 0;
  private commas = 0;
  private last = 0;
  /** White space seen after visible text: one space if more visible text follows. */
  private pendingSpace = false;

  add(text: string): void {
    // Fields in locals for the loop (written back once): this runs over all the text of the page.
    let length = this.length;
    let cjk = this.cjk;
    let commas = this.commas;
    let last = this.last;
    let pendingSpace = this.pendingSpace;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c > 32 && c < 0x80) || (c > 0xa0 && c < 0x1100)) {
        // Visible ASCII, most of the text, and the alphabets up to U+1100 (Cyrillic, Greek, Arabic…):
        // no CJK, no white space, one comma (Arabic's).
        if (pendingSpace) {
          length++;
          pendingSpace = false;
        }
        length++;
        last = c;
        if (c === 44 || c === 0x060c) commas++;
        continue;
      }
      if (isSpace(c)) {
        if (length > 0) pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        length++;
        pendingSpace = false;
      }
      length++;
      last = c;
      if (c >= 0x1100 && isCjk(c)) cjk++;
      else if (c === 0xff0c || c === 0x3001 || c === 0x060c) commas++;
    }
    this.length = length;
    this.cjk = cjk;
    this.commas = commas;
    this.last = last;
    this.pendingSpace = pendingSpace;
  }

  weight(): number {
    return this.length + (CJK_CHAR_WEIGHT - 1) * this.cjk;
  }

  sentenceLike(): boolean {
    return SENTENCE_END_CHARS.has(this.last) || this.commas > 0;
  }

  reset(): void {
    this.length = 0;
    this.cjk = 0;
    this.commas = 0;
    this.last = 0;
    this.pendingSpace = false;
  }
}

/**
 * True when a text ends like a sentence (used to tell prose from labels and menu items): its last
 * character other than white space is one of SENTENCE_END_CHARS, sentence-ending punctuation in Latin,
 * CJK, Arabic, Devanagari and other scripts, and closing quotes in their national forms (German „…“
 * and ‚…‘ close with “ and ‘, Danish »…« with «). Read from the end: the regular expression it
 * replaces, `/[.!?…。！？؟।»«"“”‘’)\]:;]\s*$/`, was tried at every character of every paragraph.
 */
export function endsLikeSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end > 0 && SENTENCE_END_CHARS.has(text.charCodeAt(end - 1));
}

const PIPE = 0x7c;

/**
 * The text without the `|` separators and white space at its ends: `text.replace(/^(\s*\|\s*)+|(\s*\|\s*)+$/g,
 * "")`, read from the ends (that pattern's second half was tried at every character of every table row).
 * Each end's run of white space and pipes goes if it holds a pipe; white space alone stays.
 */
export function trimPipes(text: string): string {
  let start = 0;
  let pipe = false;
  for (; start < text.length; start++) {
    const c = text.charCodeAt(start);
    if (c === PIPE) pipe = true;
    else if (!isSpace(c)) break;
  }
  if (!pipe) start = 0;
  let end = text.length;
  pipe = false;
  for (; end > start; end--) {
    const c = text.charCodeAt(end - 1);
    if (c === PIPE) pipe = true;
    else if (!isSpace(c)) break;
  }
  if (!pipe) end = text.length;
  return start === 0 && end === text.length ? text : text.slice(start, end);
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

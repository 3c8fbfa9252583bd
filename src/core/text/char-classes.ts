/**
 * Unicode classes (letters and digits, marks, numbers, uppercase letters) of code points from a table
 * filled on first sight, and the scans built on it: words as `/[\p{L}\p{N}]+/gu`,
 * `/[\p{L}\p{M}\p{N}]+/gu` and `/\p{L}+/gu` find them, `/\p{N}/u.test`, `/^\p{Lu}/u.test`. Unicode property classes cost a range search per character in the regex
 * engine, and these scans run on every sentence of every page.
 */

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
const NUMBER = /^\p{N}$/u;
const UPPERCASE = /^\p{Lu}$/u;
/** Per BMP code unit, bit flags: KNOWN once classified, then LETTER_DIGIT, MARK, NUMBER and UPPER. */
const KNOWN = 1;
const LETTER_DIGIT = 2;
const MARK_BIT = 4;
const NUMBER_BIT = 8;
const UPPER_BIT = 16;
const bmpClass = new Uint8Array(0x10000);

/** Class bits of a code point given as its string (one or two code units). */
function classify(char: string): number {
  return (
    KNOWN |
    (LETTER_OR_DIGIT.test(char) ? LETTER_DIGIT : 0) |
    (MARK.test(char) ? MARK_BIT : 0) |
    (NUMBER.test(char) ? NUMBER_BIT : 0) |
    (UPPERCASE.test(char) ? UPPER_BIT : 0)
  );
}

/** Class bits of the code point at `i` and its length in code units (packed: bits << 1 | length - 1). */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    // An astral code point (rare): asked of the regexes directly.
    if (next >= 0xdc00 && next <= 0xdfff) return (classify(text.slice(i, i + 2)) << 1) | 1;
  }
  let bits = bmpClass[code];
  if (bits === 0) {
    // A lone surrogate lands here too: as a code point of its own it is no letter, as in the regexes.
    bits = classify(String.fromCharCode(code));
    bmpClass[code] = bits;
  }
  return bits << 1;
}

/** Calls `run(start, end)` for each maximal run of code points whose class has one of `wanted` bits. */
function eachRun(text: string, wanted: number, run: (start: number, end: number) => void): void {
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const packed = classAt(text, i);
    const inWord = ((packed >> 1) & wanted) !== 0;
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      run(start, i);
      start = -1;
    }
    i += (packed & 1) + 1;
  }
  if (start >= 0) run(start, text.length);
}

/**
 * Calls `visit(start, end)` for each match of `/\p{L}+/gu` in `text` (a letter is a letter-or-digit that
 * is no number: the categories L and N do not overlap), until `visit` returns true; true then.
 */
export function someLetterRun(text: string, visit: (start: number, end: number) => boolean): boolean {
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const bits = classAt(text, i);
    const letter = ((bits >> 1) & (LETTER_DIGIT | NUMBER_BIT)) === LETTER_DIGIT;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (visit(start, i)) return true;
      start = -1;
    }
    i += (bits & 1) + 1;
  }
  return start >= 0 && visit(start, text.length);
}

/** `text.match(/\p{L}+/gu)?.length ?? 0`. */
export function countLetterRuns(text: string): number {
  let count = 0;
  someLetterRun(text, () => {
    count++;
    return false;
  });
  return count;
}

/**
 * `text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0`: runs counted where a letter or digit follows something
 * else. A loop of its own (no callback per run): it reads every character of the article.
 */
export function countWordRuns(text: string): number {
  let count = 0;
  let inWord = false;
  let i = 0;
  while (i < text.length) {
    const packed = classAt(text, i);
    const word = ((packed >> 1) & LETTER_DIGIT) !== 0;
    if (word && !inWord) count++;
    inWord = word;
    i += (packed & 1) + 1;
  }
  return count;
}

/** Apostrophes, dot and hyphen: what joins runs into one word in `countJoinedWords`. */
function isWordJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/**
 * How many matches `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` has in `text` (flags `gu`): letter-or-digit
 * runs, a joiner between two runs keeping them one word ("U.S.", "O'Brien", "well-known", "3.5").
 */
export function countJoinedWords(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const packed = classAt(text, i);
    if (((packed >> 1) & LETTER_DIGIT) === 0) {
      i += (packed & 1) + 1;
      continue;
    }
    count++;
    i += (packed & 1) + 1;
    for (;;) {
      for (let len = letterOrDigitLength(text, i); len > 0; len = letterOrDigitLength(text, i)) i += len;
      if (i + 1 < text.length && isWordJoiner(text.charCodeAt(i)) && letterOrDigitLength(text, i + 1) > 0)
        i++;
      else break;
    }
  }
  return count;
}

/** `text.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function wordRuns(text: string): string[] {
  const out: string[] = [];
  eachRun(text, LETTER_DIGIT, (start, end) => {
    out.push(text.slice(start, end));
  });
  return out;
}

/** `text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []`. */
export function wordRunsWithMarks(text: string): string[] {
  const out: string[] = [];
  eachWordRunWithMarks(text, (start, end) => {
    out.push(text.slice(start, end));
  });
  return out;
}

/** Calls `run(start, end)` for each match of `/[\p{L}\p{M}\p{N}]+/gu` in `text`, in order. */
export function eachWordRunWithMarks(text: string, run: (start: number, end: number) => void): void {
  eachRun(text, LETTER_DIGIT | MARK_BIT, run);
}

/** Length in code units (1 or 2) of the code point at `i` when it is a letter or digit, else 0. */
export function letterOrDigitLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const packed = classAt(text, i);
  return (packed >> 1) & LETTER_DIGIT ? (packed & 1) + 1 : 0;
}

/** Length in code units (1 or 2) of the code point at `i` when it is a letter, mark or digit, else 0. */
export function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const packed = classAt(text, i);
  return (packed >> 1) & (LETTER_DIGIT | MARK_BIT) ? (packed & 1) + 1 : 0;
}

/**
 * Length in code units (1 or 2) of the code point at `i` when it is a letter or a mark (`[\p{L}\p{M}]`),
 * else 0. A letter is a letter-or-digit that is no number: the categories L and N do not overlap.
 */
export function letterOrMarkLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const packed = classAt(text, i);
  const bits = packed >> 1;
  const letter = (bits & LETTER_DIGIT) !== 0 && (bits & NUMBER_BIT) === 0;
  return letter || (bits & MARK_BIT) !== 0 ? (packed & 1) + 1 : 0;
}

/** Length in code units (1 or 2) of the code point at `i`. */
export function codePointLength(text: string, i: number): number {
  return (classAt(text, i) & 1) + 1;
}

/** `/^\p{Lu}/u.test(text)`: whether the text starts with an uppercase letter. */
export function startsUppercase(text: string): boolean {
  return text.length > 0 && ((classAt(text, 0) >> 1) & UPPER_BIT) !== 0;
}

/** `/\p{N}/u.test(text)`: whether the text holds a number character (digit, numeral, fraction). */
export function hasNumberChar(text: string): boolean {
  for (let i = 0; i < text.length; ) {
    const packed = classAt(text, i);
    if ((packed >> 1) & NUMBER_BIT) return true;
    i += (packed & 1) + 1;
  }
  return false;
}

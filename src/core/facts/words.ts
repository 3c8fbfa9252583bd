/** Word tokens with offsets, as the name and unit rules need them (not the summary's stemmed terms). */
import { codePointLength, letterOrDigitLength, startsUppercase, wordCharLength } from "../text/char-classes";

export interface Word {
  /** The word as written, without a possessive "'s" or a sentence-final dot. */
  readonly text: string;
  readonly start: number;
  /** `start + text.length`. */
  readonly end: number;
  /** Starts with a capital letter. */
  readonly capitalised: boolean;
  /** Written in capitals only ("KCNA", "U.S."). */
  readonly acronym: boolean;
  /** Carried a possessive ending ("Korea's"); a name ends there. */
  readonly possessive: boolean;
  /** First word of the sentence, of a quotation or after a colon or dash: capitalised anyway. */
  readonly initial: boolean;
  /** Only one space separates it from the previous word (no punctuation), so a name can run on. */
  readonly joined: boolean;
}

/** Bits of PackedWord's flags. */
const CAPITALISED = 1;
const ACRONYM = 2;
const POSSESSIVE = 4;
const INITIAL = 8;
const JOINED = 16;

/**
 * A Word stored in three fields (its five flags in one number, its end computed): every word of an
 * article is kept until its facts are picked, so their size is most of what the facts keep alive.
 */
class PackedWord implements Word {
  constructor(
    readonly text: string,
    readonly start: number,
    private readonly flags: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }
  get capitalised(): boolean {
    return (this.flags & CAPITALISED) !== 0;
  }
  get acronym(): boolean {
    return (this.flags & ACRONYM) !== 0;
  }
  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }
  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }
  get joined(): boolean {
    return (this.flags & JOINED) !== 0;
  }
}

function packedWord(
  text: string,
  start: number,
  capitalised: boolean,
  acronym: boolean,
  possessive: boolean,
  initial: boolean,
  joined: boolean,
): Word {
  const flags =
    (capitalised ? CAPITALISED : 0) |
    (acronym ? ACRONYM : 0) |
    (possessive ? POSSESSIVE : 0) |
    (initial ? INITIAL : 0) |
    (joined ? JOINED : 0);
  return new PackedWord(text, start, flags);
}

/** The word cut to its first `length` code units (a particle written onto a name), flags kept. */
export function wordPrefix(w: Word, length: number): Word {
  return packedWord(
    w.text.slice(0, length),
    w.start,
    w.capitalised,
    w.acronym,
    w.possessive,
    w.initial,
    w.joined,
  );
}

/**
 * A word is what `/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu`
 * matches; `nextWord` finds the same spans by scanning (no match objects, no Unicode classes per word).
 * `isJoiner` tells the regex's joiners `[-'’.&]` by code unit.
 */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 0x2019 || c === 46 || c === 38;
}
/** "U.S.", "Mr.", "St." keep their dot; other words lose a trailing sentence dot. */
const KEEPS_DOT =
  /^(?:(?:\p{L}\.){2,}|mr\.|mrs\.|ms\.|dr\.|st\.|jr\.|sr\.|gen\.|gov\.|sen\.|rep\.|lt\.|col\.|sgt\.|capt\.|prof\.)$/iu;
/** Marks after which the next word starts a clause of its own and is capitalised anyway. */
const OPENS_CLAUSE = /["“„«‹「『‘(:—–]|--/u;
const ELISION = /^\p{Ll}{1,4}['’](?=\p{Lu})/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** `/^\p{Lu}/u.test(word)`: from the character's code for ASCII, else from the class table. */
function isUpperStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return startsUppercase(word);
}

/** Code units an elision's apostrophe may come after: up to 4 lowercase letters, astral ones taking 2. */
const ELISION_MAX_UNITS = 8;

/**
 * A necessary condition for `ELISION.exec(word)`: an apostrophe right after its first letters. Spares
 * the Unicode regex on every word (sentences in other scripts have no elisions, and few apostrophes).
 */
function mayBeElided(word: string): boolean {
  const last = Math.min(word.length - 1, ELISION_MAX_UNITS);
  for (let k = 1; k <= last; k++) {
    const c = word.charCodeAt(k);
    if (c === 39 || c === 0x2019) return true;
  }
  return false;
}

/** Two or more letters, all capitals (other characters ignored): "KCNA", "U.S.". */
function isAcronym(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return isUnicodeAcronym(word);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** Per BMP code unit: KEPT, CHANGED (letters that uppercasing keeps or changes), NO_LETTER; 0 not yet known. */
const KEPT = 1;
const CHANGED = 2;
const NO_LETTER = 3;
const upperKinds = new Uint8Array(0x10000);

function upperKind(c: number): number {
  let kind = upperKinds[c];
  if (kind === 0) {
    const char = String.fromCharCode(c);
    kind = !/\p{L}/u.test(char) ? NO_LETTER : char.toUpperCase() === char ? KEPT : CHANGED;
    upperKinds[c] = kind;
  }
  return kind;
}

/**
 * `letters.length >= 2 && letters === letters.toUpperCase()` for the word's letters (the Unicode answer:
 * letter classes and case mappings), told per code unit from a table: uppercasing maps each character on
 * its own and never shortens one, so the letters are unchanged only when each of them is. Astral
 * characters (surrogates) take the string route.
 */
function isUnicodeAcronym(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const all = word.replace(NOT_LETTER, "");
      return all.length >= 2 && all === all.toUpperCase();
    }
    const kind = upperKind(c);
    if (kind === CHANGED) return false;
    if (kind === KEPT) letters++;
  }
  return letters >= 2;
}

/** End of the run of letters, marks and digits from `i`. */
function runEnd(text: string, i: number): number {
  let j = i;
  for (let len = wordCharLength(text, j); len > 0; len = wordCharLength(text, j)) j += len;
  return j;
}

/** The next word at or after `from` as [start, end], or null. */
export function nextWord(text: string, from: number): [number, number] | null {
  const start = wordStart(text, from);
  return start < 0 ? null : [start, wordEnd(text, start)];
}

/** Where the next word starts at or after `from` (its first letter or digit), or -1. */
function wordStart(text: string, from: number): number {
  let start = from;
  while (start < text.length) {
    if (letterOrDigitLength(text, start) > 0) return start;
    start += codePointLength(text, start);
  }
  return -1;
}

/** Where the word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  let end = runEnd(text, start + letterOrDigitLength(text, start));
  // Joined parts: a joiner followed by a letter or digit ("U.S", "O'Brien", "AT&T", "well-known").
  while (end < text.length && isJoiner(text.charCodeAt(end))) {
    const next = letterOrDigitLength(text, end + 1);
    if (next === 0) break;
    end = runEnd(text, end + 1 + next);
  }
  if (text[end] === ".") end++;
  return end;
}

/** Splits `text` into words; `text` should be one sentence. Runs on every sentence: kept lean. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  let prevPossessive = false;
  // A sentence without an apostrophe has no elision: most words of most articles skip the test.
  const apostrophe = text.includes("'") || text.includes("’");
  // Spans found without a [start, end] pair per word (this runs on every word of the article).
  for (
    let matchStart = wordStart(text, 0), matchEnd = 0;
    matchStart >= 0;
    matchStart = wordStart(text, matchEnd)
  ) {
    matchEnd = wordEnd(text, matchStart);
    let raw = text.slice(matchStart, matchEnd);
    let start = matchStart;
    // French and Italian elisions: "l'Assemblée", "dell'Unione" → the name after the apostrophe.
    const elided = apostrophe && mayBeElided(raw) ? ELISION.exec(raw) : null;
    if (elided) {
      raw = raw.slice(elided[0].length);
      start += elided[0].length;
    }
    if (raw.endsWith(".") && !KEEPS_DOT.test(raw)) raw = raw.slice(0, -1);
    // "Korea's" → the name, flagged possessive; "O'Brien" keeps its apostrophe.
    const possessive = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith("’s"));
    if (possessive) raw = raw.slice(0, -2);
    // What separates the word from the previous one; one space (most words) is told without a string.
    const gapLength = start - prevEnd;
    const gapCode = gapLength === 1 ? text.charCodeAt(prevEnd) : -1;
    const gap = gapLength <= 0 || gapCode === 32 ? "" : text.slice(prevEnd, start);
    const capitalised = isUpperStart(raw);
    const acronym = capitalised && raw.length > 1 && isAcronym(raw);
    // After a leading source tag glued to the text ("(CNN)Share, ...") the sentence starts anew.
    const initial =
      out.length === 0 || (gap.length > 0 && (OPENS_CLAUSE.test(gap) || (gap === ")" && out.length === 1)));
    const joined = out.length > 0 && (gapCode === 32 || gapCode === 0xa0) && !prevPossessive;
    out.push(packedWord(raw, start, capitalised, acronym, possessive, initial, joined));
    prevPossessive = possessive;
    // Past the whole match: after "d'Emmanuel" the gap to "Macron" is its one space.
    prevEnd = matchEnd;
  }
  return out;
}

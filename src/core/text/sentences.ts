/**
 * Sentence splitting by rules, one code path for every language.
 *
 * Why not `Intl.Segmenter` (granularity "sentence")? In workerd it splits after "Dr.", "Mr." and
 * "Jan." ("Dr. | Smith met Mr. | Jones on Jan. 5"), after German ordinals ("am 28. | September") and
 * leaves a Japanese opening bracket at the end of the previous sentence ("…した。「 | 来年…").
 * Its results also change with the ICU version of the runtime. The rules below are small, testable
 * and the same in Node and workerd. (Word segmentation of Chinese and Japanese, where the Segmenter
 * is right, is used in tokens.ts.)
 *
 * Rules, in order:
 * 1. Line breaks always end a sentence (bullet-like lines, table rows, verse).
 * 2. A run of terminal punctuation (. ! ? … and the CJK 。！？), with any closing quotes or brackets
 *    after it, ends a sentence when followed by white space, or directly when the punctuation is CJK
 *    (those scripts put no space between sentences).
 * 3. Not before a lowercase letter: "e.g. the", "3 p.m. on", "…and then… it" go on.
 * 4. A period after an abbreviation does not end the sentence: never after a title ("Dr. Smith"); after
 *    other abbreviations, initials, dotted acronyms ("U.S.", "p.m.") and ordinals ("28. September" in
 *    languages that write them so) only when the next word is a common sentence opener (a stopword of
 *    the language: "in the U.S. The…" splits, "the U.S. Army" does not).
 * 5. A number with a period at the start of a line or sentence is a list marker ("1. First point").
 * 6. Decimals, URLs and "U.S.-led" never split (no white space after the period).
 */

import { abbreviationsFor, ORDINAL_PERIOD_LANGUAGES } from "./abbreviations";
import { wordCharLength } from "./char-classes";
import { matchesOf } from "./matches";
import { stopwordsFor } from "./stopwords";

/** A sentence's place in the text: `text.slice(start, end)` is the trimmed sentence. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/**
 * Terminal punctuation run (group 1) and what belongs to it (group 2): closing quotes and brackets,
 * then citation markers ("… standards.[1] The community …", as Wikipedia-style pages write them).
 */
const TERMINAL =
  /([.!?…‼⁇⁈⁉。！？｡؟।]+)((?:[\u00a0\u202f ]?[»])?["'”’)\]}»«›」』）】〕〉》]*(?:\[\d{1,3}\])*)/gu;
/** Punctuation of scripts written without spaces between sentences. */
const CJK_TERMINAL = /[。！？｡]/u;
/** After a CJK sentence end, these continue the sentence (commas, a small っ). */
const CJK_CONTINUATION = /^[っ、，,]/u;
/**
 * After a quote closed by a bracket, the Japanese quotative と continues it (「行きます。」と述べた);
 * right after 。 it opens the next sentence (ところが, とはいえ, ところで).
 */
const CJK_QUOTATIVE = /^[とっ]/u;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** What may stand before a sentence's first letter: opening quotes and brackets, bullets, dashes. */
const OPENERS = /["'“‘«»„‚([{¿¡「『（【〈《•·*–—-]/u;
const LOWERCASE_START = /^\p{Ll}/u;
const DASH = /[–—-]/u;
const WORD_AT = /[\p{L}\p{M}]+/uy;
const LINE = /[^\n\r\u2028\u2029]+/g;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;

/** Token shapes taken as abbreviations by rule 4. */
const INITIAL = /^\p{L}$/u;
const DOTTED_ACRONYM = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
/** Ordinals of up to three digits ("28.", "400. Jahrestag") in languages of ORDINAL_PERIOD_LANGUAGES. */
const ORDINAL = /^\d{1,3}$/;
/** A day and month with the date's closing period: "vom 9.1. bis 10.2.2023". */
const DAY_MONTH = /^\d{1,2}\.\d{1,2}$/;
/** List markers ("1.", "12.") at the start of a line or sentence. */
const LIST_NUMBER = /^(?:\d{1,3}|[a-zA-Z])$/;

type PeriodKind = "none" | "title" | "abbreviation" | "listMarker";

/** Splits text into sentences; spans are trimmed and never empty. */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const line of matchesOf(LINE, text)) {
    const from = line.index ?? 0;
    splitLine(text, from, from + line[0].length, lang, spans);
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, lang: string, out: SentenceSpan[]): void {
  let sentenceStart = from;
  TERMINAL.lastIndex = from;
  for (let m = TERMINAL.exec(text); m !== null && m.index < to; m = TERMINAL.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    if (end >= to) break;
    if (endsSentence(text, sentenceStart, to, m.index, end, m[1], m[2], lang)) {
      pushTrimmed(text, sentenceStart, end, out);
      sentenceStart = end;
    }
  }
  pushTrimmed(text, sentenceStart, to, out);
}

function endsSentence(
  text: string,
  sentenceStart: number,
  lineEnd: number,
  at: number,
  end: number,
  terminal: string,
  closers: string,
  lang: string,
): boolean {
  const next = text[end];
  if (CJK_TERMINAL.test(terminal)) {
    return !(CJK_CONTINUATION.test(next) || (closers !== "" && CJK_QUOTATIVE.test(next)));
  }
  if (!WHITESPACE.test(next)) return /[!?]/.test(terminal) && CJK_CHAR.test(text.slice(end, end + 2));
  let k = end;
  while (k < lineEnd && WHITESPACE.test(text[k])) k++;
  while (k < lineEnd && OPENERS.test(text[k])) k++;
  // "then -- boom! -- the debate explodes": a dash set off by spaces, then a lowercase word, goes on.
  if (k > end && DASH.test(text[k - 1])) while (k < lineEnd && WHITESPACE.test(text[k])) k++;
  if (k >= lineEnd) return true;
  if (LOWERCASE_START.test(text.slice(k, k + 2))) return false;
  if (closers === "" && insideShortQuote(text, sentenceStart, at, lineEnd)) return false;
  if (terminal !== "." || closers !== "") return true;
  switch (periodKind(text, sentenceStart, at, lang)) {
    case "title":
    case "listMarker":
      return false;
    case "abbreviation":
      return opensSentence(text, k, lang);
    default:
      return true;
  }
}

/**
 * The closing mark of a quote mark that tells opening from closing (“ « „), by code unit: the scan
 * reads every character, and comparisons cost less than a Map lookup per character.
 */
function closingMark(c: number): string {
  if (c === 0x201c) return "”";
  if (c === 0xab) return "»";
  if (c === 0x201e) return "“";
  return "";
}
/** ” and »: a quote closed before the mark. */
const RIGHT_DOUBLE_QUOTE = 0x201d;
const RIGHT_GUILLEMET = 0xbb;
/**
 * A quoted title or slogan this short (before and after the mark) may hold its own full stops ("Meth.
 * We're on it.").
 */
const SHORT_QUOTE_CHARS = 40;

/**
 * True when the terminal mark at `at` is inside a short quotation that the sentence goes on after
 * ('South Dakota's viral “Meth. We're on it.” campaign has ...'): the quote opened in this sentence,
 * closes within SHORT_QUOTE_CHARS, and a lower-case word follows it.
 */
function insideShortQuote(text: string, sentenceStart: number, at: number, lineEnd: number): boolean {
  let open = "";
  // Bounded: the quote is short, and a text of abbreviations ("Mr. Mr. ...") must stay linear.
  for (let i = at - 1; i >= Math.max(sentenceStart, at - SHORT_QUOTE_CHARS); i--) {
    const c = text.charCodeAt(i);
    const close = closingMark(c);
    if (close !== "") {
      open = close;
      break;
    }
    if (c === RIGHT_DOUBLE_QUOTE || c === RIGHT_GUILLEMET) return false;
  }
  if (!open) return false;
  const within = text.slice(at + 1, Math.min(lineEnd, at + 1 + SHORT_QUOTE_CHARS)).indexOf(open);
  if (within < 0) return false;
  const end = at + 1 + within;
  return /^[\s\u00a0]*\p{Ll}/u.test(text.slice(end + 1, end + 4));
}

/** What the word right before a period at `at` is (rule 4 and 5). */
function periodKind(text: string, sentenceStart: number, at: number, lang: string): PeriodKind {
  const token = tokenBefore(text, sentenceStart, at);
  if (!token) return "none";
  const s = at - token.length;
  // (The token first: the slice would copy the whole sentence so far at every full stop.)
  if (LIST_NUMBER.test(token) && text.slice(sentenceStart, s).trim() === "") return "listMarker";
  const lower = token.toLowerCase();
  const abbreviations = abbreviationsFor(lang);
  if (abbreviations.titles.has(lower)) return "title";
  if (
    abbreviations.others.has(lower) ||
    (INITIAL.test(token) && !afterApostrophe(text, s)) ||
    DOTTED_ACRONYM.test(token) ||
    ((ORDINAL.test(token) || DAY_MONTH.test(token)) && ORDINAL_PERIOD_LANGUAGES.has(lang))
  ) {
    return "abbreviation";
  }
  return "none";
}

/** "don’t.", "isn't.": the letter before the period ends a contraction, it is no initial. */
function afterApostrophe(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return (c === 39 || c === 0x2019) && /\p{L}/u.test(text[at - 2] ?? "");
}

/**
 * The word right before the period at `at` (not before `from`): its letters, marks, digits and inner
 * periods ("U.S", "z.B"); "(CNN)A.J" gives "A.J". Found by stepping back from the period; an
 * end-anchored regex over the sentence so far would retry from every position, which made long
 * sentences quadratic. Exported for its test.
 */
export function tokenBefore(text: string, from: number, at: number): string {
  let s = at;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (c < 0x80) {
      if ((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 46) {
        s--;
        continue;
      }
      break;
    }
    // A surrogate pair is one character.
    const pair = c >= 0xdc00 && c <= 0xdfff && s - 2 >= from && (text.charCodeAt(s - 2) & 0xfc00) === 0xd800;
    // A letter, mark or digit (`[\p{L}\p{M}\p{N}]`) from the class table, not a regex on a string of
    // its own: a Cyrillic or Greek word cost one of each per letter.
    const length = pair ? 2 : 1;
    if (wordCharLength(text, s - length) !== length) break;
    s -= length;
  }
  return text.slice(s, at);
}

/** True when the word at `k` is a capitalised stopword ("The", "He", "But"): a likely sentence opener. */
function opensSentence(text: string, k: number, lang: string): boolean {
  WORD_AT.lastIndex = k;
  const word = WORD_AT.exec(text)?.[0];
  if (!word) return false;
  // "z. B.", "J. K.": a letter with a period is one more abbreviation, not an opener.
  if (word.length === 1 && text[k + 1] === ".") return false;
  return stopwordsFor(lang).has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, out: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && WHITESPACE.test(text[s])) s++;
  while (e > s && WHITESPACE.test(text[e - 1])) e--;
  if (e > s && HAS_WORD_CHAR.test(text.slice(s, e))) out.push({ start: s, end: e });
}

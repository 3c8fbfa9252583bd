/**
 * Digits that are no quantity: part of a name or code ("the Boeing 737", "Windows 10", "3-D printers",
 * "5G"), which findNumbers keeps with the role "name", and reference markers ("… for 50 years (1).",
 * "plasma.[81]"), which it leaves out; and whether "pounds" after a number weighs or costs. Each test
 * reads a few characters around the number only.
 */

/**
 * One capital letter glued to the digits (or after a hyphen) and ending the word: a code or a
 * model's name ("3-D", "2D", "5G", "4K", "OnePlus 6T"), unless the letter is a unit symbol ("12V",
 * "40A", "100W"). After a currency sign the letter is a scale ("$5K"), read elsewhere.
 */
const GLUED_CODE = /^-?(\p{Lu})(?![\p{L}\p{N}])/u;
/** Unit symbols written as one capital letter right after the digits: volt, watt, ampere, litre, degree. */
const GLUED_UNIT_LETTERS: ReadonlySet<string> = new Set(["V", "W", "A", "L", "C", "F"]);

export function isGluedCode(rest: string): boolean {
  const m = GLUED_CODE.exec(rest);
  return m !== null && !GLUED_UNIT_LETTERS.has(m[1]);
}

/** How far before and after a number a reference marker's brackets are looked for. */
const MARKER_REACH = 24;
/** How far back the capitalised word before a bracket or a number is looked for. */
const NAME_REACH = 40;
/** A reference marker's content: small numbers, a list or ranges of them ("1", "3, 10", "35-38"). */
const MARKER_CONTENT = /^\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*\s*$/u;
const RANGE = /(\d+)\s*[-–]\s*(\d+)/gu;
/** What may stand between a marker's bracket and one of its numbers. */
const MARKER_FILLER = "0123456789 ,;-–";
/** A bracket glued to what follows is part of a code or phone number ("+49 (0)40", "93(01)班"). */
const GLUED_AFTER = /^[\p{L}\p{N}]/u;
/** A bracket after digits is a tie-break score or a class's number ("7-6 (5)"). */
const DIGIT_BEFORE = /\p{N}\s*$/u;
/** A capitalised word right before a bracket: the bracket then gives that person's age ("Udo Kriese (75)"). */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*\s*$/u;

/**
 * Whether the number sits in a bracketed reference marker: "[81]" anywhere, "(1)" or "(3, 10)" unless
 * right after a capitalised word (a name's age, a team's record). Ranges in a marker go up ("(3–5)");
 * a bracketed score does not ("(1-0)", "(2-2)").
 */
export function isReferenceMarker(text: string, start: number, end: number): boolean {
  // Most numbers have no bracket before them, past digits, spaces and separators: a cheap scan says so.
  let i = start - 1;
  while (i >= 0 && start - i <= MARKER_REACH && MARKER_FILLER.includes(text[i])) i--;
  if (text[i] !== "(" && text[i] !== "[") return false;
  const before = text.slice(Math.max(0, start - MARKER_REACH), start);
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("["));
  if (open < 0 || /[)\]]/u.test(before.slice(open))) return false;
  const after = text.slice(end, end + MARKER_REACH);
  const close = after.search(/[)\]]/u);
  if (close < 0 || GLUED_AFTER.test(after.slice(close + 1))) return false;
  const content = before.slice(open + 1) + text.slice(start, end) + after.slice(0, close);
  if (!MARKER_CONTENT.test(content)) return false;
  for (const r of content.matchAll(RANGE)) if (Number(r[1]) >= Number(r[2])) return false;
  const openAt = start - before.length + open;
  if (DIGIT_BEFORE.test(text.slice(Math.max(0, openAt - MARKER_REACH), openAt))) return false;
  if (before[open] === "[") return true;
  return !NAME_BEFORE.test(text.slice(Math.max(0, openAt - NAME_REACH), openAt));
}

/** The capitalised word right before a number ("Boeing 737", "S&P 500", "RTX 3080", "iPhone 15"). */
const CAPITALISED_WORD = /^\p{Ll}?\p{Lu}[\p{L}\p{M}\p{N}&'’-]*$/u;
/** The spaces between a name and its number. */
const NAME_SPACE = " \u00a0";
/** A possessive ("Howells' 1892 story", "Germany's 80"): what follows is the owner's, not a name's part. */
const POSSESSIVE = /['’]s?$/u;
/** A capitalised word with a lowercase part after a hyphen is an adjective ("BPA-free 5-gallon"). */
const HYPHENATED_ADJECTIVE = /-\p{Ll}+$/u;
/** What ends text that opens a sentence or a clause of its own: a capital after it is no name's. */
const OPENERS = ":\"“”„«»‹›‘'([{–—•·";
/** A number with thousands grouped ("143,600", "1 500") is a count even after a name ("Italy 143,600"). */
const GROUPED = /\d[, \u00a0\u202f]\d/u;
/** A score or range follows ("Hungary 2-0", "Chelsea 2–1"): left as numbers. */
const SCORE_AFTER = /^\s?[-–]\s?\d/u;
/** An English plural noun: what a count after a name counts ("Sheffield 19 points"). */
const EN_PLURAL = /[^su]s$/u;
/** One counts a singular noun ("Bryan 1 goal, 1 assist"). */
const ONE = "1";

/**
 * Whether a number right after a capitalised word is that name's part, a model, version or bill
 * number ("the Boeing 737 crashed", "Windows 10 was", "Senate Bill 10 passed", "Apollo 17 war").
 * Not after the sentence's first word ("About 50 were"), nor when the number is grouped, followed by
 * a score, or counts the unit noun after it ("265 Menschen"; in English a plural, "19 points", or
 * "1 goal").
 */
export function isNamePart(
  text: string,
  start: number,
  raw: string,
  rest: string,
  unit: string | null,
  lang: string,
): boolean {
  if (unit !== null && (lang !== "en" || EN_PLURAL.test(unit) || raw === ONE)) return false;
  if (!NAME_SPACE.includes(text[start - 1])) return false;
  // The word before the space, read back to the previous white space.
  const from = Math.max(0, start - NAME_REACH);
  let w = start - 2;
  while (w >= from && !/\s/u.test(text[w])) w--;
  const word = text.slice(w + 1, start - 1);
  if (!CAPITALISED_WORD.test(word) || POSSESSIVE.test(word) || HYPHENATED_ADJECTIVE.test(word)) return false;
  if (GROUPED.test(raw) || SCORE_AFTER.test(rest)) return false;
  // Not the sentence's first word, nor the first after a colon, quote or bracket.
  let o = w;
  while (o >= 0 && /\s/u.test(text[o])) o--;
  return o >= 0 && !OPENERS.includes(text[o]);
}

/** Words before an amount in pounds that make it money ("fined 1,000 pounds", "paid 50 pounds"). */
const MONEY_CONTEXT =
  /\b(?:pa(?:y|id|ys|ying)|costs?|costing|worth|fine[ds]?|salary|salaries|wages?|price[ds]?|sp[ae]n[dt]|spending|rais(?:e|ed|ing)|earn(?:s|ed|ing)?|budget|fees?|bills?|loans?|debts?|tax(?:es)?|sold|bought|buy|compensation|damages|prize|charge[ds]?|donated|invest(?:ed|ment)|funding|grant)\b[^.;]{0,30}$/iu;
/** What after "pounds" makes it money: the currency's full name, or a rate per period. */
const MONEY_AFTER = /^\s(?:sterling\b|(?:a|per)\s(?:week|month|year|day|hour)\b)/iu;
/** How far before the number the money words are looked for. */
const MONEY_REACH = 48;

/**
 * Whether "pounds" after a number is money rather than weight ("475 pounds of cocaine", "he weighs
 * 200 pounds"): with a scale ("2 million pounds"), "sterling", a rate ("pounds a week"), a "£"
 * elsewhere in the sentence, or a money word shortly before.
 */
export function poundsAreMoney(text: string, start: number, scaled: boolean, afterWord: string): boolean {
  if (scaled || MONEY_AFTER.test(afterWord) || text.includes("£")) return true;
  return MONEY_CONTEXT.test(text.slice(Math.max(0, start - MONEY_REACH), start));
}

/** The words for the pound; whether they are money is read from the context (poundsAreMoney). */
export const POUND_WORDS: ReadonlySet<string> = new Set(["pound", "pounds"]);

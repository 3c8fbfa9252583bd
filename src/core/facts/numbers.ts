/**
 * Quantities in a sentence: digits with their currency, scale, percent sign or unit noun
 * ("$1.2 billion", "40%", "15 years", "1.200 Euro"), and written-out English numbers with a unit
 * ("six patients"). Offsets are into the string searched, so callers can map them to the article.
 */
import { matchesOf } from "../text/matches";
import type { NumberMention } from "../types";
import { isFunctionWord } from "./lexicon";
import { isGluedCode, isNamePart, isReferenceMarker, POUND_WORDS, poundsAreMoney } from "./number-roles";

/**
 * What digits are: a quantity, or a name's part ("the Boeing 737", "5G") or a rank ("20th"), which
 * count as no quantity but still make a sentence specific.
 */
export type NumberRole = "quantity" | "name" | "rank";

export interface NumberSpan extends NumberMention {
  start: number;
  end: number;
  role: NumberRole;
}

/**
 * A digit run with its separators; not glued to letters on the left ("G7", "COVID-19"), except to
 * Chinese and Japanese text, written without spaces ("約300億円"), nor part of a time ("6:27"). Thin and
 * no-break spaces group thousands everywhere; a plain space (and the Swiss apostrophe) only outside
 * English ("1 500 euros"), where it would join two separate numbers too often.
 */
function numberCore(notGlued: string, groupingSpaces: string): RegExp {
  return new RegExp(
    `${notGlued}(?<!\\p{L}[-‐])\\d+(?:(?:[.,]|[${groupingSpaces}](?=\\d{3}(?!\\d)))\\d+)*(?![\\p{N}]|:\\d)`,
    "gu",
  );
}
const NOT_GLUED = "(?<![\\p{L}\\p{N}_:])";
/** The same, a CJK character on the left excepted. */
const NOT_GLUED_BUT_CJK =
  "(?<!(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])[\\p{L}\\p{N}_:])";
const NUMBER_CORE = numberCore(NOT_GLUED, "\\u00a0\\u202f");
/** Swiss German, French and Italian group thousands with an apostrophe ("98’767 Dollar"). */
const NUMBER_CORE_SPACED = numberCore(NOT_GLUED, "\\u00a0\\u202f ’'");
const NUMBER_CORE_CJK = numberCore(NOT_GLUED_BUT_CJK, "\\u00a0\\u202f ");
/** Languages written without spaces, whose numbers sit right against the words. */
const CJK_NUMBER_LANGS: ReadonlySet<string> = new Set(["zh", "ja"]);

function numberCoreFor(lang: string): RegExp {
  if (lang === "en") return NUMBER_CORE;
  return CJK_NUMBER_LANGS.has(lang) ? NUMBER_CORE_CJK : NUMBER_CORE_SPACED;
}

/**
 * The table's own entry for a word of the text: "constructor" or "toString" after a number must not
 * read Object's prototype (a scale that is a function made the value NaN).
 */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Scales written as one or two letters ("$5m", "£3k"): read as a scale only after a currency sign. */
const SHORT_SCALES_NEED_CURRENCY: ReadonlySet<string> = new Set(["m", "k", "b"]);

/**
 * Ordinal suffixes glued to the digits ("20th", "1er", "67e"): a rank, not a quantity; the number is
 * kept as written, without a unit.
 */
const ORDINAL_SUFFIX: Readonly<Record<string, RegExp>> = {
  en: /^(?:st|nd|rd|th)\b/u,
  fr: /^(?:er|re|e|ème|eme|ᵉ|ᵉʳ)(?![\p{L}\p{N}])/u,
};

/** Currency signs written before the amount, and what they denote. */
const CURRENCY_BEFORE: ReadonlyArray<[string, string]> = [
  ["US$", "USD"],
  ["A$", "AUD"],
  ["C$", "CAD"],
  ["HK$", "HKD"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["₽", "RUB"],
];

/** ISO codes and abbreviations written before the amount ("Rs 299", "USD 500", "CHF 1'000"). */
const CURRENCY_CODE_BEFORE = /(?<![\p{L}\p{N}])(Rs\.?|INR|USD|EUR|GBP|CHF|JPY|CNY|RMB|AUD|CAD)[ \u00a0]?$/u;
const CURRENCY_CODE_UNITS: Readonly<Record<string, string>> = { Rs: "INR", "Rs.": "INR", RMB: "CNY" };
/** The last characters of those codes: text before a number that ends otherwise holds none of them. */
const CURRENCY_CODE_ENDS = "s.RDPFYB";

/** Last code unit of each sign: text before a number that ends otherwise holds none of them. */
const CURRENCY_SIGN_ENDS: ReadonlySet<number> = new Set(
  CURRENCY_BEFORE.map(([sign]) => sign.charCodeAt(sign.length - 1)),
);

/** Currency written after the amount ("5 €", "20 euros", "3 Mio. Dollar"). */
const CURRENCY_AFTER: Record<string, string> = {
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  dollar: "USD",
  dollars: "USD",
  pound: "GBP",
  pounds: "GBP",
  yen: "JPY",
  yuan: "CNY",
  rupees: "INR",
  roubles: "RUB",
  rubles: "RUB",
  franken: "CHF",
  francs: "CHF",
  // ISO codes after the amount ("5 Mio. EUR", "300 CHF") and the German "US-Dollar".
  eur: "EUR",
  usd: "USD",
  chf: "CHF",
  gbp: "GBP",
  "us-dollar": "USD",
  zł: "PLN",
  złotych: "PLN",
  złote: "PLN",
  dolarów: "USD",
  рублей: "RUB",
  рубля: "RUB",
  рубль: "RUB",
  долларов: "USD",
  доллара: "USD",
  евро: "EUR",
};

/** Words between a scale and its currency ("3,5 millones de euros", "2 milioni di euro"). */
const SCALE_LINKS: ReadonlySet<string> = new Set(["de", "di", "do", "da"]);

/** Scale words after a number, and their factor ("2.5 million", "$3bn", "4 Mrd."). */
const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  millionen: 1e6,
  millón: 1e6,
  millones: 1e6,
  milioni: 1e6,
  milhões: 1e6,
  miljoen: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  mrd: 1e9,
  milliarden: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  miliardi: 1e9,
  miljard: 1e9,
  trillion: 1e12,
  tn: 1e12,
  // Indian English ("Rs 25 lakh", "3 crore people").
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  // Polish and Russian, written out or abbreviated ("2,5 mln zł", "5 млн рублей", "300 тыс.").
  tys: 1e3,
  mln: 1e6,
  mld: 1e9,
  milionów: 1e6,
  miliony: 1e6,
  miliardów: 1e9,
  тыс: 1e3,
  тысяч: 1e3,
  млн: 1e6,
  млрд: 1e9,
  миллионов: 1e6,
  миллиона: 1e6,
  миллиардов: 1e9,
};

/** Chinese and Japanese scales written right after the digits ("60万人", "300億円"). */
const CJK_SCALES: Record<string, number> = { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };
/** Chinese and Japanese currencies after the amount. */
const CJK_CURRENCIES: ReadonlyArray<[string, string]> = [
  ["円", "JPY"],
  ["元", "CNY"],
  ["人民币", "CNY"],
  ["ドル", "USD"],
  ["美元", "USD"],
  ["ユーロ", "EUR"],
  ["欧元", "EUR"],
];
/** A counter or unit noun right after CJK digits: one Han character or a katakana word ("人", "キロ"). */
const CJK_UNIT = /^(?:\p{Script=Han}|\p{Script=Katakana}+)/u;

/** Scale, currency or counter written right after digits in Chinese or Japanese text. */
function cjkSuffix(rest: string): { length: number; factor: number; unit: string | null } | null {
  let length = 0;
  let factor = 1;
  const scale = CJK_SCALES[rest[0]];
  if (scale) {
    factor = scale;
    length = 1;
  }
  const after = rest.slice(length);
  for (const [word, code] of CJK_CURRENCIES) {
    if (after.startsWith(word)) return { length: length + word.length, factor, unit: code };
  }
  if (after[0] === "％" || after[0] === "%") return { length: length + 1, factor, unit: "%" };
  const unit = CJK_UNIT.exec(after);
  if (unit) return { length: length + unit[0].length, factor, unit: unit[0] };
  return length ? { length, factor, unit: null } : null;
}

/** Percent written after a number, in the languages we know. */
const PERCENT =
  /^\s?(?:%|per ?cent\b|prozent\b|pour ?cent\b|por ?ciento\b|per ?cento\b|por ?cento\b|procent\b|proc\.|процент(?:а|ов)?(?![\p{L}]))/iu;

/** Languages that write "1.234,5" (comma decimals); the rest write "1,234.5". */
const COMMA_DECIMAL_LANGS: ReadonlySet<string> = new Set([
  "de",
  "fr",
  "es",
  "it",
  "pt",
  "nl",
  "ru",
  "pl",
  "cs",
  "sv",
  "da",
  "nb",
  "fi",
  "tr",
  "uk",
  "ro",
  "hu",
]);

/** English number words and their values; they count only when a unit noun or scale follows. */
export const EN_NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

export const NUMBER_WORDS: ReadonlySet<string> = new Set(Object.keys(EN_NUMBER_WORDS));

/** "six" or "twenty-five" (lowercase). */
export function isNumberWord(w: string): boolean {
  const dash = w.indexOf("-");
  return NUMBER_WORDS.has(dash < 0 ? w : w.slice(0, dash));
}

const EN_NUMBER_WORD = new RegExp(
  `(?<![\\p{L}-])(${Object.keys(EN_NUMBER_WORDS).join("|")})(?:-(one|two|three|four|five|six|seven|eight|nine))?(?![\\p{L}-])`,
  "giu",
);

/** Words before "one" that make it a pronoun, not a count ("no one", "the one"). */
const ONE_AS_PRONOUN = /(?:\b(?:no|any|every|some|each|the|this|that|which|only)\s+)$/iu;

/** A capital letter alone after a number is a code's part ("Az 52 O 101/18"), not a German noun. */
const MIN_GERMAN_UNIT_LETTERS = 2;

/** The word after a number, as a candidate unit ("15 years", "six kidneys", "3 km"). */
const NEXT_WORD = /^[\s\u00a0]([\p{L}][\p{L}\p{M}'’-]*)/u;

/**
 * What follows a number is read this far (scale, percent sign, unit word): a window, not the rest of
 * the text, so that a sentence with thousands of numbers stays linear.
 */
const LOOKAHEAD_CHARS = 64;

/** Parses a digit run written with the article's conventions; null when it cannot be read. */
export function parseNumber(raw: string, lang: string): number | null {
  const compact = raw.replace(/[\u00a0\u202f ’']/g, "");
  const commas = (compact.match(/,/g) ?? []).length;
  const dots = (compact.match(/\./g) ?? []).length;
  let normal: string;
  if (commas && dots) {
    // Both present: the last one is the decimal separator.
    const decimal = compact.lastIndexOf(",") > compact.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    normal = compact.split(thousands).join("").replace(decimal, ".");
  } else if (commas + dots === 0) {
    normal = compact;
  } else {
    const sep = commas ? "," : ".";
    const groups = compact.split(sep);
    const groupedByThousands = groups.slice(1).every((g) => g.length === 3);
    const decimalSep = COMMA_DECIMAL_LANGS.has(lang) ? "," : ".";
    if (groups.length > 2 || (groupedByThousands && sep !== decimalSep)) normal = groups.join("");
    else if (sep === decimalSep || !groupedByThousands) normal = groups.join(".");
    else normal = groups.join("");
  }
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/**
 * Finds the quantities in `text`. `skip` holds ranges already taken (dates), whose digits are not
 * reported again as numbers; `numberWord`: whether the text's words hold an English number word (see
 * WordKinds), when the caller knows.
 */
export function findNumbers(
  text: string,
  lang: string,
  skip: ReadonlyArray<{ start: number; end: number }> = [],
  numberWord?: boolean,
): NumberSpan[] {
  const found: NumberSpan[] = [];
  const hasDigit = /\d/u.test(text);
  const overlapsSkip = (s: number, e: number) => skip.some((r) => s < r.end && e > r.start);
  for (const m of hasDigit ? matchesOf(numberCoreFor(lang), text) : []) {
    let start = m.index;
    let end = start + m[0].length;
    if (overlapsSkip(start, end)) continue;
    if (isReferenceMarker(text, start, end)) continue;
    let value = parseNumber(m[0], lang);
    let unit: string | null = null;
    // Currency sign before ("$1.2bn", "€ 20").
    const before = text.slice(Math.max(0, start - 4), start);
    const trimmedBefore = before.trimEnd();
    if (CURRENCY_SIGN_ENDS.has(trimmedBefore.charCodeAt(trimmedBefore.length - 1))) {
      for (const [sign, code] of CURRENCY_BEFORE) {
        const at = trimmedBefore.endsWith(sign) ? trimmedBefore.length - sign.length : -1;
        if (at >= 0) {
          start = start - (before.length - at);
          unit = code;
          break;
        }
      }
    } else if (CURRENCY_CODE_ENDS.includes(trimmedBefore[trimmedBefore.length - 1])) {
      const code = CURRENCY_CODE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
      if (code) {
        unit = CURRENCY_CODE_UNITS[code[1]] ?? code[1];
        start -= code[0].length;
      }
    }
    // Scale ("million", "bn", "m") directly after.
    let rest = text.slice(end, end + LOOKAHEAD_CHARS);
    const digitsRest = rest;
    if (!unit && isGluedCode(rest)) {
      found.push({ text: m[0], value, unit: null, start, end, role: "name" });
      continue;
    }
    if (CJK_NUMBER_LANGS.has(lang)) {
      const suffix = cjkSuffix(rest);
      if (suffix) {
        if (value !== null) value *= suffix.factor;
        end += suffix.length;
        unit = unit ?? suffix.unit;
      }
      found.push({ text: text.slice(start, end), value, unit, start, end, role: "quantity" });
      continue;
    }
    const ordinal = own(ORDINAL_SUFFIX, lang)?.exec(rest);
    if (ordinal) {
      end += ordinal[0].length;
      found.push({ text: text.slice(start, end), value, unit: null, start, end, role: "rank" });
      continue;
    }
    let scaled = false;
    const scale = /^\s?([\p{L}]+)\.?/u.exec(rest);
    if (scale) {
      const word = scale[1].toLowerCase();
      const factor = own(SCALES, word);
      if (factor && (unit || !SHORT_SCALES_NEED_CURRENCY.has(word))) {
        if (value !== null) value *= factor;
        scaled = true;
        end += scale[0].length - (scale[0].endsWith(".") && !/^mio|^mrd/i.test(scale[1]) ? 1 : 0);
        rest = text.slice(end, end + LOOKAHEAD_CHARS);
      }
    }
    const percent = PERCENT.exec(rest);
    // A unit noun read after the number (not a currency, percent or scale).
    let unitWord = false;
    if (percent) {
      end += percent[0].length;
      unit = "%";
    } else if (!unit) {
      const next = NEXT_WORD.exec(rest);
      if (next) {
        let [read, raw] = next;
        // "3,5 millones de euros": a scale's currency after "de" or "di".
        const linked = scaled && SCALE_LINKS.has(raw) ? NEXT_WORD.exec(rest.slice(read.length)) : null;
        if (linked && own(CURRENCY_AFTER, linked[1].toLowerCase())) {
          read += linked[0];
          raw = linked[1];
        }
        // "3 milliards d'euros": the unit after the elided "de".
        const word = raw.replace(/^[dl]['’]/u, "");
        const lower = word.toLowerCase();
        const currency =
          POUND_WORDS.has(lower) && !poundsAreMoney(text, m.index, scaled, rest.slice(read.length))
            ? undefined
            : (own(CURRENCY_AFTER, lower) ?? (word === "€" ? "EUR" : undefined));
        // Units are lowercase nouns, except in German where every noun is capitalised; a capital
        // there marks a noun, which the stopword list may hold all the same ("Jahren", "Menschen").
        const lowercase = word[0] === lower[0];
        const germanNoun = lang === "de" && !lowercase && word.length >= MIN_GERMAN_UNIT_LETTERS;
        if (currency) {
          unit = currency;
          end += read.length;
        } else if ((germanNoun || (lowercase && !isFunctionWord(lower, lang))) && !/['’]s$/u.test(word)) {
          unit = lower;
          unitWord = true;
          end += read.length;
        }
      } else if (/^\s?€/u.test(rest)) {
        unit = "EUR";
        end += rest.indexOf("€") + 1;
      }
    }
    const named =
      !scaled && (unit === null || unitWord) && isNamePart(text, m.index, m[0], digitsRest, unit, lang);
    found.push({ text: text.slice(start, end), value, unit, start, end, role: named ? "name" : "quantity" });
  }
  // Written-out numbers: only when a number word is there (the pattern is a long alternation).
  if (lang === "en" && (numberWord ?? (text.toLowerCase().match(/\p{L}+/gu) ?? []).some(isNumberWord)))
    found.push(...findWrittenNumbers(text, skip, found));
  return found.sort((a, b) => a.start - b.start);
}

/** English written-out counts with a unit noun after them ("six kidneys", "two million people"). */
function findWrittenNumbers(
  text: string,
  skip: ReadonlyArray<{ start: number; end: number }>,
  digits: readonly NumberSpan[],
): NumberSpan[] {
  const found: NumberSpan[] = [];
  for (const m of matchesOf(EN_NUMBER_WORD, text)) {
    const start = m.index;
    let end = start + m[0].length;
    if ([...skip, ...digits].some((r) => start < r.end && end > r.start)) continue;
    const head = m[1].toLowerCase();
    if (head === "one" && ONE_AS_PRONOUN.test(text.slice(Math.max(0, start - 12), start))) continue;
    let value = EN_NUMBER_WORDS[head] + (m[2] ? EN_NUMBER_WORDS[m[2].toLowerCase()] : 0);
    let rest = text.slice(end, end + LOOKAHEAD_CHARS);
    const scale = /^\s(hundred|thousand|million|billion|trillion)\b/iu.exec(rest);
    if (scale) {
      value *= SCALES[scale[1].toLowerCase()] ?? 100;
      end += scale[0].length;
      rest = text.slice(end, end + LOOKAHEAD_CHARS);
    }
    const next = NEXT_WORD.exec(rest);
    if (!next) continue;
    const lower = next[1].toLowerCase();
    if (next[1][0] !== lower[0] || isFunctionWord(lower, "en")) {
      if (!scale) continue;
      found.push({ text: text.slice(start, end), value, unit: null, start, end, role: "quantity" });
      continue;
    }
    end += next[0].length;
    const money =
      !POUND_WORDS.has(lower) || poundsAreMoney(text, start, scale !== null, rest.slice(next[0].length));
    found.push({
      text: text.slice(start, end),
      value,
      unit: (money ? own(CURRENCY_AFTER, lower) : undefined) ?? lower,
      start,
      end,
      role: "quantity",
    });
  }
  return found;
}

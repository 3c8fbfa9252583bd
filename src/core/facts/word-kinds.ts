/**
 * What a sentence's words say to the date and number rules: the kinds of date word among them (month,
 * weekday, period, relative day) and whether one is an English number word. Both are properties of a
 * word alone, and an article repeats its words, so each distinct word is lowercased and looked up once
 * per article instead of once per occurrence.
 */
import { DATE_WORDS, type DateWordNeed, dateWordNeeds } from "./dates";
import { isNumberWord, NUMBER_WORDS } from "./numbers";
import type { Word } from "./words";

export interface WordKinds {
  /** Kinds of date word the words hold (what `needsMet` finds from their lowercase forms). */
  dates: ReadonlySet<DateWordNeed>;
  /** Some word is an English number word ("six", "twenty-five"), lowercased. */
  numberWord: boolean;
}

interface KindsOfWord {
  dates: readonly DateWordNeed[] | undefined;
  numberWord: boolean;
}

const NO_DATE_WORDS: ReadonlySet<DateWordNeed> = new Set();

/** First characters of the date and number words (all in Latin script). */
const FIRST_CHARS: ReadonlySet<string> = new Set([...DATE_WORDS, ...NUMBER_WORDS].map((w) => w[0]));
/** Per code unit: 1 when its lowercase starts with one of FIRST_CHARS, 2 when not, 0 not yet known. */
const mayStart = new Uint8Array(0x10000);

/**
 * Whether a word starting with code unit `c` can lowercase to a date or number word. A word's lowercase
 * starts with its first character's lowercase (a lone surrogate stays itself: astral letters lowercase
 * to astral ones), so words in Cyrillic, Greek, CJK... are told without lowercasing or a lookup.
 */
function mayBeKindOfWord(c: number): boolean {
  if (mayStart[c] === 0) mayStart[c] = FIRST_CHARS.has(String.fromCharCode(c).toLowerCase()[0]) ? 1 : 2;
  return mayStart[c] === 1;
}

/** Code of a lowercase ASCII letter's place in the alphabet (0..25), or -1 for any other code unit. */
function asciiLetter(c: number): number {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122 ? lower - 97 : -1;
}

/** Per pair of ASCII letters (first * 26 + second): 1 when a date or number word opens with it. */
const OPENING_PAIRS = new Uint8Array(26 * 26);
for (const w of [...DATE_WORDS, ...NUMBER_WORDS]) {
  const a = asciiLetter(w.charCodeAt(0));
  const b = w.length > 1 ? asciiLetter(w.charCodeAt(1)) : -1;
  if (a >= 0 && b >= 0) OPENING_PAIRS[a * 26 + b] = 1;
}

/**
 * False when a word opens with two ASCII letters that no date or number word opens with ("the" yes,
 * "said" no). Exact: those two letters lowercase to themselves whatever follows, and the form looked
 * up (the word, or its first run before a hyphen or apostrophe) keeps them.
 */
function mayOpenKindOfWord(text: string): boolean {
  const a = asciiLetter(text.charCodeAt(0));
  const b = text.length > 1 ? asciiLetter(text.charCodeAt(1)) : -1;
  return a < 0 || b < 0 || OPENING_PAIRS[a * 26 + b] === 1;
}

/** One article's words as written → their kinds. */
export class WordKindTable {
  private readonly byText = new Map<string, KindsOfWord>();

  of(words: readonly Word[]): WordKinds {
    let dates: Set<DateWordNeed> | null = null;
    let numberWord = false;
    for (const w of words) {
      if (!mayBeKindOfWord(w.text.charCodeAt(0)) || !mayOpenKindOfWord(w.text)) continue;
      let kinds = this.byText.get(w.text);
      if (kinds === undefined) {
        const lower = w.text.toLowerCase();
        kinds = { dates: dateWordNeeds(lower), numberWord: isNumberWord(lower) };
        this.byText.set(w.text, kinds);
      }
      if (kinds.dates) {
        dates ??= new Set();
        for (const need of kinds.dates) dates.add(need);
      }
      if (kinds.numberWord) numberWord = true;
    }
    return { dates: dates ?? NO_DATE_WORDS, numberWord };
  }
}

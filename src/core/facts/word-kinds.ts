/**
 * What a sentence's words say to the date and number rules: the kinds of date word among them (month,
 * weekday, period, relative day) and whether one is an English number word. Both are properties of a
 * word alone, and an article repeats its words, so each distinct word is lowercased and looked up once
 * per article instead of once per occurrence.
 */
import { type DateWordNeed, dateWordNeeds } from "./dates";
import { isNumberWord } from "./numbers";
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

/** One article's words as written → their kinds. */
export class WordKindTable {
  private readonly byText = new Map<string, KindsOfWord>();

  of(words: readonly Word[]): WordKinds {
    let dates: Set<DateWordNeed> | null = null;
    let numberWord = false;
    for (const w of words) {
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

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateWordNeeds } from "../../../src/core/facts/dates";
import { isNumberWord } from "../../../src/core/facts/numbers";
import { WordKindTable } from "../../../src/core/facts/word-kinds";
import type { Word } from "../../../src/core/facts/words";

const word = (text: string) => ({ text }) as Word;

/** The kinds found word by word from each lowercase form, as findDates and findNumbers did. */
function direct(texts: readonly string[]) {
  const dates = new Set(texts.flatMap((t) => dateWordNeeds(t.toLowerCase()) ?? []));
  return { dates, numberWord: texts.some((t) => isNumberWord(t.toLowerCase())) };
}

// Date and number words in any case, in other scripts, and characters whose lowercase is Latin (K, Å, İ).
const piece = fc.constantFrom(
  "May",
  "MARCH",
  "mardi",
  "Août",
  "Sept",
  "segunda-feira",
  "aujourd'hui",
  "Aujourd’hui",
  "an",
  "year",
  "Six",
  "twenty-five",
  "Hundred",
  "\u212a",
  "\u212b",
  "\u0130",
  "Σ",
  "мая",
  "Май",
  "五月",
  "\ud801\udc00",
  "\ud800",
  "x",
  "said",
  "The",
  "SEvEN",
  "-",
  "'",
);
const text = fc.array(piece, { minLength: 1, maxLength: 3 }).map((ps) => ps.join(""));

describe("WordKindTable", () => {
  it("finds the kinds that each word's lowercase form has", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        const table = new WordKindTable();
        // Twice: the second time from the table's memory.
        for (let round = 0; round < 2; round++) {
          const got = table.of(texts.map(word));
          const want = direct(texts);
          expect([...got.dates].sort()).toEqual([...want.dates].sort());
          expect(got.numberWord).toBe(want.numberWord);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("tells date words in any case, and words of other scripts as neither", () => {
    const kinds = new WordKindTable().of(["Tuesday", "MARCH", "Six", "мая"].map(word));
    expect([...kinds.dates].sort()).toEqual(["month", "weekday"]);
    expect(kinds.numberWord).toBe(true);
    expect(new WordKindTable().of(["мая", "五月"].map(word))).toEqual({
      dates: new Set(),
      numberWord: false,
    });
  });
});

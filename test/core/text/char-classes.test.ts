import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countJoinedWords,
  countLetterRuns,
  countWordRuns,
  hasNumberChar,
  someLetterRun,
  startsUppercase,
  wordRuns,
  wordRunsWithMarks,
} from "../../../src/core/text/char-classes";

/** The regexes the scanners stand in for. */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_WITH_MARKS = /[\p{L}\p{M}\p{N}]+/gu;
const JOINED_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const LETTERS = /\p{L}+/gu;
// Letters, digits, combining marks, lone and paired surrogates, astral letters, marks and emoji, CJK.
const unit = fc.constantFrom(
  "a",
  "Z",
  "Δ",
  "ǅ",
  " ",
  "é",
  "\u0301",
  "1",
  "٣",
  "½",
  "\u{1d7ce}",
  "\ud800",
  "\udc00",
  "𝐀",
  "\u{1d167}",
  "😀",
  "中",
  "-",
  ".",
  "'",
  "’",
  "&",
);
const texts = [fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit, maxLength: 30 })];

describe("character-class scans", () => {
  it("are what the regexes match, on any code units and around marks and surrogates", () => {
    for (const text of texts) {
      fc.assert(
        fc.property(text, (s) => {
          expect(countWordRuns(s)).toBe(s.match(WORD)?.length ?? 0);
          expect(wordRuns(s)).toEqual(s.match(WORD) ?? []);
          expect(countJoinedWords(s)).toBe(s.match(JOINED_WORD)?.length ?? 0);
          expect(wordRunsWithMarks(s)).toEqual(s.match(WORD_WITH_MARKS) ?? []);
          expect(hasNumberChar(s)).toBe(/\p{N}/u.test(s));
          expect(startsUppercase(s)).toBe(/^\p{Lu}/u.test(s));
          expect(countLetterRuns(s)).toBe(s.match(LETTERS)?.length ?? 0);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("visit the letter runs in order and stop at the first visit that answers true", () => {
    for (const text of texts) {
      fc.assert(
        fc.property(text, fc.nat(6), (s, stopAt) => {
          const runs: string[] = [];
          const stopped = someLetterRun(s, (start, end) => {
            runs.push(s.slice(start, end));
            return runs.length === stopAt + 1;
          });
          const all = s.match(LETTERS) ?? [];
          expect(runs).toEqual(all.slice(0, stopAt + 1));
          expect(stopped).toBe(all.length > stopAt);
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("split prose at punctuation and spaces, keeping combining marks with marks allowed", () => {
    const text = "The U.S. said 3.5% — l'homme, nai\u0308ve.";
    expect(countWordRuns(text)).toBe(10);
    expect(countJoinedWords(text)).toBe(7); // The U.S said 3.5 l'homme nai ve
    expect(wordRunsWithMarks(text)).toEqual(["The", "U", "S", "said", "3", "5", "l", "homme", "nai\u0308ve"]);
  });
});

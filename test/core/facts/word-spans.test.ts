import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextWord } from "../../../src/core/facts/words";

/** The regex `nextWord` stands in for. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;

function spans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let span = nextWord(text, 0); span; span = nextWord(text, span[1])) out.push(span);
  return out;
}
const byRegex = (text: string) =>
  [...text.matchAll(WORD)].map((m): [number, number] => [m.index, m.index + m[0].length]);

// Joiners, dots, marks, surrogates and astral letters next to letters and digits.
const unit = fc.constantFrom(
  "a",
  "B",
  "1",
  " ",
  "-",
  "'",
  "’",
  ".",
  "&",
  "\u0301",
  "é",
  "\ud800",
  "𝐀",
  "😀",
  ",",
);

describe("nextWord", () => {
  it("finds the spans the regex matches", () => {
    for (const text of [fc.string({ unit, maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 })]) {
      fc.assert(
        fc.property(text, (s) => {
          expect(spans(s)).toEqual(byRegex(s));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it("keeps joined parts and a final dot", () => {
    expect(spans("The U.S. and AT&T's well-known O'Brien.")).toEqual([
      [0, 3],
      [4, 8],
      [9, 12],
      [13, 19],
      [20, 30],
      [31, 39],
    ]);
  });
});

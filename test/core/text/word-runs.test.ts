import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWordRuns } from "../../../src/core/text/word-runs";

/** The regex the counter stands in for. */
const WORD = /[\p{L}\p{N}]+/gu;
const byRegex = (s: string) => s.match(WORD)?.length ?? 0;
// Letters, digits, combining marks, lone and paired surrogates, astral letters and emoji, CJK.
const unit = fc.constantFrom(
  "a",
  "Z",
  " ",
  "é",
  "\u0301",
  "1",
  "٣",
  "\ud800",
  "\udc00",
  "𝐀",
  "😀",
  "中",
  "-",
  ".",
);

describe("countWordRuns", () => {
  it("counts what the regex matches on any code units", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(countWordRuns(s)).toBe(byRegex(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts what the regex matches around marks, surrogates and astral letters", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (s) => {
        expect(countWordRuns(s)).toBe(byRegex(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("counts words in prose", () => {
    // The, U, S, said, 3, 5, l, homme, naïve.
    expect(countWordRuns("The U.S. said 3.5% — l'homme, naïve.")).toBe(9);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANAPHORIC_START, isAnaphoric, opensWithPronoun } from "../../../src/core/facts/anaphora";

// Pronoun pieces, letters that case-fold into ASCII (ſ, Kelvin K), "é" of "él", other scripts, marks.
const unit = fc.constantFrom(
  "th",
  "is",
  "e",
  "l",
  "s",
  "él",
  "É",
  "ſ",
  "\u212a",
  "_",
  "1",
  " ",
  "«",
  "—",
  "д",
  "Это",
  "中",
  "\u0301",
  "😀",
  ",",
);

describe("opensWithPronoun", () => {
  it("is the pronoun regex's answer on any opening", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(opensWithPronoun(text)).toBe(ANAPHORIC_START.test(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("finds pronouns after punctuation and not in other scripts' words", () => {
    expect(isAnaphoric("«This panel has ruled.")).toBe(true);
    expect(opensWithPronoun("— Él dijo que sí.")).toBe(true);
    expect(opensWithPronoun("Это было в марте, сказал он.")).toBe(false);
    expect(opensWithPronoun("Thesis defended.")).toBe(false);
  });
});

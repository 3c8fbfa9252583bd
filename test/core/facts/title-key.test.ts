import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalise, normalisesTo } from "../../../src/core/facts/title-key";

// Letters in both cases, digits, marks, punctuation, spaces, surrogates and letters whose lowercase grows.
const unit = fc.constantFrom(
  "a",
  "A",
  "b",
  "1",
  " ",
  "  ",
  ",",
  "-",
  "é",
  "É",
  "\u0301",
  "İ",
  "ß",
  "\ud800",
  "𝐀",
  "😀",
  "中",
);
const text = fc.string({ unit, maxLength: 12 });

describe("normalisesTo", () => {
  it("is normalise(text) === key, for any text and any non-empty key", () => {
    for (const key of [text.map(normalise), text]) {
      fc.assert(
        fc.property(text, key, (t, k) => {
          fc.pre(k.length > 0);
          expect(normalisesTo(t, k)).toBe(normalise(t) === k);
        }),
        { numRuns: 3000 },
      );
    }
    // The equal case, often: the same text in capitals or with other punctuation.
    fc.assert(
      fc.property(text, (t) => {
        for (const k of [normalise(t), normalise(t.toUpperCase()), normalise(t.replace(/,/gu, "."))]) {
          if (k.length > 0) expect(normalisesTo(t, k)).toBe(normalise(t) === k);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("holds for a sentence that repeats the title in other case and punctuation", () => {
    const key = normalise("Belarus and North Korea Flex Diplomatic Muscles");
    expect(normalisesTo("BELARUS and North Korea — flex diplomatic muscles!", key)).toBe(true);
    expect(normalisesTo("Belarus and North Korea flex their muscles", key)).toBe(false);
  });
});

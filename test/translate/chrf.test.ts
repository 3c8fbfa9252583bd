import { describe, expect, it } from "vitest";
import { chrfStats, corpusChrf, sentenceChrf } from "../../bench/lib/chrf";

describe("chrF (orders 1..6, β = 2, whitespace removed)", () => {
  it("is 100 for identical text, whatever the spacing, and 0 with no character in common", () => {
    expect(sentenceChrf("El gato duerme.", "El gato duerme.")).toBe(100);
    expect(sentenceChrf("a b", "ab")).toBe(100);
    expect(sentenceChrf("xyz", "abc")).toBe(0);
    expect(sentenceChrf("", "abc")).toBe(0);
  });

  it('"ab" against "abc": orders 1-2 count (P = 1, R = (2/3 + 1/2)/2 = 7/12), F2 = 5PR/(4P+R) = 7/11', () => {
    expect(chrfStats("ab", "abc")).toEqual({
      hyp: [2, 1, 0, 0, 0, 0],
      ref: [3, 2, 1, 0, 0, 0],
      match: [2, 1, 0, 0, 0, 0],
    });
    expect(sentenceChrf("ab", "abc")).toBeCloseTo((100 * 7) / 11, 10);
  });

  it('clips repeated n-grams: "aaa" against "a" gives P = 1/3, R = 1, F2 = 5/7', () => {
    expect(sentenceChrf("aaa", "a")).toBeCloseTo((100 * 5) / 7, 10);
  });

  it("sums counts over the corpus before scoring (not the mean of sentence scores)", () => {
    // Order 1: 3 hyp, 4 ref, 3 match; order 2: 1, 2, 1 → P = 1, R = (3/4 + 1/2)/2 = 5/8 → F2 = 25/37.
    expect(corpusChrf(["ab", "x"], ["abc", "x"])).toBeCloseTo((100 * 25) / 37, 10);
  });

  it("counts characters, not UTF-16 units", () => {
    expect(chrfStats("𝒳y", "𝒳y").hyp[0]).toBe(2);
  });
});

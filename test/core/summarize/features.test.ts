import { describe, expect, it } from "vitest";
import { hasNumber, isQuestion, quoteShare } from "../../../src/core/summarize/features";
import { DEFAULT_PARAMS } from "../../../src/core/summarize/params";
import { leadShare, lengthFactor } from "../../../src/core/summarize/rank";
import { cosine, overlapMatrix, tfIdf } from "../../../src/core/summarize/vectors";

describe("sentence features", () => {
  it("quoteShare counts quoted characters, including quotes that span sentences", () => {
    expect(quoteShare("The plan passed.")).toBe(0);
    expect(quoteShare('"He is doing well.')).toBe(1);
    expect(quoteShare('We treated him for flu," she said.')).toBeGreaterThan(0.6);
    const partial = quoteShare('He said "yes" loudly.');
    expect(partial).toBeGreaterThan(0.2);
    expect(partial).toBeLessThan(0.3);
    expect(quoteShare("« Nous viendrons », a-t-il dit.")).toBeGreaterThan(0.5);
  });

  it("isQuestion and hasNumber", () => {
    expect(isQuestion("Will it work?")).toBe(true);
    expect(isQuestion('"Why now?"')).toBe(true);
    expect(isQuestion("它会成功吗？")).toBe(true);
    expect(isQuestion("It worked.")).toBe(false);
    expect(hasNumber("Profits rose 3%.")).toBe(true);
    expect(hasNumber("Profits rose.")).toBe(false);
  });
});

describe("leadShare", () => {
  it("is 1 for a short summary, 0 for a digest, linear in between", () => {
    const p = DEFAULT_PARAMS;
    expect(leadShare(3, 30, p)).toBe(1);
    expect(leadShare(8, 20, p)).toBe(0);
    const mid = (p.leadCoverage + p.digestCoverage) / 2;
    expect(leadShare(mid * 1000, 1000, p)).toBeCloseTo(0.5, 6);
  });
});

describe("lengthFactor", () => {
  const p = { ...DEFAULT_PARAMS, minWords: 8, maxWords: 25, longExponent: 0.5 };

  it("is 1 between minWords and maxWords, linear below", () => {
    expect(lengthFactor(8, 1, p)).toBe(1);
    expect(lengthFactor(25, 1, p)).toBe(1);
    expect(lengthFactor(4, 1, p)).toBe(0.5);
    expect(lengthFactor(4, 0, p)).toBe(0.5);
  });

  it("scales long sentences by (maxWords / words)^longExponent in a lead, not in a digest", () => {
    expect(lengthFactor(100, 1, p)).toBeCloseTo(0.5, 12);
    expect(lengthFactor(50, 1, p)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(lengthFactor(100, 0.5, p)).toBeCloseTo(0.25 ** 0.25, 12);
    expect(lengthFactor(100, 0, p)).toBe(1);
  });
});

describe("similarities", () => {
  it("tf-idf cosine: 1 for identical term lists, 0 without shared terms", () => {
    const space = tfIdf([["budget", "vote"], ["budget", "vote"], ["weather"]]);
    expect(cosine(space.vectors[0], space.vectors[1])).toBeCloseTo(1, 12);
    expect(cosine(space.vectors[0], space.vectors[2])).toBe(0);
    expect(cosine(space.vectors[0], space.embed(["unknown"]))).toBe(0);
  });

  it("TextRank overlap: shared distinct terms over ln(|S|+1) sums, symmetric, zero diagonal", () => {
    const m = overlapMatrix([["a", "b", "c"], ["b", "c", "d", "d"], []]);
    expect(m[0][1]).toBeCloseTo(2 / (Math.log(4) + Math.log(4)), 12);
    expect(m[1][0]).toBe(m[0][1]);
    expect(m[0][0]).toBe(0);
    expect(m[0][2]).toBe(0);
  });
});

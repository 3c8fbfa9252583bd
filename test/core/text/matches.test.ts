import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesOf } from "../../../src/core/text/matches";

// Regexes that match nothing, something or the empty string, with and without Unicode mode.
const REGEXES = [
  /a+/g,
  /x*/g,
  /x*/gu,
  /(?:)/gu,
  /\b/g,
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}*)(?![\p{L}\p{N}])/gu,
  /\s*\([^()]*\)/gu,
  /(\d+)(?:[.,](\d+))?/g,
  /./gsu,
];
const unit = fc.constantFrom("a", "A", "x", "1", ".", ",", " ", "(", ")", "é", "\ud800", "\udc00", "𝐀", "😀");

const found = (ms: RegExpExecArray[] | RegExpMatchArray[]) => ms.map((m) => [m.index, [...m]]);

describe("matchesOf", () => {
  it("finds what matchAll finds, empty matches and surrogate pairs included", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), fc.nat(REGEXES.length - 1), (text, k) => {
        const re = REGEXES[k];
        expect(found(matchesOf(re, text))).toEqual(found([...text.matchAll(re)]));
        // Left as matchAll leaves it, ready for the next text.
        expect(re.lastIndex).toBe(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses a regex without the global flag, as matchAll does", () => {
    expect(() => matchesOf(/a/u, "a")).toThrow(TypeError);
  });
});

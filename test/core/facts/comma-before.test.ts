import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commaBefore } from "../../../src/core/facts/entities/context-votes";

// Commas, every kind of whitespace the regex knows, letters, and surrogate halves.
const unit = fc.constantFrom(
  ",",
  " ",
  "\u00a0",
  "\t",
  "\n",
  "\u2028",
  "\u3000",
  "\ufeff",
  "\u200b",
  "a",
  "،",
  "\ud800",
  "\udc00",
);

describe("commaBefore", () => {
  it("is /,\\s*$/u on the slice", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), fc.nat(12), fc.nat(12), (text, a, b) => {
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)];
        expect(commaBefore(text, from, to)).toBe(/,\s*$/u.test(text.slice(from, to)));
      }),
      { numRuns: 3000 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLowercase } from "../../../src/core/text/lowercase";

// ASCII, Latin-1 and Latin Extended, Cyrillic, Greek with its sigmas, Turkish İ and ı, titlecase ǅ,
// Roman numerals, circled letters, astral Deseret letters, lone surrogates, CJK, digits, space.
const piece = fc.constantFrom(
  ..."aZé ÉßẞİıǅǆⅫⅻⒶⓐ中1 -.ДдЯяЁёΣσςΑα".split(""),
  "\u{10400}",
  "\u{10428}",
  "\ud801",
  "\udc00",
);
const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(""));

describe("isLowercase", () => {
  it("tells a text that toLowerCase leaves as it is", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isLowercase(t)).toBe(t === t.toLowerCase());
      }),
      { numRuns: 20_000 },
    );
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isLowercase(`я${ch}`)).toBe(`я${ch}` === `я${ch}`.toLowerCase());
    }
    expect(isLowercase("президента")).toBe(true);
    expect(isLowercase("iPhone")).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenBefore } from "../../../src/core/text/sentences";

/** The version with a regex per character, as it was. */
const TOKEN_CHAR = /^[\p{L}\p{M}\p{N}.]$/u;
function oldTokenBefore(text: string, from: number, at: number): string {
  let s = at;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (c < 0x80) {
      if ((c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 46) {
        s--;
        continue;
      }
      break;
    }
    const pair = c >= 0xdc00 && c <= 0xdfff && s - 2 >= from && (text.charCodeAt(s - 2) & 0xfc00) === 0xd800;
    const ch = pair ? text.slice(s - 2, s) : text[s - 1];
    if (!TOKEN_CHAR.test(ch)) break;
    s -= ch.length;
  }
  return text.slice(s, at);
}

// ASCII letters and digits, Cyrillic, Greek, accented letters, combining marks, numbers that are no
// digits (Ⅻ, ½), Arabic-Indic digits, astral letters and digits, lone surrogates, punctuation, spaces.
const piece = fc.constantFrom(
  ..."aZ9.'’ -(,".split(""),
  ..."дЯΣéß\u0301\u0483Ⅻ½٣中".split(""),
  "\u{1d400}",
  "\u{1d7ce}",
  "\u{1f600}",
  "\ud800",
  "\udc00",
  "\u00a0",
);

describe("tokenBefore", () => {
  it("finds the word before a period as the regex per character did", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.nat(), (pieces, cut) => {
        const text = `${pieces.join("")}.`;
        const at = text.length - 1;
        const from = cut % (at + 1);
        expect(tokenBefore(text, from, at)).toBe(oldTokenBefore(text, from, at));
      }),
      { numRuns: 30_000 },
    );
    expect(tokenBefore("Это сказал Путин.", 0, 16)).toBe("Путин");
    expect(tokenBefore("z.B.", 0, 3)).toBe("z.B");
  });
});

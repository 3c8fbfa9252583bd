import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openingMarksEnd, openingWords } from "../../../src/core/summarize/dangling";
import { letterOrMarkLength } from "../../../src/core/text/char-classes";

const OPENING_PUNCTUATION = /^[\s"'“‘«»„([¿¡「『（—–-]+/u;
const FIRST_TWO_WORDS = /^([\p{L}\p{M}]+)(?:[\s,]+([\p{L}\p{M}]+))?/u;

// Letters of several scripts and cases, marks, digits and other numbers, opening marks, white space of
// several kinds, commas, astral letters and numbers, lone surrogates.
const piece = fc.constantFrom(
  "He",
  "but",
  "Он",
  "é",
  "e\u0301",
  "\u0301",
  "7",
  "Ⅻ",
  "½",
  '"',
  "“",
  "«",
  "(",
  "¿",
  "「",
  "—",
  "-",
  " ",
  "\u00a0",
  "\u3000",
  "\n",
  ",",
  ".",
  "\u{1d400}",
  "\u{1d7ce}",
  "\ud800",
  "中",
);
const sentence = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(""));

describe("opening words read in place", () => {
  it("find what the regexes found after the opening marks", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const at = openingMarksEnd(s);
        const head = s.replace(OPENING_PUNCTUATION, "");
        expect(s.slice(at)).toBe(head);
        const m = head.match(FIRST_TWO_WORDS);
        expect(openingWords(s, at)).toEqual(m ? [m[1], m[2]] : null);
      }),
      { numRuns: 3000 },
    );
  });

  it("letterOrMarkLength is [\\p{L}\\p{M}] for every BMP code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (letterOrMarkLength(ch, 0) > 0 !== /^[\p{L}\p{M}]$/u.test(ch))
        throw new Error(`U+${c.toString(16)}`);
    }
  });
});

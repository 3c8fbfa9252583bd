import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIXED_SCRIPT_WORD } from "../../../src/core/extract/labels";
import { endsLikeSentence } from "../../../src/core/extract/text";

/** The regular expressions the two scans replaced. */
const OLD_MIXED_SCRIPT_WORD = /(?=[\p{L}]*\p{Script=Latin})(?=[\p{L}]*\p{Script=Cyrillic})\p{L}+/gu;
const OLD_SENTENCE_END = /[.!?…。！？؟।»«"“”‘’)\]:;]\s*$/;

// Latin and Cyrillic letters, Latin and Cyrillic non-letters (Roman numeral Ⅻ, Cyrillic titlo U+0483),
// other letters (Greek, CJK, astral), marks, white space, the sentence marks, surrogates.
const piece = fc.constantFrom(
  "a",
  "Z",
  "é",
  "ª",
  "Ⅻ",
  "д",
  "Я",
  "\u0483",
  "α",
  "中",
  "\u{1d400}",
  "\u0301",
  "1",
  "-",
  " ",
  "\u00a0",
  "\u3000",
  "\n",
  ...'..!?…。！？؟।»«"“”‘’)]:;,'.split(""),
  "\ud800",
  "\udc00",
);
const text = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(""));

describe("the label scans match the regular expressions they replaced", () => {
  it("MIXED_SCRIPT_WORD finds the same words as the pattern without its lookbehind", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(t.match(MIXED_SCRIPT_WORD)).toEqual(t.match(OLD_MIXED_SCRIPT_WORD));
      }),
      { numRuns: 20_000 },
    );
    expect("Аdvеrtіѕе wіth thе most".match(MIXED_SCRIPT_WORD)).toEqual(["Аdvеrtіѕе", "wіth", "thе"]);
    // A Latin non-letter right after a Cyrillic word counts, as it did.
    expect("абвⅫ".match(MIXED_SCRIPT_WORD)).toEqual(["абв"]);
  });

  it("endsLikeSentence reads the last visible character as the regular expression did", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(endsLikeSentence(t)).toBe(OLD_SENTENCE_END.test(t));
      }),
      { numRuns: 20_000 },
    );
    expect(endsLikeSentence("It worked. \u00a0")).toBe(true);
    expect(endsLikeSentence("Read more \u3000")).toBe(false);
  });
});

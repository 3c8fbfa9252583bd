import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AFFILIATE_DISCLOSURE, AFFILIATE_WORDS, MIXED_SCRIPT_WORD } from "../../../src/core/extract/labels";
import {
  countCommas,
  endsLikeSentence,
  foldSpaces,
  TextMeter,
  textWeight,
  trimPipes,
} from "../../../src/core/extract/text";

/** The regular expressions the scans replaced. */
const OLD_MIXED_SCRIPT_WORD = /(?=[\p{L}]*\p{Script=Latin})(?=[\p{L}]*\p{Script=Cyrillic})\p{L}+/gu;
const OLD_SENTENCE_END = /[.!?…。！？؟।»«"“”‘’)\]:;]\s*$/;
const OLD_FOLD = /\s+/g;
const OLD_PIPES = /^(\s*\|\s*)+|(\s*\|\s*)+$/g;

// Latin and Cyrillic letters, Latin and Cyrillic non-letters (Roman numeral Ⅻ, Cyrillic titlo U+0483),
// other letters (Greek, CJK, Hangul, astral), marks, white space of several kinds, the sentence marks,
// commas (Latin, Arabic, CJK), surrogates.
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
  "\t",
  "\u1680",
  "\u2009",
  "\u2028",
  "\ufeff",
  "\u200b",
  "\u060c",
  "\uff0c",
  "\u3001",
  "한",
  "\u1100",
  "\u10ff",
  ...'..!?…。！？؟।»«"“”‘’)]:;,'.split(""),
  "\ud800",
  "\udc00",
);
const text = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(""));

describe("the extractor's text scans match what they replaced", () => {
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

  it("every affiliate disclosure holds what its gate looks for", () => {
    const words = fc
      .array(
        fc.constantFrom(
          "affiliate",
          "Affiliate-",
          " ",
          "LINK",
          "Lin\u212a",
          "links",
          "provision",
          "Commission",
          "products from ",
          "offers from ",
          "one or more of ",
          "our advertisers",
          "our adverti\u017fers",
          "terms apply to the offers",
          "Terms apply to the offers",
          " x ",
          "é",
        ),
        { maxLength: 8 },
      )
      .map((xs) => xs.join(""));
    let matched = 0;
    fc.assert(
      fc.property(words, (t) => {
        if (!AFFILIATE_DISCLOSURE.test(t)) return;
        matched++;
        expect(AFFILIATE_WORDS.test(t)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    expect(matched).toBeGreaterThan(100);
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

  it("foldSpaces folds as the regular expression did, and returns a text with nothing to fold as it is", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(foldSpaces(t)).toBe(t.replace(OLD_FOLD, " "));
      }),
      { numRuns: 20_000 },
    );
  });

  it("trimPipes cuts the same ends as the regular expression did", () => {
    const row = fc
      .array(fc.constantFrom("|", " ", "\n", "\u00a0", "\u3000", "a", "中", " | ", "\ud800"), {
        maxLength: 12,
      })
      .map((xs) => xs.join(""));
    fc.assert(
      fc.property(row, (t) => {
        expect(trimPipes(t)).toBe(t.replace(OLD_PIPES, ""));
      }),
      { numRuns: 20_000 },
    );
    expect(trimPipes("| a | b |")).toBe("a | b");
    expect(trimPipes("  a  ")).toBe("  a  ");
    expect(trimPipes(" | ")).toBe("");
  });

  it("TextMeter measures pieces as their joined, folded and trimmed text", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (pieces) => {
        const m = new TextMeter();
        for (const p of pieces) m.add(p);
        const t = foldSpaces(pieces.join("")).trim();
        expect(m.length).toBe(t.length);
        expect(m.weight()).toBe(textWeight(t));
        if (t.length > 0) expect(m.sentenceLike()).toBe(endsLikeSentence(t) || countCommas(t) > 0);
      }),
      { numRuns: 20_000 },
    );
  });
});

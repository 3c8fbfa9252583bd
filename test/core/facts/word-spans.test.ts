import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextWord, type Word, words } from "../../../src/core/facts/words";

/** The regex `nextWord` stands in for. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;

function spans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let span = nextWord(text, 0); span; span = nextWord(text, span[1])) out.push(span);
  return out;
}
const byRegex = (text: string) =>
  [...text.matchAll(WORD)].map((m): [number, number] => [m.index, m.index + m[0].length]);

// Joiners, dots, marks, surrogates and astral letters next to letters and digits.
const unit = fc.constantFrom(
  "a",
  "B",
  "1",
  " ",
  "-",
  "'",
  "’",
  ".",
  "&",
  "\u0301",
  "é",
  "\ud800",
  "𝐀",
  "😀",
  ",",
);

describe("nextWord", () => {
  it("finds the spans the regex matches", () => {
    for (const text of [fc.string({ unit, maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 })]) {
      fc.assert(
        fc.property(text, (s) => {
          expect(spans(s)).toEqual(byRegex(s));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it("keeps joined parts and a final dot", () => {
    expect(spans("The U.S. and AT&T's well-known O'Brien.")).toEqual([
      [0, 3],
      [4, 8],
      [9, 12],
      [13, 19],
      [20, 30],
      [31, 39],
    ]);
  });
});

/** `words` as written with regexes only (before its scanners): the flags the scanners must reproduce. */
const KEEPS_DOT =
  /^(?:(?:\p{L}\.){2,}|mr\.|mrs\.|ms\.|dr\.|st\.|jr\.|sr\.|gen\.|gov\.|sen\.|rep\.|lt\.|col\.|sgt\.|capt\.|prof\.)$/iu;
const OPENS_CLAUSE = /["“„«‹「『‘(:—–]|--/u;
const ELISION = /^\p{Ll}{1,4}['’](?=\p{Lu})/u;
function wordsByRegex(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  let prevPossessive = false;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    let start = m.index;
    const elided = ELISION.exec(raw);
    if (elided) {
      raw = raw.slice(elided[0].length);
      start += elided[0].length;
    }
    if (raw.endsWith(".") && !KEEPS_DOT.test(raw)) raw = raw.slice(0, -1);
    const possessive = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith("’s"));
    if (possessive) raw = raw.slice(0, -2);
    const gap = start === prevEnd ? "" : text.slice(prevEnd, start);
    const capitalised = /^\p{Lu}/u.test(raw);
    const letters = raw.replace(/[^\p{L}]/gu, "");
    out.push({
      text: raw,
      start,
      end: start + raw.length,
      capitalised,
      acronym: capitalised && raw.length > 1 && letters.length >= 2 && letters === letters.toUpperCase(),
      possessive,
      initial:
        out.length === 0 ||
        (gap.length > 0 && gap !== " " && (OPENS_CLAUSE.test(gap) || (gap === ")" && out.length === 1))),
      joined: out.length > 0 && (gap === " " || gap === "\u00a0") && !prevPossessive,
    });
    prevPossessive = possessive;
    prevEnd = m.index + m[0].length;
  }
  return out;
}

// Elisions, possessives, gaps of one or several spaces, clause openers, capitals beyond ASCII.
const wordUnit = fc.constantFrom(
  "l'",
  "dell’",
  "A",
  "É",
  "Δ",
  "д",
  "𝐀",
  "𝐚",
  "ab",
  "'s",
  "’s",
  ".",
  " ",
  "\u00a0",
  "(",
  ")",
  "«",
  "—",
  "--",
  "U.S.",
  "1",
  "ǅ",
);

/** A word's fields as a plain object (words() stores its flags packed, behind getters). */
const plain = (w: Word): Word => ({
  text: w.text,
  start: w.start,
  end: w.end,
  capitalised: w.capitalised,
  acronym: w.acronym,
  possessive: w.possessive,
  initial: w.initial,
  joined: w.joined,
});

describe("words", () => {
  it("gives the words and flags of the regex version", () => {
    fc.assert(
      fc.property(fc.string({ unit: wordUnit, maxLength: 14 }), (s) => {
        expect(words(s).map(plain)).toEqual(wordsByRegex(s));
      }),
      { numRuns: 5000 },
    );
  });

  it("joins the word after an elided name to it: one space from the whole match, not from the name", () => {
    // "d'Emmanuel Macron" was two names, "Emmanuel" and "Macron", when the gap was counted from the
    // name's start plus the match's length (two characters past the space).
    for (const text of ["la confiance d'Emmanuel Macron", "le conseiller d’Emmanuel Macron"]) {
      const ws = words(text);
      expect(ws.slice(2).map((w) => w.text)).toEqual(["Emmanuel", "Macron"]);
      expect(ws[2].joined).toBe(false);
      expect(ws[3].joined).toBe(true);
    }
  });

  it("tells acronyms as the regex version does, in any script and case (ß, ǅ, Σ, caseless CJK)", () => {
    const letter = fc.constantFrom(
      "A",
      "Д",
      "д",
      "ß",
      "ẞ",
      "ǅ",
      "Ǆ",
      "Σ",
      "ς",
      "ſ",
      "ı",
      "İ",
      "中",
      "ﬀ",
      "𝐀",
      "𐐀",
      "𐐨",
      ".",
      "-",
      "1",
    );
    for (const text of [
      fc.string({ unit: letter, maxLength: 8 }),
      fc.string({ unit: "binary", maxLength: 12 }),
    ]) {
      fc.assert(
        fc.property(text, (s) => {
          expect(words(s).map(plain)).toEqual(wordsByRegex(s));
        }),
        { numRuns: 5000 },
      );
    }
  });
});

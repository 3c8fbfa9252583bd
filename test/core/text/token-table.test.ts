import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stemmerFor } from "../../../src/core/text/stem";
import { stopwordsFor } from "../../../src/core/text/stopwords";
import { termsOf } from "../../../src/core/text/terms";
import { sliceHash, TokenTable } from "../../../src/core/text/token-table";
import { wordTokens } from "../../../src/core/text/tokens";

/** termsOf as it was: every token cut out, then the stopword, length and stem rules. */
function termsByTokens(text: string, lang: string): string[] {
  const stopwords = stopwordsFor(lang);
  const stem = stemmerFor(lang);
  return wordTokens(text, lang)
    .filter((t) => !stopwords.has(t) && t.length >= 2)
    .map((t) => stem(t));
}

// Stopwords, inflected words, capitals (İ, Σ, K), marks, surrogates, digits, apostrophes.
const piece = fc.constantFrom(
  "the",
  "The",
  "said",
  "Saying",
  "l'homme",
  "İSTANBUL",
  "ΣΟΦΟΣ",
  "\u212a",
  "nai\u0308ve",
  "\ud800",
  "\ud801\udc00",
  "2019",
  "a",
  " ",
  ", ",
  "-",
  "’",
  "мая",
);
const sentence = fc.array(piece, { maxLength: 20 }).map((ps) => ps.join(""));

describe("TokenTable", () => {
  it("gives each slice the value computed for it, through growth and emptying", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 6 }), { maxLength: 300 }), (keys) => {
        // A small cap makes the table empty itself within the run.
        const table = new TokenTable<string>(100);
        let computed = 0;
        for (const key of keys) {
          const text = `<${key}>`;
          const value = table.get(text, 1, text.length - 1, (token) => {
            computed++;
            return `v:${token}`;
          });
          expect(value).toBe(`v:${key}`);
        }
        expect(computed).toBeLessThanOrEqual(keys.length);
        expect(table.size).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it("tells apart slices whose hashes collide", () => {
    // Keys are compared unit by unit: find two strings with the same 32-bit hash (a birthday search).
    const seen = new Map<number, string>();
    let pair: [string, string] | null = null;
    let x = 1;
    const unit = () => {
      // xorshift32: varied code units, so hashes spread over all 32 bits.
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xffff;
    };
    while (!pair) {
      const s = String.fromCharCode(unit(), unit(), unit());
      const h = sliceHash(s, 0, 3);
      const earlier = seen.get(h);
      if (earlier !== undefined) pair = [earlier, s];
      else seen.set(h, s);
    }
    const [a, b] = pair;
    const table = new TokenTable<string>(10);
    expect(table.get(a, 0, 3, () => "a")).toBe("a");
    expect(table.get(b, 0, 3, () => "b")).toBe("b");
    expect(table.get(a, 0, 3, () => "again")).toBe("a");
  });
});

describe("termsOf", () => {
  it("equals cutting every token out and applying the rules (en, tr, ru, fr)", () => {
    for (const lang of ["en", "tr", "ru", "fr"])
      fc.assert(
        fc.property(sentence, (text) => {
          // Twice: the second call answers from the table.
          expect(termsOf(text, lang)).toEqual(termsByTokens(text, lang));
          expect(termsOf(text, lang)).toEqual(termsByTokens(text, lang));
        }),
        { numRuns: 500 },
      );
  });
});

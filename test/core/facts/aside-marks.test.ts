import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ASIDES, PLAIN_ASIDES } from "../../../src/core/facts/trim";
import { matchesOf } from "../../../src/core/text/matches";

// Pieces that make every aside pattern match somewhere, marks included.
const piece = fc.constantFrom(
  " ",
  "  ",
  ",",
  ", ",
  "(",
  ")",
  "[",
  "]",
  "—",
  "–",
  "-",
  "--",
  ".",
  "Tyke",
  "Norman Lee",
  "the",
  "an",
  "a",
  "which",
  "who",
  "including",
  "such as",
  "elephant",
  "escaped",
  "said",
  "is",
  "and",
  "3",
);
/** Sentences in which each aside pattern finds its aside. */
const EXAMPLES = [
  "Tyke, an African elephant, escaped from the circus.",
  "He said (quietly) that [sic] it — really — was over.",
  "The mayor, who took office in May, resigned.",
  "They sold fruit, including apples and pears.",
  "They met the mayor, who resigned.",
  "It was -- as he said -- over.",
];
const sentence = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((ps) => ps.join("")),
  fc.constantFrom(...EXAMPLES),
);

describe("aside patterns and the marks they need", () => {
  it("never match a sentence that holds none of their marks", () => {
    for (const [re, marks] of [...PLAIN_ASIDES, ...ASIDES]) {
      fc.assert(
        fc.property(sentence, (s) => {
          let stripped = s;
          for (const mark of marks) stripped = stripped.split(mark).join(" ");
          expect(matchesOf(re, stripped)).toEqual([]);
        }),
        { numRuns: 1500 },
      );
    }
  });

  it("each find their aside in an example sentence that holds the marks", () => {
    for (const [re, marks] of [...PLAIN_ASIDES, ...ASIDES]) {
      const hits = EXAMPLES.filter((s) => matchesOf(re, s).length > 0);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((s) => marks.some((m) => s.includes(m)))).toBe(true);
    }
  });
});

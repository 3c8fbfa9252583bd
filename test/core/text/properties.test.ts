import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarize } from "../../../src/core/summarize/index";
import { analyseText } from "../../../src/core/text/analyse";
import { splitSentences } from "../../../src/core/text/sentences";
import type { Block } from "../../../src/core/types";

// Text made of the pieces that make splitting hard: abbreviations, quotes, CJK marks, line breaks.
const piece = fc.constantFrom(
  "Dr.",
  "U.S.",
  "p.m.",
  "Jan.",
  "3.5",
  "He",
  "said",
  "the",
  "plan",
  "failed",
  '"',
  "“",
  "”",
  "(",
  ")",
  ".",
  "!",
  "?",
  "…",
  "...",
  " ",
  " ",
  " ",
  "\n",
  "北京",
  "。",
  "「",
  "」",
  "z. B.",
  "28.",
  "Él",
  "¿",
  "1.",
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));
const langs = fc.constantFrom("en", "de", "fr", "es", "zh", "ja", "ru", "und");

describe("properties", () => {
  it("splitSentences: spans are ordered, disjoint, trimmed, non-empty slices", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), langs, (t, lang) => {
        let last = 0;
        for (const { start, end } of splitSentences(t, lang)) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(t.length);
          const s = t.slice(start, end);
          expect(s).toBe(s.trim());
          last = end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("analyseText + summarize never throw and return exact slices in reading order", () => {
    const blocks = fc.array(
      fc.record({ kind: fc.constantFrom("paragraph", "heading", "listItem", "tableRow"), text }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(
        blocks,
        fc.option(text),
        fc.option(langs),
        fc.record({
          sentences: fc.option(fc.integer({ min: -2, max: 8 }), { nil: undefined }),
          ratio: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
          maxChars: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
        }),
        (bs, title, lang, options) => {
          const doc = analyseText(bs as Block[], title, lang);
          const summary = summarize(doc, options);
          let last = -1;
          for (const s of summary) {
            expect(doc.text.slice(s.start, s.end)).toBe(s.text);
            expect(s.start).toBeGreaterThan(last);
            last = s.start;
          }
          if (options.maxChars && summary.length > 0) {
            expect(summary.map((s) => s.text).join(" ").length).toBeLessThanOrEqual(options.maxChars);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

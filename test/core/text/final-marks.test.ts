import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isQuestion } from "../../../src/core/summarize/features";
import { endsWithMark, isSpaceUnit, type TrailingSpace } from "../../../src/core/text/final-marks";
import { announcesWhatFollows } from "../../../src/core/text/non-prose";

/** The regular expressions the callers used, with the arguments they now pass. */
const CASES: Array<[string, RegExp, string, string, TrailingSpace]> = [
  ["a fact's full stop", /[.!?…。！？｡؟]["'”’»)\]」』）]*\s*$/u, ".!?…。！？｡؟", `"'”’»)]」』）`, "after"],
  ["a fact's question", /\?["'”’»)]*\s*$/u, "?", `"'”’»)`, "after"],
  ["a headline's missing stop", /[.!?…]["'”’»)\]]*\s*$/u, ".!?…", `"'”’»)]`, "after"],
  ["a label's missing stop", /[.!?…。！？؟।][\s"'”’»)\]」』]*$/u, ".!?…。！？؟।", `"'”’»)]」』`, "among"],
  ["a summary sentence's question", /[?？؟]["”’»」』)]*$/u, "?？؟", `"”’»」』)`, "none"],
  ["a closing colon", /[:：]\s*$/u, ":：", "", "after"],
];

// Every mark and closer of the cases, white space of several kinds, letters, surrogates (lone, paired).
const piece = fc.constantFrom(
  ..."._!?…。！？｡؟।:：\"'”’»)]」』）".split(""),
  " ",
  "\t",
  "\n",
  "\u00a0",
  "\u2028",
  "\u3000",
  "\ufeff",
  "\u200b",
  "a",
  "Я",
  "\ud800",
  "\udc00",
  "\ud83d\ude00",
);
const text = fc.array(piece, { maxLength: 8 }).map((ps) => ps.join(""));

describe("endsWithMark", () => {
  it("isSpaceUnit is \\s for every code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isSpaceUnit(c) !== /\s/u.test(String.fromCharCode(c))) throw new Error(`U+${c.toString(16)}`);
    }
  });

  for (const [name, re, marks, closers, space] of CASES) {
    it(`answers as the regex for ${name}`, () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(endsWithMark(t, marks, closers, space)).toBe(re.test(t));
        }),
        { numRuns: 3000 },
      );
    });
  }

  it("the exported callers pass their regexes' marks", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(isQuestion(t)).toBe(/[?？؟]["”’»」』)]*$/u.test(t));
        expect(announcesWhatFollows(t)).toBe(/[:：]\s*$/u.test(t));
      }),
      { numRuns: 3000 },
    );
  });
});

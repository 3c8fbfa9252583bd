import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MONTH_AFTER_PREPOSITION,
  monthsAfterPrepositions,
  PERIOD_PHRASE,
  PERIOD_RULE,
} from "../../../src/core/facts/dates";
import { matchesOf } from "../../../src/core/text/matches";

// Prepositions, early/late/mid, months and other words in any case, characters that fold to Latin
// letters under `iu` (ſ, K), hyphens, spaces, digits, a surrogate pair.
const piece = fc.constantFrom(
  "in",
  "In",
  "since",
  "im",
  "jusqu’en",
  "early",
  "mid",
  "-",
  " ",
  "\u00a0",
  "March",
  "may",
  "MAY",
  "Mai",
  "ſeptember",
  "\u212a",
  "last",
  "next",
  "this",
  "week",
  "an",
  "Year",
  "earlier",
  "x",
  "9",
  "\ud83d\ude00",
);
const sentence = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(""));
const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1]]);

describe("date rules", () => {
  it("monthsAfterPrepositions finds what the one-pattern rule matches", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        expect(spans(monthsAfterPrepositions(s))).toEqual(spans(matchesOf(MONTH_AFTER_PREPOSITION, s)));
      }),
      { numRuns: 5000 },
    );
  });

  it("the period rule matches only where PERIOD_PHRASE occurs", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        if (matchesOf(PERIOD_RULE, s).length > 0) expect(PERIOD_PHRASE.test(s)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

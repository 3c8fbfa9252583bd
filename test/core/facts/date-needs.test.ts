import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type DateWordNeed, dateWordNeeds, needsMet } from "../../../src/core/facts/dates";

/** needsMet as it was: a new Set for every sentence. */
function needsBefore(sentence: string, wordNeeds?: ReadonlySet<DateWordNeed>): Set<string> {
  const has = new Set<string>(wordNeeds);
  if (/\d/u.test(sentence)) has.add("digit");
  if (/1[89]\d\d|20\d\d/.test(sentence)) has.add("year");
  if (!wordNeeds) {
    for (const word of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const needs = dateWordNeeds(word);
      if (needs) for (const need of needs) has.add(need);
    }
  }
  return has;
}

// Years, other numbers, digits of other scripts (not \d), date words, plain words.
const piece = fc.constantFrom(
  "2019",
  "1850",
  "17",
  "1",
  "9",
  "٢٠١٩",
  "२०१९",
  "March",
  "Monday",
  "yesterday",
  "week",
  "said",
  " ",
  ", ",
);
const sentence = fc.array(piece, { maxLength: 10 }).map((ps) => ps.join(""));
const needs = fc.option(fc.subarray<DateWordNeed>(["month", "weekday", "period", "relative"]), {
  nil: undefined,
});

describe("needsMet", () => {
  it("holds what it held when it copied a Set per sentence", () => {
    fc.assert(
      fc.property(sentence, needs, (s, n) => {
        const wordNeeds = n && new Set(n);
        expect(new Set(needsMet(s, wordNeeds))).toEqual(needsBefore(s, wordNeeds));
      }),
      { numRuns: 2000 },
    );
  });
});

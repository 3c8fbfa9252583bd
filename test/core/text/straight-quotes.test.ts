/** A sentence that closes a straight quotation it never opened is told by its first mark. */
import { describe, expect, it } from "vitest";
import { closesUnopenedStraightQuote } from "../../../src/core/text/straight-quotes";

describe("closesUnopenedStraightQuote", () => {
  it("finds a first mark that closes", () => {
    for (const s of [
      'How mentally tough she really is."',
      'If co-pilot was determined to crash, why would he set it so slow?"',
      "We're ecstatic to give them the next chapter,\" Fox executives said in a statement.",
    ])
      expect(closesUnopenedStraightQuote(s), s).toBe(true);
  });
  it("leaves opening marks, balanced quotations and inch marks alone", () => {
    for (const s of [
      '"We had no choice," the mayor said.',
      '(CNN)"This is going to be a test for Serena Williams.',
      'He called the plan "a disgrace" on Tuesday.',
      'Specs include a 34" curved display.',
      "No quotation at all.",
    ])
      expect(closesUnopenedStraightQuote(s), s).toBe(false);
  });
});

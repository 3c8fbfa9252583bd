/** A sentence that closes a quotation it never opened is told by its curly marks alone. */
import { describe, expect, it } from "vitest";
import { closesUnopenedQuote } from "../../../src/core/text/curly-quotes";

describe("closesUnopenedQuote", () => {
  it("finds a closing mark before any opening one", () => {
    expect(closesUnopenedQuote("I don’t have any set ideas.”")).toBe(true);
    expect(closesUnopenedQuote("Seeing it was a shot in the heart,” the doctor said, “how sad.”")).toBe(true);
  });
  it("leaves balanced, opening-only, straight-quoted and German sentences alone", () => {
    for (const s of [
      "“We had no choice,” the mayor said.",
      "“We had no choice.",
      'He said "we had no choice" on Tuesday.',
      "„Wir lassen niemanden allein“, sagte Scholz.",
      "No quotation at all.",
    ])
      expect(closesUnopenedQuote(s), s).toBe(false);
  });
});

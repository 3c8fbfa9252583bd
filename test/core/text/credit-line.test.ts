/** A credit, a disclaimer or a letters address is the article's apparatus, not its story. */
import { describe, expect, it } from "vitest";
import { isCreditLine } from "../../../src/core/text/credit-line";

describe("isCreditLine", () => {
  it("finds credits, disclaimers and addresses for letters", () => {
    for (const s of [
      "CNN's Ariane de Vogue contributed to this report.",
      "CNN's Susannah Cullinane contributed to this report from London.",
      "Reporting by Jane Doe; Editing by John Smith.",
      "Photos by cmgirl, Macrovector, J E Theriot, davidd, 401 2012.",
      "Disclaimer: The views and investment tips expressed by experts are their own.",
      "Contact Dear Abby at www.DearAbby.com or P.O. Box 69440, Los Angeles, CA 90069.",
      "Correction, Nov. 15, 2019: This article originally misidentified the first publisher of the novel.",
      "Correction added Nov. 18, 2019: The caption below the photograph made an unconfirmed statement.",
    ])
      expect(isCreditLine(s), s).toBe(true);
  });
  it("leaves the story's own sentences alone", () => {
    for (const s of [
      "Two officers contributed to the arrest of the suspect on Friday.",
      "The report was written by the agency's staff in 2019.",
      "Police asked anyone with information to contact detectives at the station.",
      "Photographs of the crash spread quickly on social media.",
      "Correction officers said the inmate escaped on Friday: he was found a day later.",
    ])
      expect(isCreditLine(s), s).toBe(false);
  });
});

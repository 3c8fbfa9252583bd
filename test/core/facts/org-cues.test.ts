/** English organisations (firms, media, teams) told from people and places by the words around them. */
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/core/facts/entities/index";
import { words } from "../../../src/core/facts/words";

function typeOf(sentences: string[], name: string): string | undefined {
  return findEntities(sentences, sentences.map(words), "en", null).list.find((e) => e.text === name)?.type;
}

describe("organisation cues", () => {
  it("a one-word speaker that 'its' marks as a firm is no person ('Apple says … Apple has unveiled its')", () => {
    const sentences = [
      "Apple says the new fans are quieter, and Apple tells us the keys can be replaced.",
      "Apple said the battery lasts longer.",
      "Months later, Apple has unveiled its new laptop.",
    ];
    expect(typeOf(sentences, "Apple")).toBe("organization");
    // A surname the article gives alone, with a speech verb only, stays a person.
    const coach = ["The team played well, Vogel said.", "It was a good night, Vogel added."];
    expect(typeOf(coach, "Vogel")).toBe("person");
  });

  it("a noun saying what body the name is, right before it, marks an organisation ('the journal Nature Astronomy')", () => {
    const sentences = [
      "The results were published in the journal Nature Astronomy on Monday.",
      "Her former label Big Machine denied the claims, and the group Doctors for Camp Closure wrote back.",
      "The soft-spoken but firm Tegnell laughed, and Anders Tegnell said little.",
    ];
    expect(typeOf(sentences, "Nature Astronomy")).toBe("organization");
    expect(typeOf(sentences, "Big Machine")).toBe("organization");
    expect(typeOf(sentences, "Doctors for Camp Closure")).toBe("organization");
    // "firm" is as often an adjective: the surname still joins the person's full name.
    expect(typeOf(sentences, "Anders Tegnell")).toBe("person");
    expect(typeOf(sentences, "Tegnell")).toBeUndefined();
  });
});

/** English organisations (firms, media, teams) told from people and places by the words around them. */
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/core/facts/entities/index";
import { words } from "../../../src/core/facts/words";

/** The type of each of `names` in the article (undefined: not listed). */
function typesOf(sentences: string[], names: string[]): Array<string | undefined> {
  const list = findEntities(sentences, sentences.map(words), "en", null).list;
  return names.map((name) => list.find((e) => e.text === name)?.type);
}

describe("organisation cues", () => {
  it("a one-word speaker that 'its' marks as a firm is no person ('Apple says … Apple has unveiled its')", () => {
    const sentences = [
      "Apple says the new fans are quieter, and Apple tells us the keys can be replaced.",
      "Apple said the battery lasts longer.",
      "Months later, Apple has unveiled its new laptop.",
    ];
    expect(typesOf(sentences, ["Apple"])).toEqual(["organization"]);
    // A surname the article gives alone, with a speech verb only, stays a person.
    const coach = ["The team played well, Vogel said.", "It was a good night, Vogel added."];
    expect(typesOf(coach, ["Vogel"])).toEqual(["person"]);
  });

  it("a noun saying what body the name is, right before it, marks an organisation ('the journal Nature Astronomy')", () => {
    const sentences = [
      "The results were published in the journal Nature Astronomy on Monday.",
      "Her former label Big Machine denied the claims, and the group Doctors for Camp Closure wrote back.",
      "The soft-spoken but firm Tegnell laughed, and Anders Tegnell said little.",
    ];
    expect(typesOf(sentences, ["Nature Astronomy", "Big Machine", "Doctors for Camp Closure"])).toEqual([
      "organization",
      "organization",
      "organization",
    ]);
    const apposed = [
      "Its parent organization, Evidence Action, leads two of our top charities.",
      "We asked the company, Mary Ellis said later.",
    ];
    // In apposition too, closed by a comma; not a speaker after a clause ("the company, Mary Ellis said").
    expect(typesOf(apposed, ["Evidence Action", "Mary Ellis"])).toEqual(["organization", "person"]);
    // "firm" is as often an adjective: the surname still joins the person's full name.
    expect(typesOf(sentences, ["Anders Tegnell", "Tegnell"])).toEqual(["person", undefined]);
  });

  it("a name written after 'the' is no person by default ('the Platinum Performance', 'the Louvre has')", () => {
    const sentences = [
      "Riders competed in the Platinum Performance. Fans came to see the Platinum Performance.",
      "For a year, the Louvre has fought for the painting, and the Louvre said it would pay.",
      "They were blindsided by the Mary Steenburgen of it all, and Mary Steenburgen said so.",
      "Mary Steenburgen said she liked it. Mary Steenburgen told them why.",
    ];
    // Once among several mentions, with speech verbs, the person stays.
    expect(typesOf(sentences, ["Platinum Performance", "Louvre", "Mary Steenburgen"])).toEqual([
      "other",
      "other",
      "person",
    ]);
  });

  it("a newspaper's or a clinic's head ends an organisation's name ('San Francisco Chronicle', 'Mayo Clinic')", () => {
    const sentences = [
      "The San Francisco Chronicle says police are looking into it.",
      "He was treated at Aberdeen Royal Infirmary, and guidance from Mayo Clinic differs.",
    ];
    expect(
      typesOf(sentences, ["San Francisco Chronicle", "Aberdeen Royal Infirmary", "Mayo Clinic"]),
    ).toEqual(["organization", "organization", "organization"]);
  });

  it("a one-word short form of an organisation's name is one ('Lakers' of 'Los Angeles Lakers', 'Carlyle' of 'The Carlyle Group')", () => {
    const sentences = [
      "It was another night for the surging Los Angeles Lakers.",
      "Anthony Davis scored 34 points for the Lakers.",
      "The deal was backed by The Carlyle Group.",
      "The fund Carlyle already held a stake, and Carlyle said nothing.",
      "Carl Peters founded the German East Africa Company.",
      "He hired many German traders.",
    ];
    // Not a people's name before a firm's head ("German" of "German East Africa Company").
    expect(typesOf(sentences, ["Lakers", "Carlyle", "German"])).toEqual([
      "organization",
      "organization",
      "other",
    ]);
    const label = [
      "Swift left her label, Big Machine Records, last year.",
      "She accused Big Machine of blocking the show.",
    ];
    expect(typesOf(label, ["Big Machine"])).toEqual(["organization"]);
  });

  it("a one-word source no full name owns is an organisation ('told Ruptly', 'according to Variety')", () => {
    const sentences = [
      "A doctor at the scene told Ruptly that he could not save the man.",
      "The deal was done, according to Variety, and Gizmodo reported the same.",
      "Anna Stone led the study, according to Stone.",
    ];
    // A surname the article gives in full stays the person's.
    expect(typesOf(sentences, ["Ruptly", "Variety", "Gizmodo", "Anna Stone"])).toEqual([
      "organization",
      "organization",
      "organization",
      "person",
    ]);
  });

  it("a name before what only a platform has ('Instagram accounts', 'her Twitter feed') is an organisation", () => {
    const sentences = [
      "Many people keep Instagram accounts for their work.",
      "She wrote on her Twitter feed that she was leaving.",
      "Beauty Boss profiles the brains behind the brands.",
    ];
    expect(typesOf(sentences, ["Instagram", "Twitter", "Beauty Boss"])).toEqual([
      "organization",
      "organization",
      "person",
    ]);
  });

  it("a major news agency or social network is an organisation with no cue around it ('told Reuters')", () => {
    const sentences = [
      "One user on Weibo, which is China's version of Twitter, posted a photo.",
      "An Alibaba spokesperson declined to comment on the pricing to Reuters.",
    ];
    expect(typesOf(sentences, ["Weibo", "Twitter", "Reuters"])).toEqual([
      "organization",
      "organization",
      "organization",
    ]);
  });

  it("a football club's last word after its town ('Manchester United', 'Blackburn Rovers') makes it a club", () => {
    const sentences = [
      "He had been out of work since being sacked by Manchester United in December.",
      "He once managed at Blackburn Rovers too.",
    ];
    expect(typesOf(sentences, ["Manchester United", "Blackburn Rovers"])).toEqual([
      "organization",
      "organization",
    ]);
  });

  it("a one-word name a plural verb agrees with is a group's ('the Thunder, who have lost'), and so is its full name", () => {
    const sentences = [
      "That is why Spurs have won just five matches.",
      "He scored 20 points for the Thunder, who have lost four of five.",
      "Sustaining life off Earth are hard tasks, and Austrians are proud of it.",
    ];
    // Not a preposition's object ("off Earth are"), nor a people ("Austrians are").
    expect(
      typesOf(
        [...sentences, "The Lakers beat the Oklahoma City Thunder on Tuesday."],
        ["Oklahoma City Thunder"],
      ),
    ).toEqual(["organization"]);
    expect(typesOf(sentences, ["Spurs", "Thunder", "Earth", "Austrians"])).toEqual([
      "organization",
      "organization",
      "other",
      "other",
    ]);
  });
});

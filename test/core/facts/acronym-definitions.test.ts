/** Names defined by their acronym in brackets: where the name ends, what the acronym counts for, its type. */
import { describe, expect, it } from "vitest";
import { spelledFrom } from "../../../src/core/facts/entities/acronym-definitions";
import { findEntities } from "../../../src/core/facts/entities/index";
import { words } from "../../../src/core/facts/words";

/** "text/type/mentions" of every entity of the article. */
function entities(sentences: string[], lang = "en"): string[] {
  return findEntities(sentences, sentences.map(words), lang, null).list.map(
    (e) => `${e.text}/${e.type}/${e.mentions}`,
  );
}

describe("acronym definitions", () => {
  it("joins a name its acronym spells across 'and', and counts the acronym's mentions for it", () => {
    const sentences = [
      "U.S. Customs and Border Protection (CBP) found 475 pounds of cocaine on Sunday.",
      "Customs and Border Protection announced the find on Tuesday.",
      "CBP said the value is $4.3 million.",
    ];
    // Before: "U.S. Customs" and "Border Protection", two persons; "CBP" apart (the sentence's first
    // word, unconfirmed). The bracket itself is no second mention.
    expect(entities(sentences)).toEqual(["U.S. Customs and Border Protection/organization/3"]);
  });

  it("keeps what the letters do not spell out of the name, unless it is an institution's head", () => {
    const sentences = [
      "Agents of Air and Marine Operations (AMO) seized the boat.",
      "Officials at the Department of Health and Human Services (HHS) agreed.",
    ];
    expect(entities(sentences)).toEqual([
      "Air and Marine Operations/organization/1",
      "Department of Health and Human Services/organization/1",
    ]);
  });

  it("does not join two names when the letters begin after 'and'", () => {
    const sentences = ["Attacks by Hamas and the Islamic Revolutionary Guard Corps (IRGC) were condemned."];
    const names = entities(sentences).map((e) => e.split("/")[0]);
    expect(names).toContain("Islamic Revolutionary Guard Corps");
    expect(names).not.toContain("Hamas and the Islamic Revolutionary Guard Corps");
  });

  it("types a plural's expansion as a kind of thing, and leaves a person's initials alone", () => {
    expect(entities(["Hospitals opened more Intensive Care Units (ICUs) this week."])).toEqual([
      "Intensive Care Units/other/1",
    ]);
    const stallman = entities([
      "The project was founded by Richard M. Stallman (RMS) in 1983.",
      "He was asked about the idea, and RMS said he would not change it.",
    ]);
    expect(stallman.some((e) => e.startsWith("Richard M. Stallman/organization"))).toBe(false);
  });

  it("reads the letters of connectors and of dotted or hyphenated words, and lets one word go unspelled", () => {
    const ws = (text: string) => text.split(" ");
    expect(spelledFrom("EDF", ws("Électricité de France"))).toBe(0);
    expect(spelledFrom("FBI", ws("Federal Bureau of Investigation"))).toBe(0);
    expect(spelledFrom("CDC", ws("Centers for Disease Control and Prevention"))).toBe(0);
    expect(spelledFrom("USAID", ws("U.S. Agency for International Development"))).toBe(0);
    expect(spelledFrom("HHS", ws("Department of Health and Human Services"))).toBe(2);
    expect(spelledFrom("AMO", ws("Agents of Air and Marine Operations"))).toBe(2);
    // A ticker is no definition: "Apple" spells no "AAPL".
    expect(spelledFrom("AAPL", ws("Apple"))).toBe(-1);
    expect(spelledFrom("NATO", ws("North Atlantic Council"))).toBe(-1);
  });

  it("works in other languages ('Prawo i Sprawiedliwość (PiS)', 'Jurisdicción Especial para la Paz (JEP)')", () => {
    expect(
      entities(["Wybory wygrało Prawo i Sprawiedliwość (PiS), a PiS ogłosiło zwycięstwo."], "pl"),
    ).toEqual(["Prawo i Sprawiedliwość/organization/2"]);
    expect(
      entities(
        ["El caso llegó a la Jurisdicción Especial para la Paz (JEP) en marzo.", "La JEP decidió."],
        "es",
      ),
    ).toEqual(["Jurisdicción Especial para la Paz/organization/2"]);
  });
});

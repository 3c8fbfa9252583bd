/** A line of the story's details (source, date, byline) weighs as prose but is not the article's. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/core/extract/index";
import { isDetailsLine } from "../../../src/core/extract/labels";

describe("isDetailsLine", () => {
  it.each([
    "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup)",
    "By Jane Doe | Reuters | 18 November 2019, 14:02",
    "Von Anna Amsel · 23. Juli 2017 · 3 Minuten Lesezeit",
  ])("%s is a details line", (line) => {
    expect(isDetailsLine(line)).toBe(true);
  });

  it.each([
    // A standfirst that names a speaker and a date is the article's own ("speech by … at …").
    "Bern, 17.08.2007 - Rede von Moritz Leuenberger beim SP-Städtegipfel, Basel, 18. August 2007",
    // Prose ends with a stop.
    "Le Monde | Le 04.05.2015, les députés | Par un vote large, ont adopté le projet de loi.",
    // No date.
    "Le Monde | Politique | Par Martin Untersinger",
  ])("%s is not", (line) => {
    expect(isDetailsLine(line)).toBe(false);
  });
});

describe("a details line above the article", () => {
  it("does not open the article's text", () => {
    const prose =
      "Les députés ont adopté le projet de loi sur le renseignement lors d'un vote solennel mardi. ";
    const html = `<html><body><article><h1>Le projet de loi adopté</h1><p>Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)</p><p>${prose.repeat(4)}</p><p>${prose.repeat(3)}</p></article></body></html>`;
    const a = extractArticle(html);
    expect(a.blocks).toHaveLength(2);
    expect(a.blocks[0].text).toMatch(/^Les députés/);
  });
});

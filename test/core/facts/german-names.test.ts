/**
 * German name boundaries (every noun is capitalised there): what glues onto a name or passes for one.
 * Each case is one rule of noun-languages.ts, entity-runs.ts or entities.ts.
 */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/index";
import { analyseText } from "../../../src/core/text/analyse";

const OPTIONS = { facts: 4, publishedAt: "2024-04-19T10:00:00Z", title: null };

function entities(paragraphs: string[]) {
  const blocks = paragraphs.map((t) => ({ kind: "paragraph" as const, text: t }));
  return extractFacts(analyseText(blocks, null, "de"), [], OPTIONS).entities;
}

function names(paragraphs: string[]): string[] {
  return entities(paragraphs).map((e) => e.text);
}

describe("German names", () => {
  it("a noun after a possessive ('ihrem Ehemann') is a role before the name, not part of it", () => {
    const found = names([
      "Die Sängerin feierte mit ihrem Ehemann Simon Konecki in Warschau. Später sprach Simon Konecki mit Reportern.",
      "Auch seine Kernwerte Eigenverantwortung und Freiheit nannte er.",
    ]);
    expect(found).toContain("Simon Konecki");
    expect(found.filter((n) => /Ehemann|Kernwerte/u.test(n))).toEqual([]);
  });

  it("a preposition or adverb opening a sentence ('Laut Gesetz', 'Unterm Strich') starts no name", () => {
    const found = names([
      "Laut Gesetz soll die Akte alle Befunde enthalten. Gestern Abend wurde sie vorgestellt.",
      "Unterm Strich lässt sich die Entscheidung erklären, sagte Anna Berger.",
    ]);
    expect(found).toContain("Anna Berger");
    expect(found.filter((n) => /Laut|Gesetz|Gestern|Abend|Unterm|Strich/u.test(n))).toEqual([]);
  });

  it("an '-er' agent noun before a full name ('dem Künstler Jacob Collier') is a role; a place's adjective is not", () => {
    const found = names([
      "Die Marke arbeitete mit dem Künstler Jacob Collier und dem Künstler Salehe Bembury zusammen.",
      "Im Kölner Dom sang der Kölner Chor Maria Stella. Die Stadt Köln feierte.",
    ]);
    expect(found).toEqual(expect.arrayContaining(["Jacob Collier", "Salehe Bembury"]));
    expect(found.filter((n) => n.startsWith("Künstler"))).toEqual([]);
    expect(found).not.toContain("Chor Maria Stella");
  });

  it("two compounds sharing a part ('Zwischen-und Endprodukte') are no name", () => {
    const found = names([
      "Unternehmen beziehen Rohstoffe, Zwischen-und Endprodukte aus der Welt, sagte Anna Berger.",
      "Auf Kakao-oder Palmölplantagen arbeiten Kinder.",
    ]);
    expect(found).toContain("Anna Berger");
    expect(found.filter((n) => /-(?:und|oder)/u.test(n))).toEqual([]);
  });

  it("an opening comparative or participle ('Genauere Informationen', 'Entsprechende Rückmeldungen') starts no name", () => {
    const found = names([
      "Genauere Informationen finden Sie unten. Entsprechende Rückmeldungen kamen aus dem Verein.",
      "Vorsitzende Evelyn Martin widersprach.",
    ]);
    expect(found).toContain("Evelyn Martin");
    expect(
      found.filter((n) => /Genauere|Informationen|Entsprechende|Rückmeldungen|Vorsitzende/u.test(n)),
    ).toEqual([]);
  });

  it("an institution's compound before its place ('Arbeiterkammer Steiermark') names an organisation", () => {
    const found = entities([
      "Er arbeitet im Arbeitskreis der Arbeiterkammer Steiermark mit. Die Thoraxklinik Heidelberg ist angeschlossen.",
    ]);
    for (const name of ["Arbeiterkammer Steiermark", "Thoraxklinik Heidelberg"])
      expect(found.find((e) => e.text === name)?.type).toBe("organization");
  });

  it("a church, a fire brigade or a city parliament ends an organisation's name", () => {
    const found = entities([
      "Er arbeitet im Auftrag der Evangelischen Landeskirche in Württemberg.",
      "Für die Berliner Feuerwehr sprach Anna Berger vor der Hamburgischen Bürgerschaft.",
    ]);
    for (const name of ["Evangelischen Landeskirche", "Berliner Feuerwehr", "Hamburgischen Bürgerschaft"])
      expect(found.find((e) => e.text === name)?.type).toBe("organization");
  });

  it("nouns after a number written as a word ('fünf Grad Celsius') are its unit", () => {
    const found = names([
      "Die Temperatur liegt um rund fünf Grad Celsius unter dem Mittel, sagte Anna Berger.",
      "Das Programm läuft in den fünf Ländern Mauretanien, Mali und Niger. Es gibt vier Kilometern Stollen.",
    ]);
    expect(found).toContain("Anna Berger");
    expect(found.filter((n) => /Grad|Ländern|Kilometern/u.test(n))).toEqual([]);
  });

  it("an amount noun ('jede Menge Idealismus') counts what follows, it names nothing", () => {
    const found = names(["Dazu gehört jede Menge Idealismus und eine Anzahl Verträge, sagte Anna Berger."]);
    expect(found).toContain("Anna Berger");
    expect(found.filter((n) => /Menge|Anzahl/u.test(n))).toEqual([]);
  });

  it("an articled adjective and its noun before a full name ('der Ständige Vertreter Karsten Göwecke') are a role", () => {
    const found = names([
      "Es sprachen Anna Berger, der Ständige Vertreter Karsten Göwecke und der Europäische Gerichtshof Luxemburg.",
    ]);
    expect(found).toContain("Karsten Göwecke");
    expect(found.filter((n) => n.includes("Vertreter"))).toEqual([]);
  });

  it("a name holding a word in capitals ('HSV Hamburg', 'VHS Hietzing') is a body's, not a person's", () => {
    const found = entities([
      "Er spielte für den HSV Hamburg und für Balingen. Die Lesung ist in der VHS Hietzing.",
      "Später spielte er wieder für den HSV Hamburg. Papst Johannes Paul II kam auch.",
    ]);
    for (const name of ["HSV Hamburg", "VHS Hietzing"])
      expect(found.find((e) => e.text === name)?.type).toBe("organization");
    // A regnal number is no body's letters.
    expect(found.find((e) => e.text.endsWith("Johannes Paul II"))?.type).toBe("person");
  });

  it("'bei' before a name ('bei Peter Wittkamp') is no place cue", () => {
    const found = entities(["Wie schon bei Peter Wittkamp ist das ein Beispiel für Witz."]);
    expect(found.find((e) => e.text === "Peter Wittkamp")?.type).toBe("person");
  });

  it("a firm's one-word name after the compound that describes it ('Mobilfunkanbieter Freenet') stands alone", () => {
    const found = entities([
      "Der Mobilfunkanbieter Freenet wagt sich an das Fernsehen. Das ist die Erfahrung, die Freenet mitbringt.",
      "Sie kam in ihrer Heimatstadt Flörsheim an.",
    ]);
    expect(found.find((e) => e.text === "Freenet")?.type).toBe("organization");
    expect(found.map((e) => e.text)).not.toContain("Mobilfunkanbieter Freenet");
  });

  it("a woman's role before a full name ('Autorin Sonja Silberhorn') is no part of it; a given name is", () => {
    const found = names([
      "Die deutsche Autorin Sonja Silberhorn hat ein Buch geschrieben, sagte Severin Maria Huber.",
    ]);
    expect(found).toEqual(expect.arrayContaining(["Sonja Silberhorn", "Severin Maria Huber"]));
    expect(found.filter((n) => n.startsWith("Autorin"))).toEqual([]);
  });

  it("a month after a preposition of time ('ab Juli Trainer') opens no name; a given name so spelt does", () => {
    const found = names(["Er wird ab Juli Trainer eines Zweitligisten sein, sagte August Bebel."]);
    expect(found).toContain("August Bebel");
    expect(found.filter((n) => n.startsWith("Juli"))).toEqual([]);
  });
});

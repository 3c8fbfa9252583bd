import fc from "fast-check";
import { franc } from "franc-min";
import { describe, expect, it } from "vitest";
import { francFast } from "../../../src/core/text/franc-fast";

/** Words of several scripts and close languages (es/pt, nl/de, ru/uk), digits and punctuation. */
const word = fc.constantFrom(
  "the",
  "council",
  "approved",
  "el",
  "gobierno",
  "aprobó",
  "o",
  "governo",
  "anunciou",
  "het",
  "kabinet",
  "der",
  "Bundestag",
  "beschlossen",
  "la",
  "réforme",
  "В",
  "Москве",
  "відкрилася",
  "افتتحت",
  "الحكومة",
  "北京",
  "東京で",
  "नई",
  "42",
  "—",
  "«",
  "!",
);

describe("francFast gives franc-min's answer", () => {
  it("on text made of words of many languages", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.constantFrom(10, 20), (words, minLength) => {
        const text = words.join(" ");
        expect(francFast(text, minLength)).toBe(franc(text, { minLength }));
      }),
      { numRuns: 1500 },
    );
  });

  it("on any code units (markup, symbols, lone surrogates)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expect(francFast(text, 10)).toBe(franc(text, { minLength: 10 }));
      }),
      { numRuns: 1500 },
    );
  });

  it("tells close languages apart as franc does", () => {
    const texts = [
      "O governo anunciou nesta segunda-feira um aumento do salário mínimo a partir de janeiro.",
      "El Gobierno aprobó este martes un plan de emergencia contra la sequía que afecta al sur del país.",
      "Het kabinet trekt volgend jaar een miljard euro extra uit voor de bouw van betaalbare woningen.",
      "Der Bundestag hat am Freitag das umstrittene Heizungsgesetz beschlossen.",
      "",
      "1234 5678",
    ];
    for (const text of texts) expect(francFast(text, 20)).toBe(franc(text, { minLength: 20 }));
    expect(francFast(texts[0], 20)).toBe("por");
  });
});

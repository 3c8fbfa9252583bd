import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/text/analyse";
import { articleText } from "../../../src/core/text/article-text";
import { detectLanguage, normaliseLanguageTag } from "../../../src/core/text/language";
import { termsOf } from "../../../src/core/text/terms";
import type { Block } from "../../../src/core/types";

const BLOCKS: Block[] = [
  { kind: "heading", text: "Transport budget", level: 1 },
  { kind: "paragraph", text: "The council approved the budget. It adds 40 buses." },
  { kind: "listItem", text: "Two tram lines are extended" },
  {
    kind: "paragraph",
    text: "Dr. Smith, the mayor, praised the vote. Critics were running out of arguments.",
  },
];

describe("analyseText", () => {
  const doc = analyseText(BLOCKS, "Council approves transport budget");

  it("locates every sentence in articleText(blocks) with block and in-block indexes", () => {
    expect(doc.text).toBe(articleText(BLOCKS));
    expect(doc.sentences.map((s) => [s.paragraph, s.sentence, s.index, s.text])).toEqual([
      [1, 0, 0, "The council approved the budget."],
      [1, 1, 1, "It adds 40 buses."],
      [2, 0, 2, "Two tram lines are extended"],
      [3, 0, 3, "Dr. Smith, the mayor, praised the vote."],
      [3, 1, 4, "Critics were running out of arguments."],
    ]);
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("leaves headings out of the sentences", () => {
    expect(doc.sentences.some((s) => s.paragraph === 0)).toBe(false);
  });

  it("gives stopword-free, stemmed terms per sentence and for the title", () => {
    expect(doc.lang).toBe("en");
    expect(doc.terms).toHaveLength(doc.sentences.length);
    expect(doc.terms[0]).toEqual(["council", "approv", "budget"]);
    expect(doc.terms[4]).toEqual(["critic", "run", "argument"]);
    expect(doc.titleTerms).toEqual(["council", "approv", "transport", "budget"]);
  });

  it("takes a declared language tag over detection, normalised to ISO 639-1", () => {
    expect(analyseText(BLOCKS, null, "en-GB").lang).toBe("en");
    expect(
      analyseText([{ kind: "paragraph", text: "Der Rat hat den Haushalt beschlossen." }], null, "de_DE").lang,
    ).toBe("de");
  });

  it("never throws on empty input", () => {
    const empty = analyseText([], null);
    expect(empty.sentences).toEqual([]);
    expect(empty.terms).toEqual([]);
    expect(empty.titleTerms).toEqual([]);
    expect(empty.text).toBe("");
  });
});

describe("detectLanguage", () => {
  it("answers 'und' when there are no letters, and uses the script for very short texts", () => {
    expect(detectLanguage("")).toBe("und");
    expect(detectLanguage("12 345 !!")).toBe("und");
    expect(detectLanguage("東京です")).toBe("ja");
    expect(detectLanguage("北京")).toBe("zh");
    expect(detectLanguage("Привет")).toBe("ru");
  });

  it("reads only the start of a long text", () => {
    const german =
      "Die Regierung hat am Mittwoch einen neuen Haushalt vorgelegt, der mehr Geld für Schulen vorsieht. ";
    expect(detectLanguage(german.repeat(3) + "The rest is English. ".repeat(500))).toBe("de");
  });
});

describe("normaliseLanguageTag", () => {
  it.each([
    ["en-US", "en"],
    ["pt_BR", "pt"],
    ["ZH-Hans", "zh"],
    ["", null],
    ["und", null],
    ["x", null],
    [null, null],
  ])("%s → %s", (tag, expected) => {
    expect(normaliseLanguageTag(tag)).toBe(expected);
  });
});

describe("termsOf", () => {
  it("splits apostrophes so elided articles fall away as stopwords (French)", () => {
    expect(termsOf("L'homme a parlé aux journalistes.", "fr")).toEqual(["homm", "parl", "journal"]);
  });

  it("lowercases Turkish with its dotted and dotless i", () => {
    expect(termsOf("İSTANBUL", "tr")[0].startsWith("istanbul")).toBe(true);
  });

  it("cuts Chinese into words with Intl.Segmenter and drops stopwords", () => {
    const terms = termsOf("北京地铁新线路今天开通", "zh");
    expect(terms).toContain("北京");
    expect(terms).toContain("地铁");
  });

  it("uses the light Polish stemmer to conflate case forms", () => {
    const forms = ["prezydenta", "prezydentowi", "prezydentem"].map((w) => termsOf(w, "pl")[0]);
    expect(new Set(forms).size).toBe(1);
  });
});

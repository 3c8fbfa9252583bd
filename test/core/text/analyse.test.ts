import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/text/analyse";
import { articleText } from "../../../src/core/text/article-text";
import { checkedLanguage, detectLanguage, normaliseLanguageTag } from "../../../src/core/text/language";
import { stopwordsFor } from "../../../src/core/text/stopwords";
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

  it("detects the language from the paragraphs before list items, each text once", () => {
    // A portfolio page: a list repeating one line under every title read as French.
    const blocks = [
      ...[
        "Hörspiel nach Buchvorlage für audible, Staffel 2+3",
        "Hörspiel nach Buchvorlage für audible, Teil 2",
        "Hörspiel nach Buchvorlage für audible",
        "Hörspiel nach Buchvorlage für audible, Staffel 1",
        "Hörspiel nach Buchvorlage für audible",
        "audible2017",
        "Hörspiel nach Buchvorlage für audible, Staffel 2+3",
        "Hörspiel nach Buchvorlage für audible, Teil 1",
        "Rocketbeans 2018",
        "Webserie bei Rocketbeans",
        "Webcontent Live Comedy",
      ].map((text) => ({ kind: "listItem" as const, text })),
      {
        kind: "paragraph" as const,
        text: "„BUNTSCHAU“ ist eine neue Comedy-Show des Bayerischen Fernsehens, die die bekannten Bestandteile und Rituale einer Nachrichtensendung karikiert und persifliert. Für den Dreh trafen sich beide jetzt wieder am Set in München, und eine Kamera hat den Moment festgehalten.",
      },
      {
        kind: "paragraph" as const,
        text: "Die vierzehnjährige Mara hat nur einen Wunsch: normal sein! Doch es steht allein in ihrer Macht, ob sich der Halbgott Loki von seinen Fesseln befreit und zur tödlichen Gefahr wird.",
      },
    ];
    expect(analyseText(blocks, null).lang).toBe("de");
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

describe("checkedLanguage: a page's declared language against its text", () => {
  const english =
    "The road to retiring early is not easy. It takes time and a lot of discipline to save half of what you earn, and most people who do it say that the hardest part is the first year, when the savings are small and the goal seems very far away from where they are. ";
  const german =
    "Die Regierung hat am Mittwoch einen neuen Haushalt vorgelegt, der mehr Geld für die Schulen und die Krankenhäuser vorsieht. Die Opposition kritisierte den Plan, weil er nach ihrer Ansicht zu spät kommt und die Kosten für die Länder nicht deckt. ";
  const spanish =
    "El Gobierno aprobó este martes un plan de emergencia contra la sequía que afecta al sur del país. La medida incluye ayudas para los agricultores y las organizaciones agrarias consideran que las ayudas llegan tarde, porque la cosecha ya se ha perdido. ";
  it("overrules a site template's lang when the text is plainly another language", () => {
    expect(checkedLanguage("de", english.repeat(2))).toBe("en");
    expect(checkedLanguage("en", german.repeat(2))).toBe("de");
  });
  it("overrules it for English that holds a German declaration's few stopwords ('isn't' → 't', 'in', 'will', 'so')", () => {
    const isnt =
      "The road to retiring early isn't easy. It takes time and incredible discipline to earn, save, and invest as much as you can. That said, early retirement comes in various shapes and sizes, so what it looks like to you will determine what you need to do to get there. Here are the steps you can take. ";
    expect(checkedLanguage("de", isnt.repeat(2))).toBe("en");
  });
  it("keeps the declaration for text in it and for languages without stopwords", () => {
    expect(checkedLanguage("de", german.repeat(2))).toBe("de");
    const portuguese =
      "O Governo aprovou nesta terça-feira um plano de emergência contra a seca que afeta o sul do país. A medida inclui ajudas para os agricultores, mas as organizações agrárias consideram que as ajudas chegam tarde, porque a colheita já se perdeu. ";
    expect(checkedLanguage("pt", portuguese.repeat(2))).toBe("pt");
    expect(checkedLanguage("es", spanish.repeat(2))).toBe("es");
    expect(checkedLanguage("id", english.repeat(2))).toBe("id");
    expect(checkedLanguage("de", "Short English text.")).toBe("de");
  });
  it("answers as the rule over every word's stopword share (its early answer changes nothing)", () => {
    // The rule itself, without checkedLanguage's early answer for text full of the declared language's stopwords.
    const share = (words: string[], lang: string) => {
      const stopwords = stopwordsFor(lang);
      if (stopwords.size === 0 || words.length === 0) return 0;
      return words.filter((w) => stopwords.has(w)).length / words.length;
    };
    const reference = (declared: string, sample: string) => {
      if (sample.length < 300 || stopwordsFor(declared).size === 0) return declared;
      const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
      const declaredShare = share(words, declared);
      const detected = detectLanguage(sample);
      if (detected === declared || detected === "und") return declared;
      const detectedShare = share(words, detected);
      return detectedShare >= 0.2 && detectedShare > 3 * declaredShare ? detected : declared;
    };
    // Words of the three texts, stopwords of several languages, digits and marks, in any proportion.
    const word = fc.constantFrom(
      ...`${english} ${german} ${spanish}`.split(/\s+/u),
      "the",
      "und",
      "de",
      "la",
      "1990",
      "İstanbul",
      "ΟΔΟΣ",
      "e\u0301t\u00e9",
      "—",
    );
    fc.assert(
      fc.property(
        fc.constantFrom("en", "de", "es", "pt", "fr", "id", "ru"),
        fc.array(word, { minLength: 40, maxLength: 160 }),
        (declared, ws) => {
          const sample = ws.join(" ");
          expect(checkedLanguage(declared, sample)).toBe(reference(declared, sample));
        },
      ),
      { numRuns: 400 },
    );
  });
  it("is what analyseText uses for a page's declared language, while the caller's lang always wins", () => {
    const blocks = [{ kind: "paragraph" as const, text: english.repeat(2) }];
    expect(analyseText(blocks, null, null, "de").lang).toBe("en");
    expect(analyseText(blocks, null, "de", null).lang).toBe("de");
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

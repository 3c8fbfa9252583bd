import { describe, expect, it } from "vitest";
import { definiteBack, opensWithBackPointer, pointsBack } from "../../../src/core/summarize/dangling";
import { candidateSentences, summarize } from "../../../src/core/summarize/index";
import { selectSentences } from "../../../src/core/summarize/select";
import { analyseText } from "../../../src/core/text/analyse";
import { isNoComment } from "../../../src/core/text/no-comment";
import type { Block } from "../../../src/core/types";

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: "paragraph", text }));

const ARTICLE = paragraphs(
  "The city council approved a new budget for public transport on Tuesday. The plan adds 40 buses and extends two tram lines by 2026.",
  "Mayor Jane Smith said the investment in buses and trams would cut commuting times across the city. She called the vote historic.",
  "Opposition members criticised the cost of the transport budget, which they put at $120 million. They want a referendum.",
  "A final vote on the tram extension is expected in March. The weather in the city was mild on Tuesday.",
  "Local cafés reported a busy week. A new bakery opened on Main Street.",
);

describe("summarize", () => {
  const doc = analyseText(ARTICLE, "City council approves new budget for buses and trams");

  it("returns 3 sentences by default, in reading order, each an exact slice with a score", () => {
    const summary = summarize(doc);
    expect(summary).toHaveLength(3);
    for (let i = 1; i < summary.length; i++) expect(summary[i].start).toBeGreaterThan(summary[i - 1].start);
    for (const s of summary) {
      expect(doc.text.slice(s.start, s.end)).toBe(s.text);
      expect(Number.isFinite(s.score)).toBe(true);
      const source = doc.sentences.find((x) => x.start === s.start);
      expect(source?.paragraph).toBe(s.paragraph);
      expect(source?.sentence).toBe(s.sentence);
    }
  });

  it("prefers the lead and the on-topic sentences over the off-topic tail", () => {
    const texts = summarize(doc).map((s) => s.text);
    expect(texts[0]).toBe("The city council approved a new budget for public transport on Tuesday.");
    expect(texts).not.toContain("A new bakery opened on Main Street.");
    expect(texts).not.toContain("Local cafés reported a busy week.");
  });

  it("honours `sentences`, `ratio` and `maxChars`", () => {
    expect(summarize(doc, { sentences: 1 })).toHaveLength(1);
    expect(summarize(doc, { sentences: 50 })).toHaveLength(doc.sentences.length);
    expect(summarize(doc, { ratio: 0.5 })).toHaveLength(Math.round(doc.sentences.length * 0.5));
    const short = summarize(doc, { sentences: 3, maxChars: 150 });
    expect(short.length).toBeGreaterThan(0);
    expect(short.map((s) => s.text).join(" ").length).toBeLessThanOrEqual(150);
  });

  it("cuts the best sentence at a word boundary when no sentence fits maxChars", () => {
    const [only] = summarize(doc, { maxChars: 20 }); // every sentence is longer
    expect(only.text.length).toBeLessThanOrEqual(20);
    expect(doc.text.slice(only.start, only.end)).toBe(only.text);
    expect(doc.text[only.end]).toBe(" ");
  });

  it("never opens with a sentence pointing back to one left out", () => {
    // The second sentence is by far the most central, but starts with "He".
    const blocks = paragraphs(
      "Weather was mild in the capital this morning.",
      "He announced the new vaccine programme for children, the vaccine programme starting in May.",
      "The vaccine programme will reach all schools, the ministry said of the vaccine programme.",
      "Vaccine doses for the programme arrive in April.",
    );
    const d = analyseText(blocks, "Vaccine programme for children");
    for (const n of [1, 2, 3]) {
      const summary = summarize(d, { sentences: n });
      const first = summary[0];
      const position = d.sentences.findIndex((s) => s.start === first.start);
      const dangles = position > 0 && opensWithBackPointer(first.text, d.lang);
      expect(dangles).toBe(false);
    }
  });

  it("skips headings, and never throws on empty input", () => {
    const d = analyseText([{ kind: "heading", text: "Breaking news", level: 2 }, ...ARTICLE], "Budget");
    expect(d.sentences.some((s) => s.text === "Breaking news")).toBe(false);
    expect(summarize(d).length).toBe(3);
    expect(summarize(analyseText([], null))).toEqual([]);
    expect(summarize(analyseText([{ kind: "paragraph", text: "   " }], null))).toEqual([]);
    expect(summarize(doc, { sentences: 0 })).toEqual([]);
  });

  it("does not quote one-line labels: a headline repeated as a paragraph, a date line", () => {
    const d = analyseText(
      paragraphs(
        "Storm closes the coastal bridge",
        "Posted: 2018-08-25 15:24",
        "The coastal bridge was closed at noon as winds reached 120 km/h.",
        "Police asked drivers to avoid the area until the evening.",
        "The bridge will reopen once engineers have checked it, probably on Saturday.",
      ),
      null,
      "en",
    );
    const texts = summarize(d, { sentences: 3 }).map((s) => s.text);
    expect(texts).toEqual([
      "The coastal bridge was closed at noon as winds reached 120 km/h.",
      "Police asked drivers to avoid the area until the evening.",
      "The bridge will reopen once engineers have checked it, probably on Saturday.",
    ]);
  });

  it("does not quote a sentence that only announces what follows (ends in a colon), an aside in brackets or a date alone", () => {
    const d = analyseText(
      paragraphs(
        "The coastal bridge reopened on Friday after three weeks of repairs. Here is what the engineers found:",
        "(The city never said what the repairs cost, unlike the 12 towns nearby.)",
        "March 5, 2024.",
        "Two of the cables had rusted through where the paint had worn off near the towers.",
        "The deck joints were replaced, and sensors now measure the cables' strain every minute.",
      ),
      null,
      "en",
    );
    // Even when asked for every sentence, the announcement stays out.
    const texts = summarize(d, { sentences: 4 }).map((s) => s.text);
    expect(texts).toHaveLength(3);
    expect(texts).not.toContain("Here is what the engineers found:");
    expect(texts.filter((t) => t.startsWith("(") || t.startsWith("March"))).toEqual([]);
  });

  it("finds a text's candidates once (the pipeline counts them before the summary takes them)", () => {
    const d = analyseText(
      paragraphs("Headline Without Stop", "The bridge reopened on Friday.", "It rained."),
      null,
      "en",
    );
    const first = candidateSentences(d);
    expect(first).toEqual([1, 2]);
    expect(candidateSentences(d)).toBe(first);
    expect(candidateSentences(analyseText(paragraphs("The bridge reopened."), null, "en"))).toEqual([0]);
  });

  it("a one-sentence text that starts with a pronoun is still summarised", () => {
    const d = analyseText(paragraphs("Weather report.", "He left."), null, "en");
    expect(summarize(d, { sentences: 1 }).length).toBe(1);
  });
});

describe("opensWithBackPointer", () => {
  it.each([
    ["He said the plan would work.", "en", true],
    ["But the plan failed.", "en", true],
    ['"This is over," she said.', "en", true],
    ["The plan failed.", "en", false],
    ["Hermann said so.", "en", false],
    ["Sin embargo, el plan fracasó.", "es", true],
    ["El plan fracasó.", "es", false],
    ["Er sagte, der Plan sei gescheitert.", "de", true],
    // Phrases that refer to what came before: "in doing so", "in that framework", "as mentioned".
    ["Dabei blühen die Bäume, bieten aber kaum Nektar.", "de", true],
    ["Darüber hinaus ist der Zeitraum zu kurz.", "de", true],
    ["En ese marco, el inspector ha garantizado la transparencia.", "es", true],
    ["Ahora bien, como se mencionó, el predio está en el área protegida.", "es", true],
    ["Par ailleurs, le ministre a démissionné.", "fr", true],
    ["Por isso, o governo recuou.", "pt", true],
    ["In that case, the court ruled, the law stands.", "en", true],
    ["In diesem Sommer war Michael Preetz ganz vorne mit dabei.", "de", false],
    ["但是计划失败了。", "zh", true],
    ["计划失败了。", "zh", false],
  ])("%s (%s) → %s", (text, lang, expected) => {
    expect(opensWithBackPointer(text, lang)).toBe(expected);
  });
});

describe("pointsBack", () => {
  it.each([
    ['"We will not stop," he said.', true],
    ['"We will not stop," she told reporters on Monday.', true],
    ['"We will not stop," Smith said.', false],
    ["Smith said he would not stop.", false],
    ["He said the plan would work.", true],
  ])("%s → %s", (text, expected) => {
    expect(pointsBack(text, "en")).toBe(expected);
  });
});

describe("definiteBack", () => {
  it.each([
    [
      "The agency said Monday it would go on.",
      "The European Space Agency says hibernation could help.",
      true,
    ],
    ["The man was charged on Friday.", "A man was arrested after the crash.", true],
    ["The agreement covers two singers.", "The firms came to an agreement on Monday.", true],
    // No antecedent before it, a name rather than a common noun, or a language without the rule.
    ["The agency said Monday it would go on.", "Hibernation could help astronauts.", false],
    ["The SLS is a key part of the plan.", "NASA's sls budget grew.", false],
    ["The agency said so.", undefined, false],
  ])("%s after %s → %s", (text, before, expected) => {
    expect(definiteBack(text, before, "en")).toBe(expected);
  });
  it("keeps a summary from opening on 'The agency' when the sentence before names it", () => {
    const doc = analyseText(
      paragraphs(
        "Astronauts may one day sleep on the way, according to the European Space Agency.",
        "The agency said Monday that its researchers examined how hibernation would affect the design of a crewed mission to Mars and concluded that it could shrink the size of the spacecraft.",
        "The researchers found that hibernation would cut the spacecraft's size by a third on a mission to Mars.",
        "Hibernation would also reduce the food and water a crewed mission to Mars must carry, the researchers said.",
      ),
      "Hibernation could shrink a crewed spacecraft to Mars",
    );
    // Without the rule: "The agency said Monday …" alone, then "The researchers found …".
    for (const count of [1, 2]) expect(summarize(doc, { sentences: count })[0].text).toMatch(/^Astronauts/);
  });
});

describe("isNoComment", () => {
  it.each([
    [
      "Representatives for Bieber did not immediately respond to requests for comment Thursday afternoon.",
      true,
    ],
    ["North Korean officials could not be reached for comment.", true],
    ["A spokeswoman for the company declined to comment.", true],
    // A second clause, or a long sentence, says more than the refusal.
    ["There was no immediate comment from Assange but Wikileaks welcomed the Swedish move.", false],
    [
      "The company declined to comment on the layoffs, which cut 300 jobs at its plant in Ohio and 200 more in Texas last year.",
      false,
    ],
    ["The company said it would respond to the ruling.", false],
  ])("%s → %s", (text, expected) => {
    expect(isNoComment(text, "en")).toBe(expected);
  });
  it("is no summary sentence", () => {
    const doc = analyseText(
      paragraphs(
        "A lawsuit accuses the singer's bodyguards of assaulting a photographer outside a Los Angeles hotel.",
        "Representatives for the singer did not immediately respond to requests for comment Thursday.",
        "The suit seeks unspecified damages and a jury trial in Los Angeles Superior Court.",
      ),
      null,
    );
    const texts = candidateSentences(doc).map((i) => doc.sentences[i].text);
    expect(texts.some((t) => t.startsWith("Representatives"))).toBe(false);
    expect(texts).toHaveLength(2);
  });
});

describe("a page's timestamp line, appeals for support, link lines, links to other stories and captions", () => {
  it("are no summary sentences", () => {
    const doc = analyseText(
      paragraphs(
        "4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35",
        "Os militares enviaram 88 questões ao tribunal eleitoral sobre as urnas eletrônicas, segundo documentos.",
        "Você pode apoiar a TV 247 e o site Brasil 247 de diversas formas.",
        "Veja como em brasil247.com/apoio",
        "Leia também: Governo anuncia novo pacote de ajuda aos estados atingidos pelas chuvas.",
        "Foto: Militares durante a votação no tribunal eleitoral em Brasília, na terça-feira passada.",
      ),
      null,
      "pt",
    );
    const texts = candidateSentences(doc).map((i) => doc.sentences[i].text);
    expect(texts).toEqual([
      "Os militares enviaram 88 questões ao tribunal eleitoral sobre as urnas eletrônicas, segundo documentos.",
    ]);
  });
});

describe("selectSentences", () => {
  // Four sentences in article order; the third points back ("He ...") to the weak second one.
  const input = (anchorAll: boolean) => ({
    scores: [1, 0.1, 0.9, 0.8],
    sim: [0, 1, 2, 3].map(() => new Float64Array(4)),
    positions: [0, 1, 2, 3],
    lengths: [40, 40, 40, 40],
    dangling: [false, false, true, false],
    quoteOpening: [false, false, false, false],
    quoteContinues: [false, false, false, false],
    anchorAll,
  });
  it("in a lead, takes a sentence that points back only right after the one it points to", () => {
    expect(selectSentences(input(true), 2, Number.POSITIVE_INFINITY, 0)).toEqual([0, 3]);
  });
  it("in a digest, lets it follow any earlier pick", () => {
    expect(selectSentences(input(false), 2, Number.POSITIVE_INFINITY, 0)).toEqual([0, 2]);
  });
});

import { describe, expect, it } from "vitest";
import { summarize } from "../../../src/core/summarize/index";
import { quotePieces } from "../../../src/core/summarize/quote-pieces";
import { selectSentences } from "../../../src/core/summarize/select";
import { analyseText } from "../../../src/core/text/analyse";
import type { AnalysedText, Block } from "../../../src/core/types";

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: "paragraph", text }));
const docOf = (...texts: string[]): AnalysedText => analyseText(paragraphs(...texts), null);

/** Each sentence's text with its piece kind: "continues", "opens" or "" (whole or no quotation). */
function pieces(doc: AnalysedText): Array<[string, string]> {
  const all = doc.sentences.map((_, i) => i);
  const p = quotePieces(doc, all);
  return all.map((i) => [
    doc.sentences[i].text,
    p.continues[i] ? "continues" : p.opensOnly[i] ? "opens" : "",
  ]);
}

describe("quotePieces", () => {
  it("tells the opening and the rest of a quotation that runs over sentences", () => {
    const doc = docOf(
      'Mayor Jane Smith spoke on Tuesday. "We will build the line. It will take years," she said. "Nothing is decided yet," said Bob Jones.',
    );
    expect(pieces(doc)).toEqual([
      ["Mayor Jane Smith spoke on Tuesday.", ""],
      ['"We will build the line.', "opens"],
      ['It will take years," she said.', "continues"],
      ['"Nothing is decided yet," said Bob Jones.', ""],
    ]);
  });

  it("counts a sentence in the middle of a quotation as going on with it", () => {
    const doc = docOf(
      "“I knew the engine was failing before we left the port. We all knew it and said so. Nobody in the office listened,” the captain said.",
    );
    expect(pieces(doc).map(([, kind]) => kind)).toEqual(["opens", "continues", "continues"]);
  });

  it("takes a quotation left open at its paragraph's end (the news convention) as going on", () => {
    const doc = docOf("« Nous avons gagné.", "Personne ne le croyait », a-t-il dit.");
    expect(pieces(doc).map(([, kind]) => kind)).toEqual(["opens", ""]);
  });

  it("leaves a quotation that opens after the sentence's first words alone: it has its speaker", () => {
    const doc = docOf('Smith said: "We will build the line. It will take years."');
    expect(pieces(doc).map(([, kind]) => kind)).toEqual(["", "continues"]);
  });
});

describe("summarize with quotations over several sentences", () => {
  // Ten sentences: a 3-sentence summary is a lead, read as one passage. The quotation's second sentence
  // names its speaker, but alone it starts mid-quotation ('It is a historic day …," Mayor Jane Smith said.').
  const doc = analyseText(
    paragraphs(
      "The city council approved a new budget for public transport on Tuesday.",
      '"The new budget for buses, trams and public transport will cut commuting times for residents across the city. It is a historic day for everyone who lives here," Mayor Jane Smith said.',
      "Opposition members walked out before the vote.",
      "A final vote on the tram extension is expected in March. Work on the first tram line for residents could begin in May.",
      "The council meets again next week. Residents can comment on the plan online until February.",
      "Bus drivers' unions welcomed the plan. They had asked for more staff since 2019.",
    ),
    "City council approves new budget for public transport",
  );

  it("does not take a sentence from inside a quotation without the sentence before it", () => {
    expect(summarize(doc, { sentences: 3 }).map((s) => s.text)).toEqual([
      "The city council approved a new budget for public transport on Tuesday.",
      "Opposition members walked out before the vote.",
      "Work on the first tram line for residents could begin in May.",
    ]);
  });
});

describe("selectSentences with a quotation's opening", () => {
  // Four sentences in article order; the second only opens a quotation that the third ends.
  const input = (dangling: boolean[]) => ({
    scores: [1, 0.9, 0.1, 0.5],
    sim: [0, 1, 2, 3].map(() => new Float64Array(4)),
    positions: [0, 1, 2, 3],
    lengths: [40, 40, 40, 40],
    dangling,
    quoteOpening: [false, true, false, false],
    quoteContinues: [false, false, false, false],
    anchorAll: true,
  });
  it("in a lead, does not take it on its own", () => {
    expect(selectSentences(input([false, false, true, false]), 2, Number.POSITIVE_INFINITY, 0)).toEqual([
      0, 3,
    ]);
  });
  it("takes it as the sentence a dangling opening brings in", () => {
    const opening = { ...input([false, false, true, false]), scores: [0.1, 0.9, 1, 0.5] };
    expect(selectSentences(opening, 2, Number.POSITIVE_INFINITY, 0)).toEqual([1, 2]);
  });
  it("when every candidate is one, still returns a summary", () => {
    const all = { ...input([false, false, false, false]), quoteOpening: [true, true, true, true] };
    expect(selectSentences(all, 2, Number.POSITIVE_INFINITY, 0)).toEqual([0, 1]);
  });
  it("in a digest too, takes a sentence inside a quotation only right after the one before it", () => {
    // The third sentence goes on with a quotation the weak second one opened.
    const digest = {
      ...input([false, false, true, false]),
      scores: [1, 0.1, 0.9, 0.5],
      quoteOpening: [false, false, false, false],
      quoteContinues: [false, false, true, false],
      anchorAll: false,
    };
    expect(selectSentences(digest, 2, Number.POSITIVE_INFINITY, 0)).toEqual([0, 3]);
    // A sentence that only points back ("He …") may still follow any earlier pick in a digest.
    expect(
      selectSentences(
        { ...digest, quoteContinues: [false, false, false, false] },
        2,
        Number.POSITIVE_INFINITY,
        0,
      ),
    ).toEqual([0, 2]);
  });
  it("in a digest, takes it as any other sentence", () => {
    const digest = { ...input([false, false, true, false]), anchorAll: false };
    expect(selectSentences(digest, 2, Number.POSITIVE_INFINITY, 0)).toEqual([0, 1]);
  });
});

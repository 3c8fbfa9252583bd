/** The extractFacts contract: options, never throwing, and faithfulness (nothing invented). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/index";
import { analyseText } from "../../../src/core/text/analyse";
import type { AnalysedText, FactsResult, SummarySentence } from "../../../src/core/types";

const ARTICLE = [
  'Prime Minister Jane Doe announced on Tuesday that the government will spend $2.5 billion on 40 new hospitals. "This is the largest investment in a generation," Doe told reporters in Lisbon.',
  "The plan, which parliament must still approve, follows a 12% rise in waiting times since 2021. Opposition leader John Smith said the money came too late.",
  "Meanwhile, doctors in Porto went on strike for three days last week. The Medical Association said 5,000 operations were postponed.",
].join("\n\n");

function analyse(text: string): AnalysedText {
  return analyseText(
    text.split("\n\n").map((t) => ({ kind: "paragraph" as const, text: t })),
    "Government pledges $2.5bn for hospitals",
  );
}

const OPTIONS = {
  facts: 5,
  publishedAt: "2024-05-02T10:00:00Z",
  title: "Government pledges $2.5bn for hospitals",
};

const uncapitalised = (t: string) => t.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

/** Every claim of faithfulness a fact makes, checked against the article text. */
function expectFaithful(doc: AnalysedText, result: FactsResult) {
  for (const f of result.keyFacts) {
    const pieces = f.pieces ?? [{ start: f.source.start, end: f.source.end }];
    const joined = pieces.map((p) => doc.text.slice(p.start, p.end));
    // Verbatim but for the capital a fact takes when its opening was cut ("But the court" → "The court").
    const shown = uncapitalised(f.text);
    joined.forEach((piece, i) => {
      expect(shown).toContain(i === 0 ? uncapitalised(piece) : piece);
    });
    expect(shown.replace(/\s+/g, "")).toBe(uncapitalised(joined.join("")).replace(/\s+/g, ""));
    // A number or date that opens the fact reads with the fact's capital ("last Friday" → "Last Friday").
    const holds = (claim: string) => f.text.includes(claim) || shown.includes(claim);
    for (const n of f.numbers) expect(holds(n.text), n.text).toBe(true);
    for (const d of f.dates) expect(holds(d.text), d.text).toBe(true);
    for (const e of f.entities) expect(doc.text).toContain(e.text);
    if (f.quote) expect(doc.text).toContain(f.quote.text);
    expect(f.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0).toBeLessThanOrEqual(40);
  }
  for (const q of result.quotes) expect(doc.text.slice(q.source.start, q.source.end)).toBe(q.text);
}

describe("extractFacts", () => {
  it("finds the article's facts with their numbers, dates, names and quotes", () => {
    const doc = analyse(ARTICLE);
    const result = extractFacts(doc, [], OPTIONS);
    expect(result.keyFacts.length).toBeGreaterThanOrEqual(3);
    expectFaithful(doc, result);
    const money = result.keyFacts.find((f) => f.numbers.some((n) => n.value === 2.5e9 && n.unit === "USD"));
    expect(money?.dates).toEqual([{ text: "Tuesday", iso: "2024-04-30" }]);
    expect(money?.entities).toContainEqual({ text: "Jane Doe", type: "person" });
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({
      speaker: "Jane Doe",
      text: "This is the largest investment in a generation",
    });
    expect(result.entities.find((e) => e.text === "Jane Doe")?.mentions).toBe(2);
    expect(result.entities.find((e) => e.text === "Lisbon")?.type).toBe("place");
    expect(money?.kind).toBe("quantity");
  });

  it("gives no key facts for facts: 0 but still the names and quotes", () => {
    const result = extractFacts(analyse(ARTICLE), [], { ...OPTIONS, facts: 0 });
    expect(result.keyFacts).toEqual([]);
    expect(result.entities.length).toBeGreaterThan(0);
    expect(result.quotes.length).toBe(1);
  });

  it("lets at most one fact repeat a summary sentence whole", () => {
    const doc = analyse(ARTICLE);
    const summary: SummarySentence[] = doc.sentences.map((s) => ({ ...s, score: 1 }));
    const result = extractFacts(doc, summary, OPTIONS);
    const repeats = result.keyFacts.filter((f) => summary.some((s) => s.text === f.text));
    expect(repeats.length).toBeLessThanOrEqual(1);
  });

  it("leaves out a sentence that a chosen fact already says, however short", () => {
    const doc = analyse(
      [
        "The city council approved a budget of $2.5 million for road repairs on Monday after a long debate.",
        "The council approved the budget for road repairs.",
        "Work on the first roads starts in March, the mayor said.",
      ].join("\n\n"),
    );
    const texts = extractFacts(doc, [], { ...OPTIONS, facts: 3 }).keyFacts.map((f) => f.text);
    expect(texts).toContain(
      "The city council approved a budget of $2.5 million for road repairs on Monday after a long debate.",
    );
    expect(texts).not.toContain("The council approved the budget for road repairs.");
  });

  it("takes no sentence that only announces what follows (ends in a colon)", () => {
    const doc = analyse(
      `${ARTICLE}\n\nThe final standings of the 2019 series after 36 races, with the points of all 40 drivers:\n\nKyle Busch won the title with 5,040 points.`,
    );
    const texts = extractFacts(doc, [], { ...OPTIONS, facts: 20 }).keyFacts.map((f) => f.text);
    expect(texts.some((t) => t.includes("5,040 points"))).toBe(true);
    expect(texts.filter((t) => t.endsWith(":"))).toEqual([]);
  });

  it("takes no aside the writer put in brackets", () => {
    const doc = analyse(`${ARTICLE}

(Officials said 30 of the 40 hospitals would be built by 2027.)`);
    const texts = extractFacts(doc, [], { ...OPTIONS, facts: 20 }).keyFacts.map((f) => f.text);
    expect(texts.filter((t) => t.startsWith("("))).toEqual([]);
  });

  it("takes no link to another story that a plain text keeps ('READ MORE: 5 key issues …')", () => {
    const doc = analyse(`${ARTICLE}

READ MORE: 5 key issues for the next government after the 2024 vote .`);
    const texts = extractFacts(doc, [], { ...OPTIONS, facts: 20 }).keyFacts.map((f) => f.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.filter((t) => t.startsWith("READ MORE"))).toEqual([]);
  });

  it("takes no link line ('More info: www.earbooks.net/en')", () => {
    const doc = analyse(`${ARTICLE}

Plans for all 40 new hospitals by 2027 are at www.health.example.org/hospitals-2027 .`);
    const texts = extractFacts(doc, [], { ...OPTIONS, facts: 20 }).keyFacts.map((f) => f.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.filter((t) => t.includes("www."))).toEqual([]);
  });

  it("puts a pointer to a web address after the article's facts", () => {
    const doc = analyse(`${ARTICLE}

The government's plan for the 40 hospitals, with the costs for 2027, is published at https://www.gov.example.pt/hospitals-2027 since Tuesday.`);
    // Its numbers and dates would make it the second fact; pointing elsewhere, it comes after three.
    const top = extractFacts(doc, [], { ...OPTIONS, facts: 3 }).keyFacts.map((f) => f.text);
    expect(top).toHaveLength(3);
    expect(top.filter((t) => t.includes("https://"))).toEqual([]);
  });

  it("takes no figure's caption ('Figure 8: Changing Font Size of y-Axis Title.')", () => {
    const doc = analyse(`${ARTICLE}

Figure 8: Hospital beds per 1,000 people in the 40 districts, 2019 to 2023.`);
    const texts = extractFacts(doc, [], { ...OPTIONS, facts: 20 }).keyFacts.map((f) => f.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.filter((t) => t.startsWith("Figure"))).toEqual([]);
  });

  it("returns empty results for an empty or broken document instead of throwing", () => {
    const empty = analyse("");
    expect(extractFacts({ ...empty, sentences: [], terms: [] }, [], OPTIONS)).toEqual({
      keyFacts: [],
      entities: [],
      quotes: [],
    });
    const broken = { ...analyse(ARTICLE), terms: [] } as AnalysedText;
    expect(() => extractFacts(broken, [], OPTIONS)).not.toThrow();
  });

  it("never invents: facts of random articles are pieces of their sentences", () => {
    const word = fc.constantFrom(
      "the",
      "minister",
      "Anna",
      "Berg",
      "said",
      "in",
      "Oslo",
      "on",
      "Friday",
      "12",
      "people",
      "$3m",
      "(aside)",
      "Meanwhile,",
      "which",
      "was",
      "late,",
      "—",
      '"we',
      "will",
      'win,"',
      "«",
      "»",
      "2023",
      "NATO",
      "met",
      "and",
      "15%",
      "last",
      "Thursday",
      "of",
      "Bank",
      "England",
      "Ltd",
      "«Nous",
      "gagnerons»",
      "„Wir",
      "siegen“",
    );
    const sentence = fc.array(word, { minLength: 3, maxLength: 45 }).map((ws) => `${ws.join(" ")}.`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(" "));
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 8 }),
        (ps, n) => {
          const doc = analyse(ps.join("\n\n"));
          const result = extractFacts(doc, [], { ...OPTIONS, facts: n });
          expect(result.keyFacts.length).toBeLessThanOrEqual(n);
          expectFaithful(doc, result);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("a sentence that opens inside a quotation", () => {
  it("is no key fact when the article has whole sentences to offer", () => {
    const doc = analyse(
      [
        "The county council approved the new roads budget after a long debate.",
        "“We had no choice. The roads in the north of Kent are falling apart, 12 bridges need repairs and 40,000 drivers a day use them,” Mayor Ann Lee said on Tuesday.",
        "Councillors said the plan was overdue.",
        "Work is due to start soon, the council said.",
      ].join("\n\n"),
    );
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 3 }).keyFacts.map((f) => f.text);
    expect(facts).toHaveLength(3);
    expect(facts.some((t) => t.startsWith("The roads in the north"))).toBe(false);
  });
  it("nor is one that closes a quotation opened a paragraph before, even when facts run short", () => {
    const doc = analyse(
      [
        "Myers told Variety: “I’m going to take some time to figure out what’s next.",
        "I don’t have any set ideas about the job, the place or the people.”",
        "Her last day is April 1, and the studio has not named a replacement yet.",
      ].join("\n\n"),
    );
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 5 }).keyFacts.map((f) => f.text);
    expect(facts.some((t) => t.startsWith("I don’t have any set ideas"))).toBe(false);
    expect(facts).toContain("Her last day is April 1, and the studio has not named a replacement yet.");
  });
  it("nor is one that closes a straight quotation the quote finder did not see open", () => {
    // '" The' (a space after the mark): the mark is not read as an opening one.
    const doc = analyse(
      [
        "Fox announced on Tuesday that the series is returning for six new episodes next year.",
        '" The series was a seminal show for the studio and the network. We are ecstatic to give the fans the next thrilling chapter of the story," the executives said in a statement.',
        "Filming starts this summer.",
      ].join("\n\n"),
    );
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 5 }).keyFacts.map((f) => f.text);
    expect(facts.some((t) => t.startsWith("We are ecstatic"))).toBe(false);
  });
});

describe("a sentence with nothing hard in it", () => {
  const doc = analyse(
    [
      "The callers are very convincing when they ring, and the people who answer believe every word the callers say about their savings.",
      "Later on, police said 12 people had lost some money.",
    ].join("\n\n"),
  );
  it("gives way to one with names, numbers or dates", () => {
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 1 }).keyFacts.map((f) => f.text);
    expect(facts).toEqual(["Later on, police said 12 people had lost some money."]);
  });
  it("is still a fact when there is room for it", () => {
    expect(extractFacts(doc, [], { ...OPTIONS, facts: 2 }).keyFacts).toHaveLength(2);
  });
});

describe("the opening of a quotation whose speaker comes in the next sentence", () => {
  it("holds nothing hard for the reader: the speaker is not in the fact", () => {
    const doc = analyse(
      [
        '"We are all very proud of the players and of everything they did for the club this season. They will be back," the coach said.',
        "The fans cheered as the players of the club walked off the field on Saturday after the last game of the season.",
      ].join("\n\n"),
    );
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 1 }).keyFacts.map((f) => f.text);
    expect(facts[0]).toMatch(/^The fans cheered/);
  });
});

describe("a question", () => {
  it("is no key fact, whatever names and numbers it holds, even when facts run short", () => {
    const doc = analyse(
      [
        "What does 17-time Grand Slam winner Roger Federer have to talk about with Andy Murray?",
        "Federer joined the Scot's Twitter session on Thursday to ask about his hair.",
      ].join("\n\n"),
    );
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 5 }).keyFacts.map((f) => f.text);
    expect(facts).toEqual(["Federer joined the Scot's Twitter session on Thursday to ask about his hair."]);
  });
  it("but a statement that ends by quoting one is", () => {
    const doc = analyse(
      [
        'The lawsuit, filed on Thursday in Los Angeles, alleges the bodyguards taunted the neighbour with "what are you going to do about it?"',
        "Bieber sold the house in Calabasas last year for 7 million dollars.",
      ].join("\n\n"),
    );
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 5 }).keyFacts.map((f) => f.text);
    expect(facts.some((t) => t.startsWith("The lawsuit, filed on Thursday"))).toBe(true);
  });
});

describe("a credit line", () => {
  it("is no key fact, even when facts run short", () => {
    const doc = analyse(
      [
        "The county council approved the new roads budget of 40 million pounds on Monday.",
        "Work on the 12 bridges in the north of Kent is due to start in June.",
        "CNN's Jane Doe and John Smith contributed to this report from London.",
      ].join("\n\n"),
    );
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 5 }).keyFacts.map((f) => f.text);
    expect(facts).toHaveLength(2);
  });
});

describe("a sentence that leaves open a quotation it opened after its speaker", () => {
  const doc = analyse(
    [
      'Mayor Ann Lee told the council on Monday: "The roads in the north of Kent are falling apart and 12 bridges need repairs. We will fix them all this year," she said.',
      "The council approved on Monday a budget of 40 million pounds to repair the 12 bridges and the roads in the north of Kent.",
    ].join("\n\n"),
  );
  it("gives way to a whole statement of the same news", () => {
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 1 }).keyFacts.map((f) => f.text);
    expect(facts).toEqual([
      "The council approved on Monday a budget of 40 million pounds to repair the 12 bridges and the roads in the north of Kent.",
    ]);
  });
  it("is still a fact when there is room for it", () => {
    const facts = extractFacts(doc, [], { ...OPTIONS, facts: 2 }).keyFacts.map((f) => f.text);
    expect(facts.some((t) => t.startsWith("Mayor Ann Lee told the council"))).toBe(true);
  });
});

describe("words of the article that name an object's own properties", () => {
  it("'constructor' after a speech verb is no pronoun telling the speaker's type", () => {
    const doc = analyse(
      "Bids for the new bridge rose sharply this spring. Officials were surprised, Henderson said constructor prices were up by a third.",
    );
    const henderson = extractFacts(doc, [], OPTIONS).entities.find((e) => e.text === "Henderson");
    expect(henderson?.type).toBe("person");
  });
});

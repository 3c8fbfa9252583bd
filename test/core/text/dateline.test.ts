import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/text/analyse";
import { datelineLength } from "../../../src/core/text/dateline";

const strip = (s: string) => s.slice(datelineLength(s));

describe("datelineLength", () => {
  it.each([
    ["(CNN)Share, and your gift will be multiplied.", "Share, and your gift will be multiplied."],
    ["Karachi, Pakistan (CNN)Suicide bombers attacked a church.", "Suicide bombers attacked a church."],
    ['(CNN)"We are ready," the minister said.', '"We are ready," the minister said.'],
    ["London (CNN)“It was a shock,” she said.", "“It was a shock,” she said."],
    ["WASHINGTON (Reuters) - The Senate voted on Friday.", "The Senate voted on Friday."],
    ["Paris (AFP) – Le président a parlé.", "Le président a parlé."],
    ["NEW YORK — Stocks fell sharply.", "Stocks fell sharply."],
    ["Washington (CNN) A huge decision filled the week.", "A huge decision filled the week."],
    ["SIOUX FALLS, S.D. – People are talking about it.", "People are talking about it."],
    ["BANGKOK: Ein TikTok-Video ist frei erfunden.", "Ein TikTok-Video ist frei erfunden."],
    ["Bogotá (dpa) - Gebrochene Wirbelsäule: Das Bulletin kam.", "Gebrochene Wirbelsäule: Das Bulletin kam."],
    [
      "New York, NY – With engagement moving to phones, it grew.",
      "With engagement moving to phones, it grew.",
    ],
    ["Sioux Falls, Calif. — The fair opened.", "The fair opened."],
    [
      "Washington, DC, United States: Getting to the Moon has been done.",
      "Getting to the Moon has been done.",
    ],
  ])("strips the dateline of %s", (sentence, rest) => {
    expect(strip(sentence)).toBe(rest);
  });

  it.each([
    "Apple (AAPL) shares rose 3% on Monday.",
    "Apple (aapl) shares rose 3% on Monday.",
    "Friends (the TV show) is back.",
    "He said (CNN) was wrong.",
    "Presbyterian Church (USA) approved the change.",
    "(CNN)",
    "Summary: the team won.",
    "Update: Police said the road is open.",
    "Bedrohungen, Beleidigungen, Mordaufrufe: Der Messengerdienst wird zum Problem.",
    "Smith, Jones – Partners in crime.",
  ])("leaves %s alone", (sentence) => {
    expect(datelineLength(sentence)).toBe(0);
  });

  it("a dateline's own full stops end no sentence ('NAPA COUNTY, Calif. (KGO) --')", () => {
    const doc = analyseText(
      [
        {
          kind: "paragraph",
          text: "NAPA COUNTY, Calif. (KGO) -- A resort plan moved ahead. It was approved.",
        },
      ],
      null,
      "en",
    );
    expect(doc.sentences.map((s) => s.text)).toEqual(["A resort plan moved ahead.", "It was approved."]);
    expect(doc.text.slice(doc.sentences[0].start, doc.sentences[0].end)).toBe("A resort plan moved ahead.");
  });

  it("only the story's first sentence loses its dateline, and offsets still point at the text", () => {
    const doc = analyseText(
      [
        { kind: "paragraph", text: "LONDON (Reuters) - Prices rose in March. Wages did not." },
        { kind: "paragraph", text: "PARIS (AFP) - This one stays as written." },
      ],
      null,
      "en",
    );
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "Prices rose in March.",
      "Wages did not.",
      "PARIS (AFP) - This one stays as written.",
    ]);
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });
});

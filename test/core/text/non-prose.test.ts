import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MONTHS, monthNumber } from "../../../src/core/text/month-names";
import {
  isCaptionLine,
  isDateOnly,
  isLinkLine,
  isRelatedLinkLine,
  isTimestampLine,
} from "../../../src/core/text/non-prose";
import { isWeekdayName } from "../../../src/core/text/weekday-names";

/** isDateOnly as it was: split the whole sentence, then test the parts. */
function isDateOnlyBySplit(sentence: string): boolean {
  const parts = sentence.split(/[\s,./:-]+/u).filter(Boolean);
  return (
    parts.length > 0 &&
    parts.length <= 6 &&
    parts.some((p) => monthNumber(p) > 0 || /^\d{4}$/u.test(p)) &&
    parts.every(
      (p) =>
        /^\d{1,4}(?:st|nd|rd|th)?$/u.test(p) ||
        monthNumber(p) > 0 ||
        isWeekdayName(p.toLowerCase()) ||
        /^(?:posted|updated)$/iu.test(p),
    )
  );
}

// Months in several cases and languages, days, years, ordinals, words, every kind of separator,
// other white space, surrogates (lone and paired).
const piece = fc.constantFrom(
  "March",
  "MÄRZ",
  "sept",
  "Jän",
  "mai",
  "5",
  "31",
  "2024",
  "12345",
  "1st",
  "2024th",
  "said",
  "Mayday",
  "Friday",
  "Posted",
  " ",
  ", ",
  ".",
  "/",
  ":",
  "-",
  "\u00a0",
  "\u2028",
  "\u3000",
  "\ud800",
  "\ud83d\ude00",
  "",
);
const sentence = fc.array(piece, { maxLength: 9 }).map((ps) => ps.join(""));
// Only date parts and separators: lines of four, five and more parts.
const datePiece = fc.constantFrom("March", "sept", "5", "2024", "1st", " ", ", ", ".", "-");
const dateLine = fc.array(datePiece, { maxLength: 14 }).map((ps) => ps.join(""));

describe("isDateOnly", () => {
  it("reads date lines", () => {
    expect(isDateOnly("31. Oktober 2023.")).toBe(true);
    expect(isDateOnly("March 5, 2024.")).toBe(true);
    expect(isDateOnly("5 12")).toBe(false);
    expect(isDateOnly("Monday, March 5, 2024")).toBe(true);
    expect(isDateOnly("Posted: Thursday, April 21, 2022.")).toBe(true);
    expect(isDateOnly("Friday, the day after.")).toBe(false);
    expect(isDateOnly("March 5, 2024, 10:30 pm")).toBe(false);
    expect(isDateOnly("")).toBe(false);
    expect(isDateOnly("1 2 March 2024")).toBe(true);
    expect(isDateOnly("1 2 March 2024 5 6 7")).toBe(false);
  });

  it("agrees with splitting the whole sentence", () => {
    fc.assert(
      fc.property(fc.oneof(sentence, dateLine), (s) => {
        expect(isDateOnly(s)).toBe(isDateOnlyBySplit(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("monthNumber", () => {
  it("agrees with lowercasing and a regex that drops one final dot", () => {
    const word = fc.array(
      fc.constantFrom("Sept", "mai", "MÄRZ", "jän", "Jan", "x", ".", "..", " ", "\n", "İ"),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(word, (parts) => {
        const w = parts.join("");
        expect(monthNumber(w)).toBe(MONTHS[w.toLowerCase().replace(/\.$/, "")] ?? 0);
      }),
      { numRuns: 3000 },
    );
    expect(monthNumber("Sept.")).toBe(9);
    expect(monthNumber("Sept..")).toBe(0);
  });
});

describe("isTimestampLine", () => {
  it("reads a page's timestamp lines, with their 'updated' and 'published' words", () => {
    for (const s of [
      "4 de maio de 2022, 05:34 h Atualizado em 4 de maio de 2022, 05:35",
      "Published March 5, 2024 10:30 am",
      "Updated: 10:30 AM EST, Tue March 5, 2024",
      // A clock time alone: the time half of "Posted: Thursday, April 21, 2022. 10:11 pm CST."
      "10:11 pm CST.",
      "10:30 a.m. EST",
    ])
      expect(isTimestampLine(s), s).toBe(true);
  });
  it("leaves sentences with a time, a date and other words", () => {
    for (const s of [
      "At 10:30 in March 2024 he left.",
      "Am 5. März 2024 um 10:30 Uhr begann die Sitzung.",
      "Das war 1990.",
      "The 10:30 train left on 5 March.",
      "10:30 was when the train left.",
    ])
      expect(isTimestampLine(s), s).toBe(false);
  });
});

describe("isLinkLine", () => {
  it("reads an address with a few words as a link line, not a sentence naming a site", () => {
    for (const s of [
      "Hier der Link: https://apolut.net/app/",
      "Veja como em brasil247.com/apoio",
      "9:00 a.m – Comuna 13 pic.twitter.com/9CYgKmoyXT",
    ])
      expect(isLinkLine(s), s).toBe(true);
    // In time linear in the sentence: a run of dotted words ("U.S.U.S.…") had taken 29 s in a
    // backtracking pattern (the bad-input benchmark's case "acronym-run"); answered, it is no link line.
    expect(isLinkLine(`${"U.S.".repeat(50_000)}/x`)).toBe(false);
    for (const s of [
      "Das erste 4on4 Turnier auf Consoles.net ist zu Ende gegangen.",
      "The report, published at www.example.org, says the number of homeless people in the city rose by a third.",
    ])
      expect(isLinkLine(s), s).toBe(false);
  });
});

describe("isRelatedLinkLine", () => {
  it("reads a cue, a colon and another story's title as a link to that story", () => {
    for (const s of [
      'Read more: "Walking Dead" from comics to the small screen .',
      "READ MORE: 5 key issues for next Israeli leader .",
      "See more: The Faces of Pilot Season 2015 .",
      "Read more: Kendrick Lamar's 'To Pimp a Butterfly': A track-by-track guide .",
      "Lesen Sie auch: Die Bahn streicht 200 Verbindungen",
      "Leia também: Governo anuncia novo pacote",
      "Читайте также: Минфин повысил прогноз",
    ])
      expect(isRelatedLinkLine(s), s).toBe(true);
  });
  it("leaves prose that opens with the same words", () => {
    for (const s of [
      "More from the interview appears below.",
      "Read more carefully, the ruling leaves the door open to an appeal.",
      "Related costs rose by 4% in the quarter, the company said.",
      "See more: of the same, the critics said.",
    ])
      expect(isRelatedLinkLine(s), s).toBe(false);
  });
});

describe("isCaptionLine", () => {
  it("reads a figure's, table's or photo's label as a caption, in several languages", () => {
    for (const s of [
      "Figure 3: Changing Font Size of Axis Text.",
      "Abbildung 2: Name, Grösse, Symbol und Beschrieb der Kornformen, Quelle SLF Davos",
      "Bild: Die neuen im „Sturm der Liebe“-Bunde: Soluna-Delta Kokol, Robin Schick und Martin Walde.",
      "Foto: Getty Images / Photographer is my life.",
      "Abb.: Collage aus Internetbildern",
      "Table 1 – Results of the 2019 survey by region.",
    ])
      expect(isCaptionLine(s), s).toBe(true);
  });
  it("leaves prose that names a figure or a photo", () => {
    for (const s of [
      "Table 2 shows that the number of cases rose by a third.",
      "Picture this: a city without cars.",
      "Photographers were kept behind the barrier.",
      "Figures released on Monday show a rise in unemployment.",
    ])
      expect(isCaptionLine(s), s).toBe(false);
  });
});

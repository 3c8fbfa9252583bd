/** Numbers with units and dates resolved against the publication date, in English and other languages. */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/core/facts/dates";
import { findNumbers, parseNumber } from "../../../src/core/facts/numbers";
import { isWeekdayName } from "../../../src/core/text/weekday-names";

const PUB = "2024-04-19T06:27:00-04:00"; // a Friday

const nums = (text: string, lang = "en") => findNumbers(text, lang).map((n) => [n.text, n.value, n.unit]);
const dates = (text: string, lang = "en", pub: string | null = PUB) =>
  findDates(text, pub, lang).map((d) => [d.text, d.iso]);

describe("findNumbers", () => {
  it("reads currency, scale, percent and unit nouns as written", () => {
    expect(nums("It cost $1.2 billion, 40% more, and 3,500 people left.")).toEqual([
      ["$1.2 billion", 1.2e9, "USD"],
      ["40%", 40, "%"],
      ["3,500 people", 3500, "people"],
    ]);
  });
  it("reads English written-out counts only with a unit noun", () => {
    expect(nums("six kidneys went to one person; no one knows why, and one of them")).toEqual([
      ["six kidneys", 6, "kidneys"],
      ["one person", 1, "person"],
    ]);
  });
  it("reads words named like Object's properties as plain units ('constructor', 'toString')", () => {
    expect(nums("5 constructor kits and six constructor sets")).toEqual([
      ["5 constructor", 5, "constructor"],
      ["six constructor", 6, "constructor"],
    ]);
  });
  it("skips clock times and numbers glued to names", () => {
    expect(nums("At 6:27 AM, COVID-19 and the G7 met")).toEqual([]);
  });
  it("reads European decimal commas and currency after the amount", () => {
    expect(nums("1.200,5 Euro und 3 Mio. Dollar", "de")).toEqual([
      ["1.200,5 Euro", 1200.5, "EUR"],
      ["3 Mio. Dollar", 3e6, "USD"],
    ]);
    expect(nums("une hausse de 2,5 pour cent", "fr")).toEqual([["2,5 pour cent", 2.5, "%"]]);
  });
  it("parses separators by language", () => {
    expect(parseNumber("1,234", "en")).toBe(1234);
    expect(parseNumber("1,5", "de")).toBe(1.5);
    expect(parseNumber("1.234.567", "de")).toBe(1234567);
    expect(parseNumber("3.14", "en")).toBe(3.14);
  });
  it("leaves digits inside dates to the dates", () => {
    const text = "On April 19, 2024, 12 people met.";
    const ds = findDates(text, PUB, "en");
    expect(findNumbers(text, "en", ds).map((n) => n.text)).toEqual(["12 people"]);
  });
});

describe("findDates", () => {
  it("resolves weekdays against the publication date", () => {
    expect(dates("They met last Thursday and spoke on Friday.")).toEqual([
      ["last Thursday", "2024-04-18"],
      ["Friday", "2024-04-19"],
    ]);
    expect(dates("The trip began on Tuesday.")).toEqual([["Tuesday", "2024-04-16"]]);
    expect(dates("The talks will resume on Monday.")).toEqual([["Monday", "2024-04-22"]]);
    expect(dates("They meet next Friday.")).toEqual([["next Friday", "2024-04-26"]]);
    expect(dates("Sie trafen sich letzten Donnerstag.", "de")).toEqual([
      ["letzten Donnerstag", "2024-04-18"],
    ]);
  });
  it("knows the weekday names of the languages read, and no property of Object.prototype", () => {
    expect(["montag", "jeudi", "miércoles", "sunday"].every(isWeekdayName)).toBe(true);
    expect(["constructor", "__proto__", "tostring", "monday."].some(isWeekdayName)).toBe(false);
  });
  it("reads absolute dates in several languages", () => {
    expect(dates("6:27 AM EDT, April 19, 2024")).toEqual([["April 19, 2024", "2024-04-19"]]);
    expect(dates("Am 19. April 2024 und am 3.10.2023", "de")).toEqual([
      ["19. April 2024", "2024-04-19"],
      ["3.10.2023", "2023-10-03"],
    ]);
    expect(dates("le 1er mai 2023", "fr")).toEqual([["1er mai 2023", "2023-05-01"]]);
    expect(dates("el 19 de abril de 2024", "es")).toEqual([["19 de abril de 2024", "2024-04-19"]]);
    expect(dates("published 2024-04-19")).toEqual([["2024-04-19", "2024-04-19"]]);
  });
  it("reads months, years and periods", () => {
    expect(dates("In late March, since its inception in 1996")).toEqual([
      ["March", "2024-03"],
      ["1996", "1996"],
    ]);
    expect(dates("as reported earlier this week and last year")).toEqual([
      ["earlier this week", "2024-W16"],
      ["last year", "2023"],
    ]);
    expect(dates("gestern", "de")).toEqual([["gestern", "2024-04-18"]]);
  });
  it("does not take counts or modal verbs for dates", () => {
    expect(dates("2000 people may march")).toEqual([]);
    expect(dates("Das ist hier", "de")).toEqual([]);
  });
  it("leaves relative dates unresolved without a publication date", () => {
    expect(dates("last Thursday, April 19", "en", null)).toEqual([
      ["last Thursday", null],
      ["April 19", null],
    ]);
  });
});

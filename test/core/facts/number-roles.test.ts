/** Digits that are no quantity (names, codes, reference markers, ordinals) and what "pounds" weighs. */
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/core/facts/index";
import { findNumbers } from "../../../src/core/facts/numbers";
import { analyseText } from "../../../src/core/text/analyse";

/** The quantities read. */
const nums = (text: string, lang = "en") =>
  findNumbers(text, lang)
    .filter((n) => n.role !== "name" && n.role !== "rank")
    .map((n) => [n.text, n.value, n.unit]);
/** The digits read as no quantity, with their role. */
const others = (text: string, lang = "en") =>
  findNumbers(text, lang)
    .filter((n) => n.role !== "quantity")
    .map((n) => [n.text, n.role]);

describe("findNumbers: digits that are part of a name or code", () => {
  it("leaves out a capital letter's code glued to the digits, not a unit symbol", () => {
    expect(nums("consumer 3-D printers, 2D games, 5G networks, a 4K TV, the OnePlus 6T")).toEqual([]);
    expect(others("3-D printers and 5G networks")).toEqual([
      ["3", "name"],
      ["5", "name"],
    ]);
    expect(nums("a 12V battery and $5K")).toEqual([
      ["12", 12, null],
      ["$5K", 5000, "USD"],
    ]);
  });
  it("leaves out a model, version or bill number after a capitalised word", () => {
    expect(nums("after the Boeing 737 crashed, Windows 10 was installed and Senate Bill 10 passed")).toEqual(
      [],
    );
    expect(nums("Die Mission Apollo 17 war die letzte, Kapitel 121 ist neu.", "de")).toEqual([]);
    expect(others("after the Boeing 737 crashed")).toEqual([["737 crashed", "name"]]);
    expect(others("the new iPhone 15 was sold out")).toEqual([["15", "name"]]);
  });
  it("keeps counts after a name: grouped, a score, a plural unit, or the sentence's first word", () => {
    expect(nums("Sheldon Bryan 1 goal")).toEqual([["1 goal", 1, "goal"]]);
    expect(nums("as Italy 143,600 cases, Sheffield 19 points; Wales beat Hungary 2-0")).toEqual([
      ["143,600 cases", 143600, "cases"],
      ["19 points", 19, "points"],
      ["2", 2, null],
      ["0", 0, null],
    ]);
    expect(nums("Nearly 300 were hurt")).toEqual([["300", 300, null]]);
    expect(nums("In Malaysia 265 Menschen", "de")).toEqual([["265 Menschen", 265, "menschen"]]);
    expect(nums("Howells' 1892 story")).toEqual([["1892 story", 1892, "story"]]);
    expect(nums("the BPA-free 5 gallon bottles, a Wi-Fi 6 router")).toEqual([["5 gallon", 5, "gallon"]]);
  });
  it("reads currency codes before the amount", () => {
    expect(nums("it costs Rs 299, USD 500 or Rs. 42,900")).toEqual([
      ["Rs 299", 299, "INR"],
      ["USD 500", 500, "USD"],
      ["Rs. 42,900", 42900, "INR"],
    ]);
    expect(nums("he paid Rs 25 lakh")).toEqual([["Rs 25 lakh", 2.5e6, "INR"]]);
  });
  it("leaves out ordinals", () => {
    expect(nums("the 20th century and 3rd place for 5 teams")).toEqual([["5 teams", 5, "teams"]]);
    expect(nums("à la 67e position, le 1er degré", "fr")).toEqual([]);
    expect(others("the 20th century, 3rd place")).toEqual([
      ["20th", "rank"],
      ["3rd", "rank"],
    ]);
  });
});

describe("findNumbers: reference markers", () => {
  it("leaves out bracketed citation numbers, lists and rising ranges", () => {
    const text = "used for over 50 years (1). It lowers pressure (3, 10) and (35–38), plasma.[81]";
    expect(findNumbers(text, "en").map((n) => n.text)).toEqual(["50 years"]);
  });
  it("keeps a bracket after digits or glued to what follows (a tie-break, a phone number)", () => {
    expect(findNumbers("won 7-6 (5), call +49 (0)40", "en").map((n) => n.text)).toEqual([
      "7",
      "6",
      "5",
      "49",
      "0",
      "40",
    ]);
  });
  it("keeps an age after a name and a bracketed score", () => {
    expect(nums("Udo Kriese (75) saw Palm Bay (1-0)")).toEqual([
      ["75", 75, null],
      ["1", 1, null],
      ["0", 0, null],
    ]);
  });
});

describe("findNumbers: units read from the words", () => {
  it("reads pounds as weight unless the context says money", () => {
    expect(nums("Police seized 475 pounds of cocaine; he weighs 200 pounds and lost two pounds")).toEqual([
      ["475 pounds", 475, "pounds"],
      ["200 pounds", 200, "pounds"],
      ["two pounds", 2, "pounds"],
    ]);
    expect(nums("He was fined 1,000 pounds, it cost 2 million pounds, she earns 300 pounds a week")).toEqual([
      ["1,000 pounds", 1000, "GBP"],
      ["2 million pounds", 2e6, "GBP"],
      ["300 pounds", 300, "GBP"],
    ]);
  });
  it("reads a German capitalised noun as a unit even when a stopword list holds it", () => {
    expect(nums("Vor 20 Jahren", "de")).toEqual([["20 Jahren", 20, "jahren"]]);
  });
  it("reads ISO currency codes after the amount, and no single capital as a German unit", () => {
    expect(nums("5 Mio. EUR, 300 US-Dollar und 200 CHF", "de")).toEqual([
      ["5 Mio. EUR", 5e6, "EUR"],
      ["300 US-Dollar", 300, "USD"],
      ["200 CHF", 200, "CHF"],
    ]);
    expect(nums("bei 10.000 U/min", "de")).toEqual([["10.000", 10000, null]]);
  });
  it("reads scales, currencies and percent in Spanish, Italian, Polish and Russian", () => {
    expect(nums("costó 3,5 millones de euros", "es")).toEqual([["3,5 millones de euros", 3.5e6, "EUR"]]);
    expect(nums("2 milioni di euro", "it")).toEqual([["2 milioni di euro", 2e6, "EUR"]]);
    expect(nums("za 2,5 mln zł, wzrost o 5 proc.", "pl")).toEqual([
      ["2,5 mln zł", 2.5e6, "PLN"],
      ["5 proc.", 5, "%"],
    ]);
    expect(nums("потратила 5 млн рублей, 12 процентов", "ru")).toEqual([
      ["5 млн рублей", 5e6, "RUB"],
      ["12 процентов", 12, "%"],
    ]);
  });
  it("reads the Swiss apostrophe as a thousands separator outside English", () => {
    expect(nums("mit 98’767 Dollar und 740'000 Personen", "de")).toEqual([
      ["98’767 Dollar", 98767, "USD"],
      ["740'000 Personen", 740000, "personen"],
    ]);
  });
});

describe("key facts: a name's number is no quantity", () => {
  it("reports no number and no quantity kind for a model's number, but a count as a quantity", () => {
    const text =
      "The airline said the grounded Boeing 737 returned to service on the northern routes yesterday.\n\n" +
      "The airline said it carried 4,000 passengers on the northern routes yesterday.";
    const doc = analyseText(
      text.split("\n\n").map((t) => ({ kind: "paragraph" as const, text: t })),
      "Airline news",
    );
    const facts = extractFacts(doc, [], { facts: 5, publishedAt: null, title: "Airline news" }).keyFacts;
    const model = facts.find((f) => f.text.includes("737"));
    const count = facts.find((f) => f.text.includes("4,000"));
    expect(model?.numbers).toEqual([]);
    expect(model?.kind).not.toBe("quantity");
    expect(count?.kind).toBe("quantity");
  });
});

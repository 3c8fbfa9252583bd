import { describe, expect, it } from "vitest";
import seedText from "../../fixtures/seed-article.txt?raw";
import { summarizeText } from "../../src/core/pipeline";
import { bylineOfBlocks, dateOfBlocks, textToBlocks, titleOfBlocks } from "../../src/core/plain-text";

describe("textToBlocks", () => {
  it("splits paragraphs on blank lines and folds white space inside them", () => {
    expect(textToBlocks("First  line\ncontinues.\n\n  \nSecond.\r\n\r\nThird.")).toEqual([
      { kind: "paragraph", text: "First line continues." },
      { kind: "paragraph", text: "Second." },
      { kind: "paragraph", text: "Third." },
    ]);
  });

  it("takes one paragraph per line when there is no blank line at all", () => {
    expect(textToBlocks("One.\nTwo.\nThree.").map((b) => b.text)).toEqual(["One.", "Two.", "Three."]);
  });

  it("gives nothing for empty or blank text and drops NUL bytes", () => {
    expect(textToBlocks("")).toEqual([]);
    expect(textToBlocks(" \n\n\t ")).toEqual([]);
    expect(textToBlocks("a\u0000b.")).toEqual([{ kind: "paragraph", text: "ab." }]);
  });

  it("takes short paragraphs that do not end like a sentence as headings (headline, caption, dateline)", () => {
    const blocks = textToBlocks(
      'Belarus and North Korea Flex Diplomatic Muscles\n\nImages source: © Licensor\n\n6:27 AM EDT, April 19, 2024\n\nA delegation met officials in Pyongyang.\n\nHe said: "We agreed."\n\nWhat comes next?',
    );
    expect(blocks.map((b) => b.kind)).toEqual([
      "heading",
      "heading",
      "heading",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    expect(titleOfBlocks(blocks)).toBe("Belarus and North Korea Flex Diplomatic Muscles");
  });

  it("takes lines that open with a bullet, or a list's numbers, as list items without their markers", () => {
    const blocks = textToBlocks(
      "Key points\n\n- The council approved a budget of $4.2 million\n• Taxes will rise by 2%,\nthe first rise in ten years\n\nThe steps:\n1. Vote in May.\n2) Start in June.",
    );
    expect(blocks).toEqual([
      { kind: "heading", text: "Key points", level: 2 },
      { kind: "listItem", text: "The council approved a budget of $4.2 million" },
      { kind: "listItem", text: "Taxes will rise by 2%, the first rise in ten years" },
      { kind: "paragraph", text: "The steps:" },
      { kind: "listItem", text: "Vote in May." },
      { kind: "listItem", text: "Start in June." },
    ]);
  });

  it("leaves a line that opens with one number, a dialogue dash or a footnote's asterisk as it is", () => {
    for (const text of [
      "1. FC Köln gewann am Samstag gegen Bayern.",
      "— Нет, — ответил он и ушёл из комнаты, не закрыв дверь.",
      "* Calendário sujeito a alterações feitas pelo Organizador.",
    ])
      expect(textToBlocks(text)).toEqual([{ kind: "paragraph", text }]);
  });

  it("keeps a long paragraph as prose even when its end is cut off", () => {
    const cut = `${"word ".repeat(30)}reported by`;
    expect(textToBlocks(cut)[0].kind).toBe("paragraph");
    expect(titleOfBlocks(textToBlocks(cut))).toBeNull();
  });
});

describe("a plain text's header", () => {
  it("gives the headline without the section label a copy glued to it, and not a shorter headline", () => {
    const glued = textToBlocks(
      "NewsBelarus and North Korea Flex Diplomatic Muscles\n\nBelarus and North Korea Flex Diplomatic Muscles\n\nA delegation met officials in Pyongyang.",
    );
    expect(titleOfBlocks(glued)).toBe("Belarus and North Korea Flex Diplomatic Muscles");
    // A subheading that happens to end the headline is no repeat of it.
    const other = textToBlocks("Live updates: the war in Ukraine\n\nUkraine\n\nTroops crossed the river.");
    expect(titleOfBlocks(other)).toBe("Live updates: the war in Ukraine");
  });

  it("dates the text by a date line before its first paragraph, not by a date in its prose", () => {
    const dated = textToBlocks(
      "Talks in Pyongyang\n\n6:27 AM EDT, April 19, 2024\n\nThe talks began on Tuesday.",
    );
    expect(dateOfBlocks(dated)).toBe("2024-04-19");
    const prose = textToBlocks("Talks in Pyongyang\n\nThe talks began on April 16, 2024, in Pyongyang.");
    expect(dateOfBlocks(prose)).toBeNull();
  });

  it("names the author from a byline line in the header, and not from a headline that opens with 'Von'", () => {
    const header = (t: string) => bylineOfBlocks(textToBlocks(t));
    expect(header("Talks in Pyongyang\n\nBy Anna Kowalska\n\nThe talks began on Tuesday in Pyongyang.")).toBe(
      "Anna Kowalska",
    );
    expect(
      header("Radweg wird verbreitert\n\nVon Petra Ruland | 14.03.2023\n\nDer Radweg wird verbreitert."),
    ).toBe("Petra Ruland");
    expect(header("Von Experten empfohlen\n\nDer Radweg wird ab April verbreitert.")).toBeNull();
    // A byline in the prose is no header's.
    expect(header("Talks in Pyongyang\n\nThe talks began on Tuesday.\n\nBy Anna Kowalska")).toBeNull();
  });

  it("lets the seed article's facts place 'on Tuesday' in the week it was published", () => {
    const result = summarizeText(seedText);
    expect(result.article.title).toBe(
      "Belarus and North Korea Flex Diplomatic Muscles Amid Sanctions Scuffle",
    );
    expect(result.article.publishedAt).toBe("2024-04-19");
    const dates = result.keyFacts.flatMap((f) => f.dates);
    expect(dates).toContainEqual({ text: "Tuesday", iso: "2024-04-16" });
  });
});

import { describe, expect, it } from "vitest";
import { textToBlocks, titleOfBlocks } from "../../src/core/plain-text";

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

  it("keeps a long paragraph as prose even when its end is cut off", () => {
    const cut = `${"word ".repeat(30)}reported by`;
    expect(textToBlocks(cut)[0].kind).toBe("paragraph");
    expect(titleOfBlocks(textToBlocks(cut))).toBeNull();
  });
});

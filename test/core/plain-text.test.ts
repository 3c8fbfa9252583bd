import { describe, expect, it } from "vitest";
import { textToBlocks } from "../../src/core/plain-text";

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
    expect(textToBlocks("a\u0000b")).toEqual([{ kind: "paragraph", text: "ab" }]);
  });
});

/**
 * The playground script's pure helpers, loaded the way a browser loads them (as a classic script)
 * into a Node `vm` context without a DOM. Runs in the Node project: workerd forbids evaluating code.
 */
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { PLAYGROUND_JS } from "../../src/playground/script";

interface Range {
  kind: "summary" | "fact";
  index: number;
  start: number;
  end: number;
}
interface Run {
  start: number;
  end: number;
  summary: number[];
  facts: number[];
  opens: Array<{ kind: string; index: number }>;
}
interface Helpers {
  articleText(paragraphs: Array<{ text: string }>): string;
  highlightRanges(result: unknown, textLength: number): Range[];
  segmentText(from: number, to: number, ranges: Range[]): Run[];
}

function loadHelpers(): Helpers {
  const context: Record<string, unknown> = {};
  runInNewContext(PLAYGROUND_JS, context);
  // Values made in another realm: copy through JSON so toEqual compares plain data.
  const plain =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R =>
      JSON.parse(JSON.stringify(f(...args)));
  return {
    articleText: plain(context.articleText as Helpers["articleText"]),
    highlightRanges: plain(context.highlightRanges as Helpers["highlightRanges"]),
    segmentText: plain(context.segmentText as Helpers["segmentText"]),
  };
}

const h = loadHelpers();

/** The text of each run, with its covering summary (S) and fact (F) indexes. */
function describeRuns(text: string, runs: Run[]): string[] {
  return runs.map(
    (r) =>
      text.slice(r.start, r.end) +
      (r.summary.length ? ` S${r.summary.join(",")}` : "") +
      (r.facts.length ? ` F${r.facts.join(",")}` : ""),
  );
}

describe("playground highlighting helpers", () => {
  it("loads without a DOM and defines the helpers", () => {
    for (const name of ["articleText", "highlightRanges", "segmentText"] as const) {
      expect(typeof h[name]).toBe("function");
    }
  });

  it("joins paragraphs with a blank line, the text the result's offsets index", () => {
    expect(h.articleText([{ text: "One." }, { text: "Two." }])).toBe("One.\n\nTwo.");
  });

  it("takes summary sentences by offsets, facts by their kept pieces when trimmed, and clips to the text", () => {
    const result = {
      summary: [{ start: 0, end: 4 }],
      keyFacts: [
        { source: { start: 6, end: 20 } },
        {
          source: { start: 6, end: 20 },
          pieces: [
            { start: 6, end: 9 },
            { start: 12, end: 20 },
          ],
        },
        { source: { start: 30, end: 40 } },
      ],
    };
    expect(h.highlightRanges(result, 15)).toEqual([
      { kind: "summary", index: 0, start: 0, end: 4 },
      { kind: "fact", index: 0, start: 6, end: 15 },
      { kind: "fact", index: 1, start: 6, end: 9 },
      { kind: "fact", index: 1, start: 12, end: 15 },
    ]);
  });

  it("cuts overlapping summary and fact ranges into runs with every covering index", () => {
    //            0         1         2
    //            0123456789012345678901234
    const text = "Alpha beta. Gamma delta.";
    const ranges: Range[] = [
      { kind: "summary", index: 0, start: 0, end: 11 },
      { kind: "fact", index: 0, start: 6, end: 11 },
      { kind: "fact", index: 1, start: 0, end: 11 },
    ];
    const runs = h.segmentText(0, text.length, ranges);
    expect(describeRuns(text, runs)).toEqual(["Alpha  S0 F1", "beta. S0 F0,1", " Gamma delta."]);
    expect(runs[0].opens).toEqual([
      { kind: "summary", index: 0 },
      { kind: "fact", index: 1 },
    ]);
    expect(runs[1].opens).toEqual([{ kind: "fact", index: 0 }]);
    expect(runs[2].opens).toEqual([]);
  });

  it("tags a trimmed fact once, at its first piece, and leaves the trimmed aside unmarked", () => {
    const text = "Officials, he said, agreed.";
    const ranges: Range[] = [
      { kind: "fact", index: 0, start: 0, end: 9 },
      { kind: "fact", index: 0, start: 20, end: 27 },
    ];
    const runs = h.segmentText(0, text.length, ranges);
    expect(describeRuns(text, runs)).toEqual(["Officials F0", ", he said, ", "agreed. F0"]);
    expect(runs.map((r) => r.opens.length)).toEqual([1, 0, 0]);
  });

  it("segments one block of a longer text, with ranges in article offsets", () => {
    const paragraphs = [{ text: "First block." }, { text: "Second block here." }];
    const text = h.articleText(paragraphs);
    const second = text.indexOf("Second");
    const ranges: Range[] = [{ kind: "summary", index: 2, start: second, end: second + 6 }];
    const runs = h.segmentText(second, text.length, ranges);
    expect(describeRuns(text, runs)).toEqual(["Second S2", " block here."]);
    // The first block holds none of it.
    expect(describeRuns(text, h.segmentText(0, paragraphs[0].text.length, ranges))).toEqual(["First block."]);
  });

  it("covers the block exactly with no gaps whatever the ranges", () => {
    const text = "abcdefghijklmnopqrstuvwxyz";
    const ranges: Range[] = [
      { kind: "summary", index: 0, start: 3, end: 12 },
      { kind: "fact", index: 0, start: 5, end: 8 },
      { kind: "fact", index: 1, start: 10, end: 20 },
      { kind: "summary", index: 1, start: 20, end: 26 },
    ];
    const runs = h.segmentText(0, text.length, ranges);
    expect(runs.map((r) => text.slice(r.start, r.end)).join("")).toBe(text);
    for (let i = 1; i < runs.length; i++) expect(runs[i].start).toBe(runs[i - 1].end);
  });
});

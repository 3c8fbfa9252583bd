/**
 * Property-based tests of the core (`summarizeHtml`) with fast-check, on generated article-like HTML
 * and on randomly mutated fixture pages. For every input: it never throws; every summary sentence is
 * the slice of the extracted article text at its offsets; every key fact is faithful (its names,
 * numbers and dates occur verbatim in the article text, its words are the article's, its offsets point
 * into it); the same input twice gives a deep-equal output. A fixed seed and a bounded number of runs
 * keep it reproducible (a failure prints the seed and path to replay it).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import cjkArticle from "../../fixtures/cjk-article.html?raw";
import jsonldArticle from "../../fixtures/jsonld-article.html?raw";
import listsTable from "../../fixtures/lists-table.html?raw";
import seedArticle from "../../fixtures/seed-article.html?raw";
import shortParagraphs from "../../fixtures/short-paragraphs.html?raw";
import { summarizeHtml } from "../../src/core/pipeline";
import { articleText } from "../../src/core/text/article-text";
import type { PipelineOptions, PipelineResult } from "../../src/core/types";
import { expectWordsFromInput } from "./check";

const SEED = 20240419;
/** Runs per property: enough variety, well under 20 s in workerd for the file. */
const RUNS = 300;
const TIMEOUT_MS = 60_000;

/** Words of every kind the text stages treat specially. */
const WORDS = [
  "the",
  "board",
  "said",
  "on",
  "Tuesday",
  "water",
  "pipes",
  "city",
  "council",
  "approved",
  "Mr.",
  "Dr.",
  "Mrs.",
  "St.",
  "U.S.",
  "U.N.",
  "e.g.",
  "i.e.",
  "etc.",
  "Jan.",
  "No.",
  "vs.",
  "3.5",
  "1,200",
  "$4bn",
  "15%",
  "40",
  "2024",
  "April 19, 2024",
  "12 May",
  "2023-05-12",
  "€3m",
  "10:30",
  '"',
  "“",
  "”",
  "«",
  "»",
  "'",
  "(",
  ")",
  "—",
  "-",
  "...",
  "…",
  "!",
  "?",
  ";",
  ":",
  ",",
  "Anna Berg",
  "North Korea",
  "Yevgeny Shestakov",
  "KCNA",
  "Reuters",
  "WASHINGTON (Reuters) -",
  "Москва",
  "библиотека",
  "東京",
  "美術館が開館した。",
  "مكتبة",
  "עיר",
  "café",
  "naïve",
  "👩‍👩‍👧",
  "\u200b",
];
const wordArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);
/** A sentence-ish run of words, sometimes ended by punctuation. */
const textArb = fc
  .tuple(fc.array(wordArb, { minLength: 1, maxLength: 30 }), fc.constantFrom(".", "!", "?", "", ".”", "."))
  .map(([ws, end]) => ws.join(" ") + end);

const BLOCK_TAGS = [
  "article",
  "div",
  "section",
  "main",
  "p",
  "blockquote",
  "ul",
  "li",
  "table",
  "tr",
  "td",
  "figure",
  "figcaption",
  "h1",
  "h2",
  "h3",
  "pre",
];
const CHROME_TAGS = ["nav", "footer", "header", "aside", "script", "style", "form"];
const INLINE_TAGS = ["b", "i", "em", "strong", "a", "span", "q", "time", "br"];
const ATTRS = [
  "",
  ' class="article-body"',
  ' class="comments"',
  ' id="main"',
  " hidden",
  ' class="share"',
  ' itemprop="articleBody"',
  ' lang="fr"',
];

type Node = string | { tag: string; attrs: string; children: Node[] };

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    textArb,
    fc.record({
      tag: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...BLOCK_TAGS) },
        { weight: 1, arbitrary: fc.constantFrom(...CHROME_TAGS) },
        { weight: 2, arbitrary: fc.constantFrom(...INLINE_TAGS) },
      ),
      attrs: fc.constantFrom(...ATTRS),
      children: fc.array(tie("node"), { maxLength: 6 }),
    }),
  ),
}));

function render(n: Node, rand: (i: number) => boolean, i = 0): string {
  if (typeof n === "string") return n.replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;"));
  const inner = n.children.map((c, k) => render(c, rand, i * 7 + k + 1)).join(rand(i) ? "\n" : "");
  // Some end tags are left out, as real pages do.
  const close = rand(i + 3) ? "" : `</${n.tag}>`;
  return `<${n.tag}${n.attrs}>${inner}${close}`;
}

const pageArb = fc
  .tuple(fc.option(textArb), fc.array(node, { minLength: 1, maxLength: 6 }), fc.integer())
  .map(([title, body, bits]) => {
    const rand = (i: number) => ((bits >>> (i % 31)) & 1) === 1 && i % 5 === 0;
    const head = title === null ? "" : `<title>${render(title, rand)}</title>`;
    return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body.map((b, i) => render(b, rand, i)).join("\n")}</body></html>`;
  });

const optionsArb: fc.Arbitrary<PipelineOptions> = fc.record(
  {
    sentences: fc.integer({ min: 1, max: 20 }),
    facts: fc.integer({ min: 0, max: 20 }),
    ratio: fc.double({ min: 0.01, max: 1, noNaN: true }),
    lang: fc.constantFrom("en", "de", "ru", "ja", "fr"),
  },
  { requiredKeys: [] },
);

const FIXTURES = [seedArticle, jsonldArticle, listsTable, shortParagraphs, cjkArticle];

/** A mutation of a fixture page: delete, duplicate or insert a slice. */
type Mutation =
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "insert"; at: number; text: string };

const SNIPPETS = [
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<!--",
  "-->",
  "<script>",
  "&amp;",
  "&#",
  '"',
  "<",
  ">",
  "Mr. ",
  "\u0000",
  "</article>",
  "<h1>",
  "U.S. ",
  "3.5%",
];
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 400 }),
  }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 20 })),
  }),
);

function mutate(html: string, mutations: Mutation[]): string {
  let s = html;
  for (const m of mutations) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.kind === "delete") s = s.slice(0, at) + s.slice(at + m.length);
    else if (m.kind === "duplicate")
      s = s.slice(0, at + m.length) + s.slice(at, at + m.length) + s.slice(at + m.length);
    else s = s.slice(0, at) + m.text + s.slice(at);
  }
  return s;
}

const mutatedArb = fc
  .tuple(
    fc.integer({ min: 0, max: FIXTURES.length - 1 }),
    fc.array(mutationArb, { minLength: 1, maxLength: 8 }),
  )
  .map(([i, ms]) => mutate(FIXTURES[i], ms));

/** Every property of one input; throws (fails) on the first broken one. */
function checkProperties(html: string, options: PipelineOptions): void {
  let result: PipelineResult;
  try {
    result = summarizeHtml(html, options);
  } catch (err) {
    expect.fail(`summarizeHtml threw: ${String(err)}`);
  }
  const text = articleText(result.blocks);
  for (const s of result.summary) {
    expect(s.text, "summary sentence = its slice of the article text").toBe(text.slice(s.start, s.end));
    expect(s.text.trim().length).toBeGreaterThan(0);
  }
  for (const f of result.keyFacts) {
    expect(f.source.start).toBeGreaterThanOrEqual(0);
    expect(f.source.end).toBeLessThanOrEqual(text.length);
    expect(f.source.start).toBeLessThan(f.source.end);
    for (const p of f.pieces ?? []) {
      expect(p.start).toBeGreaterThanOrEqual(f.source.start);
      expect(p.end).toBeLessThanOrEqual(f.source.end);
    }
    for (const e of f.entities) expect(text, "fact entity in the text").toContain(e.text);
    for (const n of f.numbers) expect(text, "fact number in the text").toContain(n.text);
    for (const d of f.dates) expect(text, "fact date in the text").toContain(d.text);
    expectWordsFromInput(f.text, text, "key fact");
  }
  for (const e of result.entities) expect(text, "entity in the text").toContain(e.text);
  expect(summarizeHtml(html, options), "deterministic").toEqual(result);
}

describe("core properties", () => {
  it("hold on generated article-like HTML", { timeout: TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(pageArb, optionsArb, (html, options) => checkProperties(html, options)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("hold on mutated fixture pages", { timeout: TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(mutatedArb, optionsArb, (html, options) => checkProperties(html, options)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("hold on the fixture pages themselves, with default options", () => {
    for (const html of FIXTURES) checkProperties(html, {});
  });
});

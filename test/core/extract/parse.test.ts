/** Tree building on malformed HTML: where browsers put what the markup leaves open or closes too early. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/core/extract/index";
import type { Element } from "../../../src/core/extract/parse";
import { parseHtml } from "../../../src/core/extract/parse";
import { articleText } from "../../../src/core/text/article-text";

const paragraph = (n: number) =>
  `Paragraph ${n} of the story tells how the harbour ferry returned to service after eleven weeks, ` +
  "and what the operator plans for the summer timetable.";

/** Tags of an element's child elements. */
const childTags = (el: Element) =>
  el.children.filter((c) => typeof c !== "string").map((c) => (c as Element).tag);

function find(el: Element, tag: string): Element | null {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.tag === tag) return c;
    const inner = find(c, tag);
    if (inner) return inner;
  }
  return null;
}

describe("parseHtml on malformed markup", () => {
  it("keeps content after </body> and </html> in the body, inside what is still open", () => {
    const page = parseHtml(
      `<html><body><div class="story"><p>${paragraph(1)}</p></body></html><p>${paragraph(2)}</p>`,
    );
    const story = find(page.root, "div") as Element;
    expect(childTags(story)).toEqual(["p", "p"]);
  });

  it("closes an open <p> at the next block even through inline elements left open", () => {
    const page = parseHtml("<body><div><p>One <b>two <i>three<p>Four</div></body>");
    const div = find(page.root, "div") as Element;
    expect(childTags(div)).toEqual(["p", "p"]);
  });
});

describe("extraction on malformed markup", () => {
  it("reads the paragraphs under an <a> left unclosed as text, not as one long link", () => {
    const html = `<html><head><title>Ferry</title></head><body>
      <div class="nav"><a href="/">Home<a href="/news">News
      <div class="story"><h1>Ferry returns</h1>
      <p>${paragraph(1)}<p>${paragraph(2)}<p>${paragraph(3)}</div></body></html>`;
    const text = articleText(extractArticle(html).blocks);
    expect(text).toContain("Paragraph 1 of the story");
    expect(text).toContain("Paragraph 3 of the story");
  });

  it("reads a lede wrapped in a link, followed by the body, as text", () => {
    const html = `<html><body><div class="article"><h1>Ferry returns</h1>
      <a href="/x"><p>${paragraph(1)}</p></a><p>${paragraph(2)}</p><p>${paragraph(3)}</p></div></body></html>`;
    expect(articleText(extractArticle(html).blocks)).toContain("Paragraph 1 of the story");
  });

  it("keeps a teaser's single blurb inside a link as link text (a list of them is no article)", () => {
    const teaser = (n: number) =>
      `<div class="card"><a href="/s/${n}"><h3>Story ${n}</h3><p>${paragraph(n)}</p><p>May 4</p></a></div>`;
    const html = `<html><body><div class="list">${[1, 2, 3, 4, 5].map(teaser).join("")}</div></body></html>`;
    expect(extractArticle(html).blocks).toEqual([]);
  });

  it("keeps a short unpunctuated last paragraph of the article", () => {
    const html = `<html><body><article><p>${paragraph(1)}</p><p>${paragraph(2)}</p>
      <p>The operator said a second vessel would join the route next spring</p></article>
      <div class="footer"><a href="/">Northport Herald</a></div></body></html>`;
    expect(articleText(extractArticle(html).blocks)).toContain("join the route next spring");
  });
});

describe("inline SVG icons", () => {
  const icon = `<a class="share" href="/share"><svg class="icon" viewBox="0 0 512 512" xmlns="http://www.w3.org/2000/svg"><title/><path d="M0 0h512v512H0z"/></svg></a>`;

  it("reads a self-closed <title/> inside <svg> as SVG's element, not as the start of the page's title", () => {
    const page = parseHtml(
      `<html><head><title>Autumn trips</title></head><body>${icon}<p>${paragraph(1)}</p><p>${paragraph(2)}</p></body></html>`,
    );
    expect(page.title).toBe("Autumn trips");
    expect(childTags(find(page.root, "body") as Element)).toEqual(["a", "p", "p"]);
    const text = articleText(extractArticle(`${icon}<p>${paragraph(1)}</p><p>${paragraph(2)}</p>`).blocks);
    expect(text).toContain("Paragraph 2 of the story");
  });

  it("still reads a <title> or <style> outside SVG as text only", () => {
    const page = parseHtml(
      `<head><title>A <b>bold</b> claim</title><style>p{}</style></head><body><p>x</p></body>`,
    );
    expect(page.title).toBe("A <b>bold</b> claim");
    expect(childTags(find(page.root, "body") as Element)).toEqual(["p"]);
  });
});

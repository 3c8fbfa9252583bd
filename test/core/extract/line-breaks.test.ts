/** A single <br> inside a sentence does not split the paragraph; line lists and double breaks do. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/core/extract/index";

const PROSE = "The council met on Monday to discuss the budget and agreed to publish the figures next week. ";

function paragraphs(inner: string): string[] {
  const html = `<html><body><article><h1>Budget</h1><p>${PROSE.repeat(3)}</p><p>${inner}</p><p>${PROSE.repeat(2)}</p></article></body></html>`;
  return extractArticle(html).blocks.map((b) => b.text);
}

describe("line breaks inside paragraphs", () => {
  it("joins a sentence broken by one <br>", () => {
    expect(
      paragraphs("The meeting will bring together in the capital more than<br>1 000 delegates from abroad."),
    ).toContain("The meeting will bring together in the capital more than 1 000 delegates from abroad.");
    expect(
      paragraphs("The only condition for customers is a line with<br />more than 16 Mbit of bandwidth."),
    ).toContain("The only condition for customers is a line with more than 16 Mbit of bandwidth.");
  });

  it("keeps lines apart after punctuation, before a list's item or an address, and at a double break", () => {
    const lines = paragraphs(
      "The results of the race were published:<br>1. Dorothea Wierer (ITA) 35.58,7 with two misses<br>b) the second line of a list here<br>Contact us at our office in town<br>www.example.org<br>A short line of text that has five words<br><br>and then a new paragraph in lower case.",
    );
    expect(lines).toContain("The results of the race were published:");
    expect(lines).toContain("1. Dorothea Wierer (ITA) 35.58,7 with two misses");
    expect(lines).toContain("b) the second line of a list here");
    expect(lines).toContain("www.example.org");
    expect(lines).toContain("and then a new paragraph in lower case.");
  });
});

describe("a paragraph of short lines broken by <br> (a calendar, a schedule, an address)", () => {
  const schedule = [
    "Round 1: 10 March – Northgate",
    "Round 2: 8 April – Eastfield Park",
    "Round 3: 22 April – Millbrook",
    "Round 4: 6 May – Stonebridge",
    "Round 5: 20 May – Harbour Circuit",
    "Round 6: 5 August – Old Quay",
  ];
  const html = `<html><head><title>Race calendar 2018</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/results">Results</a></nav>
    <div class="post" itemprop="articleBody"><h1>Race calendar 2018</h1>
      <h3>The 2018 season</h3>
      <p>${schedule.join("<br>\n")}</p>
      <p>* Dates may still change</p>
    </div>
    <aside class="sidebar"><p><a href="/columns">Columns</a></p></aside>
  </body></html>`;

  it("is an article: its lines together weigh as prose, though each alone reads as a label", () => {
    const lines = extractArticle(html).blocks.map((b) => b.text);
    expect(lines).toEqual(expect.arrayContaining(schedule));
    expect(lines.join("\n")).not.toMatch(/Home|Columns/);
  });

  it("in a <div> too (song lyrics, a schedule)", () => {
    const inDiv = html.replace(/<p>([\s\S]*?)<\/p>/, '<div class="schedule">$1</div>');
    expect(inDiv).toContain('<div class="schedule">Round 1');
    expect(extractArticle(inDiv).blocks.map((b) => b.text)).toEqual(expect.arrayContaining(schedule));
  });

  it("but three short links broken by <br> are still a menu", () => {
    const menu = html.replace(
      schedule.join("<br>\n"),
      schedule.map((s, i) => `<a href="/r/${i}">${s}</a>`).join("<br>\n"),
    );
    expect(extractArticle(menu).blocks).toEqual([]);
  });
});

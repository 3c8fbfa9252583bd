/** The seed page: a realistic news page around the seed article, with the usual chrome around it. */
import { describe, expect, it } from "vitest";
import html from "../../../fixtures/seed-article.html?raw";
import { extractArticle } from "../../../src/core/extract/index";
import { articleText } from "../../../src/core/text/article-text";

const article = extractArticle(html);
const text = articleText(article.blocks);

describe("seed article page", () => {
  it("keeps the article's paragraphs in reading order, with the subheading as a heading", () => {
    const starts = [
      "A delegation from Belarus recently met",
      "Deputy Foreign Minister of Belarus, Yevgeny Shestakov",
      "This series of diplomatic engagements",
      "International sanctions monitoring faces changes",
      "In a significant shift, Russia has announced",
      "Shestakov's trip to Pyongyang",
    ];
    expect(article.blocks.map((b) => b.text.slice(0, 20))).toEqual(starts.map((s) => s.slice(0, 20)));
    expect(article.blocks[3]).toEqual({
      kind: "heading",
      level: 2,
      text: "International sanctions monitoring faces changes",
    });
  });

  it("drops navigation, cookie banner, share bar, caption, byline, related rail, tags and footer", () => {
    for (const junk of [
      "We use cookies",
      "Accept all",
      "Politics",
      "Facebook",
      "1.2k shares",
      "Images source",
      "Licensor",
      "By Anna Kowalska",
      "6:27 AM EDT",
      "Advertisement",
      "Related content",
      "Kim and Putin meet",
      "North Korea Sanctions",
      "All rights reserved",
      "Privacy policy",
    ]) {
      expect(text, junk).not.toContain(junk);
    }
  });

  it("does not repeat the headline in the text", () => {
    expect(text).not.toContain("Flex Diplomatic Muscles");
  });

  it("reads the metadata from JSON-LD, OpenGraph and the page", () => {
    expect(article.title).toBe("Belarus and North Korea Flex Diplomatic Muscles Amid Sanctions Scuffle");
    expect(article.byline).toBe("Anna Kowalska");
    expect(article.publishedAt).toBe("2024-04-19T06:27:00-04:00");
    expect(article.siteName).toBe("World Courier");
    expect(article.lang).toBe("en");
    expect(article.url).toBe("https://news.example.com/world/belarus-north-korea-ties");
    expect(article.description).toMatch(/^A Belarusian delegation met/);
  });
});

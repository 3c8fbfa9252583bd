/** Hostile and odd input: the extractor must answer, bounded, and never throw. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseDate, textDate, urlDate } from "../../../src/core/extract/dates";
import { extractArticle, extractArticleStrict } from "../../../src/core/extract/index";
import { normaliseLang } from "../../../src/core/extract/metadata";
import { MAX_DEPTH, parseHtml } from "../../../src/core/extract/parse";

const PARAGRAPH =
  "The committee met on Monday to discuss the budget, and its members agreed to publish the figures next week. ";

describe("deep nesting", () => {
  it("flattens 100,000 nested elements without overflowing the stack, and keeps their text", () => {
    const depth = 100_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>${PARAGRAPH.repeat(3)}</p>${"</div>".repeat(depth)}</body></html>`;
    const page = parseHtml(html);
    expect(Math.max(...page.elements.map((e) => e.depth))).toBeLessThanOrEqual(MAX_DEPTH);
    expect(page.flattenedBy.depth).toBe(true);
    const a = extractArticleStrict(html);
    expect(a.blocks.length).toBeGreaterThan(0);
    expect(a.blocks[0].text).toContain("The committee met on Monday");
  });

  it("survives unclosed inline nesting", () => {
    const html = `<body>${"<b><i><span>".repeat(30_000)}${PARAGRAPH.repeat(3)}</body>`;
    expect(() => extractArticleStrict(html)).not.toThrow();
  });
});

describe("hostile titles", () => {
  it("reads a title of 20,000 separated parts in linear time (each part is not compared with the headline)", () => {
    const title = "Headline: ".repeat(20_000);
    const html = `<html><head><title>${title}</title><meta property="og:site_name" content="${"Site ".repeat(10_000)}"></head><body><h1>Headline</h1><p>${PARAGRAPH.repeat(3)}</p></body></html>`;
    const start = performance.now();
    const a = extractArticleStrict(html);
    // Quadratic work took ~26 s here; linear takes milliseconds (a wide bound for a shared machine).
    expect(performance.now() - start).toBeLessThan(3000);
    expect(a.title).toBe(title.trim());
  });
});

describe("never throws", () => {
  it("on arbitrary strings and tag soup", () => {
    const soup = fc.array(
      fc.oneof(
        fc.constantFrom(
          "<div>",
          "</div>",
          "<p>",
          "</p>",
          "<a href=x>",
          "</a>",
          "<table><tr><td>",
          "<br>",
          "<script>",
          "</script>",
          "<!--",
          "-->",
          "<![CDATA[",
          "&amp;",
          "&#xFFFF;",
          "<svg>",
          "<li>",
          "<h2>",
          "<pre>",
        ),
        fc.string(),
        fc.constant(PARAGRAPH),
      ),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(soup, (parts) => {
        const a = extractArticleStrict(parts.join(""));
        expect(Array.isArray(a.blocks)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("on broken JSON-LD and odd metadata", () => {
    const html = `<html lang="--"><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
<script type="application/ld+json">[null, 1, "x", {"@graph": [null, {"@type": ["NewsArticle"], "author": [null, 3, {"name": 7}], "datePublished": "yesterday"}]}]</script>
<meta property="article:published_time" content="not a date"></head><body><p>${PARAGRAPH.repeat(3)}</p></body></html>`;
    const a = extractArticleStrict(html);
    expect(a.publishedAt).toBeNull();
    expect(a.byline).toBeNull();
    expect(a.lang).toBeNull();
    expect(a.blocks).toHaveLength(1);
  });

  it("on a non-string argument (the safety net answers an empty article)", () => {
    expect(extractArticle(undefined as unknown as string).blocks).toEqual([]);
  });
});

describe("metadata normalisation", () => {
  it("writes dates as ISO 8601", () => {
    expect(normaliseDate("2024-04-19T06:27:00-0400")).toBe("2024-04-19T06:27:00-04:00");
    expect(normaliseDate("2024-04-19 06:27")).toBe("2024-04-19T06:27");
    expect(normaliseDate("2024-04-19")).toBe("2024-04-19");
    expect(normaliseDate("20240419")).toBe("2024-04-19");
    expect(normaliseDate("Fri, 19 Apr 2024 10:27:00 GMT")).toBe("2024-04-19T10:27:00Z");
    expect(normaliseDate("last Tuesday")).toBeNull();
  });

  it("reads the day a page's date line names", () => {
    expect(textDate("Monday, November 18, 2019")).toBe("2019-11-18");
    expect(textDate("posted on  April 21, 2015, at 11:29 a.m.")).toBe("2015-04-21");
    expect(textDate("Updated 3rd Sept. 2021 14:02")).toBe("2021-09-03");
    expect(textDate("May the best team win in 2024")).toBeNull();
    expect(textDate("March 42, 2019")).toBeNull();
  });

  it("reads date lines in the other languages and in numbers", () => {
    expect(textDate("Erstellt von Fabian am Dienstag 6. Mai 2014")).toBe("2014-05-06");
    expect(textDate("23. Juli 2017")).toBe("2017-07-23");
    expect(textDate("publié le 6 mai 2014")).toBe("2014-05-06");
    expect(textDate("6 de mayo de 2014")).toBe("2014-05-06");
    expect(textDate("12 gennaio 2020")).toBe("2020-01-12");
    expect(textDate("am 25.08.2015 22:30")).toBe("2015-08-25");
    expect(textDate(" 2020-02-19 20:29:58")).toBe("2020-02-19");
    // Not dates: a version number, a month without a day, a day that does not exist.
    expect(textDate("Version 2.10.2015 beta")).toBe("2015-10-02");
    expect(textDate("im Mai 2014")).toBeNull();
    expect(textDate("31.13.2019")).toBeNull();
  });

  it("reads the day a page's address files it under", () => {
    expect(urlDate("https://example.org/2019/10/22/some-story/")).toBe("2019-10-22");
    expect(urlDate("https://example.org/news/2020-02-05-story.html")).toBe("2020-02-05");
    expect(urlDate("https://example.org/2019/10/some-story/")).toBeNull();
    expect(urlDate("https://example.org/2019/10/2233445/")).toBeNull();
    expect(urlDate(null)).toBeNull();
  });

  it("reduces languages to ISO 639-1", () => {
    expect(normaliseLang("en-US")).toBe("en");
    expect(normaliseLang("pt_BR")).toBe("pt");
    expect(normaliseLang("DE")).toBe("de");
    expect(normaliseLang("english")).toBeNull();
  });
});

describe("bylines from the page", () => {
  it("keep the name, without 'By', dates or handles", () => {
    const body = `<p>${PARAGRAPH.repeat(3)}</p>`;
    const cases: Array<[string, string]> = [
      ['<span class="byline">By Jane Doe - Apr 16, 2015 8:02 pm UTC</span>', "Jane Doe"],
      ['<div class="author">Steven Musil January 18, 2017 11:00 PM PST @stevenmusil</div>', "Steven Musil"],
      ['<a rel="author" href="/jd">Jane Doe</a>', "Jane Doe"],
    ];
    for (const [markup, name] of cases) {
      expect(extractArticleStrict(`<body>${markup}${body}</body>`).byline).toBe(name);
    }
  });
});

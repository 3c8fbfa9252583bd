/** The author's name out of the labels and leftovers pages put around it (src/core/extract/byline.ts). */
import { describe, expect, it } from "vitest";
import { bylineName } from "../../../src/core/extract/byline";
import { extractArticle } from "../../../src/core/extract/index";

describe("bylineName", () => {
  it.each([
    ["Zeige alle Beiträge von Petra Ruland", "Petra Ruland"],
    ["View all posts by Jane Doe", "Jane Doe"],
    ["Veröffentlicht vonChris Jung", "Chris Jung"],
    ["Eingestellt von der Michel", "der Michel"],
    ["Beitragvon r23 »", "r23"],
    ["By Jane Doe", "Jane Doe"],
    ["vom Support Team", "Support Team"],
    ["Interview: Julia Lauter", "Julia Lauter"],
    ["AFP/The Local - [email protected]", "AFP/The Local"],
    ["Frank Bueltge - http://bueltge.de", "Frank Bueltge"],
    ["MORITZ GATHMANN am", "MORITZ GATHMANN"],
    ["Isabella.DiBiase am Samstag", "Isabella.DiBiase"],
    ["Erstellt von Andri Bryner", "Andri Bryner"],
    ["Gespeichert von rasos", "rasos"],
    ["erstellt von Dominique — veröffentlicht", "Dominique"],
    ["Williams Perdomo @wperdomod", "Williams Perdomo"],
    ["Christian Thiele, 07 Dezember, 2022", "Christian Thiele"],
  ])("%s → %s", (raw, name) => {
    expect(bylineName(raw)).toBe(name);
  });

  it.each([
    "admin",
    "No Author",
    "By",
    "Artikel von",
    "Posted by",
    "",
    "Veröffentlicht",
    "Publiziert",
    "Follow",
    "Alle Beiträge",
  ])("%j is no name", (raw) => {
    expect(bylineName(raw)).toBeNull();
  });

  it("leaves names with a particle and ordinary words alone", () => {
    expect(bylineName("Ursula von der Leyen")).toBe("Ursula von der Leyen");
    expect(bylineName("Posted byron")).toBe("Posted byron");
    expect(bylineName("Anna Amsel")).toBe("Anna Amsel");
  });
});

describe("metadata read from the page", () => {
  const page = (head: string, body = "") =>
    `<html><head>${head}</head><body><article><h1>Headline</h1>${body}<p>${"The council voted on the plan on Monday after a long debate about its costs. ".repeat(6)}</p></article></body></html>`;

  it("decodes the HTML references content systems leave in JSON-LD", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A Paris-8, beaucoup d&#039;actions &amp; de tension","author":{"name":"Jos&eacute; Ruiz"}}</script>`;
    const a = extractArticle(page(ld));
    expect(a.title).toBe("A Paris-8, beaucoup d'actions & de tension");
    expect(a.byline).toBe("José Ruiz");
  });

  it("passes over a byline element that holds only its label", () => {
    const body = `<p><span class="meta-prep-author">By </span><span class="author vcard"><a href="/author/daniel">Daniel</a></span></p>`;
    expect(extractArticle(page("", body)).byline).toBe("Daniel");
  });

  it("reads the name out of a byline element without a relative time or a lone 'Last Updated:' label", () => {
    expect(extractArticle(page("", `<div class="author-line">James Akinaka • 8h</div>`)).byline).toBe(
      "James Akinaka",
    );
    expect(
      extractArticle(page("", `<div class="byline">Last Updated: January 7, 2025</div>`)).byline,
    ).toBeNull();
  });

  it("reads the name without marks and a 'By:' before it or what a bar or a labelled field adds after it", () => {
    const byline = (html: string) => extractArticle(page("", html)).byline;
    expect(byline(`<div class="author">| BY: Jane Doe</div>`)).toBe("Jane Doe");
    expect(byline(`<div class="author">Von: Götz Warnke</div>`)).toBe("Götz Warnke");
    expect(byline(`<div class="author">Jacobo Betancur | Publicado hace 3 horas</div>`)).toBe(
      "Jacobo Betancur",
    );
    expect(byline(`<div class="author">Gàbor Muniér , Datum: 15.Jun.19 , Kommentare: 0</div>`)).toBe(
      "Gàbor Muniér",
    );
    expect(
      byline(
        `<div class="author-info"><span>Sara Zinnecker</span> <span>Stand: 05. Februar 2020</span></div>`,
      ),
    ).toBe("Sara Zinnecker");
  });

  it("passes over a placeholder author to the next source", () => {
    const a = extractArticle(
      page(`<meta name="author" content="admin">`, `<span rel="author">Anna Amsel</span>`),
    );
    expect(a.byline).toBe("Anna Amsel");
  });

  it("takes no founding day, birthday or a source's access date for the story's date", () => {
    const body = `<table class="infobox"><tr><td><span class="bday dtstart published updated">1998-02-28</span></td></tr></table><p>Sources: <span class="reference-accessdate">. Retrieved 2016-05-01</span></p>`;
    expect(extractArticle(page("", body)).publishedAt).toBeNull();
  });

  it("reads a date from a date element's text (German too), else from the address", () => {
    expect(
      extractArticle(
        page("", `<abbr class="published" title="2017-07-23T17:06:45+0000">23. Juli 2017</abbr>`),
      ).publishedAt,
    ).toBe("2017-07-23");
    expect(
      extractArticle(page("", `<p class="postmeta">3. August 2015 · Filed under News</p>`)).publishedAt,
    ).toBe("2015-08-03");
    expect(
      extractArticle(page(`<link rel="canonical" href="https://example.org/2019/10/22/story/">`)).publishedAt,
    ).toBe("2019-10-22");
  });

  it("reads a date element's text with its layout white space folded", () => {
    const meta = `<span class="post-meta">
                    Home
                    | By Lena Ortiz |
                    30 September 2018
                </span>`;
    expect(meta.replace(/<[^>]*>/g, "").length).toBeGreaterThan(80);
    expect(extractArticle(page("", meta)).publishedAt).toBe("2018-09-30");
  });

  it("takes no date from the page footer's clock", () => {
    const html = page("").replace(
      "</body>",
      `<div class="page-footer"><p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p></div></body>`,
    );
    expect(extractArticle(html).publishedAt).toBeNull();
  });

  it("passes over the dates of a list of other stories to the article's own", () => {
    const teaser = (d: string, t: string) =>
      `<div class="teaser"><a href="/s/${d}"><h3>${t}</h3></a><span class="teaser-date">${d} 2020</span></div>`;
    const list = `<div class="more-stories">${teaser("18 February", "Budget talks resume")}${teaser("21 February", "Harbour works delayed")}${teaser("26 February", "New tram line opens")}</div>`;
    const html = page("", `<p class="story-date">30 September 2018</p>`)
      .replace("<body>", `<body><div class="teaser-date-bar">${list}</div>`)
      .replace('class="story-date"', 'class="teaser-date"');
    expect(extractArticle(html).publishedAt).toBe("2018-09-30");
  });
});

describe("an author that is the site's own name", () => {
  const page = (byline: string) =>
    `<html><head><meta property="og:site_name" content="Harbour Post"><meta name="author" content="Harbour Post"></head><body><article><h1>Ferry fares rise</h1>${byline}<p>The harbour board met on Monday and voted to raise the ferry fares for the winter months.</p></article></body></html>`;

  it("gives way to the person the page's byline names", () => {
    expect(extractArticle(page('<p class="byline">By Jane Doe</p>')).byline).toBe("Jane Doe");
    expect(extractArticle(page("<p>By Jane Doe</p>")).byline).toBe("Jane Doe");
  });

  it("stays when the page names nobody else", () => {
    expect(extractArticle(page("")).byline).toBe("Harbour Post");
    expect(extractArticle(page('<p class="byline">By Harbour Post</p>')).byline).toBe("Harbour Post");
  });
});

/** Article text that the extractor used to lose: each case is one general cause of missed text. */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/core/extract/index";
import { endsLikeSentence, TextMeter } from "../../../src/core/extract/text";
import { articleText } from "../../../src/core/text/article-text";

const sentence = (topic: string) =>
  `The council met again on Tuesday to discuss the ${topic}, and residents filled the hall to hear the plans, ` +
  "which will change how the town looks for the next twenty years.";

describe("sentence endings", () => {
  it("count national closing quotes (German „…“ and ‚…‘, Danish »…«)", () => {
    for (const t of ["– „Dann sag es nicht“", "Er sagte ‚nein‘", "Han sagde »nej«"]) {
      expect(endsLikeSentence(t)).toBe(true);
      const m = new TextMeter();
      m.add(t);
      expect(m.sentenceLike()).toBe(true);
    }
    expect(endsLikeSentence("Startseite")).toBe(false);
  });
});

describe("an article in a region whose name says chrome", () => {
  // The article sits in a "rail" (an unlikely name, trusted in the first attempt); the best region
  // then is the wrapper, whose own prose outside chrome is two notes.
  const html = `<html><head><title>Harbour plans</title></head><body>
    <div id="wrap">
      <div class="side-rail">
        <p>${sentence("harbour")}</p><p>${sentence("new bridge")}</p><p>${sentence("budget")}</p>
      </div>
      <div><p>Residents may comment until Friday.</p></div>
      <div><p>The vote is set for next month.</p></div>
      <div class="comments"><p>${sentence("parking")}</p></div>
    </div>
  </body></html>`;

  it("is found by a more lenient attempt when the strict one keeps too little prose outside chrome", () => {
    const text = articleText(extractArticle(html).blocks);
    expect(text).toContain("discuss the harbour");
    expect(text).toContain("discuss the budget");
  });
});

describe("a standfirst set as a heading", () => {
  const html = `<html><head><title>Harbour town votes to restore its mill | Coastal News</title></head><body>
    <article>
      <h1>Harbour town votes to restore its mill</h1>
      <h2>The mill has stood idle since 1962; now the council wants it grinding again by spring</h2>
      <p>${sentence("mill")}</p><p>${sentence("costs")}</p><p>${sentence("timetable")}</p>
    </article>
  </body></html>`;

  it("is kept before the first paragraph, while the headline is not repeated", () => {
    const blocks = extractArticle(html).blocks;
    expect(blocks[0]).toEqual({
      kind: "heading",
      level: 2,
      text: "The mill has stood idle since 1962; now the council wants it grinding again by spring",
    });
    expect(articleText(blocks)).not.toContain("votes to restore");
  });

  it("is kept across a label or two before the first paragraph (reading time, byline); the labels are not", () => {
    const labelled = html.replace(
      "</h2>",
      `</h2><ul class="article-info"><li class="reading-time">4 min read</li></ul><p class="byline">By Ann Lee</p>`,
    );
    const blocks = extractArticle(labelled).blocks;
    expect(blocks[0].text).toBe(
      "The mill has stood idle since 1962; now the council wants it grinding again by spring",
    );
    expect(articleText(blocks)).not.toMatch(/min read|Ann Lee/);
  });
});

describe("a lede in the article's header, apart from the body", () => {
  const html = `<html><head><title>Harbour town votes to restore its mill</title></head><body>
    <div class="header-block">
      <h1>Harbour town votes to restore its mill</h1>
      <p>Posted: Fri 6:45 PM, Feb 16, 2018</p>
      <p class="intro">After sixty years of silence the council wants the old tidal mill grinding flour again by next spring.</p>
    </div>
    <div class="body-block">
      <p>${sentence("mill")}</p><p>${sentence("costs")}</p><p>${sentence("timetable")}</p>
    </div>
  </body></html>`;

  it("opens the article; the date line between headline and lede does not", () => {
    const text = articleText(extractArticle(html).blocks);
    expect(text.startsWith("After sixty years of silence")).toBe(true);
    expect(text).toContain("discuss the timetable");
    expect(text).not.toContain("Posted:");
  });

  it("is not a photo caption between the headline and the body", () => {
    const withCaption = html.replace(
      "<p>Posted:",
      "<figure><figcaption>The old tidal mill, pictured in 1958, when it still ground flour for the whole valley.</figcaption></figure><p>Posted:",
    );
    const text = articleText(extractArticle(withCaption).blocks);
    expect(text.startsWith("After sixty years of silence")).toBe(true);
    expect(text).not.toContain("pictured in 1958");
  });

  it("is not taken from above the article when no headline separates it", () => {
    const noHeadline = html.replace(/<h1>.*<\/h1>/, "");
    expect(articleText(extractArticle(noHeadline).blocks)).not.toContain("After sixty years");
  });
});

describe("a lede in the article's own <header>, inside the content area", () => {
  const html = `<html><head><title>Harbour town votes to restore its mill</title></head><body>
    <header class="site"><a href="/">Coastal News</a><nav><a href="/local">Local</a> <a href="/sport">Sport</a></nav></header>
    <main><article>
      <header class="story-header">
        <time datetime="2024-02-16">16 February 2024</time>
        <h1>Harbour town votes to restore its mill</h1>
        <p class="abstract">After sixty years of silence the council wants the old tidal mill grinding flour again by next spring, and has set aside the money.</p>
      </header>
      <p>${sentence("mill")}</p><p>${sentence("costs")}</p><p>${sentence("timetable")}</p>
    </article></main>
  </body></html>`;

  it("opens the article (a <header> with prose and few links is the article's, not the page's)", () => {
    const text = articleText(extractArticle(html).blocks);
    expect(text.startsWith("After sixty years of silence")).toBe(true);
    expect(text).toContain("discuss the timetable");
    expect(text).not.toMatch(/Coastal News|Sport|16 February/);
  });
});

describe("a short post beside a longer sign-up form", () => {
  const field = (label: string) =>
    `<div class="field"><label>${label}</label><input type="text"><p>${label} is needed so that we can keep you informed about the campaign, the next meetings and the ways to take part in them near you.</p></div>`;
  const html = `<html><head><title>Harbour ferry back in service</title></head><body>
    <div class="page"><div class="content">
      <article><h1>Harbour ferry back in service</h1>
        <div class="main"><p>After eleven weeks in dry dock the harbour ferry carried its first passengers again on Monday, and the operator promised a fuller summer timetable.</p>
        <p>Listen to the interview with the skipper below.</p></div>
      </article>
    </div>
    <div class="more">${Array.from({ length: 15 }, (_, i) => `<a href="/s/${i}">Another story from the harbour, number ${i}</a>`).join(" ")}</div>
    <div class="side"><form action="/join"><h2>Join the campaign</h2>${field("Your e-mail address")}${field("Your postcode")}${field("Your first name")}${field("Your town")}</form></div></div>
  </body></html>`;

  it("is the article; the form, found when no markup is trusted, is not", () => {
    const text = articleText(extractArticle(html).blocks);
    expect(text).toContain("carried its first passengers again");
    expect(text).not.toMatch(/e-mail address|postcode|campaign/);
  });
});

describe("an article inside the page header (its markup left a <header role=banner> around the page)", () => {
  const html = `<html><head><title>Harbour ferry back in service</title></head><body>
    <header role="banner"><a href="/">Coastal News</a>
    <main><article><h1>Harbour ferry back in service</h1>
      <p>${sentence("ferry")}</p><p>${sentence("timetable")}</p><p>${sentence("fares")}</p>
    </article></main></header>
    <div class="links">${Array.from({ length: 12 }, (_, i) => `<a href="/s/${i}">Another story from the harbour, number ${i}</a>`).join(" ")}</div>
    <div class="copyright"><p>All rights reserved by Coastal News Ltd, Harbour Street, Port Town. No part of this site may be reproduced, stored or passed on in any form without the written permission of its owner.</p></div>
  </body></html>`;

  it("is read where no markup is trusted, not replaced by a short text outside it", () => {
    const text = articleText(extractArticle(html).blocks);
    expect(text).toContain("discuss the fares");
    expect(text).not.toContain("All rights reserved");
  });
});

describe("a list of news items, each a linked headline and a sentence or two", () => {
  // Odd items: the linked headline is over half the item; even items have a longer text after it.
  const tail = (n: number) =>
    n % 2
      ? "The operator says the boats have been repaired, and the crews were trained again."
      : "The operator says the boats have been repaired, the crews were trained again over the winter, and the timetable will be published on the first of May.";
  const item = (n: number) =>
    `<li><strong><a href="/story/${n}">The harbour authority confirmed on Tuesday that ferry route number ${n} will reopen for the summer season.</a></strong> ${tail(n)}</li>`;
  const html = `<html><head><title>Ten things to know this morning</title></head><body>
    <div class="post-content"><h1>Ten things to know this morning</h1>
      <p>Good morning! This is the harbour news you need to know this Tuesday, in ten short items.</p>
      <ol>${[1, 2, 3, 4, 5, 6, 7, 8].map(item).join("")}</ol>
      <ul class="more"><li><a href="/a">More harbour news from the coast and the islands this week</a></li><li><a href="/b">Subscribe to the morning briefing from the harbour desk</a></li></ul>
    </div>
  </body></html>`;

  it("keeps items whose own text outside the link is a sentence, though links are over half their text", () => {
    const text = articleText(extractArticle(html).blocks);
    for (const n of [1, 5, 8]) expect(text).toContain(`ferry route number ${n} will reopen`);
    expect(text).not.toContain("More harbour news");
  });
});

describe("a link or a span inside a sentence, whatever its class", () => {
  // NYT marks company names "meta-org"; "meta" names boilerplate when it wraps a block, not a word.
  const html = `<html><head><title>Yahoo sale</title></head><body><article>
    <p><a class="meta-org" href="/yahoo">Yahoo</a>’s $4.8 billion sale to <a class="meta-org" href="/verizon">Verizon</a> is a complicated beast, showing how different acquisition structures can affect shareholders.</p>
    <p>${sentence("sale")}</p><p>${sentence("vote")}</p>
    <p><span class="credit">Quelle: Agentur</span></p>
    <p>Von <span class="author">Bettina Kugler</span></p>
  </article></body></html>`;

  it("keeps the words the sentence runs around, and still drops a credit or a byline", () => {
    const text = articleText(extractArticle(html).blocks);
    expect(text).toContain("Yahoo’s $4.8 billion sale to Verizon is a complicated beast");
    expect(text).not.toContain("Quelle: Agentur");
    expect(text).not.toContain("Bettina Kugler");
  });
});

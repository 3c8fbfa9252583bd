import { describe, expect, it } from "vitest";
import demoFeed from "../../fixtures/feeds/demo.rss?raw";
import { parseFeedDate } from "../../src/feeds/dates";
import { decodeFeed } from "../../src/feeds/decode";
import { FeedParseError, parseFeedText } from "../../src/feeds/parse";
import { feedFiles } from "./feed-files";

/** Decodes and parses a feed file as if fetched from `url` with that Content-Type. */
function read(bytes: Uint8Array, url: string, contentType: string | null = null) {
  return parseFeedText(decodeFeed(bytes, contentType).text, url);
}

describe("parsing our feed fixtures, one per real-world difficulty (in workerd)", () => {
  it("RSS 2.0 news: every item in document order, titles with entities, permalink guids, RFC 822 dates", () => {
    const feed = read(feedFiles.rss2News, "https://www.northernledger.example/rss");
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("The Northern Ledger");
    expect(feed.entries).toHaveLength(24);
    const first = feed.entries[0];
    expect(first.title).toBe("Council approves £48m flood defence plan for the lower Wear valley");
    expect(first.link).toBe(
      "https://www.northernledger.example/uk-news/2024/mar/12/council-approves-flood-defence-plan-lower-wear-valley",
    );
    expect(first.guid).toBe(first.link);
    expect(first.publishedAt).toBe("2024-03-12T07:26:05.000Z");
    expect(first.content).toMatch(/^Ten kilometres of embankments/);
    // &amp; and numeric character references in titles are decoded.
    expect(feed.entries[6].title).toBe("Supermarkets & suppliers clash over new packaging levy");
    expect(feed.entries[8].title).toBe("Village shop saved by residents\u2019 share offer");
    // content:encoded wins over the description.
    expect(feed.entries[3].content).toMatch(/^<p>Network Rail has closed the East Coast main line/);
    const last = feed.entries[23];
    expect(last.title).toBe("Former miners\u2019 hall reopens as community cinema");
    expect(last.publishedAt).toBe("2024-03-11T22:30:00.000Z");
    expect(feed.entries.every((e) => e.link?.startsWith("https://www.northernledger.example/"))).toBe(true);
  });

  it("RSS 0.91 (Netscape DOCTYPE) and 0.92: items without dates or guids, one without a title", () => {
    const v091 = read(feedFiles.rss091, "http://www.valleycourier.example/rss.xml");
    expect(v091.format).toBe("rss");
    expect(v091.title).toBe("Valley Courier – Local News");
    expect(v091.entries.map((e) => [e.title, e.link, e.publishedAt, e.guid])).toEqual([
      [
        "School board delays vote on new bus contract",
        "http://www.valleycourier.example/news/school-board-bus-contract.html",
        null,
        null,
      ],
      [
        "Library extends Saturday hours",
        "http://www.valleycourier.example/news/library-saturday-hours.html",
        null,
        null,
      ],
    ]);
    expect(v091.entries[1].content).toBe("The main branch will stay open until 5 p.m. from next month.");
    const v092 = read(feedFiles.rss092, "http://radio.harbour.example/news/rss.xml");
    expect(v092.entries.map((e) => [e.title, e.link])).toEqual([
      [
        "Evening bulletin: port strike called off",
        "http://radio.harbour.example/news/2023/12/06/evening.html",
      ],
      [null, "http://radio.harbour.example/news/2023/12/06/correction.html"],
    ]);
    expect(v092.entries[1].content).toMatch(/^Correction: the coastal road reopens on Friday/);
  });

  it("RSS 1.0 / RDF: rdf:about ids, dc:date with offsets, CDATA titles, links kept with their parameters", () => {
    const news = read(feedFiles.rdfNews, "https://rss.bitwire.example/bitwire/main");
    expect(news.format).toBe("rdf");
    expect(news.title).toBe("Bitwire");
    expect(news.entries).toHaveLength(3);
    const link =
      "https://www.bitwire.example/story/24/05/02/0419/undersea-cable-repair-ship-shortage?utm_source=rss1.0&utm_medium=feed";
    expect(news.entries[0]).toEqual({
      guid: link,
      title: "Undersea Cable Cuts Outpace a Shrinking Fleet of Repair Ships",
      link,
      publishedAt: "2024-05-02T08:19:00.000Z",
      content:
        "Operators say only about 60 vessels worldwide can splice a broken subsea cable, and most are over 20 years old.",
    });
    expect(news.entries[1].title).toBe(
      "City Switches 40,000 Streetlights to Open Source Controllers & Saves 30%",
    );
    expect(news.entries[2].publishedAt).toBe("2024-05-01T21:40:00.000Z");
    // Items without <link>: rdf:about is both id and link; character references in titles decoded.
    const listings = read(feedFiles.rdfClassifieds, "https://listings.baytown.example/search/apa?format=rss");
    expect(listings.format).toBe("rdf");
    expect(listings.entries).toHaveLength(2);
    expect(listings.entries[0]).toEqual({
      guid: "https://listings.baytown.example/eby/apa/7712094431.html",
      title: "$2450 / 2br - Bright Victorian flat near the park & BART (Oakview)",
      link: "https://listings.baytown.example/eby/apa/7712094431.html",
      publishedAt: "2024-02-14T17:33:10.000Z",
      content: "Top floor, bay windows, shared garden. Cats OK.",
    });
  });

  it("Atom: the alternate HTML link (not self), `published` (not `updated`) as the date, id as guid", () => {
    const standard = read(feedFiles.atomStandard, "https://coastline-chronicle.example/feed.atom");
    expect(standard.format).toBe("atom");
    expect(standard.title).toBe("Coastline Chronicle");
    expect(standard.entries).toEqual([
      {
        guid: "urn:uuid:5f3c7a2e-9b1d-4c8e-a6f0-2d7e1b4c9a30",
        title: "Pier reopens after two-year restoration",
        link: "https://coastline-chronicle.example/2024/06/17/pier-reopens",
        publishedAt: "2024-06-17T07:30:00.000Z",
        content: "<p>The pier reopened on Monday with a new deck and a café at its end.</p>",
      },
    ]);
  });

  it("German Atom: umlauts and ß intact, summaries as content, +01:00 dates to UTC", () => {
    const de = read(feedFiles.atomDe, "https://www.technik-rundschau.example/rss/news-atom.xml");
    expect(de.format).toBe("atom");
    expect(de.title).toBe("Technik-Rundschau – Nachrichten");
    expect(de.entries).toHaveLength(4);
    expect(de.entries[0]).toEqual({
      guid: "https://technik-rundschau.example/-9671234",
      title: "Glasfaserausbau: Bundesnetzagentur prüft Überbau in Großstädten",
      link: "https://www.technik-rundschau.example/news/Glasfaserausbau-Bundesnetzagentur-prueft-Ueberbau-9671234.html?wt_mc=rss.news.beitrag.atom",
      publishedAt: "2024-03-28T16:45:00.000Z",
      content:
        "<p>Wo zwei Anbieter dieselbe Straße erschließen, soll die Behörde künftig schneller eingreifen.</p>",
    });
    // published, not the later updated
    expect(de.entries[1].publishedAt).toBe("2024-03-28T13:12:00.000Z");
  });

  it("Atom with many links: rel=alternate HTML, not the comments feed, enclosure or related link listed first", () => {
    const feed = read(feedFiles.atomMultilinks, "https://blog.riverworks.example/feeds/posts/default");
    expect(feed.format).toBe("atom");
    // Relative hrefs resolve against the site (the feed's alternate link, which xml:base also names).
    expect(feed.entries.map((e) => e.link)).toEqual([
      "https://blog.riverworks.example/2024/04/flood-sensor-battery.html",
      // An untyped link (rel defaults to alternate) is taken over an alternate typed application/json.
      "https://blog.riverworks.example/2024/03/ten-years-of-river-data.html",
    ]);
    expect(feed.entries[0].publishedAt).toBe("2024-04-09T17:30:00.000Z");
  });

  it("JSON Feed 1.1: items, ids, urls and dates; relative urls resolved against the feed's URL", () => {
    const standard = read(feedFiles.jsonStandard, "https://harbourside-daily.example/feed.json");
    expect(standard.format).toBe("json");
    expect(standard.title).toBe("Harbourside Daily");
    expect(standard.entries.map((e) => [e.title, e.link, e.publishedAt])).toEqual([
      [
        "Tram extension to the airport approved",
        "https://harbourside-daily.example/2024/05/21/tram-extension-approved.html",
        "2024-05-21T07:40:00.000Z",
      ],
      [
        "Fire destroys part of the old fish market",
        "https://harbourside-daily.example/2024/05/20/fish-market-fire.html",
        "2024-05-20T04:15:00.000Z",
      ],
    ]);
    expect(standard.entries[0].guid).toBe("https://cms.harbourside-daily.example/node/40213");
    // content_html first, then content_text
    expect(standard.entries[0].content).toMatch(/^<p>The regional government approved/);
    expect(standard.entries[1].content).toBe(
      "Firefighters fought the blaze for six hours overnight. No one was injured.",
    );
    const relative = read(feedFiles.jsonRelative, "https://northbridge-weekly.example/feeds/all.json");
    expect(relative.entries.map((e) => [e.guid, e.link])).toEqual([
      ["nbw-2024-0612", "https://northbridge-weekly.example/2024/06/12/market-square-parking.html"],
      ["nbw-2024-0607", "https://northbridge-weekly.example/2024/06/07/library-reopens.html"],
    ]);
  });

  it("RSS without <link>: a permalink guid is the link, a guid with isPermaLink=false is not", () => {
    const noLink = read(feedFiles.rssMissingLink, "https://fieldnotes-lab.example/blog/feed.xml");
    expect(noLink.entries.map((e) => [e.guid, e.link, e.publishedAt])).toEqual([
      [
        "https://fieldnotes-lab.example/blog/mapping-hedgerows",
        "https://fieldnotes-lab.example/blog/mapping-hedgerows",
        "2024-01-04T00:00:00.000Z",
      ],
      [
        "https://fieldnotes-lab.example/blog/bird-song-year",
        "https://fieldnotes-lab.example/blog/bird-song-year",
        "2023-12-18T00:00:00.000Z",
      ],
      ["notice-2023-12-holidays", null, "2023-12-15T00:00:00.000Z"],
    ]);
  });

  it("RSS with relative links: resolved against the channel link, itself resolved against the feed URL", () => {
    const feed = read(feedFiles.rssRelativeLinks, "https://www.millbrook-council.example/news/feed.xml");
    expect(feed.entries.map((e) => [e.title, e.link, e.publishedAt])).toEqual([
      [
        "Road closures for the spring fair",
        "https://www.millbrook-council.example/news/2024/04/spring-fair-road-closures/",
        "2024-04-02T00:00:00.000Z",
      ],
      [
        "Recycling collections move to Tuesdays",
        // "2024/03/…" is relative to the channel link "/news/", not to the feed file.
        "https://www.millbrook-council.example/news/2024/03/recycling-tuesdays/",
        "2024-03-22T00:00:00.000Z",
      ],
    ]);
    // The guid is kept as written (it is an id, not a URL to fetch).
    expect(feed.entries[0].guid).toBe("/news/2024/04/spring-fair-road-closures/");
  });

  it("Atom with xml:base: links resolve against the feed's and the entry's declared base, not the feed URL", () => {
    const feed = read(feedFiles.atomXmlBase, "https://feeds.cdn.example/harbourtown/atom.xml");
    expect(feed.entries.map((e) => e.link)).toEqual([
      "https://harbourtown-herald.example/news/2024/09/ferry-timetable",
      "https://harbourtown-herald.example/news/sport/2024/09/county-cup-final",
    ]);
  });

  it("decodes ISO-8859-1 by the XML declaration, and by the Content-Type charset when there is none", () => {
    const declared = read(
      feedFiles.latin1Declared,
      "https://www.diariodolitoral.example/rss",
      "application/rss+xml",
    );
    expect(declared.title).toBe("Diário do Litoral - Últimas Notícias");
    expect(declared.entries).toHaveLength(3);
    expect(declared.entries[0].title).toBe("Câmara aprova obras de requalificação da marginal");
    expect(declared.entries[2].title).toBe("Mãe de aluna eleita presidente da associação de pais");
    expect(declared.entries[0].guid).toBe("1290451");
    expect(decodeFeed(feedFiles.latin1Declared, null).charset).toBe("windows-1252");
    // No XML declaration at all: only the header names the charset.
    const headerOnly = read(
      feedFiles.latin1HeaderOnly,
      "https://noticias.folhadovale.example/rss.xml",
      "text/xml; charset=ISO-8859-1",
    );
    expect(headerOnly.title).toBe("Folha do Vale - Notícias");
    expect(headerOnly.entries.map((e) => e.title)).toEqual([
      "Prefeitura anuncia reforma da estação rodoviária",
      "Produção de café cresce 8% na região, aponta pesquisa",
      "Câmara debate horário de verão do comércio",
    ]);
    // Without that header the bytes are not UTF-8: the accents are lost (what the header saves us from).
    const unlabelled = read(feedFiles.latin1HeaderOnly, "https://noticias.folhadovale.example/rss.xml");
    expect(unlabelled.entries[0].title).toContain("\uFFFD");
  });

  it("reads RFC 822 dates written in Portuguese (Seg, Sáb, Set) with their zone offset", () => {
    const feed = read(
      feedFiles.latin1HeaderOnly,
      "https://noticias.folhadovale.example/rss.xml",
      "text/xml; charset=ISO-8859-1",
    );
    expect(feed.entries.map((e) => e.publishedAt)).toEqual([
      "2024-09-23T22:42:40.000Z",
      "2024-09-23T20:10:05.000Z",
      "2024-09-21T14:00:00.000Z",
    ]);
  });

  it("accepts whitespace before the XML declaration", () => {
    const feed = read(feedFiles.rssWhitespaceFirst, "https://longshift.example/feed");
    expect(new TextDecoder().decode(feedFiles.rssWhitespaceFirst.subarray(0, 8))).toMatch(/^\s+</);
    expect(feed.format).toBe("rss");
    expect(feed.entries.map((e) => [e.title, e.guid, e.publishedAt])).toEqual([
      ["Episode 42 – The bakery at 3 a.m.", "longshift-ep-42", "2024-11-07T10:00:00.000Z"],
      ["Episode 41 – Air traffic control, overnight", "longshift-ep-41", "2024-10-24T09:00:00.000Z"],
    ]);
  });

  it("the README's demo feed: relative links resolved against the feed URL, content:encoded as content", () => {
    const feed = parseFeedText(demoFeed, "http://localhost:8000/feeds/demo.rss");
    expect(feed.entries.map((e) => [e.guid, e.link])).toEqual([
      ["demo-belarus-north-korea", "http://localhost:8000/seed-article.html"],
      ["demo-tidal-mill", "http://localhost:8000/jsonld-article.html"],
      ["demo-night-buses", "http://localhost:8000/no-such-page.html"],
    ]);
    expect(feed.entries[2].content).toMatch(/^<p>Night buses will run again/);
    expect(feed.entries[0].content).toBe("A Belarusian delegation met North Korean officials in Pyongyang.");
  });

  it("an HTML page or XML that is not a feed (a sitemap): FeedParseError", () => {
    expect(() => read(feedFiles.movedPage, "https://www.marketdaily.example/rss/pf")).toThrow(FeedParseError);
    expect(() => read(feedFiles.sitemap, "https://www.northernledger.example/sitemap-news.xml")).toThrow(
      FeedParseError,
    );
    expect(() => parseFeedText("Service unavailable", "https://x.example/feed")).toThrow(FeedParseError);
    expect(() => parseFeedText('{"hello": 1}', "https://x.example/feed")).toThrow(FeedParseError);
  });
});

describe("parseFeedDate", () => {
  it("reads RFC 822, ISO 8601, named zones and localised month names; null for the unreadable", () => {
    expect(parseFeedDate("Tue, 01 Oct 2019 14:30:00 PST")).toBe("2019-10-01T22:30:00.000Z");
    expect(parseFeedDate("2016-06-03T07:38:00.000-07:00")).toBe("2016-06-03T14:38:00.000Z");
    expect(parseFeedDate("Thu, 28 Jul 2022 02:43:00 CEST")).toBe("2022-07-28T00:43:00.000Z");
    expect(parseFeedDate("Mi, 05 Okt 2022 10:00:00 +0200")).toBe("2022-10-05T08:00:00.000Z");
    expect(parseFeedDate("mer., 12 févr. 2020 08:00:00 +0100")).toBe("2020-02-12T07:00:00.000Z");
    expect(parseFeedDate("not a date")).toBeNull();
    expect(parseFeedDate("")).toBeNull();
    expect(parseFeedDate(undefined)).toBeNull();
  });
});

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

describe("parsing the real feed files (in workerd)", () => {
  it("RSS 2.0 (Guardian): every item, titles, links, guids and RFC 822 dates", () => {
    const feed = read(feedFiles.guardian, "https://www.theguardian.com/world/rss");
    expect(feed.format).toBe("rss");
    expect(feed.entries).toHaveLength(55);
    const first = feed.entries[0];
    expect(first.title).toBe("Trump State of the Union address promised unity but emphasized discord");
    expect(first.link).toBe(
      "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord",
    );
    expect(first.guid).toBe(first.link);
    expect(first.publishedAt).toBe("2018-01-31T07:26:05.000Z");
    const last = feed.entries[54];
    expect(last.title).toBe("Earth's ultimate yogis – in pictures");
    expect(last.publishedAt).toBe("2018-01-31T07:00:20.000Z");
    expect(feed.entries.every((e) => e.link?.startsWith("https://www.theguardian.com/"))).toBe(true);
  });

  it("RSS 0.92: items without dates or guids still have titles and links", () => {
    const feed = read(feedFiles.heraldsun, "http://www.oreilly.com/example/rss.xml");
    expect(feed.format).toBe("rss");
    expect(feed.entries.map((e) => [e.title, e.link, e.publishedAt, e.guid])).toEqual([
      ["The First Item", "http://www.oreilly.com/example/001.html", null, null],
      ["The Second Item", "http://www.oreilly.com/example/002.html", null, null],
    ]);
    expect(feed.entries[0].content).toBe("This is the first item.");
  });

  it("RSS 1.0 / RDF (Slashdot, Craigslist): rdf:about ids, dc:date dates, CDATA titles with entities", () => {
    const slashdot = read(feedFiles.rdfStandard, "https://rss.slashdot.org/Slashdot/slashdotMain");
    expect(slashdot.format).toBe("rdf");
    expect(slashdot.entries).toHaveLength(3);
    expect(slashdot.entries[0]).toMatchObject({
      title: "SpaceX Working With Cloudflare To Speed Up Starlink Service",
      link: "https://tech.slashdot.org/story/23/08/23/2238246/spacex-working-with-cloudflare-to-speed-up-starlink-service?utm_source=rss1.0mainlinkanon&utm_medium=feed",
      publishedAt: "2023-08-24T07:00:00.000Z",
    });
    const craigslist = read(feedFiles.craigslist, "http://sfbay.craigslist.org/search/apa?format=rss");
    expect(craigslist.format).toBe("rdf");
    expect(craigslist.entries).toHaveLength(25);
    expect(craigslist.entries[0].link).toBe("http://sfbay.craigslist.org/eby/apa/6186664607.html");
    expect(craigslist.entries[0].guid).toBe("http://sfbay.craigslist.org/eby/apa/6186664607.html");
    expect(craigslist.entries[0].title).toContain("Bright, Spacious Beautiful Victorian");
    expect(craigslist.entries[0].publishedAt).toBe("2017-06-21T17:33:10.000Z");
  });

  it("Atom: the alternate HTML link, `published` (not `updated`) as the date, id as guid", () => {
    const standard = read(feedFiles.atomStandard, "http://example.org/feed/");
    expect(standard.format).toBe("atom");
    expect(standard.entries).toEqual([
      {
        guid: "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
        title: "Atom-Powered Robots Run Amok",
        link: "http://example.org/2003/12/13/atom03",
        publishedAt: "2003-11-09T17:23:02.000Z",
        content: "<p>This is the entry content.</p>",
      },
    ]);
    const heise = read(feedFiles.heise, "http://www.heise.de/developer/rss/news-atom.xml");
    expect(heise.entries).toHaveLength(15);
    expect(heise.entries[0]).toMatchObject({
      guid: "http://heise.de/-3088438",
      title: "Java-Anwendungsserver: Red Hat gibt WildFly 10 frei",
      link: "http://www.heise.de/developer/meldung/Java-Anwendungsserver-Red-Hat-gibt-WildFly-10-frei-3088438.html?wt_mc=rss.developer.beitrag.atom",
      publishedAt: "2016-02-01T16:22:00.000Z",
    });
  });

  it("Atom with many links (Blogger): picks rel=alternate, not the comments feed listed first", () => {
    const feed = read(feedFiles.manyLinks, "http://testing.googleblog.com/feeds/posts/default");
    expect(feed.format).toBe("atom");
    expect(feed.entries[0].link).toBe(
      "http://feedproxy.google.com/~r/blogspot/RLXA/~3/lTnHFI_mRTg/code-health-providing-context-with.html",
    );
    const multi = read(feedFiles.atomMultilinks, "http://www.example.com/feed.atom");
    expect(multi.entries[0].link).toBe("http://www.example.com/item1-info-page.html");
  });

  it("JSON Feed: items, ids, urls and dates; relative urls resolved against the feed", () => {
    const standard = read(feedFiles.jsonStandard, "https://www.jsonfeed.org/feed.json");
    expect(standard.format).toBe("json");
    expect(standard.entries.map((e) => [e.title, e.link, e.publishedAt])).toEqual([
      [
        "JSON Feed version 1.1",
        "https://www.jsonfeed.org/2020/08/07/json-feed-version.html",
        "2020-08-07T16:44:36.000Z",
      ],
      [
        "Announcing JSON Feed",
        "https://www.jsonfeed.org/2017/05/17/announcing-json-feed.html",
        "2017-05-17T15:02:12.000Z",
      ],
    ]);
    expect(standard.entries[0].guid).toBe("http://jsonfeed.micro.blog/2020/08/07/json-feed-version.html");
    const relative = read(feedFiles.jsonMissBaseUrl, "https://www.jsonfeed.org/feed.json");
    expect(relative.entries[0].link).toBe("https://www.jsonfeed.org/2020/08/07/json-feed-version.html");
  });

  it("RSS without <link>: the permalink guid is the link; relative guids resolve against the feed URL", () => {
    const noLink = read(feedFiles.rssMissLink, "https://huggingface.co/blog/feed.xml");
    expect(noLink.entries).toHaveLength(175);
    expect(noLink.entries[0].link).toBe("https://huggingface.co/blog/intro-graphml");
    const relative = read(feedFiles.rssMissBaseUrl, "https://huggingface.co/blog/feed.xml");
    expect(relative.entries[0].link).toBe("https://huggingface.co/blog/intro-graphml");
    expect(relative.entries[0].publishedAt).toBe("2023-01-03T00:00:00.000Z");
  });

  it("decodes by the XML declaration (ISO-8859-1) and by the Content-Type charset", () => {
    const jn = read(feedFiles.encoding, "http://feeds.jn.pt/JN-ULTIMAS", "application/rss+xml");
    expect(jn.title).toBe("Jornal de Notícias - Últimas Notícias");
    expect(jn.entries).toHaveLength(40);
    expect(jn.entries[0].title).toBe("Mãe de utente é a nova presidente da Raríssimas");
    // No XML declaration at all: only the header names the charset.
    const uol = read(
      feedFiles.uolNoticias,
      "http://rss.uol.com.br/feed/noticias.xml",
      "text/xml; charset=ISO-8859-1",
    );
    expect(uol.title).toBe("UOL Noticias");
    expect(uol.entries).toHaveLength(15);
    expect(uol.entries.some((e) => e.title?.includes("ç") || e.title?.includes("ã"))).toBe(true);
    expect(uol.entries.some((e) => e.title?.includes("\uFFFD"))).toBe(false);
  });

  it("reads RFC 822 dates written in Portuguese (Seg, Set)", () => {
    const uol = read(
      feedFiles.uolNoticias,
      "http://rss.uol.com.br/feed/noticias.xml",
      "text/xml; charset=ISO-8859-1",
    );
    expect(uol.entries[0].publishedAt).toBe("2018-09-24T22:42:40.000Z");
  });

  it("accepts whitespace before the XML declaration", () => {
    const feed = read(feedFiles.itunesMissingImage, "http://taverncast.com/feed");
    expect(feed.format).toBe("rss");
    expect(feed.entries.length).toBeGreaterThan(100);
    expect(feed.entries[0].title).toBe("Taverncast 62 - Temporal Anomaly");
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

  it("an HTML page is not a feed: FeedParseError", () => {
    expect(() => read(feedFiles.unrecognized, "http://www.marketwatch.com/rss/pf")).toThrow(FeedParseError);
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

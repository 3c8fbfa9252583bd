/**
 * Parsing a feed document with feedsmith (RSS 0.9x/2.0, RSS 1.0/RDF, Atom, JSON Feed; pure JS, runs in
 * workerd) and normalising each format's entries to one `FeedEntry`. Links are resolved against the
 * feed's URL, dates read to ISO 8601.
 */
import { type AnyFeed, type AtomFeed, type JsonFeed, parseFeed, type RdfFeed, type RssFeed } from "feedsmith";
import { FEED_MAX_ENTRIES } from "../limits";
import { parseFeedDate } from "./dates";
import type { FeedEntry, ParsedFeed } from "./types";

/** The document is not a feed we can read (HTML page, broken XML, unknown format). */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedParseError";
  }
}

/** Parses a decoded feed document; `baseUrl` is where it was fetched from. Throws FeedParseError. */
export function parseFeedText(text: string, baseUrl: string): ParsedFeed {
  // Real feeds sometimes start with whitespace before the XML declaration; parsers reject that.
  const doc = text.trimStart();
  if (!doc.startsWith("<") && !doc.startsWith("{")) {
    throw new FeedParseError("the document is neither XML nor JSON");
  }
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(doc, { maxItems: FEED_MAX_ENTRIES });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new FeedParseError(`not a readable RSS, Atom, RDF or JSON feed (${reason})`);
  }
  switch (parsed.format) {
    case "rss":
      return rss(parsed.feed, baseUrl);
    case "atom":
      return atom(parsed.feed, baseUrl);
    case "rdf":
      return rdf(parsed.feed, baseUrl);
    case "json":
      return json(parsed.feed, baseUrl);
  }
}

function text(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}

/** An absolute http(s) URL, or null (relative links are resolved against `base`). */
function absolute(href: string | null | undefined, base: string): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const url = new URL(h, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function firstDate(...candidates: Array<string | null | undefined>): string | null {
  for (const c of candidates) {
    const iso = parseFeedDate(c);
    if (iso) return iso;
  }
  return null;
}

function rss(feed: RssFeed.Feed<string>, baseUrl: string): ParsedFeed {
  const base = absolute(feed.link, baseUrl) ?? baseUrl;
  return {
    format: "rss",
    title: text(feed.title),
    entries: (feed.items ?? []).map((item): FeedEntry => {
      const guid = text(item.guid?.value);
      // RSS 2.0: a guid is the item's permalink unless isPermaLink="false".
      const guidLink = guid && item.guid?.isPermaLink !== false ? absolute(guid, base) : null;
      return {
        guid,
        title: text(item.title),
        link: absolute(item.link, base) ?? guidLink,
        publishedAt: firstDate(item.pubDate, item.dc?.dates?.[0], item.dcterms?.created?.[0]),
        content: text(item.content?.encoded) ?? text(item.description),
      };
    }),
  };
}

type AtomLink = NonNullable<AtomFeed.Entry<string>["links"]>[number];

/** Atom: the `alternate` link (the default relation), HTML first. */
function alternateLink(links: AtomLink[] | undefined, base: string): string | null {
  const alternates = (links ?? []).filter((l) => !l.rel || l.rel === "alternate");
  const html = alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0];
  return absolute(html?.href, base);
}

function atom(feed: AtomFeed.Feed<string>, baseUrl: string): ParsedFeed {
  // Relative links resolve against xml:base (feed, then entry), else the feed's own page, else its URL.
  const declared = absolute(feed.xml?.base, baseUrl);
  const base = declared ?? alternateLink(feed.links, baseUrl) ?? baseUrl;
  return {
    format: "atom",
    title: text(feed.title?.value),
    entries: (feed.entries ?? []).map(
      (entry): FeedEntry => ({
        guid: text(entry.id),
        title: text(entry.title?.value),
        link: alternateLink(entry.links, absolute(entry.xml?.base, declared ?? baseUrl) ?? base),
        // The first publication is the news date; `updated` changes with every correction.
        publishedAt: firstDate(entry.published, entry.dc?.dates?.[0], entry.updated),
        content: text(entry.content?.value) ?? text(entry.summary?.value),
      }),
    ),
  };
}

function rdf(feed: RdfFeed.Feed<string>, baseUrl: string): ParsedFeed {
  const base = absolute(feed.link, baseUrl) ?? baseUrl;
  return {
    format: "rdf",
    title: text(feed.title),
    entries: (feed.items ?? []).map(
      (item): FeedEntry => ({
        // RSS 1.0 items are identified by their rdf:about URI.
        guid: text(item.rdf?.about),
        title: text(item.title),
        link: absolute(item.link, base) ?? absolute(item.rdf?.about, base),
        publishedAt: firstDate(item.dc?.dates?.[0], item.dcterms?.created?.[0]),
        content: text(item.content?.encoded) ?? text(item.description),
      }),
    ),
  };
}

function json(feed: JsonFeed.Feed<string>, baseUrl: string): ParsedFeed {
  const base = absolute(feed.home_page_url, baseUrl) ?? baseUrl;
  return {
    format: "json",
    title: text(feed.title),
    entries: (feed.items ?? []).map(
      (item): FeedEntry => ({
        guid: text(item.id === undefined ? undefined : String(item.id)),
        title: text(item.title),
        link: absolute(item.url, base) ?? absolute(item.external_url, base),
        publishedAt: firstDate(item.date_published, item.date_modified),
        content: text(item.content_html) ?? text(item.content_text) ?? text(item.summary),
      }),
    ),
  };
}

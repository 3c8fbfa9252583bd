/**
 * Our feed fixtures (fixtures/feeds/, invented news written for these tests, one per real-world
 * difficulty), as the exact bytes a server would send: the ISO-8859-1 files must not go through a
 * UTF-8 `?raw` import. See bytes-import.ts for the `?bytes` import.
 */

import atomDe from "../../fixtures/feeds/atom-de.atom?bytes";
import atomMultilinks from "../../fixtures/feeds/atom-multilinks.atom?bytes";
import atomStandard from "../../fixtures/feeds/atom-standard.atom?bytes";
import atomXmlBase from "../../fixtures/feeds/atom-xml-base.atom?bytes";
import latin1Declared from "../../fixtures/feeds/iso-8859-1-declared.rss?bytes";
import latin1HeaderOnly from "../../fixtures/feeds/iso-8859-1-header-only.rss?bytes";
import jsonStandard from "../../fixtures/feeds/json-feed.json?bytes";
import jsonRelative from "../../fixtures/feeds/json-feed-relative.json?bytes";
import movedPage from "../../fixtures/feeds/moved.html?bytes";
import rdfClassifieds from "../../fixtures/feeds/rdf-classifieds.rdf?bytes";
import rdfNews from "../../fixtures/feeds/rdf-news.rdf?bytes";
import rss091 from "../../fixtures/feeds/rss-0.91.rss?bytes";
import rss092 from "../../fixtures/feeds/rss-0.92.rss?bytes";
import rssMissingLink from "../../fixtures/feeds/rss-missing-link.rss?bytes";
import rssRelativeLinks from "../../fixtures/feeds/rss-relative-links.rss?bytes";
import rssWhitespaceFirst from "../../fixtures/feeds/rss-whitespace-before-declaration.rss?bytes";
import rss2News from "../../fixtures/feeds/rss2-news.rss?bytes";
import sitemap from "../../fixtures/feeds/sitemap.xml?bytes";

export const feedFiles = {
  /** German-language Atom (umlauts, ß), summaries only, +01:00 dates. */
  atomDe,
  /** Atom entries with replies/edit/self/enclosure/related links before the alternate one; relative hrefs. */
  atomMultilinks,
  /** RFC 4287 Atom: `published` ≠ `updated`, self link first, XHTML content. */
  atomStandard,
  /** Atom with xml:base on the feed and on an entry; links relative to those, not to the feed's URL. */
  atomXmlBase,
  /** JSON Feed 1.1 with absolute urls and ids that are not the urls. */
  jsonStandard,
  /** JSON Feed 1.1 without home_page_url, relative urls; a teaser item and a full-text item. */
  jsonRelative,
  /** ISO-8859-1 bytes, charset named only by the XML declaration. */
  latin1Declared,
  /** ISO-8859-1 bytes without XML declaration (charset only in Content-Type), Portuguese RFC 822 dates. */
  latin1HeaderOnly,
  /** An HTML "Document Moved" page where the feed used to be. */
  movedPage,
  /** RSS 1.0 listings: items with rdf:about only (no link), character references in titles. */
  rdfClassifieds,
  /** RSS 1.0 news: dc:date with offsets, CDATA titles, tracking parameters in links. */
  rdfNews,
  /** RSS 0.91 with the Netscape DOCTYPE; no dates or guids. */
  rss091,
  /** RSS 0.92: an item without a title, enclosures. */
  rss092,
  /** RSS 2.0 news: 24 items out of date order, permalink guids, entities, content:encoded. */
  rss2News,
  /** RSS 2.0 without item links: permalink guids, and one guid with isPermaLink="false". */
  rssMissingLink,
  /** RSS 2.0 with relative channel and item links (no base URL configured). */
  rssRelativeLinks,
  /** Blank lines before the XML declaration (podcast with iTunes tags). */
  rssWhitespaceFirst,
  /** Well-formed XML that is not a feed (a news sitemap). */
  sitemap,
};

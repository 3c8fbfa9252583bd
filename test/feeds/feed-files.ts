/**
 * The real feed files of ../shared/data/feeds (outside the repo, never copied into it), as the exact
 * bytes a server would send. See bytes-import.ts for the `?bytes` import.
 */

import atomStandard from "../../../shared/data/feeds/feed-extractor/atom-feed-standard.xml?bytes";
import atomMultilinks from "../../../shared/data/feeds/feed-extractor/atom-multilinks.xml?bytes";
import jsonMissBaseUrl from "../../../shared/data/feeds/feed-extractor/json-feed-miss-base-url.json?bytes";
import jsonStandard from "../../../shared/data/feeds/feed-extractor/json-feed-standard.json?bytes";
import rdfStandard from "../../../shared/data/feeds/feed-extractor/rdf-standard.xml?bytes";
import rssMissBaseUrl from "../../../shared/data/feeds/feed-extractor/rss-feed-miss-base-url.xml?bytes";
import rssMissLink from "../../../shared/data/feeds/feed-extractor/rss-feed-miss-link.xml?bytes";
import craigslist from "../../../shared/data/feeds/rss-parser/input/craigslist.rss?bytes";
import encoding from "../../../shared/data/feeds/rss-parser/input/encoding.rss?bytes";
import guardian from "../../../shared/data/feeds/rss-parser/input/guardian.rss?bytes";
import heise from "../../../shared/data/feeds/rss-parser/input/heise.atom?bytes";
import heraldsun from "../../../shared/data/feeds/rss-parser/input/heraldsun.rss?bytes";
import itunesMissingImage from "../../../shared/data/feeds/rss-parser/input/itunes-missing-image.rss?bytes";
import manyLinks from "../../../shared/data/feeds/rss-parser/input/many-links.rss?bytes";
import unrecognized from "../../../shared/data/feeds/rss-parser/input/unrecognized.rss?bytes";
import uolNoticias from "../../../shared/data/feeds/rss-parser/input/uolNoticias.rss?bytes";

export const feedFiles = {
  atomMultilinks,
  atomStandard,
  craigslist,
  encoding,
  guardian,
  heise,
  heraldsun,
  itunesMissingImage,
  jsonMissBaseUrl,
  jsonStandard,
  manyLinks,
  rdfStandard,
  rssMissBaseUrl,
  rssMissLink,
  unrecognized,
  uolNoticias,
};

/**
 * Article metadata from what the page declares: JSON-LD (Article types, also inside @graph or
 * arrays), OpenGraph / article:* / Dublin Core / Parse.ly / plain meta tags, the canonical link,
 * <html lang>, <title>, and in-page signs (<time datetime>, rel=author / itemprop=author / byline
 * elements, the first <h1>). Each field takes the first source that gives a usable value, most
 * structured first.
 */
import type { ArticleMeta } from "../types";
import { bylineName, inPageByline } from "./byline";
import { bylineNearHeadline } from "./byline-line";
import { dateNearHeadline, inPageDate, normaliseDate, urlDate } from "./dates";
import { headings, headlineLines } from "./elements";
import { declaredIngredients } from "./ingredients";
import {
  articleObject,
  authorsOf,
  isUrl,
  jsonLdObjects,
  jsonLdUrl,
  ldText,
  nameOf,
  typesOf,
} from "./json-ld";
import type { ParsedPage } from "./parse";
import { isSiteName, siteSpellings, squash } from "./site-names";
import { cleanText } from "./text";
import { cleanDocumentTitle, headlineElement, headlineOf, siteBeforeColon } from "./titles";

/** ISO 639-1 primary subtag, lowercased ("en-US" → "en", "pt_BR" → "pt"); null when not one. */
export function normaliseLang(raw: string | null | undefined): string | null {
  const s = cleanText(raw);
  if (!s) return null;
  const primary = s.split(/[-_\s,;]/)[0].toLowerCase();
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

function metaValues(page: ParsedPage): Map<string, string> {
  const m = new Map<string, string>();
  for (const { key, content } of page.metas) {
    const value = cleanText(content);
    if (!value) continue;
    // `property` may hold several space-separated names (RDFa).
    // Dublin Core is written both ways ("dc.title", "dc:title"): one spelling for lookups.
    for (const k of key.split(/\s+/)) {
      const name = k.replace(/\./g, ":");
      if (name && !m.has(name)) m.set(name, value);
    }
  }
  return m;
}

/** <h1>s read as the page's headline: the first is often the site's logo or name. */
const MAX_HEADLINE_H1S = 3;

/**
 * A declared author that is the site's own name ("National Geographic", "ORF.at") gives way to the
 * name the page's byline shows, unless that is the site's name too.
 */
function personOverSite(declared: string, sites: string[], inPage: () => string | null): string {
  if (!isSiteName(declared, sites)) return declared;
  const shown = inPage();
  return shown && !isSiteName(shown, sites) ? shown : declared;
}

/** A title that is only the site's name ("Anwalt Niemeyer", "ICON Magazine") gives way to the page's <h1>. */
function siteTitleToHeadline(title: string | null, sites: string[], h1s: () => string[]): string | null {
  if (!title || !isSiteName(title, sites)) return title;
  const shown = h1s();
  // An <h1> that repeats the title makes it the headline (a site may declare its headline as its name).
  if (shown.some((h) => squash(h) === squash(title))) return title;
  return shown.find((h) => !isSiteName(h, sites)) ?? title;
}

/** A function's value, computed on the first call only. */
function memo<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: f() };
    return value.v;
  };
}

function first(...values: Array<string | null | undefined>): string | null {
  for (const v of values) if (v) return v;
  return null;
}

export interface PageMetadata extends ArticleMeta {
  /** The JSON-LD `articleBody`, when the page gives one (a rescue for client-rendered pages). */
  jsonLdBody: string | null;
  /** The recipe's ingredient lines its JSON-LD declares (ingredients.ts), or none. */
  ingredients: string[];
}

/** Reads the page's metadata. `url` is where the page came from (used when it declares none). */
export function readMetadata(page: ParsedPage, url: string | null): PageMetadata {
  const objects = jsonLdObjects(page.jsonLd);
  const ld = articleObject(objects);
  const meta = metaValues(page);
  const publisher = ld ? nameOf(ld.publisher, objects) : null;
  const website = objects.find((o) => typesOf(o).includes("WebSite"));
  const siteName = first(
    meta.get("og:site_name"),
    website ? ldText(website.name) : null,
    publisher,
    meta.get("application-name"),
  );

  const docTitle = cleanText(page.title);
  const h1Elements = memo(() => headings(page, "h1", MAX_HEADLINE_H1S));
  const h1s = memo(() => h1Elements().map((h) => h.text));
  const ldHeadline = ld ? ldText(ld.headline) : null;
  let ldTitle = ld ? first(ldHeadline, ldText(ld.name)) : null;
  if (ld && ldHeadline && ldText(ld.name) && ldHeadline !== ldText(ld.name)) {
    // Some sites put their own name in `name`, others a description in `headline` (Wikipedia:
    // "technique for dimensionality reduction"): take whichever the page's headline or <title> holds,
    // compared on letters as headlines are ("T-distributed …" is the <h1>'s "t-distributed …").
    const name = ldText(ld.name) as string;
    const shown = [h1s()[0] ?? "", docTitle ?? ""].map(squash);
    const holds = (t: string) => {
      const key = squash(t);
      return key !== "" && shown.some((r) => r.includes(key));
    };
    if (holds(name) && !holds(ldTitle as string)) ldTitle = name;
  }
  const sites = siteSpellings(
    [siteName, meta.get("application-name"), meta.get("apple-mobile-web-app-title")],
    first(page.canonical, meta.get("og:url"), url),
  );
  const otherTitles = [ldHeadline, meta.get("og:title"), meta.get("twitter:title")];
  // Declared titles are taken as the page declares them (Readability does the same, and the Mozilla
  // pages' expected titles keep og:title's "| eHow"); the document <title> loses the site's name.
  const titleFound =
    first(
      ldTitle,
      meta.get("dc:title"),
      meta.get("dcterm:title"),
      meta.get("og:title"),
      meta.get("weibo:article:title"),
      meta.get("title"),
      meta.get("twitter:title"),
      meta.get("parsely-title"),
      docTitle ? headlineOf(cleanDocumentTitle(docTitle), sites, h1s, otherTitles) : null,
    ) ??
    (h1s()[0] || null);
  const title = siteTitleToHeadline(
    siteBeforeColon(titleFound, () => h1s()[0] ?? null),
    sites,
    h1s,
  );

  const metaAuthor = meta.get("article:author");
  // Each source cleaned on its own, so that a placeholder ("admin") gives way to the next one.
  const declaredByline = first(
    bylineName(ld ? authorsOf(ld.author, objects) : null),
    bylineName(meta.get("dc:creator")),
    bylineName(meta.get("dcterm:creator")),
    bylineName(meta.get("author")),
    bylineName(meta.get("parsely-author")),
    bylineName(meta.get("sailthru.author")),
    bylineName(metaAuthor && !isUrl(metaAuthor) ? metaAuthor : null),
  );
  const lines = memo(() => headlineLines(page, headlineElement(h1Elements(), title)));
  const shownByline = () => inPageByline(page) ?? bylineNearHeadline(lines());
  const byline = declaredByline ? personOverSite(declaredByline, sites, shownByline) : shownByline();

  const publishedAt =
    first(
      normaliseDate(ld ? ldText(ld.datePublished) : null),
      normaliseDate(meta.get("article:published_time")),
      normaliseDate(meta.get("parsely-pub-date")),
      normaliseDate(meta.get("datepublished")),
      normaliseDate(meta.get("date")),
      normaliseDate(meta.get("pubdate")),
      normaliseDate(meta.get("publishdate")),
      normaliseDate(meta.get("publish-date")),
      normaliseDate(meta.get("dc:date")),
      normaliseDate(meta.get("dc:date:issued")),
      normaliseDate(meta.get("sailthru.date")),
      normaliseDate(meta.get("og:published_time")),
      normaliseDate(ld ? ldText(ld.dateCreated) : null),
    ) ??
    inPageDate(page) ??
    urlDate(first(page.canonical, url)) ??
    dateNearHeadline(lines());

  const lang = first(
    normaliseLang(page.htmlLang),
    normaliseLang(ld ? ldText(ld.inLanguage) : null),
    normaliseLang(meta.get("content-language")),
    normaliseLang(meta.get("language")),
    normaliseLang(meta.get("dc:language")),
    normaliseLang(meta.get("og:locale")),
  );

  const canonical = first(
    page.canonical && isUrl(page.canonical) ? cleanText(page.canonical) : null,
    meta.get("og:url") && isUrl(meta.get("og:url") as string) ? meta.get("og:url") : null,
    ld ? jsonLdUrl(ld) : null,
  );

  return {
    title,
    byline,
    publishedAt,
    siteName,
    url: first(canonical, url),
    lang,
    description: first(
      ld ? ldText(ld.description) : null,
      meta.get("og:description"),
      meta.get("description"),
      meta.get("twitter:description"),
    ),
    jsonLdBody: ld ? ldText(ld.articleBody) : null,
    ingredients: declaredIngredients(objects),
  };
}

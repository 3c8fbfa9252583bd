/**
 * Article metadata from what the page declares: JSON-LD (Article types, also inside @graph or
 * arrays), OpenGraph / article:* / Dublin Core / Parse.ly / plain meta tags, the canonical link,
 * <html lang>, <title>, and in-page signs (<time datetime>, rel=author / itemprop=author / byline
 * elements, the first <h1>). Each field takes the first source that gives a usable value, most
 * structured first.
 */
import { decodeHTML } from "entities";
import type { ArticleMeta } from "../types";
import { BLOCK_TAGS, innerText } from "./blocks";
import { bylineName } from "./byline";
import { classAndId } from "./hints";
import { BY_WORD, BYLINE_PREFIX, WEEKDAY } from "./label-words";
import type { Element, ParsedPage } from "./parse";
import { foldSpaces } from "./text";
import { textDate, urlDate } from "./text-date";

const ARTICLE_TYPES =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Blog|WebPage|Recipe|Review|CreativeWork)$/;
/** Preference among JSON-LD types: the more specific "article" types win over WebPage and friends. */
const WEAK_TYPES = new Set(["WebPage", "Blog", "CreativeWork", "Recipe", "Review"]);
/** Bylines longer than this are paragraphs, not names. */
const MAX_BYLINE_CHARS = 120;
/** How many JSON-LD nodes are visited per page (graphs can be large). */
const MAX_JSON_LD_NODES = 2000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** Folds white space and trims; null for empty. */
function clean(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = foldSpaces(s).trim();
  return t === "" ? null : t;
}

function parseJson(text: string): Json | undefined {
  const body = text.replace(/^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$/g, "").trim();
  if (body === "") return undefined;
  try {
    return JSON.parse(body) as Json;
  } catch {
    try {
      // Raw control characters inside strings are a common authoring slip.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, " ")) as Json;
    } catch {
      return undefined;
    }
  }
}

function typesOf(o: JsonObject): string[] {
  const t = o["@type"];
  if (typeof t === "string") return [t.replace(/^https?:\/\/schema\.org\//, "")];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

/** Every object in the JSON-LD scripts (arrays and @graph flattened), bounded. */
function jsonLdObjects(scripts: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: Json[] = [];
  for (const s of scripts) {
    const parsed = parseJson(s);
    if (parsed !== undefined) stack.push(parsed);
  }
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_JSON_LD_NODES) {
    const v = stack.pop() as Json;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === "object") {
      out.push(v);
      const graph = v["@graph"];
      if (Array.isArray(graph)) for (let i = graph.length - 1; i >= 0; i--) stack.push(graph[i]);
    }
  }
  return out;
}

/** The JSON-LD object that describes the article (the most specific article type first). */
function articleObject(objects: JsonObject[]): JsonObject | null {
  let weak: JsonObject | null = null;
  for (const o of objects) {
    const types = typesOf(o);
    if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
    if (types.every((t) => WEAK_TYPES.has(t))) {
      weak ??= o;
      continue;
    }
    return o;
  }
  return weak;
}

/** A JSON-LD string, with the HTML references that content systems leave in it ("d&#039;actions") decoded. */
function str(v: Json | undefined): string | null {
  const s = typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : null;
  return s === null ? null : clean(s.includes("&") ? decodeHTML(s) : s);
}

function nameOf(v: Json | undefined, objects: JsonObject[]): string | null {
  if (typeof v === "string") return isUrl(v) ? null : clean(v);
  if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
  const name = str(v.name);
  if (name) return name;
  // A reference into the @graph: { "@id": "..." }.
  const id = v["@id"];
  if (typeof id === "string") {
    const target = objects.find((o) => o["@id"] === id && o !== v);
    if (target) return str(target.name);
  }
  return null;
}

function authorsOf(v: Json | undefined, objects: JsonObject[]): string | null {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const names: string[] = [];
  for (const a of list) {
    const n = nameOf(a, objects);
    if (n && !names.includes(n)) names.push(n);
  }
  return names.length > 0 ? names.join(", ") : null;
}

function isUrl(s: string): boolean {
  return /^(https?:)?\/\//i.test(s.trim());
}

/** The article's own URL in JSON-LD (`mainEntityOfPage`, as a string or an object, or `url`). */
function jsonLdUrl(ld: JsonObject): string | null {
  const main = ld.mainEntityOfPage;
  const candidates = [
    typeof main === "string" ? main : null,
    main && typeof main === "object" && !Array.isArray(main) ? str(main["@id"]) : null,
    str(ld.url),
  ];
  for (const c of candidates) if (c && /^https?:\/\//i.test(c)) return c;
  return null;
}

/** ISO 8601 for the date forms pages use; null when it cannot be read. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const s = clean(raw);
  if (!s) return null;
  // Already ISO 8601 (date, or date-time with optional seconds, fraction and zone).
  const iso =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    if (!iso[2]) return iso[1];
    let zone = iso[3] ?? "";
    if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${iso[1]}T${iso[2]}${zone.toUpperCase()}`;
  }
  // Compact forms: 20240419, 20240419T062700Z.
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?Z?)?$/.exec(s);
  if (compact) {
    const [, y, m, d, hh, mm, ss] = compact;
    return hh ? `${y}-${m}-${d}T${hh}:${mm}:${ss ?? "00"}` : `${y}-${m}-${d}`;
  }
  // Anything else Date can read with an explicit year (RFC 2822 and friends).
  if (/\d{4}/.test(s) && /[a-z]/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(".000Z", "Z");
  }
  return null;
}

/** ISO 639-1 primary subtag, lowercased ("en-US" → "en", "pt_BR" → "pt"); null when not one. */
export function normaliseLang(raw: string | null | undefined): string | null {
  const s = clean(raw);
  if (!s) return null;
  const primary = s.split(/[-_\s,;]/)[0].toLowerCase();
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

function metaValues(page: ParsedPage): Map<string, string> {
  const m = new Map<string, string>();
  for (const { key, content } of page.metas) {
    const value = clean(content);
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

function first(...values: Array<string | null | undefined>): string | null {
  for (const v of values) if (v) return v;
  return null;
}

const TITLE_SEPARATOR = / [|\-–—\\/>»] /;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;
/** A title part shorter than this many words is a site name or section, not the headline. */
const MIN_TITLE_WORDS = 3;
/** A cleaned title this short is more likely a fragment than the headline: the full title is kept. */
const SHORT_TITLE_WORDS = 4;

const wordCount = (s: string) => s.trim().split(/\s+/).length;

/**
 * The document <title> without the site name after (or before) the headline: the last separated
 * part is dropped, or the first when too little is left; a result of four words or fewer keeps the
 * full title (the same rules as Mozilla Readability, whose outputs readers are used to).
 */
function cleanDocumentTitle(title: string): string {
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, "g"))];
  if (separators.length === 0) return title;
  const hierarchical = HIERARCHICAL_SEPARATOR.test(title);
  let cut = title.slice(0, separators[separators.length - 1].index).trim();
  if (wordCount(cut) < MIN_TITLE_WORDS) cut = title.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, "").trim();
  const words = wordCount(cut);
  if (
    words <= SHORT_TITLE_WORDS &&
    (!hierarchical || words !== wordCount(title.replace(/[|\-–—\\/>»]+/g, "")) - 1)
  ) {
    return title;
  }
  return cut;
}

/**
 * "The Space Review: Seeking a bigger role for a big rocket" with an <h1> "Seeking a bigger role for a
 * big rocket": the part before the colon is the site's or the section's, and the <h1> is the headline
 * (Readability reads titles with a colon the same way).
 */
function siteBeforeColon(title: string | null, h1: () => string | null): string | null {
  if (!title?.includes(": ")) return title;
  const headline = h1();
  if (!headline || wordCount(headline) < MIN_TITLE_WORDS) return title;
  const rest = title.slice(title.indexOf(": ") + 2);
  return foldSpaces(rest).trim().toLowerCase() === headline.toLowerCase() ? headline : title;
}

/** Text of the first element matching `test` in document order (bounded by the element count). */
function firstElement(page: ParsedPage, test: (el: Element) => boolean): Element | null {
  for (const el of page.elements) if (test(el)) return el;
  return null;
}

const BYLINE_NAME =
  /(^|[\s_-])(byline|author|authors|authorbox|author-box|autor|autorin|auteur|autore|writer|writtenby|p-author|contributor)($|[\s_-])/;

/** Regions whose names say they hold readers' comments: their "authors" are not the article's. */
const COMMENT_REGION = /comment|repl(y|ies)|discussion|disqus/;

function inComments(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent) {
    const names = classAndId(e);
    if (names.length > 1 && COMMENT_REGION.test(names)) return true;
  }
  return false;
}

/**
 * A date, time or handle after the name in a byline ("Jane Doe - Apr 16, 2015 8:02 pm", "Jane @jdoe",
 * "Joe Wee Monday, February 29, 2016").
 */
const BYLINE_TAIL = new RegExp(
  `\\s*(?:[-–—|•·,]\\s*)?(?:${WEEKDAY},?\\s+)?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}:\\d{2}|[a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+[a-z]{3,9}\\.?\\s+\\d{4}|@\\w+|(?:updated|published|posted)\\b).*$`,
  "i",
);

/** The element's text, one entry per line: a <br> or a block element starts a new one. */
function linesOf(el: Element): string[] {
  const lines: string[] = [""];
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (typeof c === "string") lines[lines.length - 1] += c;
      else if (c.tag === "br") lines.push("");
      else if (BLOCK_TAGS.has(c.tag)) {
        lines.push("");
        walk(c);
        lines.push("");
      } else walk(c);
    }
  };
  walk(el);
  return lines.map((l) => clean(l) ?? "").filter((l) => l.length > 0);
}

/**
 * The name in a byline element: its first line ("by Jeff Foust<br>Monday, November 18, 2019" is a name
 * then a date), less "By" and any date, time or handle after the name.
 */
function bylineText(el: Element | null): string | null {
  if (!el) return null;
  const lines = linesOf(el);
  while (lines.length > 1 && BY_WORD.test(lines[0])) lines.shift();
  const text = lines[0];
  const whole = clean(innerText(el));
  if (!text || !whole || whole.length > MAX_BYLINE_CHARS) return null;
  const name = text
    .replace(BYLINE_PREFIX, "")
    .replace(BYLINE_TAIL, "")
    .replace(/[\s\-–—|•·,:]+$/, "")
    .trim();
  return name || null;
}

/** Byline elements tried before giving up: the first is often only a label ("By", "Autor:"). */
const MAX_BYLINE_ELEMENTS = 5;

/** An author named in the page: rel=author or itemprop=author first, then byline-like class names. */
function inPageByline(page: ParsedPage): string | null {
  const tests = [
    (e: Element) => e.attrs.rel === "author" || /\bauthor\b/.test(e.attrs.itemprop ?? ""),
    (e: Element) => {
      // classAndId is computed once per element (the scoring reads it too).
      const names = classAndId(e);
      return names.length > 1 && BYLINE_NAME.test(names);
    },
  ];
  for (const test of tests) {
    let tried = 0;
    for (const e of page.elements) {
      if (!test(e) || inComments(e)) continue;
      const name = bylineName(bylineText(e));
      if (name) return name;
      if (++tried >= MAX_BYLINE_ELEMENTS) break;
    }
  }
  return null;
}

/** Class or id of an element that shows the story's date. */
const DATE_NAME =
  /(^|[\s_-])(date|datetime|dateline|published|pubdate|postdate|post-date|entry-date|timestamp)($|[\s_-])|[a-z](?:date|time|meta)($|[\s_-])|(^|[\s_-])(?:time|meta)($|[\s_-])/;
/** Longest text of such an element read for a date ("Monday, November 18, 2019 at 6:01 am"). */
const DATE_TEXT_MAX_CHARS = 80;
/** A <time datetime> or microdata datePublished, else the text of an element named as the story's date. */
function inPageDate(page: ParsedPage): string | null {
  const el = firstElement(
    page,
    (e) =>
      (e.attrs.itemprop === "datePublished" && e.attrs.content !== undefined) ||
      ((e.attrs.itemprop === "datePublished" || e.tag === "time") && e.attrs.datetime !== undefined),
  );
  if (el) return normaliseDate(el.attrs.datetime ?? el.attrs.content);
  for (const e of page.elements) {
    const names = classAndId(e);
    if (names.length < 4 || !DATE_NAME.test(names) || inComments(e)) continue;
    // <span class="date" content="2017-07-23T17:06:45+0000">23. Juli 2017</span>
    const stamp = normaliseDate(e.attrs.datetime ?? e.attrs.content);
    if (stamp) return stamp;
    const text = innerText(e);
    if (text.length > DATE_TEXT_MAX_CHARS) continue;
    const day = textDate(text);
    if (day) return day;
  }
  return null;
}

export interface PageMetadata extends ArticleMeta {
  /** The JSON-LD `articleBody`, when the page gives one (a rescue for client-rendered pages). */
  jsonLdBody: string | null;
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
    website ? str(website.name) : null,
    publisher,
    meta.get("application-name"),
  );

  const docTitle = clean(page.title);
  // The first <h1> is only read when the page gives no better title or two JSON-LD candidates.
  let h1Text: string | null | undefined;
  const h1 = () => {
    if (h1Text === undefined) {
      const el = firstElement(page, (e) => e.tag === "h1");
      h1Text = el ? clean(innerText(el)) : null;
    }
    return h1Text;
  };
  let ldTitle = ld ? first(str(ld.headline), str(ld.name)) : null;
  if (ld && str(ld.headline) && str(ld.name) && str(ld.headline) !== str(ld.name)) {
    // Some sites put their own name in `name`: take whichever the page's headline agrees with.
    const name = str(ld.name) as string;
    const reference = `${h1() ?? ""} ${docTitle ?? ""}`;
    if (reference.includes(name) && !reference.includes(ldTitle as string)) ldTitle = name;
  }
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
      docTitle ? cleanDocumentTitle(docTitle) : null,
    ) ?? h1();
  const title = siteBeforeColon(titleFound, h1);

  const metaAuthor = meta.get("article:author");
  // Each source cleaned on its own, so that a placeholder ("admin") gives way to the next one.
  const byline =
    first(
      bylineName(ld ? authorsOf(ld.author, objects) : null),
      bylineName(meta.get("dc:creator")),
      bylineName(meta.get("dcterm:creator")),
      bylineName(meta.get("author")),
      bylineName(meta.get("parsely-author")),
      bylineName(meta.get("sailthru.author")),
      bylineName(metaAuthor && !isUrl(metaAuthor) ? metaAuthor : null),
    ) ?? inPageByline(page);

  const publishedAt =
    first(
      normaliseDate(ld ? str(ld.datePublished) : null),
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
      normaliseDate(ld ? str(ld.dateCreated) : null),
    ) ??
    inPageDate(page) ??
    urlDate(first(page.canonical, url));

  const lang = first(
    normaliseLang(page.htmlLang),
    normaliseLang(ld ? str(ld.inLanguage) : null),
    normaliseLang(meta.get("content-language")),
    normaliseLang(meta.get("language")),
    normaliseLang(meta.get("dc:language")),
    normaliseLang(meta.get("og:locale")),
  );

  const canonical = first(
    page.canonical && isUrl(page.canonical) ? clean(page.canonical) : null,
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
      ld ? str(ld.description) : null,
      meta.get("og:description"),
      meta.get("description"),
      meta.get("twitter:description"),
    ),
    jsonLdBody: ld ? str(ld.articleBody) : null,
  };
}

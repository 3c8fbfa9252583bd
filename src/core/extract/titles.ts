/**
 * Titles as pages write them: the document <title> without the site name around the headline, any
 * title without a part that is the site's name, and a title that holds the page's headline (<h1>,
 * og:title) between separators cut down to it.
 */
import type { Heading } from "./elements";
import type { Element } from "./parse";
import { isSiteName, squash } from "./site-names";
import { foldSpaces } from "./text";

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
export function cleanDocumentTitle(title: string): string {
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
 * Longer titles are left as they are: no headline is this long, and comparing every part of a
 * hostile title full of separators with the headline would take quadratic time.
 */
const MAX_TITLE_CHARS = 500;

/** Separators between a title's parts (headline, site name, section, tagline), spaced on both sides. */
const PART_SEPARATOR = /\s+(?:[|\-–—·•›»«>\\/~]|::|\/\/|:)\s+/gu;
/** ...and a colon after a word ("Site: Headline", "Headline: subtitle"), for finding the headline. */
const COLON = /(?<=\S):\s+/gu;

function separators(title: string, pattern: RegExp): Array<{ start: number; end: number }> {
  return [...title.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The title without parts that name the site: from the first part after the headline that is the
 * site's name to the end ("Headline | silvias.net", "Headline : Krimiblog-Archiv | Tagline"), and a
 * first part that is it ("Gregory Szorc's Digital Home | Headline"). A title that is only the site's
 * name (a home page's) stays whole.
 */
export function withoutSiteName(title: string, sites: string[]): string {
  if (sites.length === 0 || sites.includes(squash(title))) return title;
  let seps = separators(title, PART_SEPARATOR);
  let out = title;
  for (let i = 0; i < seps.length; i++) {
    const next = seps[i + 1]?.start ?? out.length;
    if (isSiteName(out.slice(seps[i].end, next), sites)) {
      out = out.slice(0, seps[i].start);
      seps = seps.slice(0, i);
      break;
    }
  }
  // A short rest after the site's name is its tagline or section ("Harbour Post - News"), not a headline.
  if (seps.length > 0 && isSiteName(out.slice(0, seps[0].start), sites)) {
    const rest = out.slice(seps[0].end);
    if (wordCount(rest) >= MIN_TITLE_WORDS) out = rest;
  }
  return out.trim() || title;
}

/**
 * The page's headline out of a title that holds more: a title an <h1> repeats whole stays;
 * otherwise the parts that name the site go (`withoutSiteName`), and a part before or after a
 * separator that an <h1> or another title of the page (og:title...) repeats is taken ("Uberspace und Let’s Encrypt – Am Rande der
 * Realität" with an <h1> "Uberspace und Let’s Encrypt"; "The Space Review: Seeking a bigger role"
 * with an <h1> "Seeking a bigger role"), the longest when several are (the shorter is the site's logo).
 */
export function headlineOf(
  title: string,
  sites: string[],
  h1s: () => string[],
  otherTitles: Array<string | null | undefined>,
): string {
  if (title.length > MAX_TITLE_CHARS) return title;
  if (separators(title, PART_SEPARATOR).length + separators(title, COLON).length === 0) return title;
  const whole = squash(title);
  const shown = h1s().map(squash);
  if (shown.includes(whole)) return title;
  const wanted = new Set([...shown, ...otherTitles.map((t) => squash(t ?? ""))].filter((h) => h !== ""));
  const rest = withoutSiteName(title, sites);
  let best: string | null = null;
  for (const { start, end } of [...separators(rest, PART_SEPARATOR), ...separators(rest, COLON)]) {
    for (const part of [rest.slice(0, start).trim(), rest.slice(end).trim()]) {
      const text = squash(part);
      if (text !== whole && wanted.has(text) && (best === null || part.length > best.length)) best = part;
    }
  }
  return best ?? rest;
}

/** The <h1> that shows the title (the first when none does: the title came from elsewhere); null without one. */
export function headlineElement(h1s: Heading[], title: string | null): Element | null {
  const wanted = title ? squash(title) : "";
  return (h1s.find((h) => squash(h.text) === wanted) ?? h1s[0])?.el ?? null;
}

/**
 * "The Space Review: Seeking a bigger role for a big rocket" with an <h1> "Seeking a bigger role for a
 * big rocket": the part before the colon is the site's or the section's, and the <h1> is the headline
 * (Readability reads titles with a colon the same way).
 */
export function siteBeforeColon(title: string | null, h1: () => string | null): string | null {
  if (!title?.includes(": ")) return title;
  const headline = h1();
  if (!headline || wordCount(headline) < MIN_TITLE_WORDS) return title;
  const rest = title.slice(title.indexOf(": ") + 2);
  return foldSpaces(rest).trim().toLowerCase() === headline.toLowerCase() ? headline : title;
}

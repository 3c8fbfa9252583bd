/**
 * The content area's blocks → the article's blocks: labels, dates and bylines before the first prose
 * block and widgets after the last one are dropped, the headline (already in `title`) is not repeated,
 * and a page with too little prose is told apart from an article.
 */
import type { Block } from "../types";
import type { RawBlock } from "./blocks";
import type { Element } from "./parse";
import { isProse, SENTENCE_MIN_WEIGHT } from "./score";
import { foldSpaces, textWeight } from "./text";

/** An article has at least this much text (weight) outside headings: two or three sentences. */
export const MIN_ARTICLE_WEIGHT = 150;

/** Block kinds that may close an article after its last prose paragraph (a list, a table, a quote). */
const TRAILING_KINDS = new Set(["listItem", "tableRow", "quote", "preformatted"]);

function sameText(a: string, b: string): boolean {
  return foldSpaces(a).trim().toLowerCase() === foldSpaces(b).trim().toLowerCase();
}

export function tidyBlocks(all: RawBlock[], title: string | null): Block[] {
  const raw = withoutTeasers(all);
  let firstProse = -1;
  let lastProse = -1;
  const start = startAfterHeadline(raw, title);
  for (let i = start; i < raw.length; i++) {
    if (isProse(raw[i])) {
      if (firstProse < 0) firstProse = i;
      lastProse = i;
    }
  }
  if (firstProse < 0) return [];
  [firstProse, lastProse] = trimToMainContainer(raw, firstProse, lastProse);
  // A standfirst or subheading set as a heading opens the article just before its first paragraph.
  while (firstProse > start && isLeadingHeading(raw[firstProse - 1], title)) firstProse--;
  let end = lastProse + 1;
  // A list or table that closes the article stays; a trailing label or heading goes.
  while (end < raw.length && TRAILING_KINDS.has(raw[end].kind) && raw[end].linkWeight < raw[end].weight / 2) {
    end++;
  }
  // The article's last paragraph may be short and unpunctuated: kept when it is the last block of
  // the paragraphs' own container and holds no link.
  if (end === lastProse + 1 && end < raw.length && isClosingParagraph(raw, lastProse, end)) end++;
  const out: Block[] = [];
  for (let i = firstProse; i < end; i++) {
    const b = raw[i];
    if (b.kind === "heading" && title && sameText(b.text, title)) continue;
    if (b.kind === "paragraph" && (isLabel(b) || isAltCaption(b))) continue;
    const block: Block = { kind: b.kind, text: b.text };
    if (b.level) block.level = b.level;
    out.push(block);
  }
  return out;
}

/** An excerpt cut short: a word, then "..." or "…" (not a sentence's end before it). */
const TRUNCATED = /[\p{L}\p{N},;]\s?(?:\.{3}|…)["”’]?$/u;

/** A link to another story with the start of its text, cut short ("Headline STATE: The first words..."). */
function isTeaser(b: RawBlock): boolean {
  return (
    (b.kind === "listItem" || b.kind === "paragraph") && b.linkWeight > 0 && TRUNCATED.test(b.text.trimEnd())
  );
}

/**
 * Teasers of other stories next to one another (a "latest news" list inside the content area) go; a lone
 * paragraph that ends in "..." and holds a link may be the article's own.
 */
function withoutTeasers(raw: RawBlock[]): RawBlock[] {
  const teaser = raw.map(isTeaser);
  if (!teaser.includes(true)) return raw;
  return raw.filter((_, i) => !(teaser[i] && (teaser[i - 1] || teaser[i + 1])));
}

/** How many elements around a block are looked at for the image it may caption. */
const CAPTION_SCAN_MAX = 24;
const CAPTION_SCAN_DEPTH = 3;
/** Longer paragraphs are prose, not an image's description. */
const CAPTION_MAX_CHARS = 400;

/**
 * A caption: the text repeats the alt text of an image beside it (in the same element or its parent,
 * "<img alt='The slimmer bezels'><span>The slimmer bezels</span>"). Pages write both for the same
 * picture; the article's prose never equals an image's description.
 */
function isAltCaption(b: RawBlock): boolean {
  if (b.text.length > CAPTION_MAX_CHARS) return false;
  const text = foldSpaces(b.text).trim().toLowerCase();
  if (!text) return false;
  let scanned = 0;
  // A bounded walk: the images a few levels below `el` ("<div><div><img></div><span>caption</span></div>").
  const holdsImage = (el: Element, depth: number): boolean => {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      if (++scanned > CAPTION_SCAN_MAX) return false;
      if (c.tag === "img") {
        if (c.attrs.alt && foldSpaces(c.attrs.alt).trim().toLowerCase() === text) return true;
      } else if (depth < CAPTION_SCAN_DEPTH && holdsImage(c, depth + 1)) return true;
    }
    return false;
  };
  return holdsImage(b.owner, 1) || (b.owner.parent !== null && holdsImage(b.owner.parent, 1));
}

/** A slideshow's counter: "1 of 6", "Image 2 of 5", "Bild 3 von 8", "4/12". */
const COUNTER = /^(?:\p{L}+\s+)?\d+\s*(?:of|von|de|sur|di|\/)\s*\d+$/iu;
/** Longest link-only paragraph taken for a label ("Read more", "See all photos"). */
const LINK_LABEL_MAX_WORDS = 4;
/** Longer paragraphs are never labels (checked first: most paragraphs are long). */
const LABEL_MAX_CHARS = 80;

/**
 * A paragraph that is a label of the page, not the article's prose: a slideshow counter, one word with
 * no punctuation ("Advert", "SUBSCRIBE"), or a few words that are all a link ("Read More"). A one-line
 * paragraph of prose ("It worked.") ends in punctuation and stays.
 */
function isLabel(b: RawBlock): boolean {
  if (b.text.length > LABEL_MAX_CHARS) return false;
  const t = foldSpaces(b.text).trim();
  if (COUNTER.test(t)) return true;
  const words = t.split(" ").length;
  if (words === 1 && /^\p{L}+$/u.test(t)) return true;
  // Words, not an address: a list of shortened links may be the article's own (a deals post).
  return words <= LINK_LABEL_MAX_WORDS && b.linkWeight >= b.weight && b.weight > 0 && /^[\p{L} ]+$/u.test(t);
}

/**
 * A heading below the headline without many links. (The headline is the <h1>, or the heading that
 * repeats the title: page titles often add the site's name, so a title holding it counts too.)
 */
function isLeadingHeading(b: RawBlock, title: string | null): boolean {
  if (b.kind !== "heading" || b.level === 1 || b.linkWeight >= b.weight / 2) return false;
  if (isBylineOrDateLine(b.text)) return false;
  return !(title && foldSpaces(title).toLowerCase().includes(foldSpaces(b.text).trim().toLowerCase()));
}

/** A label line this short or shorter may be a byline or a date ("by Jeff Foust", "Monday, November 18, 2019"). */
const LABEL_MAX_WORDS = 8;
const BYLINE_LINE = /^(?:written\s+)?(?:by|von|par|por|di|door|av)\s+\S/i;
/** What a date line is made of: month and day names, numbers, times, a few joining words. */
const DATE_LINE_PART =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|on|am|pm|a\.m\.|p\.m\.|updated|published|posted|utc|gmt)\b|\d+(?:st|nd|rd|th)?|[\s,.:/@|–—-]+/giu;

/** A heading that is the story's byline or date: a label set as a heading, not a standfirst. */
function isBylineOrDateLine(text: string): boolean {
  const t = foldSpaces(text).trim();
  if (t.split(" ").length > LABEL_MAX_WORDS) return false;
  if (BYLINE_LINE.test(t)) return true;
  return /\d/.test(t) && t.replace(DATE_LINE_PART, "") === "";
}

/** Shortest closing paragraph kept (weight): shorter lines are labels or sign-offs. */
const CLOSING_MIN_WEIGHT = SENTENCE_MIN_WEIGHT;

function isClosingParagraph(raw: RawBlock[], last: number, i: number): boolean {
  const b = raw[i];
  if (b.kind !== "paragraph" || b.linkWeight > 0 || b.weight < CLOSING_MIN_WEIGHT) return false;
  const container = raw[last].owner.parent;
  if (!container || b.owner.parent !== container) return false;
  return i + 1 === raw.length || !isWithin(raw[i + 1].owner, container);
}

/** The main container is the smallest region holding this share of the prose. */
const MAIN_CONTAINER_SHARE = 0.7;
/** Prose before the main text container shorter than this (weight) is a kicker or a date line. */
const LEADING_OUTSIDE_MAX_WEIGHT = 80;
/** Prose after the main text container, shorter than this (weight), is a post footer, not article. */
const TRAILING_OUTSIDE_MAX_WEIGHT = 300;

function isWithin(el: Element, ancestor: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

/**
 * The last prose block to keep. The article's paragraphs mostly share a parent (the "main
 * container"); short prose blocks after the container ends ("This entry was posted in...",
 * "Share this article", a licence line) are not part of the article.
 */
function mainContainer(raw: RawBlock[], first: number, last: number): Element | null {
  const byParent = new Map<Element, number>();
  let main: Element | null = null;
  let best = 0;
  for (let i = first; i <= last; i++) {
    const b = raw[i];
    if (!isProse(b)) continue;
    const parent = b.owner.parent ?? b.owner;
    const w = (byParent.get(parent) ?? 0) + b.weight;
    byParent.set(parent, w);
    if (w > best) {
      best = w;
      main = parent;
    }
  }
  if (!main) return null;
  // Widen to the smallest region holding most of the prose (paragraphs may sit in wrappers each).
  let total = 0;
  for (const w of byParent.values()) total += w;
  for (let region: Element | null = main; region; region = region.parent) {
    let inside = 0;
    for (const [parent, w] of byParent) if (isWithin(parent, region)) inside += w;
    main = region;
    if (inside >= MAIN_CONTAINER_SHARE * total) break;
  }
  return main;
}

/** Drops short prose before and after the main container: returns the kept [first, last]. */
function trimToMainContainer(raw: RawBlock[], first: number, last: number): [number, number] {
  const main = mainContainer(raw, first, last);
  if (!main) return [first, last];
  let end = last;
  while (end > first && !isWithin(raw[end].owner, main) && raw[end].weight < TRAILING_OUTSIDE_MAX_WEIGHT) {
    end--;
    while (end > first && !isProse(raw[end])) end--;
  }
  let start = first;
  while (start < end && !isWithin(raw[start].owner, main) && raw[start].weight < LEADING_OUTSIDE_MAX_WEIGHT) {
    start++;
    while (start < end && !isProse(raw[start])) start++;
  }
  return [start, end];
}

/** The article starts below its headline when most of the prose does (what comes before is chrome). */
const HEADLINE_START_SHARE = 0.5;

/** Index after the heading that repeats the title, when most prose follows it; else 0. */
function startAfterHeadline(raw: RawBlock[], title: string | null): number {
  if (!title) return 0;
  let total = 0;
  for (const b of raw) if (isProse(b)) total += b.weight;
  let before = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b.kind === "heading" && sameText(b.text, title)) {
      return total - before >= HEADLINE_START_SHARE * total ? i + 1 : 0;
    }
    if (isProse(b)) before += b.weight;
  }
  return 0;
}

/** True when the blocks hold enough prose to be an article. */
export function hasArticle(blocks: Block[]): boolean {
  let prose = 0;
  for (const b of blocks) if (b.kind !== "heading") prose += textWeight(b.text);
  return prose >= MIN_ARTICLE_WEIGHT;
}

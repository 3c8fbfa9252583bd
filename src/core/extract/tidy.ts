/**
 * The content area's blocks → the article's blocks: labels, dates and bylines before the first prose
 * block and widgets after the last one are dropped, the headline (already in `title`) is not repeated,
 * and a page with too little prose is told apart from an article.
 */
import type { Block } from "../types";
import type { RawBlock } from "./blocks";
import { withDropCapsJoined } from "./drop-caps";
import {
  isAltCaption,
  isBylineOrDateLine,
  isCreditedCaption,
  isDetailsLine,
  isLabel,
  isPaywallCut,
  withoutTeasers,
} from "./labels";
import type { Element } from "./parse";
import { isRelatedLink, withoutRelatedSections } from "./related";
import { isProse, PROSE_MIN_WEIGHT, SENTENCE_MIN_WEIGHT } from "./score";
import { foldSpaces, textWeight } from "./text";

/** An article has at least this much text (weight) outside headings: two or three sentences. */
export const MIN_ARTICLE_WEIGHT = 150;

/** Block kinds that may close an article after its last prose paragraph (a list, a table, a quote). */
const TRAILING_KINDS = new Set(["listItem", "tableRow", "quote", "preformatted"]);

function sameText(a: string, b: string): boolean {
  return foldSpaces(a).trim().toLowerCase() === foldSpaces(b).trim().toLowerCase();
}

export function tidyBlocks(all: RawBlock[], title: string | null): Block[] {
  const raw = withoutRelatedSections(withoutTeasers(withDropCapsJoined(all)), isProse);
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
  // A line of details long enough to weigh as prose ("Le Monde | 04.05.2015 à 13h36 | Par …").
  while (firstProse < lastProse && isDetailsLine(raw[firstProse].text)) {
    firstProse++;
    while (firstProse < lastProse && !isProse(raw[firstProse])) firstProse++;
  }
  // A standfirst or subheading set as a heading opens the article just before its first paragraph.
  while (firstProse > start && isLeadingHeading(raw[firstProse - 1], title)) firstProse--;
  const standfirst = standfirstAcrossLabels(raw, start, firstProse, title);
  // A paywall's prompt ends the article: the rest is its offer ("When you join …, you'll get …").
  for (let i = firstProse + 1; i <= lastProse; i++)
    if (isPaywallCut(raw[i])) {
      lastProse = i - 1;
      while (lastProse > firstProse && !isProse(raw[lastProse])) lastProse--;
      break;
    }
  let end = lastProse + 1;
  // A list or table that closes the article stays; a trailing label or heading goes.
  while (end < raw.length && TRAILING_KINDS.has(raw[end].kind) && raw[end].linkWeight < raw[end].weight / 2) {
    end++;
  }
  // The article's last paragraph may be short and unpunctuated: kept when it is the last block of
  // the paragraphs' own container and holds no link.
  if (end === lastProse + 1 && end < raw.length && isClosingParagraph(raw, lastProse, end)) end++;
  const out: Block[] = [];
  if (standfirst >= 0)
    out.push({ kind: "heading", text: raw[standfirst].text, level: raw[standfirst].level });
  /** Paragraphs closed by a photo credit: captions, left out unless the article is only a line without them. */
  const captions = new Set<Block>();
  for (let i = firstProse; i < end; i++) {
    const b = raw[i];
    if (b.kind === "heading" && title && sameText(b.text, title)) continue;
    if (b.kind === "paragraph" && (isLabel(b) || isAltCaption(b) || isRelatedLink(b))) continue;
    const block: Block = { kind: b.kind, text: b.text };
    if (b.level) block.level = b.level;
    if (b.kind === "paragraph" && isCreditedCaption(b)) captions.add(block);
    out.push(block);
  }
  if (captions.size === 0) return out;
  const withoutCaptions = out.filter((b) => !captions.has(b));
  // A paywall's teaser of a line under its picture keeps the caption: else the page has no article.
  return hasArticle(withoutCaptions) ? withoutCaptions : out;
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

/** Labels (reading time, a byline, a date line: short non-prose blocks) looked past for a standfirst. */
const STANDFIRST_MAX_LABELS = 2;
/** ...each at most this heavy (weight). */
const STANDFIRST_LABEL_MAX_WEIGHT = 40;

/**
 * Index of a standfirst set as a heading and separated from the first paragraph by a label or two
 * ("Lesedauer: 8 Min.", "By …"): a leading heading as long as prose. The labels between stay out.
 * -1 when there is none.
 */
function standfirstAcrossLabels(
  raw: RawBlock[],
  start: number,
  firstProse: number,
  title: string | null,
): number {
  let i = firstProse - 1;
  for (let labels = 0; i > start && labels < STANDFIRST_MAX_LABELS; i--, labels++) {
    const b = raw[i];
    if (b.kind === "heading" || isProse(b) || b.weight > STANDFIRST_LABEL_MAX_WEIGHT) break;
  }
  if (i === firstProse - 1 || i < start) return -1;
  const b = raw[i];
  return b.weight - b.linkWeight >= PROSE_MIN_WEIGHT && isLeadingHeading(b, title) ? i : -1;
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

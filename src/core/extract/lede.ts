/**
 * The standfirst or lede outside the content area: many pages set the text between the headline and
 * the body in the article's header (a teaser paragraph, a long subheading), apart from the body's
 * container. Prose found right before the area, with only labels (dates, bylines, share links)
 * between it and the headline, opens the article.
 */
import type { RawBlock } from "./blocks";
import { classAndId, isBoilerplate } from "./hints";
import type { Element } from "./parse";
import { isProse, type PageStats, PROSE_MIN_WEIGHT } from "./score";
import { foldSpaces } from "./text";

/** How many blocks before the content area are looked at (labels, bylines, the lede, the headline). */
const LEDE_WINDOW = 8;
/**
 * A block this heavy (weight, outside links) before the body is a standfirst, not a label, a date
 * line or a section title.
 */
const STANDFIRST_MIN_WEIGHT = PROSE_MIN_WEIGHT;

/** Index of the first element after `el`'s subtree (elements are numbered in document order). */
function subtreeEnd(el: Element): number {
  let last: Element = el;
  for (;;) {
    let child: Element | null = null;
    for (let i = last.children.length - 1; i >= 0; i--) {
      const c = last.children[i];
      if (typeof c !== "string") {
        child = c;
        break;
      }
    }
    if (!child) break;
    last = child;
  }
  return last.index + 1;
}

/** Where a block before the content area sits. */
enum Place {
  Open = 0,
  /** In a caption, a byline, a share bar...: not the lede, but the article's header goes on. */
  Aside = 1,
  /** In page chrome other than a header (navigation, a sidebar, a form): the article's header is over. */
  PageChrome = 2,
}

const CAPTION_TAGS = new Set(["figure", "figcaption"]);
/** The article's own header may be a <header> or be named so: chrome for the page, not for the lede. */
const HEADER_NAME = /(^|[\s_-])header($|[\s_-])/;

/** How many ancestors of a lede candidate are looked at. */
const PLACE_MAX_DEPTH = 12;

/** Looks at the ancestors of a block up to the first one it shares with the content area. */
function placeOf(owner: Element, stats: PageStats, areaAncestors: Set<Element>): Place {
  let aside = false;
  let depth = 0;
  for (let e: Element | null = owner; e && depth < PLACE_MAX_DEPTH; e = e.parent, depth++) {
    if (areaAncestors.has(e)) break;
    const names = classAndId(e);
    if (stats.chromeKind[e.index] !== 0 && e.tag !== "header" && !HEADER_NAME.test(names)) {
      return Place.PageChrome;
    }
    if (CAPTION_TAGS.has(e.tag) || isBoilerplate(names)) aside = true;
  }
  return aside ? Place.Aside : Place.Open;
}

function isHeadline(b: RawBlock, title: string | null): boolean {
  if (b.kind !== "heading") return false;
  if (b.level === 1) return true;
  return title !== null && b.text !== "" && foldSpaces(title).includes(b.text);
}

/**
 * The owners of the lede blocks to put before the area's text, in document order; none when no
 * headline is found just above (then what precedes the area is not the article's header).
 * `all`: the page's blocks (measures; headings carry their text).
 */
export function ledeOwners(
  all: RawBlock[],
  area: Element,
  stats: PageStats,
  title: string | null,
): Element[] {
  const start = area.index;
  const end = subtreeEnd(area);
  let first = -1;
  for (let i = 0; i < all.length; i++) {
    const k = all[i].owner.index;
    if (k >= start && k < end) {
      first = i;
      break;
    }
  }
  const owners: Element[] = [];
  const areaAncestors = new Set<Element>();
  for (let e = area.parent; e; e = e.parent) areaAncestors.add(e);
  for (let i = first - 1; i >= 0 && i >= first - LEDE_WINDOW; i--) {
    const b = all[i];
    if (isHeadline(b, title)) return owners.reverse();
    const where = placeOf(b.owner, stats, areaAncestors);
    if (where === Place.PageChrome) return [];
    if (where === Place.Aside) continue;
    const prose = b.kind === "heading" || isProse(b);
    if (prose && b.weight - b.linkWeight >= STANDFIRST_MIN_WEIGHT && b.linkWeight < b.weight / 2) {
      if (owners[owners.length - 1] !== b.owner) owners.push(b.owner);
    }
  }
  return [];
}

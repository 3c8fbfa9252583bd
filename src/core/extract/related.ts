/**
 * Related-content sections inside the content area, found by their heading ("You may also like",
 * "Você pode gostar...", "Das könnte Sie auch interessieren"): the class names that usually mark them
 * (hints.ts) are sometimes missing, and their teasers are paragraphs like the article's. Such a heading
 * never titles a part of the article, so the box it heads goes. The same cue opening a link card set
 * between the article's paragraphs ("Also on rt.com" and another story's headline) drops the card.
 */

import { RELATED_CUES, TITLE_START } from "../text/related-cues";
import type { RawBlock } from "./blocks";
import type { Element } from "./parse";
import { foldSpaces } from "./text";

/** Headings of related-content sections, whole (punctuation and an arrow after them allowed). */
const RELATED_HEADING = new RegExp(`^${RELATED_CUES}[\\s.:…»›>→-]*$`, "iu");
/** A related cue opening a paragraph and what separates it from the linked story's title. */
const RELATED_OPENING = new RegExp(`^${RELATED_CUES}(?:\\s*[:.…»›>→-]\\s*|\\s+)`, "iu");
/** Share of such a paragraph's text inside links: it is a link to the other story. */
const RELATED_LINK_SHARE = 0.5;

/** A heading's text naming a related-content section. */
export function isRelatedHeading(text: string): boolean {
  return RELATED_HEADING.test(foldSpaces(text).trim());
}

/**
 * A paragraph that links to another story under a related cue ("Also on rt.com Journalists &
 * politicians … threatened with sedition arrests", "Lesen Sie auch: …"): a teaser set between the
 * article's paragraphs.
 */
export function isRelatedLink(b: RawBlock): boolean {
  return (
    b.kind === "paragraph" &&
    b.linkWeight >= RELATED_LINK_SHARE * b.weight &&
    b.weight > 0 &&
    opensWithRelatedCue(foldSpaces(b.text).trim())
  );
}

function opensWithRelatedCue(text: string): boolean {
  const cue = RELATED_OPENING.exec(text);
  return cue !== null && TITLE_START.test(text.slice(cue[0].length));
}

/**
 * The blocks without related-content sections that follow some prose (a heading at the very top is
 * more likely the page's navigation, which the rest of the pipeline handles). A section is the
 * heading's box: the element around the heading that holds none of the prose before it; the article
 * may go on after the box ("Related" boxes sit between an article's paragraphs).
 */
export function withoutRelatedSections(raw: RawBlock[], isProse: (b: RawBlock) => boolean): RawBlock[] {
  let out: RawBlock[] | null = null;
  let lastProse: RawBlock | null = null;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b.kind === "heading" && lastProse && isRelatedHeading(b.text)) {
      const box = sectionBox(b.owner, lastProse.owner);
      out ??= raw.slice(0, i);
      while (i + 1 < raw.length && box && within(raw[i + 1].owner, box)) i++;
      continue;
    }
    if (isProse(b)) lastProse = b;
    out?.push(b);
  }
  return out ?? raw;
}

/** The outermost ancestor of the heading that does not hold the prose before it (null: none). */
function sectionBox(heading: Element, prose: Element): Element | null {
  let box: Element | null = null;
  for (let el = heading.parent; el && !within(prose, el); el = el.parent) box = el;
  return box;
}

function within(el: Element, box: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent) if (e === box) return true;
  return false;
}

/**
 * Related-content sections inside the content area, found by their heading ("You may also like",
 * "Você pode gostar...", "Das könnte Sie auch interessieren"): the class names that usually mark them
 * (hints.ts) are sometimes missing, and their teasers are paragraphs like the article's. Such a heading
 * never titles a part of the article, so the box it heads goes.
 */
import type { RawBlock } from "./blocks";
import type { Element } from "./parse";
import { foldSpaces } from "./text";

/** Headings of related-content sections, whole (punctuation and an arrow after them allowed). */
const RELATED_HEADING = new RegExp(
  `^(?:${[
    // English
    "related(?: (?:articles?|stories|posts|content|news|reading|coverage|links))?",
    "(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in))",
    "recommended(?: for you| stories| articles| reading)?",
    "more (?:stories|articles|news|from [\\p{L} .'’-]{1,30})",
    "read (?:also|next|more)",
    "also read",
    "trending(?: now| stories)?",
    "most (?:read|popular|viewed)",
    // Portuguese, Spanish
    "você (?:também )?pode gostar",
    "(?:leia|veja) também",
    "(?:posts|artigos|notícias|matérias) relacionad[oa]s",
    "(?:también )?te puede interesar",
    "(?:artículos|noticias|entradas) relacionad[oa]s",
    "(?:lee|lea) también",
    "más noticias",
    // French, Italian
    "(?:à )?lire aussi",
    "vous aimerez aussi",
    "(?:articles|sur le même sujet|à voir aussi)(?: similaires)?",
    "(?:ti )?potrebbe(?:ro)? interessarti",
    "articoli correlati",
    "leggi anche",
    // German, Dutch, Polish, Russian
    "das könnte (?:sie|dich) auch interessieren",
    "auch interessant",
    "(?:ähnliche|verwandte|weitere) (?:artikel|beiträge)",
    "mehr zum thema",
    "lesen sie auch",
    "lees ook",
    "gerelateerde artikelen",
    "(?:zobacz|czytaj) (?:też|także|również)",
    "podobne artykuły",
    "читайте также",
    "похожие статьи",
  ].join("|")})[\\s.:…»›>→-]*$`,
  "iu",
);

/** A heading's text naming a related-content section. */
export function isRelatedHeading(text: string): boolean {
  return RELATED_HEADING.test(foldSpaces(text).trim());
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

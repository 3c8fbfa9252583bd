/**
 * Finding the content area. Every text block gets a value: prose (long enough, or sentence-like, with
 * few links) counts for its length, link lists and short labels count against. Values add up the
 * tree; the element with the highest total is the content area — the smallest region that holds the
 * article's prose without dragging in more chrome than prose. This is the tree form of "maximum
 * subsequence" segmentation; it needs no word lists and treats every script alike (lengths are
 * `textWeight`s, where a CJK character weighs like several Latin ones).
 *
 * Page chrome (nav/aside/footer/header/form tags, chrome ARIA roles, "unlikely" class names) is left
 * out of the totals, unless it holds most of the page's prose (some sites wrap everything in a form
 * or a div called "header").
 */
import type { RawBlock } from "./blocks";
import { CHROME_TAGS, classAndId, hasChromeRole, isBoilerplate, isContentHint, isUnlikely } from "./hints";
import type { Element, ParsedPage } from "./parse";

/** A block with at least this weight is prose whatever its ending (about a long sentence). */
export const PROSE_MIN_WEIGHT = 80;
/** A shorter block is prose when it ends like a sentence and has at least this weight. */
export const SENTENCE_MIN_WEIGHT = 20;
/** Above this share of link text a block is a link list (navigation, related links), not prose. */
export const LINK_LIST_DENSITY = 0.65;
/** Link text inside prose does not count for it, and counts this much against it. */
const PROSE_LINK_PENALTY = 0.5;
/** Link text outside prose (menus, link lists) counts this much against its region. */
const LINK_PENALTY = 1;
/** Non-prose text (labels, dates, menu items) counts against its region by this factor. */
const SHORT_TEXT_PENALTY = 0.5;
/** Chrome that holds more than this share of all prose on the page is kept as a candidate. */
const CHROME_OVERRIDE_SHARE = 0.8;
/** A region whose class/id names the article body gets this share of its value as a bonus. */
const CONTENT_HINT_BONUS = 0.15;
/** Inside the content area, boilerplate-named regions are removed unless they hold this share. */
const BOILERPLATE_OVERRIDE_SHARE = 0.4;
/** Inside the content area, regions with this link density or more are removed. */
const PRUNE_LINK_DENSITY = 0.5;
/**
 * ...unless their own text holds this much prose outside links (a short sentence: a news list's item
 * is a linked headline, then the story in a sentence).
 */
const LINKED_TEXT_MIN_PROSE = 2 * SENTENCE_MIN_WEIGHT;
/** Inside the content area, these go unless they hold much of the prose: captions, noscript copies. */
const PRUNED_TAGS = new Set(["noscript", "figcaption", "figure"]);
/** Headings' class and id name the heading, not a region: hints are not read on them. */
const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Chrome markup is not trusted on an element whose article-like descendant holds this share of its prose. */
const WRAPPED_ARTICLE_SHARE = 0.5;
/** Values this close count as equal. */
const TIE_EPSILON = 1e-6;

/** True when a block reads like prose rather than a label, menu item or link. */
export function isProse(b: RawBlock): boolean {
  if (b.linkWeight > b.weight * LINK_LIST_DENSITY) return false;
  if (b.kind === "heading") return false;
  if (b.weight - b.linkWeight >= PROSE_MIN_WEIGHT) return true;
  return b.weight >= SENTENCE_MIN_WEIGHT && b.sentenceLike;
}

function blockValue(b: RawBlock): number {
  if (isProse(b)) return b.weight - (1 + PROSE_LINK_PENALTY) * b.linkWeight;
  // Short unlinked list items and table cells are neutral: data inside articles looks like that.
  const shortPenalty = b.kind === "listItem" || b.kind === "tableRow" ? 0 : SHORT_TEXT_PENALTY;
  return -shortPenalty * (b.weight - b.linkWeight) - LINK_PENALTY * b.linkWeight;
}

/** How much chrome is left out of the totals: each level trusts fewer signals. */
export enum Strictness {
  /** Nothing is chrome: the last resort. */
  None = 0,
  /** Chrome tags and ARIA roles only. */
  Tags = 1,
  /** Chrome tags, roles and "unlikely" class/id names. */
  TagsAndNames = 2,
}

export interface PageStats {
  /** Per element index: total text weight, link weight and prose weight of its subtree. */
  weight: Float64Array;
  link: Float64Array;
  prose: Float64Array;
  /** Per element: value and prose of its own blocks (not its subtree's). */
  ownValue: Float64Array;
  ownProse: Float64Array;
  /** Per element: 1 for chrome tags/roles, 2 for "unlikely" names (0 otherwise). */
  chromeKind: Uint8Array;
  totalProse: number;
}

/** Adds the blocks' measures up the tree and notes which elements look like chrome. */
export function measure(page: ParsedPage, blocks: RawBlock[]): PageStats {
  const n = page.elements.length;
  const weight = new Float64Array(n);
  const link = new Float64Array(n);
  const prose = new Float64Array(n);
  const ownValue = new Float64Array(n);
  const chromeKind = new Uint8Array(n);
  /** Per element: blocks in its subtree that are links and little else (headlines of teasers). */
  const linkBlocks = new Uint16Array(n);
  let totalProse = 0;
  for (const b of blocks) {
    const i = b.owner.index;
    if (b.linkWeight > LINK_LIST_DENSITY * b.weight && linkBlocks[i] < 0xffff) linkBlocks[i]++;
    weight[i] += b.weight;
    link[i] += b.linkWeight;
    ownValue[i] += blockValue(b);
    if (isProse(b)) {
      const p = b.weight - b.linkWeight;
      prose[i] += p;
      totalProse += p;
    }
  }
  const ownProse = Float64Array.from(prose);
  const els = page.elements;
  /** Per element: the most prose held by one article-like element (<article>, <main>, "article-body"...) in it. */
  const articleProse = new Float64Array(n);
  // Children come after their parents in document order: a reverse pass sums subtrees.
  for (let i = n - 1; i > 0; i--) {
    const el = els[i];
    const names = classAndId(el);
    if (el.tag === "article" || el.tag === "main" || isContentHint(el, names)) {
      articleProse[i] = prose[i];
    }
    // Chrome by its class/id, unless most of its prose sits in an article-like element inside it
    // (a page wrapper unluckily named "above-footer").
    const wrapsArticle = articleProse[i] >= WRAPPED_ARTICLE_SHARE * prose[i] && prose[i] > 0;
    if (CHROME_TAGS.has(el.tag) || hasChromeRole(el)) chromeKind[i] = 1;
    else if (!wrapsArticle && !HEADING_TAGS.has(el.tag) && isUnlikely(names)) chromeKind[i] = 2;
    const p = (el.parent as Element).index;
    weight[p] += weight[i];
    link[p] += link[i];
    prose[p] += prose[i];
    if (articleProse[i] > articleProse[p]) articleProse[p] = articleProse[i];
    linkBlocks[p] = Math.min(0xffff, linkBlocks[p] + linkBlocks[i]);
  }
  markTeasers(page, prose, linkBlocks, chromeKind);
  return { weight, link, prose, ownValue, ownProse, chromeKind, totalProse };
}

/**
 * Runs of at least `min` look-alike children of `parent` (same tag and class) holding prose, grouped
 * in `groups` (cleared first; passed in to be reused across parents).
 */
function lookAlikeChildren(
  parent: Element,
  prose: Float64Array,
  min: number,
  groups: Map<string, Element[]>,
): readonly Element[][] {
  if (parent.children.length < min) return NO_RUNS;
  groups.clear();
  for (const c of parent.children) {
    if (typeof c === "string" || prose[c.index] === 0) continue;
    const key = `${c.tag} ${c.attrs.class ?? ""}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  let out: Element[][] | null = null;
  for (const items of groups.values()) {
    if (items.length < min) continue;
    if (out) out.push(items);
    else out = [items];
  }
  return out ?? NO_RUNS;
}
/** No runs (shared: most elements have none, and this runs on every element of the page). */
const NO_RUNS: readonly Element[][] = [];

/** At least this many look-alike siblings make a teaser list. */
const TEASER_MIN_ITEMS = 3;
/** A teaser holds a link (its headline) and at most this much prose (its blurb). */
const TEASER_MAX_PROSE = 600;
/** Share of look-alike siblings that must look like teasers. */
const TEASER_SHARE = 0.75;

/**
 * Lists of teasers (other articles' headline links with a blurb each: "More stories", feeds of the
 * home page, comment threads) are chrome even though each blurb reads like prose. They show as
 * at least `TEASER_MIN_ITEMS` siblings with the same tag and class, most of which hold a link-only
 * block and a little prose. Marked like "unlikely" names (trusted in the first attempt only).
 */
function markTeasers(page: ParsedPage, prose: Float64Array, linkBlocks: Uint16Array, chromeKind: Uint8Array) {
  const groups = new Map<string, Element[]>();
  for (const parent of page.elements) {
    for (const items of lookAlikeChildren(parent, prose, TEASER_MIN_ITEMS, groups)) {
      let teasers = 0;
      for (const it of items) {
        if (linkBlocks[it.index] > 0 && prose[it.index] <= TEASER_MAX_PROSE) teasers++;
      }
      if (teasers >= TEASER_SHARE * items.length) {
        for (const it of items) if (chromeKind[it.index] === 0) chromeKind[it.index] = 2;
      }
    }
  }
}

export interface Ranking {
  /** Per element: value of its subtree with chrome left out. */
  value: Float64Array;
  /** Per element: prose of its subtree with chrome left out. */
  keptProse: Float64Array;
  /** Per element: chrome itself or inside chrome. */
  chrome: Uint8Array;
}

/** Subtree values with chrome (as trusted at `strictness`) left out. */
export function rank(page: ParsedPage, stats: PageStats, strictness: Strictness): Ranking {
  const n = page.elements.length;
  const els = page.elements;
  const value = Float64Array.from(stats.ownValue);
  const keptProse = Float64Array.from(stats.ownProse);
  const self = new Uint8Array(n);
  const limit = CHROME_OVERRIDE_SHARE * stats.totalProse;
  for (let i = n - 1; i > 0; i--) {
    const kind = stats.chromeKind[i];
    const isChrome =
      kind !== 0 && (kind === 1 ? strictness >= 1 : strictness >= 2) && stats.prose[i] <= limit;
    self[i] = isChrome ? 1 : 0;
    if (!isChrome) {
      const p = (els[i].parent as Element).index;
      value[p] += value[i];
      keptProse[p] += keptProse[i];
    }
  }
  const chrome = new Uint8Array(n);
  for (let i = 1; i < n; i++) chrome[i] = self[i] || chrome[(els[i].parent as Element).index];
  return { value, keptProse, chrome };
}

/** The element with the highest value (with a small bonus for names like "article-body"). */
export function chooseContentArea(page: ParsedPage, ranking: Ranking): Element {
  let best = page.root;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const el of page.elements) {
    const i = el.index;
    if (ranking.chrome[i]) continue;
    let score = ranking.value[i];
    if (score > 0 && isContentHint(el, classAndId(el))) score *= 1 + CONTENT_HINT_BONUS;
    // On a tie the deeper element wins: same text, less chrome around it.
    if (score > bestScore + TIE_EPSILON || (score >= bestScore - TIE_EPSILON && isInside(el, best))) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}

/**
 * Elements inside the content area to leave out: chrome, boilerplate-named regions that hold little
 * of the prose, and link-dense regions. Returns a per-element flag.
 */
export function pruneContentArea(
  page: ParsedPage,
  stats: PageStats,
  ranking: Ranking,
  area: Element,
  trustRepeatedNames = true,
): Uint8Array {
  const n = page.elements.length;
  const pruned = new Uint8Array(n);
  const areaProse = stats.prose[area.index];
  const els = page.elements;
  const untrusted = trustRepeatedNames ? null : repeatedItems(page, stats, area);
  /** Depth of the article's own <header> being walked through (`isArticleHeader`), or -1. */
  let headerDepth = -1;
  for (let i = area.index + 1; i < n; i++) {
    const el = els[i];
    if (el.depth <= area.depth) break;
    if (el.depth <= headerDepth) headerDepth = -1;
    // Inside that header only chrome of its own (a share bar in it) is pruned.
    const inHeader = headerDepth >= 0 && stats.chromeKind[i] === 0;
    if (headerDepth < 0 && isArticleHeader(el, stats)) headerDepth = el.depth;
    if (ranking.chrome[i] && !inHeader && headerDepth !== el.depth) {
      pruned[i] = 1;
      continue;
    }
    if (untrusted?.[(el.parent as Element).index]) untrusted[i] = 1;
    const names = untrusted?.[i] ? "" : classAndId(el);
    // (A phrasing element inside a sentence is asked about only when its name says boilerplate.)
    const boilerplate =
      names !== "" && !HEADING_TAGS.has(el.tag) && isBoilerplate(names) && !inSentence(el, names, stats);
    if ((PRUNED_TAGS.has(el.tag) || boilerplate) && stats.prose[i] < BOILERPLATE_OVERRIDE_SHARE * areaProse) {
      pruned[i] = 1;
      continue;
    }
    const w = stats.weight[i];
    if (
      w > 0 &&
      stats.link[i] >= PRUNE_LINK_DENSITY * w &&
      stats.prose[i] < BOILERPLATE_OVERRIDE_SHARE * areaProse &&
      stats.ownProse[i] < LINKED_TEXT_MIN_PROSE
    ) {
      pruned[i] = 1;
    }
  }
  return pruned;
}

/**
 * Phrasing elements whose class says nothing about the text around them: NYT's
 * `<a class="meta-org">Yahoo</a>’s $4.8 billion sale to <a class="meta-org">Verizon</a>` had lost both
 * names. (Not <sup>, a citation's mark, nor <time>, a dateline's.)
 */
const PHRASING_TAGS = new Set([
  "a",
  "span",
  "em",
  "strong",
  "b",
  "i",
  "u",
  "abbr",
  "cite",
  "mark",
  "q",
  "small",
]);

/** Names of phrasing elements that are no part of a sentence, even inside one. */
const OWN_KIND =
  /(caption|credit|byline|author|dateline|date|time|published|rating|hidden|sr-only|visually|screen-?reader)/;

/** Fewest words of the parent's own text around a phrasing element for it to sit inside a sentence. */
const SENTENCE_AROUND_WORDS = 3;
const WORD_RUN = /\p{L}+/gu;

/**
 * A phrasing element that the sentence runs around: its parent's own text (not its children's) holds
 * a few words ("’s $4.8 billion sale to … is a complicated beast"), as a caption's or a byline's
 * wrapper ("Quelle: <span class=credit>", "Von <span class=author>") does not.
 */
function inSentence(el: Element, names: string, stats: PageStats): boolean {
  const parent = el.parent as Element;
  if (!PHRASING_TAGS.has(el.tag) || stats.ownProse[parent.index] === 0) return false;
  // A date, a credit, a byline or a rating inside the text is still not the story's ("CAIRO —" of a
  // dateline, "06.03.2016" glued to a teaser's text).
  if (OWN_KIND.test(names)) return false;
  let words = 0;
  for (const child of parent.children) {
    if (typeof child !== "string") continue;
    words += child.match(WORD_RUN)?.length ?? 0;
    if (words >= SENTENCE_AROUND_WORDS) return true;
  }
  return false;
}

/** An article's <header> inside the content area holding this much prose (weight) holds its lede. */
const HEADER_LEDE_MIN_PROSE = 80;
/** ...with link text under this share of its text (a site header is mostly links). */
const HEADER_MAX_LINK_DENSITY = 0.25;

/**
 * A <header> inside the content area with prose and few links: the article's own header (headline,
 * date, lede), not the page's. Chrome for the page, not for the article.
 */
function isArticleHeader(el: Element, stats: PageStats): boolean {
  const i = el.index;
  return (
    el.tag === "header" &&
    !hasChromeRole(el) &&
    stats.prose[i] >= HEADER_LEDE_MIN_PROSE &&
    stats.link[i] < HEADER_MAX_LINK_DENSITY * stats.weight[i]
  );
}

/** Fewest look-alike siblings that make a run of entries. */
const REPEATED_MIN_ITEMS = 3;
/** ...of which at most this share hold a link: readers' comments each carry author, reply or permalink links. */
const REPEATED_MAX_LINKED_SHARE = 0.25;

/**
 * Per element: 1 for the entries of a run of look-alike siblings (same tag and class, at least
 * `REPEATED_MIN_ITEMS`) inside `area` that together hold the share of its prose a boilerplate-named
 * region needs to be kept. Such entries are the article's own (a live ticker's "live-match-comment"
 * items, a list of steps): their names describe them, not page furniture.
 */
function repeatedItems(page: ParsedPage, stats: PageStats, area: Element): Uint8Array {
  const marks = new Uint8Array(page.elements.length);
  const min = BOILERPLATE_OVERRIDE_SHARE * stats.prose[area.index];
  const groups = new Map<string, Element[]>();
  const els = page.elements;
  for (let i = area.index; i < els.length; i++) {
    const parent = els[i];
    if (i > area.index && parent.depth <= area.depth) break;
    for (const items of lookAlikeChildren(parent, stats.prose, REPEATED_MIN_ITEMS, groups)) {
      let prose = 0;
      let linked = 0;
      for (const it of items) {
        prose += stats.prose[it.index];
        if (stats.link[it.index] > 0) linked++;
      }
      if (prose >= min && linked <= REPEATED_MAX_LINKED_SHARE * items.length) {
        for (const it of items) marks[it.index] = 1;
      }
    }
  }
  return marks;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let e = el.parent; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

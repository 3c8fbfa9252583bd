/**
 * HTML → Article: metadata plus the article's clean text blocks, or no blocks when the page holds no
 * article (a home page, a list of links). Pure and synchronous; never throws.
 *
 * Steps: parse into a light tree (parse.ts), read metadata (metadata.ts), cut the page into text
 * blocks (blocks.ts), find the content area and what to prune inside it (score.ts, hints.ts), then
 * collect the area's blocks again without the pruned parts and tidy the edges (tidy.ts).
 */
import { MAX_DEPTH, MAX_ELEMENTS } from "../../limits";
import type { Article, Block, LimitHit } from "../types";
import { collectBlocks, type RawBlock } from "./blocks";
import { isHidden, resetHints } from "./hints";
import { ingredientBlocks } from "./ingredients";
import { ledeOwners } from "./lede";
import { readMetadata } from "./metadata";
import type { Element, ParsedPage } from "./parse";
import { parseHtml } from "./parse";
import {
  chooseContentArea,
  measure,
  type PageStats,
  pruneContentArea,
  type Ranking,
  rank,
  Strictness,
} from "./score";
import { hasArticle, tidyBlocks } from "./tidy";

export interface ExtractOptions {
  /** Where the page came from; the article's `url` when the page declares no canonical URL. */
  url?: string;
}

/** Attempts from the strictest to the most lenient reading of chrome hints. */
const STRICTNESS_LEVELS = [Strictness.TagsAndNames, Strictness.Tags, Strictness.None];
/** A content area with this much prose is accepted at once (weight; a few paragraphs). */
const RETRY_MIN_PROSE = 500;
/** ...and so is one holding this share of all the page's prose. */
const RETRY_SHARE = 0.33;

/** A sibling of the content area with at least this share of its value is part of the article. */
const SIBLING_VALUE_SHARE = 0.01;
/** ...if its link density stays below this. */
const SIBLING_MAX_LINK_DENSITY = 0.33;

/**
 * Siblings of the content area that read like more of the article (a lede or a second body part
 * beside the main one, separated by an ad or a video): positive value, few links, not chrome.
 */
function proseSiblings(area: Element, stats: PageStats, ranking: Ranking): Element[] {
  const parent = area.parent;
  if (!parent) return [];
  const min = SIBLING_VALUE_SHARE * ranking.value[area.index];
  const out: Element[] = [];
  for (const c of parent.children) {
    if (typeof c === "string" || c === area) continue;
    const i = c.index;
    if (ranking.chrome[i] || stats.prose[i] === 0) continue;
    if (ranking.value[i] >= min && stats.link[i] <= SIBLING_MAX_LINK_DENSITY * stats.weight[i]) out.push(c);
  }
  return out;
}

/**
 * Inside an element that is page chrome by its tag or ARIA role (a form, an aside, a footer...), and
 * not inside an <article> or <main> within it (a page header left unclosed around the whole page).
 */
function inTagChrome(el: Element, stats: PageStats): boolean {
  for (let e: Element | null = el; e; e = e.parent) {
    if (e.tag === "article" || e.tag === "main") return false;
    if (stats.chromeKind[e.index] === 1) return true;
  }
  return false;
}

/** The content area holds enough prose outside chrome to be trusted (else a more lenient attempt runs). */
function enoughProse(area: Element, stats: PageStats, ranking: Ranking): boolean {
  const prose = ranking.keptProse[area.index];
  return prose >= RETRY_MIN_PROSE || prose >= RETRY_SHARE * stats.totalProse;
}

function emptyArticle(url: string | null): Article {
  return {
    title: null,
    byline: null,
    publishedAt: null,
    siteName: null,
    url,
    lang: null,
    description: null,
    blocks: [],
  };
}

/**
 * The article's blocks in the content area and its prose siblings, without the pruned parts, with
 * the lede found just above them (lede.ts).
 */
function areaBlocks(
  page: ParsedPage,
  all: RawBlock[],
  stats: PageStats,
  ranking: Ranking,
  area: Element,
  title: string | null,
  trustRepeatedNames = true,
): Block[] {
  const siblings = proseSiblings(area, stats, ranking);
  const root = siblings.length > 0 ? (area.parent as Element) : area;
  const pruned = pruneContentArea(page, stats, ranking, root, trustRepeatedNames);
  const kept = new Set<Element>([area, ...siblings]);
  const raw = collectBlocks(
    root,
    (el) => pruned[el.index] === 1 || isHidden(el) || (root !== area && el.parent === root && !kept.has(el)),
  );
  const blocks = tidyBlocks(raw, title);
  if (blocks.length === 0) return blocks;
  const lede: Block[] = [];
  for (const owner of ledeOwners(all, root, stats, title)) {
    for (const b of collectBlocks(owner, isHidden)) {
      if (blocks.some((x) => x.text === b.text)) continue;
      lede.push(b.level ? { kind: b.kind, text: b.text, level: b.level } : { kind: b.kind, text: b.text });
    }
  }
  return lede.length > 0 ? [...lede, ...blocks] : blocks;
}

/** Extracts the article of an HTML page. Never throws: a page it cannot read gives no blocks. */
export function extractArticle(html: string, options: ExtractOptions = {}): Article {
  const url = options.url ?? null;
  try {
    return extract(typeof html === "string" ? html : String(html ?? ""), url);
  } catch {
    return emptyArticle(url);
  }
}

/**
 * The same without the safety net: throws on a bug instead of answering "no article". For tests and
 * evaluation, which count such failures; the service calls `extractArticle`.
 */
export function extractArticleStrict(html: string, options: ExtractOptions = {}): Article {
  return extract(html, options.url ?? null);
}

function extract(html: string, url: string | null): Article {
  resetHints();
  const page = parseHtml(html);
  const { jsonLdBody, ingredients, ...meta } = readMetadata(page, url);
  const all = collectBlocks(page.root, isHidden, true);
  const stats = measure(page, all);
  let blocks: Block[] = [];
  let found = false;
  let area = page.root;
  // From the strictest reading of the hints to the most lenient: a level whose content area holds
  // too little prose, or whose article comes out empty once pruned, let the hints hide the article.
  /** The tags-only reading's short article, kept in case the last reading lands in page chrome. */
  let short: { area: Element; blocks: Block[] } | null = null;
  for (let k = 0; k < STRICTNESS_LEVELS.length && !found; k++) {
    const level = STRICTNESS_LEVELS[k];
    const ranking = rank(page, stats, level);
    area = chooseContentArea(page, ranking);
    const last = k === STRICTNESS_LEVELS.length - 1;
    if (!last && !enoughProse(area, stats, ranking)) {
      if (level === Strictness.Tags) {
        const b = areaBlocks(page, all, stats, ranking, area, meta.title);
        if (hasArticle(b)) short = { area, blocks: b };
      }
      continue;
    }
    blocks = areaBlocks(page, all, stats, ranking, area, meta.title);
    found = hasArticle(blocks);
    // Trusting no markup at all may pick a form or a sidebar (a petition form beside a short post):
    // a short article outside page chrome is the better reading.
    if (last && short && inTagChrome(area, stats)) ({ area, blocks } = short);
  }
  if (!found) {
    // Boilerplate names on a run of look-alike entries that would leave no article at all name the
    // article's own parts (a live ticker's "live-match-comment" entries): read once more without them.
    const ranking = rank(page, stats, Strictness.Tags);
    area = chooseContentArea(page, ranking);
    blocks = areaBlocks(page, all, stats, ranking, area, meta.title, false);
    found = hasArticle(blocks);
  }
  if (found) {
    const lists = ingredientBlocks(page, ingredients, area, blocks);
    if (lists.before.length + lists.after.length > 0) blocks = [...lists.before, ...blocks, ...lists.after];
  } else {
    // Client-rendered pages may carry the whole text only in their JSON-LD.
    const fromJsonLd = jsonLdBody ? textBlocks(jsonLdBody) : [];
    blocks = hasArticle(fromJsonLd) ? fromJsonLd : [];
  }
  const limits = parseLimits(page);
  return limits.length > 0 ? { ...meta, blocks, limits } : { ...meta, blocks };
}

/** The parse limits that flattened part of the page (the answer then says so in `meta.limits`). */
function parseLimits(page: ParsedPage): LimitHit[] {
  const hits: LimitHit[] = [];
  if (page.flattenedBy.elements) hits.push({ limit: "elements", max: MAX_ELEMENTS });
  if (page.flattenedBy.depth) hits.push({ limit: "depth", max: MAX_DEPTH });
  return hits;
}

function textBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter((t) => t.length > 0)
    .map((t) => ({ kind: "paragraph" as const, text: t }));
}

/**
 * A recipe's ingredient lists outside the content area. Recipe pages set the ingredients apart from
 * the method (a box beside it, a table above it): short unlinked lines that never win the content area,
 * which goes to the method's paragraphs. The page declares its ingredients (JSON-LD `recipeIngredient`,
 * microdata `itemprop="recipeIngredient"`): the lists that hold them join the article, in page order.
 */
import type { Block } from "../types";
import { collectBlocks, innerText } from "./blocks";
import { CHROME_TAGS, isHidden } from "./hints";
import { type JsonObject, typesOf } from "./json-ld";
import type { Element, ParsedPage } from "./parse";

/** Microdata names of an ingredient line (schema.org's current and former property). */
const INGREDIENT_PROP = /^(recipeingredient|ingredients)$/i;
/**
 * Meta tags of a microdata recipe (schema.org Recipe's properties; durations and yields are written as
 * <meta itemprop content>): the page is worth scanning for `itemprop` ingredient lines.
 */
const RECIPE_META =
  /^(recipeingredient|ingredients|recipeyield|recipeinstructions|preptime|cooktime|totaltime|recipecategory|recipecuisine)$/;
/** Elements holding more text than this (non-space characters) are not one ingredient's line. */
const MAX_LINE_CHARS = 300;
/** Elements whose list holds an ingredient line: the list is looked for this many levels up. */
const LIST_TAGS = new Set(["ul", "ol", "dl", "table"]);
const LIST_MAX_LEVELS = 4;
/** Fewest declared ingredients worth looking for (one line may be anything). */
const MIN_INGREDIENTS = 2;
/** The article already holds the ingredients when it holds this share of them. */
const PRESENT_SHARE = 0.5;

/** Letters and digits only, lowercased: the page writes "125 g | Mehl" what JSON-LD writes "125 g Mehl". */
function lineKey(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The ingredient lines the page's JSON-LD declares (the first Recipe object with any). */
export function declaredIngredients(objects: JsonObject[]): string[] {
  for (const o of objects) {
    if (!typesOf(o).includes("Recipe")) continue;
    const list = o.recipeIngredient ?? o.ingredients;
    if (!Array.isArray(list)) continue;
    const lines = list.filter((x): x is string => typeof x === "string");
    if (lines.length > 0) return lines;
  }
  return [];
}

function isIngredientProp(el: Element): boolean {
  const prop = el.attrs.itemprop;
  return prop !== undefined && INGREDIENT_PROP.test(prop);
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** The list (ul/ol/dl/table a few levels up) holding an ingredient line, else the line's parent. */
function listOf(line: Element): Element {
  let e: Element | null = line.parent;
  for (let k = 0; e && k < LIST_MAX_LEVELS; e = e.parent, k++) if (LIST_TAGS.has(e.tag)) return e;
  return line.parent ?? line;
}

function spaces(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) <= 32) n++;
  return n;
}

/** Non-space characters per element's subtree (a reverse pass: children come after their parents). */
function visibleChars(page: ParsedPage): Float64Array {
  const els = page.elements;
  const chars = new Float64Array(els.length);
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    for (const c of el.children) if (typeof c === "string") chars[i] += c.length - spaces(c);
    if (el.parent) chars[el.parent.index] += chars[i];
  }
  return chars;
}

/** The ingredient box may hold this much text besides its lines (characters): headings, servings, notes. */
const REGION_SLACK = 300;
/** ...or this multiple of the lines' text (group headings such as "For the topping:" in long lists). */
const REGION_FACTOR = 1.5;

/**
 * The smallest element holding every ingredient line, when it holds little else: the recipe's
 * ingredient box with its headings ("Ingredients", "For the topping:"). Null when the lines are spread
 * over the page.
 */
function ingredientRegion(lines: Element[], chars: Float64Array): Element | null {
  let region: Element | null = lines[0];
  for (const line of lines) while (region && !isInside(line, region)) region = region.parent;
  if (!region) return null;
  let own = 0;
  for (const line of lines) own += chars[line.index];
  return chars[region.index] <= REGION_FACTOR * own + REGION_SLACK ? region : null;
}

/** Elements that are ingredient lines: named so by microdata, or whose text is a declared line. */
function ingredientLines(page: ParsedPage, keys: Set<string>, chars: Float64Array): Element[] {
  const els = page.elements;
  const lines: Element[] = [];
  for (const el of els) {
    if (chars[el.index] > MAX_LINE_CHARS || chars[el.index] === 0) continue;
    const last = lines[lines.length - 1];
    if (last && isInside(el, last)) continue;
    if (isIngredientProp(el) || keys.has(lineKey(innerText(el)))) lines.push(el);
  }
  return lines;
}

/**
 * The blocks of the ingredient lists outside `area`, split into those before and after it, when the
 * page declares ingredients (`declared`, or microdata) and the article holds few of them.
 */
export function ingredientBlocks(
  page: ParsedPage,
  declared: string[],
  area: Element,
  article: Block[],
): { before: Block[]; after: Block[] } {
  const none = { before: [], after: [] };
  const keys = new Set(declared.map(lineKey).filter((k) => k.length > 0));
  // Only a page that declares a recipe is scanned for microdata (looking at every element's
  // attributes costs ~4% of extracting a page).
  if (keys.size < MIN_INGREDIENTS && !page.metas.some((m) => RECIPE_META.test(m.key))) return none;
  const chars = visibleChars(page);
  const lines = ingredientLines(page, keys, chars);
  if (lines.length < MIN_INGREDIENTS) return none;
  const text = lineKey(article.map((b) => b.text).join(" "));
  let present = 0;
  for (const line of lines) if (text.includes(lineKey(innerText(line)))) present++;
  if (present >= PRESENT_SHARE * lines.length) return none;
  const lists: Element[] = [];
  const region = ingredientRegion(lines, chars);
  if (region) {
    if (!isInside(region, area) && !isInside(area, region)) lists.push(region);
  } else {
    for (const line of lines) {
      const list = listOf(line);
      if (!isInside(list, area) && !isInside(area, list) && !lists.includes(list)) lists.push(list);
    }
  }
  const out: { before: Block[]; after: Block[] } = { before: [], after: [] };
  const inArticle = new Set(article.map((b) => b.text));
  const lineSet = new Set(lines);
  const skip = (el: Element) => isHidden(el) || (CHROME_TAGS.has(el.tag) && el.tag !== "label");
  for (const list of lists) {
    const side = list.index < area.index ? out.before : out.after;
    let lastLine: Element | null = null;
    for (const b of collectBlocks(list, skip)) {
      if (inArticle.has(b.text)) continue;
      // One line's cells ("125 g" | "cold butter") are one list item.
      const line = lineAround(b.owner, lineSet, list);
      const prev = side[side.length - 1];
      if (line && line === lastLine && prev) prev.text = `${prev.text} ${b.text}`;
      else if (line && b.kind !== "heading") side.push({ kind: "listItem", text: b.text });
      else
        side.push(b.level ? { kind: b.kind, text: b.text, level: b.level } : { kind: b.kind, text: b.text });
      lastLine = line;
    }
  }
  return out;
}

/** The ingredient line holding `el` (itself or an ancestor below `list`), if any. */
function lineAround(el: Element, lines: Set<Element>, list: Element): Element | null {
  for (let e: Element | null = el; e && e !== list; e = e.parent) if (lines.has(e)) return e;
  return lines.has(list) ? list : null;
}

/**
 * Tree → text blocks in reading order. A block is the text between two block-level boundaries; it
 * belongs to the innermost block element around it (its `owner`), and takes its kind from the
 * innermost heading, list item, quote, preformatted or data-table row around it. Link text is
 * measured on the way, for link density. The walk is iterative, so nesting depth cannot overflow.
 */
import type { BlockKind } from "../types";
import type { Element } from "./parse";
import {
  countCommas,
  endsLikeSentence,
  foldSpaces,
  TextMeter,
  textWeight,
  trimmedWeight,
  trimPipes,
} from "./text";

export interface RawBlock {
  kind: BlockKind;
  level?: number;
  /** Folded text (preformatted blocks keep their line breaks). */
  text: string;
  /** `textWeight` of the text. */
  weight: number;
  /** Weight of the part of the text inside links. */
  linkWeight: number;
  /** Ends like a sentence or holds a comma (what tells short prose from a label). */
  sentenceLike: boolean;
  /** Innermost block element holding the text. */
  owner: Element;
}

/** Elements that start and end a block of text. */
export const BLOCK_TAGS = new Set([
  "#root",
  "html",
  "body",
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "caption",
  "ul",
  "legend",
  "option",
  "head",
  "frameset",
  "frame",
]);

/** A "heading" longer than this (weight) is prose set in a heading tag. */
const MAX_HEADING_WEIGHT = 250;

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** A table is a data table (rows become `tableRow` blocks) unless it lays out the page. */
const DATA_TABLE_MAX_CELL_WEIGHT = 400;
/** Block elements inside a cell mean the table is used for layout. */
const LAYOUT_IN_CELL = new Set([
  "table",
  "p",
  "div",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
]);
/** How many descendants of a table are inspected to classify it. */
const TABLE_SCAN_LIMIT = 5000;

/**
 * Each table's answer, kept for the page's later walks: collectBlocks reads the whole page, then the
 * content area again (the tree does not change after parsing).
 */
const dataTables = new WeakMap<Element, boolean>();

function isDataTable(table: Element): boolean {
  let answer = dataTables.get(table);
  if (answer === undefined) {
    answer = classifyTable(table);
    dataTables.set(table, answer);
  }
  return answer;
}

function classifyTable(table: Element): boolean {
  const stack: Element[] = [];
  for (const c of table.children) if (typeof c !== "string") stack.push(c);
  let seen = 0;
  let rows = 0;
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    if (++seen > TABLE_SCAN_LIMIT) return false;
    if (el.tag === "tr") rows++;
    if (el.tag === "td" || el.tag === "th") {
      if (textWeight(foldSpaces(innerText(el))) > DATA_TABLE_MAX_CELL_WEIGHT) return false;
    }
    if (LAYOUT_IN_CELL.has(el.tag)) return false;
    for (const c of el.children) if (typeof c !== "string") stack.push(c);
  }
  return rows > 0;
}

/** Siblings past which a link's next sibling is not looked for. */
const LEDE_LINK_MAX_SIBLINGS = 1000;

/**
 * True when a link wrapping a long paragraph is followed, among its siblings, by more text outside
 * links: the article's lede put inside a link (<a><p>lede</p></a><p>body...), not a teaser's.
 */
function leadsParagraphs(a: Element, budget: { left: number }): boolean {
  const parent = a.parent;
  // Finding the link among its siblings is linear: skipped in huge sibling lists (hostile input).
  if (!parent || parent.children.length > LEDE_LINK_MAX_SIBLINGS) return false;
  const at = parent.children.indexOf(a);
  let next: Element | null = null;
  for (let i = at + 1; i < parent.children.length && !next; i++) {
    const c = parent.children[i];
    if (typeof c !== "string") next = c;
  }
  if (!next || next.tag === "a" || !hasVisibleChars(next, LONG_PARAGRAPH, budget)) return false;
  for (const c of a.children) {
    if (typeof c !== "string" && c.tag === "p" && hasVisibleChars(c, LONG_PARAGRAPH, budget)) return true;
  }
  return false;
}

/** True when the text under `el` holds at least `min` non-space characters (stops early). */
function hasVisibleChars(el: Element, min: number, budget: { left: number }): boolean {
  let count = 0;
  const stack: Array<Element | string> = [el];
  while (stack.length > 0 && budget.left > 0) {
    const n = stack.pop() as Element | string;
    budget.left--;
    if (typeof n === "string") {
      for (let i = 0; i < n.length && count < min; i++) if (n.charCodeAt(i) > 32) count++;
      if (count >= min) return true;
    } else for (const c of n.children) stack.push(c);
  }
  return false;
}

/** All text under an element, without separators (iterative). */
export function innerText(el: Element): string {
  let out = "";
  const stack: Array<Element | string> = [el];
  while (stack.length > 0) {
    const n = stack.pop() as Element | string;
    if (typeof n === "string") out += n;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** An <a> around this many long paragraphs is not a link to read past but text (an <a> left unclosed). */
const WRAPPED_PARAGRAPHS = 2;
/** A paragraph with this many non-space characters is running text, not a teaser's date or "read more". */
const LONG_PARAGRAPH = 80;
/**
 * How many elements all `wrapsParagraphs` scans of one `collectBlocks` call may inspect: links nested
 * in hostile input must not make the walk quadratic (past the budget, links stay links).
 */
const LINK_SCAN_BUDGET = 20_000;

/**
 * True when a link holds several long paragraphs: an <a> left unclosed before the story (browsers
 * then show the whole story as one link) or wrapped around it; or one followed by more of the text
 * (`leadsParagraphs`). A teaser's blurb (one paragraph, with a date or a "read more" line) stays
 * link text.
 */
function wrapsParagraphs(a: Element, budget: { left: number }): boolean {
  let block = false;
  for (const c of a.children) if (typeof c !== "string" && BLOCK_TAGS.has(c.tag)) block = true;
  if (!block) return false;
  if (leadsParagraphs(a, budget)) return true;
  const stack: Element[] = [a];
  let paragraphs = 0;
  while (stack.length > 0 && budget.left > 0) {
    const el = stack.pop() as Element;
    budget.left--;
    if (el.tag === "p" && hasVisibleChars(el, LONG_PARAGRAPH, budget)) {
      if (++paragraphs >= WRAPPED_PARAGRAPHS) return true;
    }
    for (const c of el.children) if (typeof c !== "string") stack.push(c);
  }
  return false;
}

interface Context {
  owner: Element;
  kind: BlockKind;
  level?: number;
  /** Inside a data table: cells are separated, rows are blocks. */
  dataTable: boolean;
}

const EXIT = 0;
/** Fewest words before a <br> for the line to be a sentence's start rather than a label or a name. */
const BROKEN_SENTENCE_MIN_WORDS = 5;
/** A continuation starts in lower case, or with a number after a lowercase word ("a más de<br>1 000 amigos"). */
const LOWERCASE_START = /^\p{Ll}/u;
const NUMBER_START = /^\p{N}/u;
const LOWERCASE_END = /(?:^|\s)\p{Ll}+$/u;
/** A sentence broken off mid-way ends in a word or a comma (not a number, a phone or a date). */
const OPEN_END = /[\p{L},]$/u;
/** A web address or a list's item ("b) …", "2. …") starts a line of its own. */
const OWN_LINE = /^(?:https?:|www\.|(?:\p{N}{1,3}|\p{L})[.)]\s)/iu;

/**
 * The text after a single <br> goes on with the sentence before it: same element and kind of block,
 * the text before has a few words and no closing punctuation, the text after starts in lower case (or
 * with a number after a lowercase word) and is not an address or a list's item.
 */
function continuesAcrossBreak(prev: RawBlock, next: RawBlock): boolean {
  return (
    prev.owner === next.owner &&
    prev.kind === "paragraph" &&
    next.kind === "paragraph" &&
    OPEN_END.test(prev.text) &&
    (LOWERCASE_START.test(next.text) || (NUMBER_START.test(next.text) && LOWERCASE_END.test(prev.text))) &&
    !OWN_LINE.test(next.text) &&
    prev.text.split(" ").length >= BROKEN_SENTENCE_MIN_WORDS
  );
}
const CELL_SEPARATOR = " | ";

/** Fewest <br>-separated lines of one <p> (or <div>, <td>) that make a paragraph of lines (a calendar, lyrics, an address). */
const PARAGRAPH_MIN_LINES = 3;
/** ...holding at least this much text (weight; as much as one prose paragraph). */
const PARAGRAPH_OF_LINES_MIN_WEIGHT = 80;
/** ...and link text under this share of it. */
const PARAGRAPH_OF_LINES_MAX_LINK_DENSITY = 0.5;

/**
 * The lines of one <p> broken by <br> ("1a etapa: 10 de março – Interlagos<br>2a etapa: …"; song
 * lyrics in a <div>) are one paragraph to a reader: when there are several and together they weigh like prose, each line counts
 * as a sentence (short lines alone read as labels).
 */
function markLineBrokenParagraphs(blocks: RawBlock[]): void {
  for (let i = 0; i < blocks.length; ) {
    const owner = blocks[i].owner;
    let j = i;
    let weight = 0;
    let link = 0;
    while (j < blocks.length && blocks[j].owner === owner && blocks[j].kind === "paragraph") {
      weight += blocks[j].weight;
      link += blocks[j].linkWeight;
      j++;
    }
    if (
      (owner.tag === "p" || owner.tag === "div" || owner.tag === "td") &&
      j - i >= PARAGRAPH_MIN_LINES &&
      weight >= PARAGRAPH_OF_LINES_MIN_WEIGHT &&
      link < PARAGRAPH_OF_LINES_MAX_LINK_DENSITY * weight
    ) {
      for (let k = i; k < j; k++) blocks[k].sentenceLike = true;
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * Blocks under `root`, skipping elements for which `skip` is true. `root` itself is never skipped.
 * With `measureOnly`, prose blocks get their measures (weight, sentence ending, commas) read straight
 * from the text nodes and an empty `text`: the first pass over the whole page needs no strings, and
 * building them was a third of its cost. (Preformatted blocks and data-table rows, rare, are built.)
 */
export function collectBlocks(
  root: Element,
  skip: (el: Element) => boolean,
  measureOnly = false,
): RawBlock[] {
  const blocks: RawBlock[] = [];
  const contexts: Context[] = [{ owner: root, kind: "paragraph", dataTable: false }];
  let parts: string[] = [];
  const meter = new TextMeter();
  let linkWeight = 0;
  let inLink = 0;
  /** Open <a> elements that wrap paragraphs (`wrapsParagraphs`): their text is not link text. */
  const textLinks = new Set<Element>();
  const linkScan = { left: LINK_SCAN_BUDGET };
  let pre = 0;

  /** Text came before the last <br> and nothing has been pushed since: the next block may continue it. */
  let afterBreak = false;
  const push = (block: RawBlock, ctx: Context) => {
    if (ctx.kind === "heading" && block.weight > MAX_HEADING_WEIGHT) block.kind = "paragraph";
    else if (ctx.level) block.level = ctx.level;
    const prev = blocks[blocks.length - 1];
    if (afterBreak && prev && continuesAcrossBreak(prev, block)) {
      prev.text = `${prev.text} ${block.text}`;
      prev.weight += block.weight;
      prev.linkWeight += block.linkWeight;
      prev.sentenceLike = endsLikeSentence(prev.text) || countCommas(prev.text) > 0;
    } else blocks.push(block);
    afterBreak = false;
  };

  const flush = () => {
    const ctx = contexts[contexts.length - 1];
    if (meter.length > 0) {
      const weight = meter.weight();
      push(
        {
          kind: ctx.kind,
          text: "",
          weight,
          linkWeight: Math.min(linkWeight, weight),
          sentenceLike: meter.sentenceLike(),
          owner: ctx.owner,
        },
        ctx,
      );
      meter.reset();
      linkWeight = 0;
      return;
    }
    if (parts.length === 0) return;
    let text = parts.join("");
    parts = [];
    const links = linkWeight;
    linkWeight = 0;
    if (ctx.kind === "preformatted") text = text.replace(/^\s*\n|\s+$/g, "");
    else text = foldSpaces(text).trim();
    if (ctx.dataTable) {
      text = trimPipes(text);
      // Empty cells' separators in a row (a folded row holds no two spaces in a row without them).
      if (text.includes(" |  | ")) text = text.replace(/( \| ){2,}/g, " | ");
    }
    if (text.length === 0) return;
    const weight = textWeight(text);
    push(
      {
        kind: ctx.kind,
        text,
        weight,
        linkWeight: Math.min(links, weight),
        sentenceLike: endsLikeSentence(text) || countCommas(text) > 0,
        owner: ctx.owner,
      },
      ctx,
    );
  };

  /** Text goes to the meter (measures only) or to the parts of the block's string. */
  const addText = (text: string) => {
    const ctx = contexts[contexts.length - 1];
    if (measureOnly && ctx.kind !== "preformatted" && ctx.kind !== "heading" && !ctx.dataTable)
      meter.add(text);
    else parts.push(text);
  };

  // Stack of nodes to visit; EXIT markers close the element pushed right below them.
  const stack: Array<Element | string | typeof EXIT> = [];
  const exits: Element[] = [];
  const visitChildren = (el: Element) => {
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]);
  };
  visitChildren(root);
  while (stack.length > 0) {
    const node = stack.pop() as Element | string | typeof EXIT;
    if (node === EXIT) {
      const el = exits.pop() as Element;
      leave(el);
      continue;
    }
    if (typeof node === "string") {
      addText(node);
      // Link text is measured without folding inner white space (cheaper; links are short).
      if (inLink > 0) linkWeight += trimmedWeight(node);
      continue;
    }
    if (skip(node)) continue;
    enter(node);
    exits.push(node);
    stack.push(EXIT);
    visitChildren(node);
  }
  flush();
  markLineBrokenParagraphs(blocks);
  return blocks;

  function enter(el: Element) {
    const tag = el.tag;
    if (tag === "a") {
      if (wrapsParagraphs(el, linkScan)) textLinks.add(el);
      else inLink++;
    } else if (tag === "br" || tag === "hr") {
      if (pre > 0) addText("\n");
      else {
        // One <br> inside a sentence ("… a más de<br>1 000 amigos …") does not end the paragraph;
        // two in a row, or an <hr>, do. (Only when building text: the measuring pass has none.)
        const hadText = !measureOnly && tag === "br" && parts.length > 0;
        flush();
        afterBreak = hadText;
      }
    } else if (tag === "img") {
      // Images separate words ("text<img>text") without breaking the block.
      addText(" ");
    }
    const parent = contexts[contexts.length - 1];
    if (parent.dataTable && (tag === "td" || tag === "th")) {
      addText(CELL_SEPARATOR);
      return;
    }
    if (!BLOCK_TAGS.has(tag)) return;
    flush();
    // Headings hold phrasing: a block nested in one (a <p> inside an <h2>) is not a heading.
    const ctx: Context = {
      owner: el,
      kind: parent.kind === "heading" ? "paragraph" : parent.kind,
      dataTable: parent.dataTable,
    };
    // (Only "h1".."h6" can be one: the length test spares a keyed lookup on every block element.)
    const level = tag.length === 2 ? HEADING_LEVEL[tag] : undefined;
    if (level) {
      ctx.kind = "heading";
      ctx.level = level;
    } else if (tag === "li" || tag === "dt" || tag === "dd") {
      ctx.kind = "listItem";
      ctx.level = undefined;
    } else if (tag === "blockquote") {
      ctx.kind = "quote";
      ctx.level = undefined;
    } else if (tag === "pre") {
      ctx.kind = "preformatted";
      ctx.level = undefined;
      pre++;
    } else if (tag === "table") {
      ctx.dataTable = isDataTable(el);
    } else if (tag === "tr" && ctx.dataTable) {
      ctx.kind = "tableRow";
      ctx.level = undefined;
    }
    contexts.push(ctx);
  }

  function leave(el: Element) {
    const tag = el.tag;
    if (tag === "a" && !textLinks.delete(el)) inLink--;
    const ctx = contexts[contexts.length - 1];
    if (ctx.owner !== el) return;
    flush();
    if (tag === "pre") pre--;
    contexts.pop();
  }
}

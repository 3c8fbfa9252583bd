/**
 * Queries over a parsed page's elements for its metadata: the first element that passes a test,
 * whether an element sits in a region of readers' comments or in the page footer (whose "authors"
 * and dates are not the story's), the page's headings without its logo, and the elements around
 * the headline (where the byline and date lines are).
 */
import { BLOCK_TAGS, innerText } from "./blocks";
import { classAndId } from "./hints";
import type { Element, ParsedPage } from "./parse";
import { cleanText, foldSpaces, isSpace } from "./text";

/** Text of the first element matching `test` in document order (bounded by the element count). */
export function firstElement(page: ParsedPage, test: (el: Element) => boolean): Element | null {
  for (const el of page.elements) if (test(el)) return el;
  return null;
}

/** Regions whose names say they hold readers' comments: their "authors" are not the article's. */
const COMMENT_REGION = /comment|repl(y|ies)|discussion|disqus/;

export function inComments(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parent) {
    const names = classAndId(e);
    if (names.length > 1 && COMMENT_REGION.test(names)) return true;
  }
  return false;
}

/**
 * The site's logo or name set as a heading: the heading or an element in it named so by the theme
 * ("site-title", "logo", "blog-title", "branding"), or a link in it marked rel=home.
 */
const LOGO_NAME = /(^|[\s_-])(logo|site-?title|site-?name|blog-?title|blog-?name|brand|branding)($|[\s_-])/;

function isLogo(el: Element): boolean {
  if (LOGO_NAME.test(classAndId(el)) || /(^|\s)home(\s|$)/i.test(el.attrs.rel ?? "")) return true;
  for (const c of el.children) if (typeof c !== "string" && isLogo(c)) return true;
  return false;
}

/** A heading and its text, white space folded. */
export interface Heading {
  el: Element;
  text: string;
}

/**
 * The first `max` elements with this tag that hold any text; a heading that is the site's logo is
 * not counted.
 */
export function headings(page: ParsedPage, tag: string, max: number): Heading[] {
  const out: Heading[] = [];
  for (const el of page.elements) {
    if (el.tag !== tag || isLogo(el)) continue;
    const text = cleanText(innerText(el));
    if (text) out.push({ el, text });
    if (out.length >= max) break;
  }
  return out;
}

/** A page footer's clock ("Aktuelle Zeit: 14.10.2020, 12:18", "© 2020") tells the day the page was served. */
const FOOTER_NAME = /(^|[\s_-])footer($|[\s_-])/;
const ARTICLE_TAGS = new Set(["article", "main"]);

/**
 * Inside the page's footer (a <footer> or a "footer"-named element not inside the article). The
 * <body>'s classes are page-wide template flags ("et-tb-has-footer"), not a region's name.
 */
export function inPageFooter(el: Element): boolean {
  let footer = false;
  for (let e: Element | null = el; e && e.tag !== "body"; e = e.parent) {
    if (ARTICLE_TAGS.has(e.tag)) return false;
    if (e.tag === "footer" || FOOTER_NAME.test(classAndId(e))) footer = true;
  }
  return footer;
}

/** Elements after the headline read for its date or byline line (kicker, byline, meta line), and before it. */
const NEAR_HEADLINE_AFTER = 150;
const NEAR_HEADLINE_BEFORE = 5;

/** A short text near the headline: an element's, and the leading lines of a block broken by <br>. */
export interface HeadlineLine {
  el: Element;
  /** The element's text when it is short (null for a longer one). */
  text: string | null;
  /** The element's leading <br>-broken lines ("Veröffentlicht am 16.08.2019<br>Dauer: …"), else none. */
  lines: string[];
}

/** Longest text of an element read near the headline (a byline or date line). */
const LINE_MAX_CHARS = 100;
/** Raw characters of a <br>-broken block whose leading lines are read (the meta lines open it). */
const BROKEN_LEAD_CHARS = 600;

/**
 * The short texts around the headline in document order (none without a headline), read once for
 * the date and the byline; wrappers of a single element and no text of their own are left out (their
 * text is their child's, which comes next).
 */
export function headlineLines(page: ParsedPage, headline: Element | null): HeadlineLine[] {
  if (!headline) return [];
  const out: HeadlineLine[] = [];
  const from = Math.max(0, headline.index - NEAR_HEADLINE_BEFORE);
  const to = Math.min(page.elements.length, headline.index + NEAR_HEADLINE_AFTER);
  for (let i = from; i < to; i++) {
    const el = page.elements[i];
    if (isWrapper(el)) continue;
    const broken = el.children.some((c) => typeof c !== "string" && c.tag === "br");
    const text = shortText(el, LINE_MAX_CHARS);
    const lines = broken ? linesOf(el, BROKEN_LEAD_CHARS) : [];
    if (text || lines.length > 0) out.push({ el, text, lines });
  }
  return out;
}

function isWrapper(el: Element): boolean {
  let elements = 0;
  for (const c of el.children) {
    if (typeof c === "string") {
      if (c.trim() !== "") return false;
    } else if (++elements > 1) return false;
  }
  return elements === 1;
}

/**
 * The element's text, one entry per line: a <br> or a block element starts a new one; only the
 * leading lines when `maxChars` (raw characters) is given.
 */
export function linesOf(el: Element, maxChars = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [""];
  let chars = 0;
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (chars > maxChars) return;
      if (typeof c === "string") {
        lines[lines.length - 1] += c;
        chars += c.length;
      } else if (c.tag === "br") lines.push("");
      else if (BLOCK_TAGS.has(c.tag)) {
        lines.push("");
        walk(c);
        lines.push("");
      } else walk(c);
    }
  };
  walk(el);
  return lines.map((l) => cleanText(l) ?? "").filter((l) => l.length > 0);
}

/** Nodes a short line may hold (a byline or date line with its links and icons holds far fewer). */
const SHORT_TEXT_MAX_NODES = 300;

/**
 * The element's text, white space folded, when it is at most `max` characters; null for a longer
 * one, found without reading all of a large element (the scans near the headline pass the article's
 * containers).
 */
function shortText(el: Element, max: number): string | null {
  let out = "";
  let nodes = 0;
  let letters = 0;
  const stack: Array<Element | string> = [el];
  while (stack.length > 0) {
    if (++nodes > SHORT_TEXT_MAX_NODES) return null;
    const n = stack.pop() as Element | string;
    if (typeof n === "string") {
      out += n;
      // Raw text holds the template's indentation: its characters other than white space count.
      for (let i = 0; i < n.length; i++) if (!isSpace(n.charCodeAt(i)) && ++letters > max) return null;
    } else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  const text = foldSpaces(out).trim();
  return text.length > max ? null : text;
}

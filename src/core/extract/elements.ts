/**
 * Queries over a parsed page's elements for its metadata: the first element that passes a test, and
 * whether an element sits in a region of readers' comments (whose "authors" and dates are not the story's).
 */
import { innerText } from "./blocks";
import { classAndId } from "./hints";
import type { Element, ParsedPage } from "./parse";
import { cleanText } from "./text";

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

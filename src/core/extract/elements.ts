/**
 * Queries over a parsed page's elements for its metadata: the first element that passes a test, and
 * whether an element sits in a region of readers' comments (whose "authors" and dates are not the story's).
 */
import { classAndId } from "./hints";
import type { Element, ParsedPage } from "./parse";

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

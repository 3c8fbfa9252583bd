/**
 * HTML → a light tree of our own, built from htmlparser2 tokens (tokenize.ts). We keep only what the
 * extractor reads (tag, a few attributes, children, text) and collect the page's metadata sources
 * (<title>, <meta>, canonical link, JSON-LD, <html lang>) on the way, so nothing walks the tree twice
 * for them. Content that is never article text (scripts, styles, SVG, templates...) is skipped while
 * parsing. Explicit limits keep hostile input bounded: past `MAX_DEPTH` nesting, elements are flattened
 * into their deepest kept ancestor; past `MAX_ELEMENTS`, new elements are flattened too (text is kept).
 */

import { MAX_DEPTH, MAX_ELEMENTS } from "../../limits";
import { type AttributeSelection, NO_ATTRIBUTES, NO_SELECTION, selectAttributes, tokenize } from "./tokenize";

// Nesting kept as a tree and elements kept as nodes: src/limits.ts holds every limit of the service.
export { MAX_DEPTH, MAX_ELEMENTS };

/** JSON-LD scripts larger than this are ignored (metadata is small; huge blobs are app state). */
const MAX_JSON_LD_CHARS = 500_000;

const SOFT_HYPHEN = "\u00ad";

/**
 * Elements whose content is never article text: skipped whole while parsing. (<noscript> is parsed:
 * some sites put their whole article there for readers without JavaScript; score.ts prunes small ones.)
 */
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "svg",
  "math",
  "template",
  "iframe",
  "object",
  "embed",
  "canvas",
  "select",
  "textarea",
  "button",
  "video",
  "audio",
  "map",
  // Ruby annotations (furigana, pinyin) would be read inline with the words they annotate.
  "rt",
  "rp",
]);

/**
 * Attributes the extractor reads on elements (hints.ts, metadata.ts); everything else is dropped at
 * parse time. Most tags are links and inline markup: reading only what is used (no `href` on every
 * <a>) spares slicing and decoding most attribute values of a page.
 */
const KEPT_ATTRIBUTES = [
  "class",
  "id",
  "role",
  "itemprop",
  "hidden",
  "style",
  "aria-hidden",
  "datetime",
  "rel",
  "content",
];
const ELEMENT_ATTRIBUTES = selectAttributes(KEPT_ATTRIBUTES);
/** Tags whose own attributes are read too (or only theirs: <meta>, <link> and <script> make no element). */
const TAG_ATTRIBUTES = new Map<string, AttributeSelection>([
  // An image's alt text tells its caption (tidy.ts).
  ["img", selectAttributes([...KEPT_ATTRIBUTES, "alt"])],
  ["html", selectAttributes([...KEPT_ATTRIBUTES, "lang", "xml:lang"])],
  ["meta", selectAttributes(["name", "property", "itemprop", "http-equiv", "content"])],
  ["link", selectAttributes(["rel", "href"])],
  ["script", selectAttributes(["type"])],
]);

export interface Element {
  tag: string;
  /** Attributes read (`KEPT_ATTRIBUTES`, lowercased names); the rest are dropped while parsing. */
  attrs: Record<string, string>;
  /** Child elements and text strings, in document order. */
  children: Array<Element | string>;
  parent: Element | null;
  /** Position in `ParsedPage.elements` (document order): parents come before their children. */
  index: number;
  depth: number;
  /** `class` and `id` lowercased, computed once when first asked (hints.ts `classAndId`). */
  names?: string;
}

export interface MetaTag {
  /** `name`, `property`, `itemprop` or `http-equiv` value, lowercased. */
  key: string;
  content: string;
}

export interface ParsedPage {
  root: Element;
  /** Every kept element in document order. */
  elements: Element[];
  title: string | null;
  htmlLang: string | null;
  metas: MetaTag[];
  canonical: string | null;
  jsonLd: string[];
  /** The limits that flattened part of the page: nesting deeper than MAX_DEPTH, more elements than MAX_ELEMENTS. */
  flattenedBy: { depth: boolean; elements: boolean };
}

function newElement(tag: string, attrs: Record<string, string>, parent: Element | null, index: number) {
  const el: Element = {
    tag,
    attrs,
    children: [],
    parent,
    index,
    depth: parent ? parent.depth + 1 : 0,
  };
  return el;
}

/** An open tag while parsing: the element it made (null when flattened) and where text goes. */
interface Open {
  tag: string;
  el: Element | null;
  /** Element receiving text and children while this tag is the innermost open one. */
  container: Element;
  /** Content of this tag is skipped (SKIPPED_TAGS, or inside one). */
  skip: boolean;
}

/**
 * How far up the open tags an end tag looks for its start tag. Browsers look all the way; bounding it
 * keeps stray end tags in hostile input from costing O(depth) each (an unmatched one is ignored).
 */
const CLOSE_SEARCH_LIMIT = 512;

/** Start tags that close the innermost open element when it is one of these (HTML's implied ends). */
const P_ONLY = new Set(["p"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
const IMPLIED_CLOSE = new Map<string, Set<string>>([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th", "td"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["a", new Set(["a"])],
  ["li", new Set(["li"])],
  ["p", P_ONLY],
  ["h1", HEADINGS],
  ["h2", HEADINGS],
  ["h3", HEADINGS],
  ["h4", HEADINGS],
  ["h5", HEADINGS],
  ["h6", HEADINGS],
  ["option", new Set(["option"])],
  ["dd", new Set(["dd", "dt"])],
  ["dt", new Set(["dd", "dt"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
]);
for (const tag of [
  "address",
  "article",
  "aside",
  "blockquote",
  "details",
  "div",
  "dl",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hr",
  "main",
  "nav",
  "ol",
  "pre",
  "section",
  "table",
  "ul",
]) {
  IMPLIED_CLOSE.set(tag, P_ONLY);
}

/** Elements without content or end tag. */
const VOID_TAGS = new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/**
 * Inline elements: flattening one (past a limit) keeps its text glued to its neighbours' as it was.
 * Any other flattened element gets a space on each side, so its words do not run into the next ones.
 */
const INLINE_TAGS = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "font",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "wbr",
]);

/**
 * Parses a page with htmlparser2's Tokenizer (tokenize.ts) and our own tree building (htmlparser2's Parser keeps its
 * open-tag stack with `unshift`, which turns deep nesting quadratic). Never throws on malformed HTML.
 */
export function parseHtml(html: string): ParsedPage {
  const root = newElement("#root", {}, null, 0);
  const elements: Element[] = [root];
  const page: ParsedPage = {
    root,
    elements,
    title: null,
    htmlLang: null,
    metas: [],
    canonical: null,
    jsonLd: [],
    flattenedBy: { depth: false, elements: false },
  };
  const stack: Open[] = [];
  let current = root;
  let skipping = 0;
  let capture: "title" | "jsonld" | null = null;
  let captured = "";
  let tagName = "";
  let attrs: Record<string, string> = NO_ATTRIBUTES;

  const addText = (raw: string) => {
    // Soft hyphens ("can&shy;di&shy;da&shy;ture") are invisible break hints: kept, they split every
    // word they sit in for the sentence, name and term rules.
    const text = raw.indexOf(SOFT_HYPHEN) < 0 ? raw : raw.replaceAll(SOFT_HYPHEN, "");
    if (capture !== null) {
      captured += text;
      return;
    }
    if (skipping > 0) return;
    const kids = current.children;
    const last = kids.length - 1;
    // Merge adjacent text (entities arrive as separate events).
    if (last >= 0 && typeof kids[last] === "string") kids[last] += text;
    else kids.push(text);
  };

  const pop = () => {
    const open = stack.pop() as Open;
    if (open.skip) {
      skipping--;
      if (skipping === 0 && capture === "jsonld") {
        if (captured.length <= MAX_JSON_LD_CHARS) page.jsonLd.push(captured);
        capture = null;
      }
    } else if (open.tag === "title" && capture === "title") {
      page.title ??= captured;
      capture = null;
    } else if (open.el === null && open.tag !== "title" && !INLINE_TAGS.has(open.tag)) {
      addText(" "); // end of a flattened block
    }
    current = stack.length > 0 ? stack[stack.length - 1].container : root;
  };

  /**
   * A start tag's name, before its attributes: the open elements it implies closed are closed now
   * (nothing between the name and the tag's end reads the tree), so that whether its content is
   * skipped is known, and no attribute is read on a skipped or unread tag.
   */
  const startTag = (name: string): AttributeSelection => {
    const implied = IMPLIED_CLOSE.get(name);
    if (implied) {
      while (stack.length > 0 && implied.has(stack[stack.length - 1].tag)) pop();
      // A block closes an open <p> even through inline elements left open in it (<p><b>text<p>),
      // as browsers do: the paragraphs stay siblings.
      if (implied.has("p")) closeParagraphThroughInline();
    }
    if (skipping > 0) return NO_SELECTION;
    return TAG_ATTRIBUTES.get(name) ?? (SKIPPED_TAGS.has(name) ? NO_SELECTION : ELEMENT_ATTRIBUTES);
  };

  /** The rest of a start tag, once its attributes are read (`startTag` ran for it). */
  const openTag = () => {
    const name = tagName;
    if (skipping > 0) {
      if (!VOID_TAGS.has(name)) {
        skipping++;
        stack.push({ tag: name, el: null, container: current, skip: true });
      }
      return;
    }
    if (name === "meta") {
      const key = attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs["http-equiv"];
      if (key && attrs.content !== undefined)
        page.metas.push({ key: key.toLowerCase(), content: attrs.content });
      return;
    }
    if (name === "link") {
      if (!page.canonical && attrs.href && /(^|\s)canonical(\s|$)/i.test(attrs.rel ?? "")) {
        page.canonical = attrs.href;
      }
      return;
    }
    if (name === "html" && !page.htmlLang) page.htmlLang = attrs.lang ?? attrs["xml:lang"] ?? null;
    if (SKIPPED_TAGS.has(name)) {
      if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) {
        capture = "jsonld";
        captured = "";
      }
      skipping = 1;
      stack.push({ tag: name, el: null, container: current, skip: true });
      return;
    }
    if (name === "title") {
      if (page.title === null) {
        capture = "title";
        captured = "";
      }
      stack.push({ tag: name, el: null, container: current, skip: false });
      return;
    }
    let el: Element | null = null;
    if (current.depth >= MAX_DEPTH || elements.length >= MAX_ELEMENTS) {
      if (current.depth >= MAX_DEPTH) page.flattenedBy.depth = true;
      else page.flattenedBy.elements = true;
      if (!INLINE_TAGS.has(name)) addText(" "); // start of a flattened block
    } else {
      el = newElement(name, attrs, current, elements.length);
      elements.push(el);
      current.children.push(el);
    }
    if (VOID_TAGS.has(name)) return;
    const container = el ?? current;
    stack.push({ tag: name, el, container, skip: false });
    current = container;
  };

  /** Pops up to an open <p> when only inline elements are open inside it (bounded search). */
  const closeParagraphThroughInline = () => {
    const floor = Math.max(0, stack.length - CLOSE_SEARCH_LIMIT);
    for (let i = stack.length - 1; i >= floor; i--) {
      const tag = stack[i].tag;
      if (tag === "p") {
        while (stack.length > i) pop();
        return;
      }
      if (!INLINE_TAGS.has(tag)) return;
    }
  };

  const closeTag = (name: string) => {
    // Browsers put content after </body> or </html> back into the body: these end tags close nothing.
    if (name === "body" || name === "html") return;
    const floor = Math.max(0, stack.length - CLOSE_SEARCH_LIMIT);
    for (let i = stack.length - 1; i >= floor; i--) {
      if (stack[i].tag === name) {
        while (stack.length > i) pop();
        return;
      }
    }
    // </br> is read as <br> by browsers; other unmatched end tags are ignored.
    if (name === "br" && skipping === 0) {
      tagName = "br";
      attrs = NO_ATTRIBUTES;
      startTag(tagName);
      openTag();
    }
  };

  tokenize(html, {
    startTag,
    openTag(name, attributes) {
      tagName = name;
      attrs = attributes;
      openTag();
    },
    closeTag,
    text: addText,
  });
  while (stack.length > 0) pop();
  return page;
}

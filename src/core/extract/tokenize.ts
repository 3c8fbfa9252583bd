/**
 * HTML tokens for the tree builder (parse.ts): start tags with only the attributes the caller reads,
 * end tags, and text with character references decoded. htmlparser2's Tokenizer does the HTML work
 * (comments, doctype, CDATA, raw-text elements such as script and style, RCDATA such as title,
 * references); this adapter only turns its offsets into strings, and skips the attributes nobody reads
 * without slicing them out (most attributes of a page are class-less data-*, style and event handlers).
 * Character references are decoded here rather than by the Tokenizer (see `decodeEntities` below).
 * Never throws.
 */
import { decodeHTML, decodeHTMLAttribute } from "entities/decode";
import type { TokenizerCallbacks } from "htmlparser2";
import { FastTokenizer } from "./fast-tokenizer";

/** Attribute names to read on a tag (lowercased), with the longest one's length. */
export interface AttributeSelection {
  names: ReadonlySet<string>;
  /** A longer attribute name is skipped without building its string. */
  maxLength: number;
}

export function selectAttributes(names: readonly string[]): AttributeSelection {
  return { names: new Set(names), maxLength: Math.max(0, ...names.map((n) => n.length)) };
}

/** Read no attribute. */
export const NO_SELECTION: AttributeSelection = selectAttributes([]);

export interface TokenHandler {
  /**
   * Called when a start tag's name is read, before its attributes: which of them to read (the
   * `wanted` list of `tokenize` when absent). A caller that reads no attribute of most tags spares
   * slicing and decoding them.
   */
  startTag?(name: string): AttributeSelection;
  /**
   * A start tag. `name` is lowercased; `attrs` holds the wanted attributes (lowercased names, first
   * occurrence wins), or is `NO_ATTRIBUTES` when there are none.
   */
  openTag(name: string, attrs: Record<string, string>): void;
  /** An end tag, `name` lowercased. */
  closeTag(name: string): void;
  /** Text with character references decoded (adjacent calls may split one text run). */
  text(text: string): void;
}

/** Shared by every tag without a wanted attribute (never written to). */
export const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

const noop = () => {};
/** Every Tokenizer callback doing nothing: callers override the ones they read. */
export const IGNORE_ALL: TokenizerCallbacks = {
  onattribdata: noop,
  onattribentity: noop,
  onattribend: noop,
  onattribname: noop,
  oncdata: noop,
  onclosetag: noop,
  oncomment: noop,
  ondeclaration: noop,
  onend: noop,
  onopentagend: noop,
  onopentagname: noop,
  onprocessinginstruction: noop,
  onselfclosingtag: noop,
  ontext: noop,
  ontextentity: noop,
};

/**
 * Elements whose content the Tokenizer reads as text up to their end tag, and how: raw text (no
 * references decoded) or RCDATA (references decoded, as in <title>). The Tokenizer decides this from
 * the tag name alone (its `specialStartSequences`), even for a self-closed one.
 */
const RAW_TEXT = 1;
const RCDATA = 2;
const TEXT_ONLY_ELEMENTS = new Map<string, number>([
  ["script", RAW_TEXT],
  ["style", RAW_TEXT],
  ["xmp", RAW_TEXT],
  ["iframe", RAW_TEXT],
  ["noembed", RAW_TEXT],
  ["noframes", RAW_TEXT],
  ["plaintext", RAW_TEXT],
  ["title", RCDATA],
  ["textarea", RCDATA],
]);
/** Roots of foreign content (SVG, MathML), where the tag names above are not text-only. */
const isForeignRoot = (tag: string) => tag === "svg" || tag === "math";
/** The Tokenizer's question while inside foreign content (asked on every tag: absent outside it). */
const yes = () => true;
/** Their names' lengths: most tags ("a", "p", "li", "div") are told apart without a lookup. */
const TEXT_ONLY_MIN_LENGTH = Math.min(...[...TEXT_ONLY_ELEMENTS.keys()].map((name) => name.length));
const TEXT_ONLY_MAX_LENGTH = Math.max(...[...TEXT_ONLY_ELEMENTS.keys()].map((name) => name.length));

function textKindOf(tag: string): number {
  if (tag.length < TEXT_ONLY_MIN_LENGTH || tag.length > TEXT_ONLY_MAX_LENGTH) return 0;
  return TEXT_ONLY_ELEMENTS.get(tag) ?? 0;
}

/**
 * RCDATA text as the Tokenizer decodes it when asked to: replayed through one that decodes (the
 * element's own end tag closes it, or the input ends). Titles are short and few, and the Tokenizer
 * leaves a "&" right after a partial end tag ("</ti&amp;") undecoded, which only a replay reproduces.
 */
function decodeRcdata(tag: string, raw: string, closed: boolean): string {
  let out = "";
  const source = `<${tag}>${raw}${closed ? `</${tag}>` : ""}`;
  const replay = new FastTokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ...IGNORE_ALL,
      ontext(start, end) {
        out += source.slice(start, end);
      },
      ontextentity(codePoint) {
        out += String.fromCodePoint(codePoint);
      },
    },
  );
  replay.write(source);
  replay.end();
  return out;
}

/** Calls `handler` for each tag and text run of `html`, in order. `wanted`: attribute names to read. */
export function tokenize(html: string, handler: TokenHandler, wanted: readonly string[] = []): void {
  const all = selectAttributes(wanted);
  /** The attributes read on the current tag. */
  let selection = all;
  let tagName = "";
  let attrs: Record<string, string> = NO_ATTRIBUTES;
  let attrName = "";
  let attrValue = "";
  /** The attribute being read is a wanted one (others are not even sliced out). */
  let attrWanted = false;
  /** Inside a text-only element: RAW_TEXT, RCDATA, or 0 for ordinary text. */
  let textOnly = 0;
  /** RCDATA read so far, decoded once its element ends. */
  let rcdata = "";
  /** Open <svg> and <math> elements: inside them, a self-closed <title/> or <style/> holds no text. */
  let foreign = 0;
  const flushRcdata = (closed: boolean) => {
    if (rcdata === "") return;
    const raw = rcdata;
    rcdata = "";
    handler.text(raw.includes("&") ? decodeRcdata(tagName, raw, closed) : raw);
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      attrs = NO_ATTRIBUTES;
      selection = handler.startTag ? handler.startTag(tagName) : all;
    },
    onattribname(start, end) {
      attrWanted = false;
      if (end - start > selection.maxLength) return;
      attrName = html.slice(start, end).toLowerCase();
      attrWanted = selection.names.has(attrName);
      attrValue = "";
    },
    onattribdata(start, end) {
      if (attrWanted) attrValue += html.slice(start, end);
    },
    // (Never called: this Tokenizer does not decode references.)
    onattribentity: noop,
    onattribend() {
      if (!attrWanted) return;
      // Most elements have no attribute we read: they share one empty object.
      if (attrs === NO_ATTRIBUTES) attrs = {};
      if (attrs[attrName] === undefined) attrs[attrName] = decodeHTMLAttribute(attrValue);
      attrWanted = false;
    },
    onopentagend() {
      textOnly = textKindOf(tagName);
      if (isForeignRoot(tagName) && foreign++ === 0) callbacks.isInForeignContext = yes;
      handler.openTag(tagName, attrs);
    },
    onselfclosingtag() {
      // HTML ignores the self-closing flag (void elements need no end tag anyway).
      textOnly = textKindOf(tagName);
      handler.openTag(tagName, attrs);
    },
    onclosetag(start, end) {
      // A text-only element's content ends only at its own end tag.
      if (textOnly === RCDATA) flushRcdata(true);
      textOnly = 0;
      const name = html.slice(start, end).toLowerCase();
      if (foreign > 0 && isForeignRoot(name) && --foreign === 0) callbacks.isInForeignContext = undefined;
      handler.closeTag(name);
    },
    // SVG and MathML have no text-only elements: their <title> (often self-closed, "<title/>") and
    // <style> are ordinary elements. Read as HTML's, the rest of the page became the title's text.
    // Set to `yes` while inside <svg> or <math>.
    isInForeignContext: undefined,
    ontext(start, end) {
      const text = html.slice(start, end);
      if (textOnly === RAW_TEXT) handler.text(text);
      else if (textOnly === RCDATA) rcdata += text;
      else handler.text(decodeHTML(text));
    },
    ontextentity: noop,
    oncdata: noop,
    oncomment: noop,
    ondeclaration: noop,
    onprocessinginstruction: noop,
    onend: noop,
  };
  const tokenizer = new FastTokenizer(
    // References are decoded here, per text run and attribute value, with the decoder htmlparser2
    // itself uses (`entities`): without decoding, the Tokenizer skips through text to the next "<"
    // instead of stepping through it one character at a time looking for "&" (a third of its time).
    { xmlMode: false, decodeEntities: false },
    callbacks,
  );
  tokenizer.write(html);
  tokenizer.end();
  flushRcdata(false);
}

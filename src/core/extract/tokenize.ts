/**
 * HTML tokens for the tree builder (parse.ts): start tags with only the attributes the caller reads,
 * end tags, and text with character references decoded. htmlparser2's Tokenizer does the HTML work
 * (comments, doctype, CDATA, raw-text elements such as script and style, RCDATA such as title,
 * references); this adapter only turns its offsets into strings, and skips the attributes nobody reads
 * without slicing them out (most attributes of a page are class-less data-*, style and event handlers).
 * Never throws.
 */
import { Tokenizer } from "htmlparser2";

export interface TokenHandler {
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

/** Calls `handler` for each tag and text run of `html`, in order. `wanted`: attribute names to read. */
export function tokenize(html: string, handler: TokenHandler, wanted: readonly string[]): void {
  const wantedSet = new Set(wanted);
  /** Longest wanted name: a longer attribute name is skipped without building its string. */
  const maxWanted = Math.max(0, ...wanted.map((w) => w.length));
  let tagName = "";
  let attrs: Record<string, string> = NO_ATTRIBUTES;
  let attrName = "";
  let attrValue = "";
  /** The attribute being read is a wanted one (others are not even sliced out). */
  let attrWanted = false;

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        attrs = NO_ATTRIBUTES;
      },
      onattribname(start, end) {
        attrWanted = false;
        if (end - start > maxWanted) return;
        attrName = html.slice(start, end).toLowerCase();
        attrWanted = wantedSet.has(attrName);
        attrValue = "";
      },
      onattribdata(start, end) {
        if (attrWanted) attrValue += html.slice(start, end);
      },
      onattribentity(codePoint) {
        if (attrWanted) attrValue += String.fromCodePoint(codePoint);
      },
      onattribend() {
        if (!attrWanted) return;
        // Most elements have no attribute we read: they share one empty object.
        if (attrs === NO_ATTRIBUTES) attrs = {};
        if (attrs[attrName] === undefined) attrs[attrName] = attrValue;
        attrWanted = false;
      },
      onopentagend() {
        handler.openTag(tagName, attrs);
      },
      onselfclosingtag() {
        // HTML ignores the self-closing flag (void elements need no end tag anyway).
        handler.openTag(tagName, attrs);
      },
      onclosetag(start, end) {
        handler.closeTag(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        handler.text(html.slice(start, end));
      },
      ontextentity(codePoint) {
        handler.text(String.fromCodePoint(codePoint));
      },
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onprocessinginstruction: noop,
      onend: noop,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}

/**
 * A small HTML tokenizer made for extraction: start tags (with only the attributes the caller reads),
 * end tags and text, with character references decoded by the `entities` package (htmlparser2's
 * decoder). It follows htmlparser2's Tokenizer (and so the HTML tokenizer's states) for what we read —
 * comments, bogus comments, doctype, CDATA, raw-text elements (script, style...), RCDATA (title,
 * textarea), `<plaintext>` — but jumps with `indexOf` instead of stepping character by character
 * through a state machine: text runs, attribute values, scripts and styles are most of a page and are
 * crossed in one search each. That made tokenizing 3-4x cheaper than htmlparser2's Tokenizer (the
 * largest single cost of the pipeline; see bench/stages.ts), with the same tree on all 1,301 pages
 * of the three extraction corpora and on 200,000 random tag-soup fragments. Never throws; a tag left
 * unfinished at the end of the input is dropped, as browsers do (htmlparser2 keeps some of it as text).
 */
import { decodeHTML, decodeHTMLAttribute } from "entities/decode";

export interface TokenHandler {
  /**
   * A start tag. `name` is lowercased; `attrs` holds the wanted attributes (lowercased names, first
   * occurrence wins), or is `noAttributes` when there are none.
   */
  openTag(name: string, attrs: Record<string, string>): void;
  /** An end tag, `name` lowercased. */
  closeTag(name: string): void;
  /** Text with character references decoded (adjacent calls may split one text run). */
  text(text: string): void;
}

/** Shared by every tag without a wanted attribute (never written to). */
export const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Elements whose content is text up to their end tag (HTML's raw text and RCDATA elements). */
const RAW_TEXT = new Set(["script", "style", "xmp", "iframe", "noembed", "noframes"]);
/** ...of which these decode character references in their text. */
const RCDATA = new Set(["title", "textarea"]);

const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const AMP = "&";

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** Ends a tag or attribute name: white space, `/` or `>` (NaN at the end of the input counts too). */
function endsName(c: number): boolean {
  return (
    c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === SLASH || c === GT || Number.isNaN(c)
  );
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

const byLengthCache = new WeakMap<readonly string[], string[][]>();

/** Wanted attribute names grouped by length (index = length), built once per list. */
function wantedByLength(wanted: readonly string[]): string[][] {
  let table = byLengthCache.get(wanted);
  if (!table) {
    table = [];
    for (const w of wanted) {
      const list = table[w.length];
      if (list) list.push(w);
      else table[w.length] = [w];
    }
    byLengthCache.set(wanted, table);
  }
  return table;
}

/**
 * Tokenizes `html`, calling `handler` in document order. `wanted` lists the (lowercase) attribute
 * names to read; the others are skipped without building a string.
 */
export function tokenize(html: string, handler: TokenHandler, wanted: readonly string[]): void {
  const n = html.length;
  const byLength = wantedByLength(wanted);
  /** Start of the text not yet emitted. */
  let textStart = 0;
  /** Where the search for the next `<` resumes. */
  let at = 0;

  const emitText = (start: number, end: number, decode: boolean) => {
    if (end <= start) return;
    const raw = html.slice(start, end);
    handler.text(decode && raw.includes(AMP) ? decodeHTML(raw) : raw);
  };

  while (at < n) {
    const lt = html.indexOf("<", at);
    if (lt < 0 || lt + 1 >= n) break;
    const c = html.charCodeAt(lt + 1);
    if (isAsciiAlpha(c)) {
      emitText(textStart, lt, true);
      const next = startTag(lt + 1);
      if (next < 0) return;
      at = textStart = next;
    } else if (c === SLASH) {
      const c2 = html.charCodeAt(lt + 2);
      if (lt + 2 >= n) break;
      emitText(textStart, lt, true);
      if (isAsciiAlpha(c2)) {
        let e = lt + 3;
        while (!endsName(html.charCodeAt(e))) e++;
        const gt = html.indexOf(">", e);
        if (gt < 0) return;
        handler.closeTag(html.slice(lt + 2, e).toLowerCase());
        at = textStart = gt + 1;
      } else if (c2 === GT) {
        // "</>" is ignored.
        at = textStart = lt + 3;
      } else {
        // "</ ...>" and "</1...>" are bogus comments.
        at = textStart = skipPast(">", lt + 2);
      }
    } else if (c === BANG) {
      emitText(textStart, lt, true);
      at = textStart = declaration(lt + 2);
    } else if (c === QUESTION) {
      // Processing instructions are bogus comments in HTML.
      emitText(textStart, lt, true);
      at = textStart = skipPast(">", lt + 2);
    } else {
      // A "<" that opens nothing is text.
      at = lt + 1;
    }
  }
  emitText(textStart, n, true);

  /** Index after `needle` found from `from`, or the end of the input. */
  function skipPast(needle: string, from: number): number {
    const k = html.indexOf(needle, from);
    return k < 0 ? n : k + needle.length;
  }

  /** After "<!": a comment, CDATA section (a comment in HTML), doctype or bogus comment. */
  function declaration(from: number): number {
    if (html.startsWith("--", from)) {
      let j = from + 2;
      // "<!-->" and "<!--->" close at once.
      if (html.charCodeAt(j) === GT) return j + 1;
      if (html.startsWith("->", j)) return j + 2;
      for (;;) {
        const k = html.indexOf("--", j);
        if (k < 0) return n;
        if (html.charCodeAt(k + 2) === GT) return k + 3;
        if (html.startsWith("!>", k + 2)) return k + 4;
        j = k + 1;
      }
    }
    if (html.startsWith("[CDATA[", from)) return skipPast("]]>", from + 7);
    return skipPast(">", from);
  }

  /** Reads a start tag whose name starts at `from`; returns the index after it (-1: input ended). */
  function startTag(from: number): number {
    let j = from + 1;
    while (!endsName(html.charCodeAt(j))) j++;
    if (j >= n) return -1;
    const name = html.slice(from, j).toLowerCase();
    let attrs = NO_ATTRIBUTES;
    // Attributes, up to ">".
    for (;;) {
      let c = html.charCodeAt(j);
      while (isSpace(c)) c = html.charCodeAt(++j);
      if (j >= n) return -1;
      if (c === GT) {
        j++;
        break;
      }
      if (c === SLASH) {
        // A self-closing flag (ignored in HTML) or a stray slash.
        j++;
        continue;
      }
      // Attribute name: its first character may be "=" (then taken as part of the name).
      const nameStart = j;
      j++;
      for (c = html.charCodeAt(j); !(c === EQUALS || endsName(c)); c = html.charCodeAt(++j));
      const nameEnd = j;
      while (isSpace(c)) c = html.charCodeAt(++j);
      let valueStart = -1;
      let valueEnd = -1;
      if (c === EQUALS) {
        c = html.charCodeAt(++j);
        while (isSpace(c)) c = html.charCodeAt(++j);
        if (c === DQUOTE || c === SQUOTE) {
          const close = html.indexOf(c === DQUOTE ? '"' : "'", j + 1);
          if (close < 0) return -1;
          valueStart = j + 1;
          valueEnd = close;
          j = close + 1;
        } else {
          valueStart = j;
          while (j < n && !isSpace(c) && c !== GT) c = html.charCodeAt(++j);
          valueEnd = j;
        }
      }
      if (j >= n) return -1;
      const attr = wantedName(nameStart, nameEnd);
      if (attr !== null) {
        if (attrs === NO_ATTRIBUTES) attrs = {};
        if (attrs[attr] === undefined) {
          const value = valueStart < 0 ? "" : html.slice(valueStart, valueEnd);
          attrs[attr] = value.includes(AMP) ? decodeHTMLAttribute(value) : value;
        }
      }
    }
    handler.openTag(name, attrs);
    if (RAW_TEXT.has(name) || RCDATA.has(name)) return rawText(name, j);
    if (name === "plaintext") {
      emitText(j, n, false);
      return n;
    }
    return j;
  }

  /** The wanted name the attribute name at `start..end` spells (in any case), or null. */
  function wantedName(start: number, end: number): string | null {
    const candidates = byLength[end - start];
    if (candidates === undefined) return null;
    for (const w of candidates) if (html.startsWith(w, start)) return w;
    for (let i = start; i < end; i++) {
      const c = html.charCodeAt(i);
      if (c >= 65 && c <= 90) {
        const lower = html.slice(start, end).toLowerCase();
        return candidates.includes(lower) ? lower : null;
      }
    }
    return null;
  }

  /** Content of a raw text / RCDATA element up to its end tag; returns the index after that tag. */
  function rawText(name: string, from: number): number {
    let k = from;
    for (;;) {
      k = html.indexOf("</", k);
      if (k < 0) {
        emitText(from, n, RCDATA.has(name));
        return n;
      }
      const e = k + 2 + name.length;
      if (html.slice(k + 2, e).toLowerCase() === name && endsName(html.charCodeAt(e)) && e < n) break;
      k += 2;
    }
    emitText(from, k, RCDATA.has(name));
    const gt = html.indexOf(">", k + 2 + name.length);
    handler.closeTag(name);
    return gt < 0 ? n : gt + 1;
  }
}

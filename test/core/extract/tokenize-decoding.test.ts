/**
 * tokenize.ts decodes character references itself (the Tokenizer runs with `decodeEntities: false`):
 * its tokens must be those of htmlparser2's Tokenizer decoding them, on any markup.
 */
import fc from "fast-check";
import { Tokenizer } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/core/extract/tokenize";

type Token = [string, string, Record<string, string>?];
const WANTED = ["class", "id", "href"];

/** Text runs merged: both sides may split one run in pieces. */
function push(out: Token[], token: Token): void {
  const last = out[out.length - 1];
  if (token[0] === "text" && last?.[0] === "text") last[1] += token[1];
  else out.push(token);
}

function ours(html: string): Token[] {
  const out: Token[] = [];
  tokenize(
    html,
    {
      openTag: (name, attrs) => push(out, ["open", name, { ...attrs }]),
      closeTag: (name) => push(out, ["close", name]),
      text: (text) => push(out, ["text", text]),
    },
    WANTED,
  );
  return out;
}

/** The reference: the Tokenizer decoding references itself, as tokenize.ts once asked it to. */
function decodedByTokenizer(html: string): Token[] {
  const out: Token[] = [];
  const noop = () => {};
  let name = "";
  let attrs: Record<string, string> = {};
  let attr = "";
  let value = "";
  const t = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(s, e) {
        name = html.slice(s, e).toLowerCase();
        attrs = {};
      },
      onattribname(s, e) {
        attr = html.slice(s, e).toLowerCase();
        value = "";
      },
      onattribdata(s, e) {
        value += html.slice(s, e);
      },
      onattribentity(cp) {
        value += String.fromCodePoint(cp);
      },
      onattribend() {
        if (WANTED.includes(attr) && attrs[attr] === undefined) attrs[attr] = value;
      },
      onopentagend: () => push(out, ["open", name, attrs]),
      onselfclosingtag: () => push(out, ["open", name, attrs]),
      onclosetag: (s, e) => push(out, ["close", html.slice(s, e).toLowerCase()]),
      ontext: (s, e) => push(out, ["text", html.slice(s, e)]),
      ontextentity: (cp) => push(out, ["text", String.fromCodePoint(cp)]),
      oncdata: noop,
      oncomment: noop,
      ondeclaration: noop,
      onprocessinginstruction: noop,
      onend: noop,
    },
  );
  t.write(html);
  t.end();
  return out;
}

// Tags (text-only elements too, self-closed or left open, partial end tags), references complete,
// legacy, numeric, broken or cut short, attributes holding references, stray "<" and "&".
const piece = fc.constantFrom(
  "<p>",
  "</p>",
  "<b class=x>",
  "<title>",
  "</title>",
  "<TITLE/>",
  "</ti",
  "<textarea>",
  "</textarea>",
  "<script>",
  "</script>",
  "<style/>",
  "<xmp>",
  "</xmp>",
  "<noembed>",
  "<iframe>",
  "</iframe>",
  "<plaintext>",
  '<a href="?a=1&amp;b=2&copy=3&lt">',
  "<i class='&quot;q&quot;' id=x&amp;y>",
  "<a href=&notit;>",
  "&amp;",
  "&amp",
  "&amp=",
  "&ampx",
  "&lt;",
  "&#38;",
  "&#x26;",
  "&#12",
  "&#0;",
  "&#x80;",
  "&#xD800;",
  "&nbsp",
  "&notit;",
  "&noti;",
  "&;",
  "&#;",
  "&",
  "&&",
  "< ",
  "<",
  "a",
  " ",
  "é",
  "<!-- c -->",
);

describe("tokenize's own decoding", () => {
  it("gives the tokens of a Tokenizer that decodes references itself", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const html = pieces.join("");
        expect(ours(html)).toEqual(decodedByTokenizer(html));
      }),
      { numRuns: 8000 },
    );
  });
});

/**
 * FastTokenizer replaces the Tokenizer's private `fastForwardTo` loop by indexOf: every callback, with
 * its offsets, must be the stock Tokenizer's on any markup, decoding references or not, written whole
 * or in pieces.
 */
import fc from "fast-check";
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { FastTokenizer } from "../../../src/core/extract/fast-tokenizer";

type Ctor = typeof Tokenizer;

/** Every callback and its arguments, in order. */
function events(Kind: Ctor, chunks: string[], decodeEntities: boolean): string[] {
  const out: string[] = [];
  const log =
    (name: string) =>
    (...args: number[]) => {
      out.push(`${name}(${args.join(",")})`);
    };
  const callbacks: TokenizerCallbacks = {
    onattribdata: log("attribdata"),
    onattribentity: log("attribentity"),
    onattribend: log("attribend"),
    onattribname: log("attribname"),
    oncdata: log("cdata"),
    onclosetag: log("closetag"),
    oncomment: log("comment"),
    ondeclaration: log("declaration"),
    onend: log("end"),
    onopentagend: log("opentagend"),
    onopentagname: log("opentagname"),
    onprocessinginstruction: log("processinginstruction"),
    onselfclosingtag: log("selfclosingtag"),
    ontext: log("text"),
    ontextentity: log("textentity"),
  };
  const t = new Kind({ xmlMode: false, decodeEntities }, callbacks);
  for (const chunk of chunks) t.write(chunk);
  t.end();
  return out;
}

// Everything fastForwardTo skips to or through: text up to "<", quoted attribute values, raw text
// (script, style) and RCDATA, comments, bogus comments, CDATA, doctype, end tags with junk, "<?".
const piece = fc.constantFrom(
  "<p>",
  "</p>",
  "<div class=\"a 'b' c\" id='x \"y\"' data-x=z>",
  '<a href="?a=1&amp;b=2">',
  '<img alt="">',
  "<br/>",
  "<DIV\tID=a\fdata-Long-Name\r=b/>",
  "<x-y:z a=b=c c d/ e>",
  "<a",
  " b",
  "=",
  "/",
  "<script>",
  "</script>",
  "</script x>",
  "<style>",
  "</style>",
  "<title>",
  "</title>",
  "<textarea>",
  "</ti",
  "<plaintext>",
  "<!-- c -->",
  "<!--->",
  "<!-->",
  "--!>",
  "-->",
  "<!doctype html>",
  "<!DOCTYPE x",
  "<![CDATA[ x ]]>",
  "]]>",
  "<!x>",
  "<?xml ?>",
  "</ p>",
  "</>",
  "< ",
  "<",
  ">",
  '"',
  "'",
  "-",
  "]",
  "?",
  "&amp;",
  "&",
  "a",
  " ",
  "\n",
  "é",
  "😀",
);

describe("FastTokenizer", () => {
  it("replaces the Tokenizer's skipping loops (else it is only the stock Tokenizer)", () => {
    for (const name of ["fastForwardTo", "stateInTagName", "stateInAttributeName"]) {
      expect(Object.hasOwn(FastTokenizer.prototype, name)).toBe(true);
    }
  });

  it("calls back exactly as the stock Tokenizer does", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 16 }),
        fc.boolean(),
        fc.nat(),
        (pieces, decodeEntities, cut) => {
          const html = pieces.join("");
          expect(events(FastTokenizer, [html], decodeEntities)).toEqual(
            events(Tokenizer, [html], decodeEntities),
          );
          // Written in two pieces: the Tokenizer's offset into its buffer is then not 0.
          const at = html.length === 0 ? 0 : cut % html.length;
          const chunks = [html.slice(0, at), html.slice(at)];
          expect(events(FastTokenizer, chunks, decodeEntities)).toEqual(
            events(Tokenizer, chunks, decodeEntities),
          );
        },
      ),
      { numRuns: 8000 },
    );
  });
});

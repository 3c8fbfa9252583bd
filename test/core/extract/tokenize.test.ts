/** The tokenizer: what it reports for the constructs of real pages, and for malformed ones. */
import { describe, expect, it } from "vitest";
import { NO_ATTRIBUTES, tokenize } from "../../../src/core/extract/tokenize";

type Token = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

const WANTED = ["class", "id", "href", "content", "name"];

/** The tokens of `html`, adjacent text merged (the handler may get one text run in pieces). */
function tokens(html: string): Token[] {
  const out: Token[] = [];
  tokenize(
    html,
    {
      openTag: (name, attrs) => out.push(["open", name, { ...attrs }]),
      closeTag: (name) => out.push(["close", name]),
      text: (text) => {
        const last = out[out.length - 1];
        if (last?.[0] === "text") last[1] += text;
        else out.push(["text", text]);
      },
    },
    WANTED,
  );
  return out;
}

describe("tokenize", () => {
  it("reports tags and text in order, names lowercased, only the wanted attributes", () => {
    expect(tokens('<DIV Class="lead" data-x="1" ID=main>Hello <b>world</b></DIV>')).toEqual([
      ["open", "div", { class: "lead", id: "main" }],
      ["text", "Hello "],
      ["open", "b", {}],
      ["text", "world"],
      ["close", "b"],
      ["close", "div"],
    ]);
  });

  it("shares one frozen empty object for tags without a wanted attribute", () => {
    let seen: Record<string, string> | null = null;
    tokenize("<p data-a='1'>x</p>", { openTag: (_, a) => (seen = a), closeTag() {}, text() {} }, WANTED);
    expect(seen).toBe(NO_ATTRIBUTES);
  });

  it("decodes character references in text and attributes (legacy ones without semicolon in text)", () => {
    expect(tokens('<a href="?a=1&amp;b=2&copy=3">Fish &amp; chips &copy 2024 &#8212; &euro;</a>')).toEqual([
      ["open", "a", { href: "?a=1&b=2&copy=3" }],
      ["text", "Fish & chips © 2024 — €"],
      ["close", "a"],
    ]);
  });

  it("reads quoted, unquoted and empty attribute values; the first of a repeated name wins", () => {
    expect(tokens(`<meta name=description content='say "quoted"' class id="a" id="b">`)).toEqual([
      ["open", "meta", { name: "description", content: 'say "quoted"', class: "", id: "a" }],
    ]);
  });

  it("skips comments, doctypes, CDATA and processing instructions", () => {
    expect(
      tokens("<!DOCTYPE html><!-- a <p>comment</p> --><?xml x?><![CDATA[<p>no</p>]]>text<!---->"),
    ).toEqual([["text", "text"]]);
  });

  it("keeps the content of script and style as text up to their own end tag", () => {
    expect(tokens('<script>if (a < b) document.write("<div></div>");</script><p>x</p>')).toEqual([
      ["open", "script", {}],
      ["text", 'if (a < b) document.write("<div></div>");'],
      ["close", "script"],
      ["open", "p", {}],
      ["text", "x"],
      ["close", "p"],
    ]);
    expect(tokens("<STYLE>p>a{}</style >")).toEqual([
      ["open", "style", {}],
      ["text", "p>a{}"],
      ["close", "style"],
    ]);
  });

  it("decodes references inside <title> but reads no tags there", () => {
    expect(tokens("<title>A &amp; B <b>c</b></title>")).toEqual([
      ["open", "title", {}],
      ["text", "A & B <b>c</b>"],
      ["close", "title"],
    ]);
  });

  it("treats a '<' that opens nothing as text, and ignores '</>'", () => {
    expect(tokens("1 < 2 and 3 <4</>ok")).toEqual([["text", "1 < 2 and 3 <4ok"]]);
  });

  it("drops a tag left unfinished at the end of the input, keeping the text before it", () => {
    expect(tokens('text <a href="x')).toEqual([["text", "text "]]);
    expect(tokens("text <div")).toEqual([["text", "text "]]);
  });

  it("reads a stray slash in a start tag as nothing", () => {
    expect(tokens('<img / class="x"/><br/>')).toEqual([
      ["open", "img", { class: "x" }],
      ["open", "br", {}],
    ]);
  });
});

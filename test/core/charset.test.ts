import { describe, expect, it } from "vitest";
import { charsetFromContentType, decodeHtml } from "../../src/core/charset";

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe("decodeHtml picks the charset as browsers do", () => {
  it("prefers a byte-order mark over everything else", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<p>café</p>")]);
    expect(decodeHtml(bytes, "text/html; charset=iso-8859-1")).toEqual({
      html: "<p>café</p>",
      charset: "utf-8",
    });
  });

  it("uses the Content-Type charset, then <meta charset>, then <meta http-equiv>", () => {
    expect(decodeHtml(latin1("<p>caf\xe9</p>"), "text/html; charset=ISO-8859-1").html).toBe("<p>café</p>");
    expect(decodeHtml(latin1('<meta charset="windows-1252"><p>\x93hi\x94</p>')).html).toContain("“hi”");
    const equiv =
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>\xcf\xf0\xe8</p>';
    expect(decodeHtml(latin1(equiv)).html).toContain("При");
  });

  it("decodes Shift_JIS declared in a meta tag", () => {
    const bytes = new Uint8Array([
      ...latin1('<meta charset="shift_jis"><p>'),
      0x93,
      0xfa,
      0x96,
      0x7b,
      ...latin1("</p>"),
    ]);
    expect(decodeHtml(bytes).html).toContain("日本");
  });

  it("falls back to UTF-8 for unknown labels and replaces invalid bytes instead of throwing", () => {
    const res = decodeHtml(
      new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x41]),
      "text/html; charset=no-such-charset",
    );
    expect(res.charset).toBe("utf-8");
    expect(res.html).toBe("<p>\ufffd\ufffdA");
  });

  it("treats a UTF-16 claim in ASCII-readable markup as UTF-8", () => {
    expect(decodeHtml(latin1('<meta charset="utf-16"><p>ok</p>')).charset).toBe("utf-8");
  });

  it("reads the charset parameter of a Content-Type", () => {
    expect(charsetFromContentType('text/html; charset="Windows-1251"')).toBe("windows-1251");
    expect(charsetFromContentType("text/html")).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});

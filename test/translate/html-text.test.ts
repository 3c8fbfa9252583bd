/** The entity decoding applied to an engine's HTML answer: the basic named entities and numeric ones, nothing else. */
import { describe, expect, it } from "vitest";
import { decodeEntities, escapeHtml } from "../../src/translate/html-text";

describe("decodeEntities", () => {
  it("decodes the basic named entities and numeric references, and round-trips escapeHtml", () => {
    expect(decodeEntities("a &lt;b&gt; &amp; &quot;c&quot; &#233;t&#xE9;")).toBe('a <b> & "c" été');
    const text = 'Tom & Jerry <3 "quotes"';
    expect(decodeEntities(escapeHtml(text))).toBe(text);
  });
  it("leaves unknown names as written, Object's own properties included", () => {
    expect(decodeEntities("&constructor; &toString; &__proto__; &bogus;")).toBe(
      "&constructor; &toString; &__proto__; &bogus;",
    );
  });
});

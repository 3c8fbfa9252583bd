/**
 * Checks shared by the hardening tests: what makes an answer "sensible" for any input.
 */
import { expect } from "vitest";
import { articleText } from "../../src/core/text/article-text";
import type { PipelineResult } from "../../src/core/types";

/** Invisible format characters (zero-width, bidi controls, soft hyphen) may be dropped by extraction. */
const FORMAT = /[\p{Cf}\u00ad]/gu;
const NUMERIC_REF = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi;
const WORD = /[\p{L}\p{N}]+/gu;

/** The input as text to search words in: numeric character references decoded, format characters out. */
export function searchableInput(html: string): string {
  const decoded = html.replace(NUMERIC_REF, (m, hex: string | undefined, dec: string | undefined) => {
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
  return decoded.normalize("NFC").replace(FORMAT, "");
}

let lastInput = "";
let lastNormalised = "";

/** Every word (letters/digits run) of `text` occurs in the input (both NFC, format characters out). */
export function expectWordsFromInput(text: string, input: string, what: string): void {
  if (input !== lastInput) {
    lastInput = input;
    lastNormalised = input.normalize("NFC").replace(FORMAT, "");
  }
  const words = text.normalize("NFC").replace(FORMAT, "").match(WORD) ?? [];
  words.forEach((w, i) => {
    // A key fact whose opening was cut starts with a capital its source word may not have.
    const asWritten = i === 0 ? [w, w.replace(/^\p{Lu}/u, (c) => c.toLowerCase())] : [w];
    if (!asWritten.some((x) => lastNormalised.includes(x)))
      expect.fail(`${what}: "${w}" is not in the input`);
  });
}

/**
 * Structural invariants of a core result: summary sentences and facts are slices of the article text
 * at their offsets, inside it, and made of the input's words.
 */
export function expectConsistent(result: PipelineResult, input: string): void {
  const text = articleText(result.blocks);
  for (const s of result.summary) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.paragraph).toBeLessThan(result.blocks.length);
    expectWordsFromInput(s.text, input, "summary sentence");
  }
  for (const f of result.keyFacts) {
    expect(f.source.start).toBeGreaterThanOrEqual(0);
    expect(f.source.end).toBeLessThanOrEqual(text.length);
    for (const p of f.pieces ?? []) expect(text.slice(p.start, p.end).length).toBe(p.end - p.start);
    expectWordsFromInput(f.text, input, "key fact");
  }
}

/** Whitespace collapsed, for `contains` checks across line breaks. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ");
}

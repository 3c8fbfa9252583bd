import type { Block } from "./types";

/**
 * A paragraph of at most this many words that does not end like a sentence is a label, not prose:
 * a headline, a subheading, a caption or credit line, a dateline ("6:27 AM EDT, April 19, 2024").
 */
const LABEL_MAX_WORDS = 20;
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const ENDS_LIKE_SENTENCE = /[.!?…:;。！？]["'”’»)\]]*$/u;

/**
 * Plain text → blocks. Paragraphs are separated by blank lines; a text without any blank line but
 * with line breaks is taken as one paragraph per line (the shape of many plain-text feeds and
 * datasets). White space inside a paragraph is folded. Short paragraphs that do not end like a
 * sentence become headings, so that summaries and facts quote prose only (as with HTML pages).
 */
export function textToBlocks(text: string): Block[] {
  const normalised = text.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
  let parts = normalised.split(/\n[ \t]*\n/);
  if (parts.length === 1) parts = normalised.split("\n");
  const blocks: Block[] = [];
  for (const part of parts) {
    const folded = part.replace(/\s+/g, " ").trim();
    if (!folded) continue;
    blocks.push(
      isLabel(folded) ? { kind: "heading", text: folded, level: 2 } : { kind: "paragraph", text: folded },
    );
  }
  return blocks;
}

function isLabel(paragraph: string): boolean {
  if (ENDS_LIKE_SENTENCE.test(paragraph)) return false;
  let words = 0;
  for (const _ of paragraph.matchAll(/\S+/g)) if (++words > LABEL_MAX_WORDS) return false;
  return true;
}

/** The title of a plain text: its first block when that is a heading (a headline line). */
export function titleOfBlocks(blocks: readonly Block[]): string | null {
  return blocks[0]?.kind === "heading" ? blocks[0].text : null;
}

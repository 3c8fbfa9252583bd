import { dateLineDay } from "./extract/dates";
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

/** A section label glued before a headline ("News" of "NewsBelarus and North Korea …") is this short. */
const GLUED_LABEL_MAX_CHARS = 24;
/** A headline repeated after the glued one holds at least this many words. */
const HEADLINE_MIN_WORDS = 3;

/**
 * The title of a plain text: its first block when that is a heading (a headline line). A text copied
 * from a page may give the headline twice, first with a section label glued on ("NewsBelarus and North
 * Korea Flex …", then "Belarus and North Korea Flex …"): the second is then the title.
 */
export function titleOfBlocks(blocks: readonly Block[]): string | null {
  const first = blocks[0];
  if (first?.kind !== "heading") return null;
  const next = blocks[1];
  if (
    next?.kind === "heading" &&
    first.text.endsWith(next.text) &&
    first.text.length > next.text.length &&
    first.text.length - next.text.length <= GLUED_LABEL_MAX_CHARS &&
    next.text.split(" ").length >= HEADLINE_MIN_WORDS
  )
    return next.text;
  return first.text;
}

/**
 * The day a plain text was published, from a date line in its header: a heading line before the first
 * paragraph that holds a date and few other words ("6:27 AM EDT, April 19, 2024"), as YYYY-MM-DD. Key
 * facts place "on Tuesday" by it. Null when the header has none (a date in the prose is no such line).
 */
export function dateOfBlocks(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.kind !== "heading") return null;
    const day = dateLineDay(b.text);
    if (day) return day;
  }
  return null;
}

import { bylineOfLine } from "./extract/byline-line";
import { dateLineDay } from "./extract/dates";
import { atMostWords } from "./text/word-count";
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
 * sentence become headings, so that summaries and facts quote prose only (as with HTML pages); lines
 * that open with a bullet or a list's number become list items, as an HTML list's.
 */
export function textToBlocks(text: string): Block[] {
  const normalised = text.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
  let parts = normalised.split(/\n[ \t]*\n/);
  if (parts.length === 1) parts = normalised.split("\n");
  const blocks: Block[] = [];
  for (const part of parts) {
    for (const piece of listPieces(part)) {
      const folded = piece.text.replace(/\s+/g, " ").trim();
      if (!folded) continue;
      if (piece.item) blocks.push({ kind: "listItem", text: folded });
      else if (isLabel(folded)) blocks.push({ kind: "heading", text: folded, level: 2 });
      else blocks.push({ kind: "paragraph", text: folded });
    }
  }
  return blocks;
}

/**
 * A bullet opening a line: a hyphen or a bullet sign, then a space. Not an en or em dash (it opens a
 * line of dialogue in Russian, Spanish or French prose), nor an asterisk (it opens a footnote: "*
 * Calendário sujeito a alterações").
 */
const BULLET = /^[ \t]*[-•·▪►‣][ \t]+/u;
/** A number opening a line as a list's: "1. ", "2) ". */
const NUMBERED = /^[ \t]*\d{1,2}[.)][ \t]+/u;
/**
 * A part needs this many numbered lines to be a numbered list: one line that opens with "1." may be
 * prose ("1. FC Köln gewann am Samstag …").
 */
const MIN_NUMBERED_LINES = 2;

/**
 * A part of the text cut into its list items ("- The council approved …", "• Taxes will rise …",
 * "1. …"), each without its marker, and the lines around them; a line without a marker after an item
 * goes on with that item. A part without a list is one piece.
 */
function listPieces(part: string): Array<{ text: string; item: boolean }> {
  const lines = part.split("\n");
  const numbered = lines.filter((l) => NUMBERED.test(l)).length >= MIN_NUMBERED_LINES;
  const marker = (line: string) => BULLET.exec(line) ?? (numbered ? NUMBERED.exec(line) : null);
  if (!lines.some((l) => marker(l) !== null)) return [{ text: part, item: false }];
  const pieces: Array<{ text: string; item: boolean }> = [];
  for (const line of lines) {
    const m = marker(line);
    const last = pieces[pieces.length - 1];
    if (m) pieces.push({ text: line.slice(m[0].length), item: true });
    else if (last) last.text += `\n${line}`;
    else pieces.push({ text: line, item: false });
  }
  return pieces;
}

function isLabel(paragraph: string): boolean {
  return !ENDS_LIKE_SENTENCE.test(paragraph) && atMostWords(paragraph, LABEL_MAX_WORDS);
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
 * The author of a plain text, from a byline in its header: a heading line after the headline and
 * before the first paragraph that names someone after "By" or an author label ("By Anna Kowalska",
 * "Von Petra Ruland | 14.03.2023"). Null when the header has none.
 */
export function bylineOfBlocks(blocks: readonly Block[]): string | null {
  for (let i = 1; i < blocks.length && blocks[i].kind === "heading"; i++) {
    const name = bylineOfLine(blocks[i].text);
    if (name) return name;
  }
  return null;
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

import type { Block } from "./types";

/**
 * Plain text → paragraph blocks. Paragraphs are separated by blank lines; a text without any blank
 * line but with line breaks is taken as one paragraph per line (the shape of many plain-text feeds
 * and datasets). White space inside a paragraph is folded.
 */
export function textToBlocks(text: string): Block[] {
  const normalised = text.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
  let parts = normalised.split(/\n[ \t]*\n/);
  if (parts.length === 1) parts = normalised.split("\n");
  const blocks: Block[] = [];
  for (const part of parts) {
    const folded = part.replace(/\s+/g, " ").trim();
    if (folded) blocks.push({ kind: "paragraph", text: folded });
  }
  return blocks;
}

import type { Block } from "../types";

/** Separator between blocks in the article's plain text; offsets in results count it. */
export const BLOCK_SEPARATOR = "\n\n";

/** The article's plain text: its blocks joined by blank lines. Offsets in results index this string. */
export function articleText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** Start offset of every block in `articleText(blocks)`. */
export function blockOffsets(blocks: readonly Block[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const b of blocks) {
    offsets.push(at);
    at += b.text.length + BLOCK_SEPARATOR.length;
  }
  return offsets;
}

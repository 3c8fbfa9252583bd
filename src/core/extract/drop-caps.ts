/**
 * A drop cap set apart from its paragraph ("<span class="dropcap">T</span><p>urkey, Poland …"): the
 * letter is a block of its own, which tidy.ts would drop as a one-word label, leaving "urkey". Joined
 * back here, before any block is judged.
 */
import type { RawBlock } from "./blocks";

/** One capital letter, perhaps after an opening quotation mark. */
const LETTER = /^["“„«']?\p{Lu}$/u;
/** The paragraph goes on with the word the letter starts. */
const WORD_REST = /^\p{Ll}/u;

export function withDropCapsJoined(raw: RawBlock[]): RawBlock[] {
  let out: RawBlock[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    const next = raw[i + 1];
    if (next && isDropCap(b, next)) {
      out ??= raw.slice(0, i);
      out.push({ ...next, text: b.text + next.text, weight: b.weight + next.weight });
      i++;
    } else out?.push(b);
  }
  return out ?? raw;
}

function isDropCap(b: RawBlock, next: RawBlock): boolean {
  return (
    b.kind === "paragraph" &&
    next.kind === "paragraph" &&
    b.text.length <= 2 &&
    LETTER.test(b.text) &&
    WORD_REST.test(next.text) &&
    // Side by side in one container: the letter's element beside the paragraph, or holding it.
    (next.owner.parent === b.owner || next.owner.parent === b.owner.parent)
  );
}

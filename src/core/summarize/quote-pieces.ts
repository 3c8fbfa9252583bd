/**
 * Sentences that are pieces of a quotation running over several sentences. Shown alone in a summary,
 * such a piece reads wrong: one that opens inside the quotation has a closing mark it never opened and
 * often a "he said" whose "he" is elsewhere ('It's too late," she said.'); one made only of the
 * quotation's opening part has no closing mark and no speaker ('"I do not know, even two or three.').
 */
import { articleQuoteSpans, CLOSERS } from "../text/quote-spans";
import type { AnalysedText } from "../types";

export interface QuotePieces {
  /** The sentence opens inside a quotation begun before it: it needs the sentence before. */
  continues: boolean[];
  /** The sentence is only the start of a quotation that goes on after it: no speaker, no end. */
  opensOnly: boolean[];
}

/** Opening white space and marks before a sentence's quotation mark ("(“", "— «"). */
const LEADING = /^[\s([—–-]*/u;
/** What may stand right before a quotation mark that opens a sentence: a sentence's end or a bracket. */
const SENTENCE_BEFORE = /(?:^|[\n.!?…]["”»’)]?)[\s([—–-]*$/u;
/** Characters looked back at for SENTENCE_BEFORE. */
const LOOK_BACK = 8;

/**
 * Whether the span is a quotation these rules can trust: not a single mark (‘ also types an apostrophe,
 * "isn ‘t"), and either closed by its own mark or, when its paragraph ends first (the convention for a
 * quotation that goes on in the next paragraph), opening a sentence; a stray mark inside a sentence
 * would otherwise make the rest of its paragraph a quotation.
 */
function trusted(text: string, open: number, close: number): boolean {
  const mark = text[open];
  if (mark === "‘") return false;
  if (CLOSERS[mark]?.includes(text[close]) && close < text.length) return true;
  return SENTENCE_BEFORE.test(text.slice(Math.max(0, open - LOOK_BACK), open));
}

/** Per sentence of `indexes` (indexes into `doc.sentences`), whether it is such a piece. */
export function quotePieces(doc: AnalysedText, indexes: readonly number[]): QuotePieces {
  const n = indexes.length;
  const continues = new Array<boolean>(n).fill(false);
  const opensOnly = new Array<boolean>(n).fill(false);
  const spans = articleQuoteSpans(doc);
  if (spans.length === 0) return { continues, opensOnly };
  // Sentences and spans both run in text order: one pass over each. Spans do not overlap, so only the
  // one or two at the sentence's start matter (a flood of quotation marks inside it costs nothing).
  let q = 0;
  for (let k = 0; k < n; k++) {
    const s = doc.sentences[indexes[k]];
    while (q < spans.length && spans[q][1] <= s.start) q++;
    const opening = s.start + (LEADING.exec(s.text)?.[0].length ?? 0);
    for (let j = q; j < spans.length && spans[j][0] <= opening; j++) {
      const [open, close] = spans[j];
      if (!trusted(doc.text, open, close)) continue;
      if (open < s.start) continues[k] = true;
      // The span's end is its closing mark (or its paragraph's end): past the sentence, the quotation
      // goes on without it.
      else if (open === opening && close >= s.end) opensOnly[k] = true;
    }
  }
  return { continues, opensOnly };
}

/**
 * Whether a sentence closes a “curly” quotation it never opened ("I don’t have any set ideas.”"): it is
 * the end of a quotation that began a sentence or a paragraph before, and shown alone it starts
 * mid-quote. Straight quotes cannot tell an opening from a closing, and where „ opens what “ closes
 * (German) the marks mean other things: those sentences never count.
 */
const OPEN = "\u201c";
const CLOSE = "\u201d";
const LOW_OPEN = "\u201e";

/** The sentence closes a quotation that opened before it. */
export function closesUnopenedQuote(text: string): boolean {
  if (text.indexOf(CLOSE) < 0 || text.indexOf(LOW_OPEN) >= 0) return false;
  let open = 0;
  for (const ch of text) {
    if (ch === OPEN) open++;
    else if (ch === CLOSE && --open < 0) return true;
  }
  return false;
}

/**
 * Where quotations are in a text, by their marks alone: "…" “…” „…“ «…» ‹…› 「…」 『…』 ‘…’, a quote
 * left open ending at its paragraph's end. The key facts read speakers around these spans; the summary
 * uses them to tell a sentence that is only a piece of a longer quotation.
 */

import type { AnalysedText } from "../types";

/** An unclosed quote longer than this is a stray mark, not a quotation. */
const QUOTE_MAX_CHARS = 1200;

/** Each opening quotation mark and the marks that close it („ closes with “ or ”). */
export const CLOSERS: Readonly<Record<string, string>> = {
  "“": "”",
  "„": "“”",
  "«": "»",
  "‹": "›",
  "「": "」",
  "『": "』",
  '"': '"',
  "‘": "’",
};

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/u.test(ch);
}

/** A straight mark opens when it follows a space or bracket and precedes a word. */
function opensStraight(text: string, p: number): boolean {
  const before = text[p - 1];
  return (before === undefined || /[\s([{—–-]/u.test(before)) && !isSpace(text[p + 1]);
}

/** A straight mark closes when it follows a word or punctuation and precedes a space or punctuation. */
function closesStraight(text: string, p: number): boolean {
  return !isSpace(text[p - 1]) && (p + 1 >= text.length || /[\s.,;:!?)\]—–-]/u.test(text[p + 1]));
}

/** Characters that may open a quote (the keys of CLOSERS). */
const OPENING = /["“„«‹「『‘]/g;
/** Per opening mark: the characters that can end its quote (a closer, a line break, the mark again). */
const STOPS: Record<string, RegExp> = Object.fromEntries(
  Object.entries(CLOSERS).map(([mark, closers]) => [mark, new RegExp(`[${closers}${mark}\\n]`, "g")]),
);

/**
 * Pairs of [opening mark, closing mark or end of paragraph] offsets. The scan jumps from one
 * character that matters to the next (an opening mark; then what can end that quote) instead of
 * stepping through every character: it runs on the whole article.
 */
export function quoteSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  let mark = "";
  let p = 0;
  while (p < text.length) {
    if (open < 0) {
      OPENING.lastIndex = p;
      const found = OPENING.exec(text);
      if (!found) break;
      p = found.index;
      const ch = text[p];
      if ((ch !== '"' || opensStraight(text, p)) && (ch !== "‘" || isSpace(text[p - 1]))) {
        open = p;
        mark = ch;
      }
      p++;
      continue;
    }
    // A quote still open at `limit` is a stray mark: dropped there (that character may open another).
    const limit = open + QUOTE_MAX_CHARS + 1;
    const stops = STOPS[mark];
    stops.lastIndex = p;
    const stop = stops.exec(text);
    if (!stop || stop.index >= limit) {
      if (limit >= text.length) break;
      open = -1;
      p = limit;
      continue;
    }
    p = stop.index;
    const ch = text[p];
    if (
      CLOSERS[mark].includes(ch) &&
      (ch !== '"' || closesStraight(text, p)) &&
      (ch !== "’" || !/\p{L}/u.test(text[p + 1] ?? ""))
    ) {
      out.push([open, p]);
      open = -1;
    } else if (ch === "\n" && text[p + 1] === "\n") {
      // End of the paragraph.
      out.push([open, p]);
      open = -1;
    } else if (ch === mark && mark !== "‘" && (mark !== '"' || opensStraight(text, p))) {
      // The same opening mark again: the previous quote ran on without a closing mark.
      out.push([open, p]);
      open = p;
    }
    p++;
  }
  if (open >= 0 && text.length - open <= QUOTE_MAX_CHARS) out.push([open, text.length]);
  return out;
}

/** Each analysed text's spans, found once: the summary and the key facts both read them. */
const spansOf = new WeakMap<AnalysedText, ReadonlyArray<[number, number]>>();

/** `quoteSpans` of an analysed text's whole text (offsets in `doc.text`). */
export function articleQuoteSpans(doc: AnalysedText): ReadonlyArray<[number, number]> {
  let spans = spansOf.get(doc);
  if (!spans) {
    spans = quoteSpans(doc.text);
    spansOf.set(doc, spans);
  }
  return spans;
}

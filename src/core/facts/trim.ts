/**
 * Shortens a sentence into a fact without changing what it says: drops a dateline or source tag
 * ("(CNN)", "LONDON --"), a leading connective ("Meanwhile,", "But"), asides that hold no name,
 * number or date (brackets, dash asides, ", which ...,", ", the ...," appositions), and, only while
 * the sentence is longer than a fact may be, other asides: the same holding hard information, lists
 * of examples (", including ..."), a short leading phrase ("In a significant shift,"). The result is a list of pieces, each a verbatim substring of the sentence; nothing is
 * reworded. Attributions ("according to ...") are never dropped: they carry who says it.
 */
import { LEADING_CONNECTIVES } from "./lexicon";

export interface Trimmed {
  text: string;
  /** Kept pieces, as offsets into the sentence, in order. */
  pieces: Array<{ start: number; end: number }>;
  words: number;
}

/** A fact should hold at most about this many words. */
export const FACT_WORDS = 30;
/** Hard limit: a sentence that cannot be trimmed below this is not a fact. */
export const FACT_WORDS_MAX = 40;

interface Range {
  start: number;
  end: number;
}

/** "(CNN)", "LONDON, England (CNN) --", "WASHINGTON (AP) —", "BERLIN -": source tags before the news. */
const DATELINE =
  /^\p{Lu}{2,}[\p{L} ,.'’-]{0,40}?\s*\(\p{Lu}[\p{L} .]{0,20}\)\s*(?:--?|—|–)\s*|^\(\p{Lu}[\p{L} .]{0,20}\)\s*(?:--?|—|–)?\s*|^\p{Lu}{2,}[\p{Lu} ,.'’-]{0,30}\s(?:--?|—|–)\s/u;
const CONNECTIVE = new RegExp(
  `^(?:${[...LEADING_CONNECTIVES].sort((a, b) => b.length - a.length).join("|")})(?:\\s*,\\s*|\\s+(?=\\p{Ll}))`,
  "iu",
);
/**
 * Asides that are dropped whenever they hold no name, number or date: a bracket, a dash aside, a
 * relative clause or an apposition set off by commas inside the sentence. They never carry the
 * sentence's statement, so the fact says the same in fewer words.
 */
const PLAIN_ASIDES: RegExp[] = [
  /\s*\([^()]*\)/gu,
  /\s*\[[^[\]]*\]/gu,
  /\s*(?:—|–|--)\s[^—–]*?\s(?:—|–|--)(?=\s)/gu,
  /,\s(?:which|who|whom|whose|where)\s[^,;]*,(?=\s)/gu,
  /(?<=\p{L}),\s(?:a|an|the|his|her|their|its)\s[^,;"“”]{2,60},(?=\s\p{Ll})/gu,
];
/** Asides, in the order they are given up when a sentence is too long: least information first. */
const ASIDES: RegExp[] = [
  /\s*\([^()]*\)/gu,
  /\s*\[[^[\]]*\]/gu,
  /\s*(?:—|–|--)\s[^—–]*?\s(?:—|–|--)(?=\s)/gu,
  /,\s(?:which|who|whom|whose|where)\s[^,;]*,(?=\s)/gu,
  /,\s(?:including|such as|like)\s[^,;]*(?=[,;.!?]?\s*$)/gu,
  /,\s(?:which|who|whose|where)\s[^,;]*(?=[.!?]?\s*$)/gu,
];
/** A short leading phrase with nothing hard in it ("In a significant shift, "). */
const LEADING_PHRASE =
  /^(?:In|At|On|With|After|As|For|Under|Amid|Despite)\s(?:[\p{Ll}'’-]+\s){0,4}[\p{Ll}'’-]+,\s/u;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Trims `sentence` into a fact of at most `maxWords` words, or failing that `hardMaxWords`;
 * `protect` are ranges (numbers, dates, names) that asides may not take when a
 * cheaper cut exists. Null when the sentence stays too long.
 */
export function trimSentence(
  sentence: string,
  protect: readonly Range[] = [],
  maxWords: number = FACT_WORDS,
  hardMaxWords: number = FACT_WORDS_MAX,
): Trimmed | null {
  const removed: Range[] = [];
  const tag = DATELINE.exec(sentence);
  if (tag && tag[0].length < sentence.length / 2) removed.push({ start: 0, end: tag[0].length });
  const headAt = removed.length ? removed[0].end : 0;
  const connective = CONNECTIVE.exec(sentence.slice(headAt));
  if (connective) removed.push({ start: headAt, end: headAt + connective[0].length });

  for (const re of PLAIN_ASIDES) {
    for (const m of sentence.matchAll(re)) {
      const r = { start: m.index, end: m.index + m[0].length };
      if (removed.some((x) => r.start < x.end && r.end > x.start)) continue;
      if (protect.some((p) => p.start < r.end && p.end > r.start)) continue;
      removed.push(r);
    }
  }
  let result = assemble(sentence, removed);
  if (result.words <= maxWords) return result;

  // Over the limit: give up asides, those without protected words first.
  const asides: Array<Range & { cost: number }> = [];
  ASIDES.forEach((re, order) => {
    for (const m of sentence.matchAll(re)) {
      const r = { start: m.index, end: m.index + m[0].length };
      if (removed.some((x) => r.start < x.end && r.end > x.start)) continue;
      const hard = protect.filter((p) => p.start < r.end && p.end > r.start).length;
      asides.push({ ...r, cost: hard * 10 + order });
    }
  });
  const start = removed.length ? removed[removed.length - 1].end : 0;
  const lead = LEADING_PHRASE.exec(sentence.slice(start));
  if (lead) {
    const r = { start, end: start + lead[0].length };
    asides.push({ ...r, cost: protect.some((p) => p.start < r.end && p.end > r.start) ? 10 : 2.5 });
  }
  asides.sort((a, b) => a.cost - b.cost);
  for (const a of asides) {
    if (removed.some((x) => a.start < x.end && a.end > x.start)) continue;
    removed.push(a);
    result = assemble(sentence, removed);
    if (result.words <= maxWords) break;
  }
  return result.words <= hardMaxWords ? result : null;
}

/** The sentence less the removed ranges, as pieces and as text. */
function assemble(sentence: string, removed: readonly Range[]): Trimmed {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  const pieces: Range[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start > at) pieces.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (at < sentence.length) pieces.push({ start: at, end: sentence.length });
  // Pieces hold no outer whitespace, so joining them with one space (none before punctuation) reads right.
  const tight: Range[] = [];
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /\s/u.test(sentence[start])) start++;
    while (end > start && /\s/u.test(sentence[end - 1])) end--;
    if (end > start) tight.push({ start, end });
  }
  let text = "";
  for (const p of tight) {
    const piece = sentence.slice(p.start, p.end);
    text += text && !/^[,.;:!?]/u.test(piece) ? ` ${piece}` : piece;
  }
  return { text, pieces: tight, words: countWords(text) };
}

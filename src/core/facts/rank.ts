/**
 * Which sentences make the best facts. A fact carries hard information (names of the main actors,
 * numbers, dates, an attributed quote), is about what the article is about (its recurring terms and
 * its title), and comes early (news puts the essentials first). Facts are picked greedily with a
 * penalty for repeating what an earlier fact said, and at most one of them may repeat a summary
 * sentence whole, so the facts add to the summary rather than echo it. Each sentence's score before any
 * pick: fact-scores.ts.
 */
import { wordRuns } from "../text/char-classes";
import type { AnalysedText, SummarySentence } from "../types";
import { headingParagraphs, MIN_FACT_WORDS, scoreSentences } from "./fact-scores";
import type { ArticleMentions, SentenceMentions } from "./mentions";
import { type TermIds, termIds } from "./term-ids";
import { type CoreOptions, countWords, type Trimmed, trimSentence } from "./trim";

/**
 * Fewest words of a summary sentence's core: a shorter one is what is left of its framing ("That may
 * sound like an esoteric adage.", "Men dominate public spaces.") and not its news, and takes a fact's
 * place. 9 chosen on articles 1-250 of the CNN/DM dev set (6, 8, 9, 10, 12 tried), checked on 251-500.
 */
const MIN_CORE_WORDS = 9;

/** Above this term overlap with a chosen fact, a sentence says the same thing again. */
const REDUNDANT_OVERLAP = 0.5;
/**
 * A sentence whose terms a chosen fact nearly all holds says nothing new, however short it is (Jaccard
 * misses it: "商標権侵害と判断される場合があります。" after the longer sentence that ends with it).
 */
const NOTHING_NEW_SHARE = 0.9;
/** How much overlap with chosen facts costs (MMR trade-off). */
const REDUNDANCY_WEIGHT = 0.6;
/** A fact "repeats" a summary sentence when it holds at least this share of that sentence's words. */
export const SUMMARY_REPEAT_SHARE = 0.8;
/** At most this many facts may repeat a summary sentence whole. */
const MAX_SUMMARY_REPEATS = 1;

/** Factor per fact already taken from the same section (between subheadings), to cover every section. */
const SAME_SECTION_FACTOR = 0.85;
export interface Pick {
  index: number;
  trimmed: Trimmed;
  score: number;
}

/** Chooses up to `count` sentences as facts, most important first. */
export function pickFacts(
  doc: AnalysedText,
  mentions: ArticleMentions,
  summary: readonly SummarySentence[],
  count: number,
  title: string | null,
): Pick[] {
  if (count <= 0 || doc.sentences.length === 0) return [];
  const table = termIds(doc.terms);
  const headings = headingParagraphs(doc);
  const scores = scoreSentences(doc, mentions, title, summary, headings, table);
  const sections = sectionsOf(doc, headings);
  const perSection = new Map<number, number>();
  const chosen: Pick[] = [];
  const overlaps = new Overlaps(table);
  const trimmedCache = new Map<number, Trimmed | null>();
  const repeatCache = new Map<number, boolean>();
  const coreCache = new Map<number, Trimmed | null>();
  const sumWords = summaryWords(summary);
  let summaryRepeats = 0;
  const candidates = scores
    .map((score, index) => ({ score, index }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);

  while (chosen.length < count) {
    let best: { index: number; adjusted: number; score: number; trimmed: Trimmed; repeats: boolean } | null =
      null;
    for (const c of candidates) {
      if (best && c.score <= best.adjusted) break;
      if (overlaps.isChosen(c.index)) continue;
      // The cheap part first (term overlap, adjusted score); trimming only for a possible best.
      const overlap = overlaps.maxWithChosen(c.index);
      if (overlap > REDUNDANT_OVERLAP) continue;
      if (overlaps.maxContainedInChosen(c.index) >= NOTHING_NEW_SHARE) continue;
      const sameSection = perSection.get(sections[c.index]) ?? 0;
      const adjusted = c.score * (1 - REDUNDANCY_WEIGHT * overlap) * SAME_SECTION_FACTOR ** sameSection;
      if (best && adjusted <= best.adjusted) continue;
      let trimmed = trimmedCache.get(c.index);
      if (trimmed === undefined) {
        // A fact keeps its attribution and framing (cores of every fact lost coverage on held-out articles).
        trimmed = trimSentence(doc.sentences[c.index].text, protectedRanges(mentions.sentences[c.index]));
        if (trimmed && trimmed.words < MIN_FACT_WORDS) trimmed = null;
        trimmedCache.set(c.index, trimmed);
      }
      if (!trimmed) continue;
      let repeats = repeatCache.get(c.index);
      if (repeats === undefined) {
        repeats = repeatsSummary(trimmed, sumWords);
        repeatCache.set(c.index, repeats);
      }
      if (repeats && summaryRepeats >= MAX_SUMMARY_REPEATS) {
        // The summary already says this sentence: offer only its core if that is clearly shorter (not a
        // whole repeat): asides, a trailing attribution, a framing phrase, a side clause dropped (see
        // CORE_CUTS in trim.ts), so the lead's news can still be a fact; else leave it to the summary.
        let core = coreCache.get(c.index);
        if (core === undefined) {
          const target = Math.ceil(SUMMARY_REPEAT_SHARE * countWords(doc.sentences[c.index].text)) - 1;
          core = trimSentence(
            doc.sentences[c.index].text,
            protectedRanges(mentions.sentences[c.index]),
            target,
            target,
            coreOptions(mentions.sentences[c.index]),
          );
          if (core && (core.words < MIN_CORE_WORDS || repeatsSummary(core, sumWords))) core = null;
          coreCache.set(c.index, core);
        }
        if (!core) continue;
        trimmed = core;
        repeats = false;
      }
      best = { index: c.index, adjusted, score: c.score, trimmed, repeats };
    }
    if (!best) break;
    if (best.repeats) summaryRepeats++;
    perSection.set(sections[best.index], (perSection.get(sections[best.index]) ?? 0) + 1);
    chosen.push({ index: best.index, trimmed: best.trimmed, score: best.adjusted });
    overlaps.choose(best.index);
  }
  return chosen;
}

/**
 * The largest term overlap (Jaccard) of each sentence with the facts chosen so far. The greedy loop
 * asks it of the same candidates round after round: each sentence's maximum is kept and brought up to
 * date with the facts chosen since it was last asked, rather than recomputed over all of them.
 */
class Overlaps {
  private readonly chosen: number[] = [];
  /** Per chosen fact (same order): a flag per term id it holds. */
  private readonly chosenTerms: Uint8Array[] = [];
  private readonly taken: Uint8Array;
  private readonly max: Float64Array;
  /** Per sentence: how many chosen facts `max` already covers. */
  private readonly upTo: Int32Array;

  constructor(private readonly table: TermIds) {
    const n = table.distinct.length;
    this.taken = new Uint8Array(n);
    this.max = new Float64Array(n);
    this.upTo = new Int32Array(n);
  }

  isChosen(index: number): boolean {
    return this.taken[index] === 1;
  }

  choose(index: number): void {
    this.taken[index] = 1;
    this.chosen.push(index);
    const flags = new Uint8Array(this.table.terms.length);
    for (const id of this.table.distinct[index]) flags[id] = 1;
    this.chosenTerms.push(flags);
  }

  /** The largest share of the sentence's distinct terms that one chosen fact holds. */
  maxContainedInChosen(index: number): number {
    const terms = this.table.distinct[index];
    if (terms.length === 0) return 0;
    let max = 0;
    for (const flags of this.chosenTerms) {
      let inter = 0;
      for (const id of terms) inter += flags[id];
      max = Math.max(max, inter / terms.length);
    }
    return max;
  }

  /** `Math.max(0, ...chosen.map((p) => jaccard(terms of index, terms of p)))`. */
  maxWithChosen(index: number): number {
    const terms = this.table.distinct[index];
    let max = this.max[index];
    for (let k = this.upTo[index]; k < this.chosen.length; k++) {
      max = Math.max(max, jaccard(terms, this.table.distinct[this.chosen[k]], this.chosenTerms[k]));
    }
    this.max[index] = max;
    this.upTo[index] = this.chosen.length;
    return max;
  }
}

/** Section number of every sentence: how many headings come before it. */
function sectionsOf(doc: AnalysedText, headingSet: ReadonlySet<number>): number[] {
  // One pass (sentences are in reading order): counting per sentence was quadratic on pages of
  // thousands of short heading-like lines.
  const headings = [...headingSet].sort((a, b) => a - b);
  let passed = 0;
  return doc.sentences.map((s) => {
    while (passed < headings.length && headings[passed] <= s.paragraph) passed++;
    return passed;
  });
}

/** Names, numbers and dates of a sentence: trimming keeps them when it can. */
function protectedRanges(m: SentenceMentions): Array<{ start: number; end: number }> {
  return [...m.entities, ...m.numerals, ...m.dates];
}

/** What a sentence's core may cut: never its numbers, nor the attribution of a quote. */
function coreOptions(m: SentenceMentions): CoreOptions {
  return { numbers: m.numerals, quoted: m.quotes.length > 0 };
}

/** The summary's sentences as lowercase word lists, for `repeatsSummary`. */
function summaryWords(summary: readonly SummarySentence[]): string[][] {
  return summary.map((x) => wordRuns(x.text.toLowerCase())).filter((ws) => ws.length > 0);
}

/**
 * True when the fact holds (nearly) all the words of a summary sentence: any summary sentence, not
 * only the one at the fact's place, since articles repeat sentences word for word.
 */
function repeatsSummary(trimmed: Trimmed, summary: readonly string[][]): boolean {
  if (!summary.length) return false;
  const fact = new Set(wordRuns(trimmed.text.toLowerCase()));
  for (const words of summary) {
    let shared = 0;
    for (const w of words) if (fact.has(w)) shared++;
    if (shared / words.length >= SUMMARY_REPEAT_SHARE) return true;
  }
  return false;
}

/** Jaccard similarity of two sentences' distinct term ids; `inB` flags the ids of `b`. */
function jaccard(a: readonly number[], b: readonly number[], inB: Uint8Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let inter = 0;
  for (const id of a) inter += inB[id];
  return inter / (a.length + b.length - inter);
}

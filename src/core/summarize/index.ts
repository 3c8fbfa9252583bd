/**
 * Extractive summary: rank the article's sentences (rank.ts), pick them without redundancy or a
 * dangling opening (select.ts), return them in reading order with their scores.
 */
import { MAX_SUMMARY_SENTENCES } from "../../limits";
import { isCallToAction } from "../text/call-to-action";
import { countWordRuns } from "../text/char-classes";
import { endsWithMark } from "../text/final-marks";
import { isNoComment } from "../text/no-comment";
import { isDateOnly, isNeverQuoted, isTimestampLine } from "../text/non-prose";
import { withCjkWords } from "../text/word-count";
import type { AnalysedText, Block, SummarySentence } from "../types";
import { definiteBack, pointsBack } from "./dangling";
import { DEFAULT_PARAMS, type RankParams } from "./params";
import { quotePieces } from "./quote-pieces";
import { leadShare, type RankInput, rankSentences } from "./rank";
import { selectSentences } from "./select";
import { overlapMatrix, similarityMatrix, tfIdf } from "./vectors";

export interface SummarizeOptions {
  /** Number of sentences (default 3). */
  sentences?: number;
  /** Alternative to `sentences`: share of the article's sentences, 0 < ratio <= 1. */
  ratio?: number;
  /** Maximum characters of the summary (sentences joined by one space). */
  maxChars?: number;
}

export const DEFAULT_SUMMARY_SENTENCES = 3;

/**
 * Only the first sentences of very long texts compete (the position prior all but rules out the
 * rest) so the similarity matrix stays small: time and memory grow with its square.
 */
const MAX_CANDIDATES = MAX_SUMMARY_SENTENCES;

/** Blocks whose sentences are not prose a summary should quote (headings are not sentences at all). */
const NON_PROSE: ReadonlySet<Block["kind"]> = new Set(["preformatted", "tableRow"]);

/** The summary of an analysed text, in reading order. Never throws; [] for an empty text. */
export function summarize(doc: AnalysedText, options: SummarizeOptions = {}): SummarySentence[] {
  return summarizeWith(doc, options, DEFAULT_PARAMS);
}

/** `summarize` with explicit ranking parameters (used by the evaluation to choose them). */
export function summarizeWith(
  doc: AnalysedText,
  options: SummarizeOptions,
  params: Readonly<RankParams>,
): SummarySentence[] {
  const prepared = prepareSummary(doc, options);
  return prepared ? summarizePrepared(prepared, params) : [];
}

/**
 * What the summary of a text needs that does not depend on the ranking's parameters (sentence vectors,
 * similarities, lengths, dangling openers): computed once, it lets a tuning run try many parameter
 * settings on the same article. Null when the summary is empty.
 */
export interface PreparedSummary {
  doc: AnalysedText;
  candidates: number[];
  count: number;
  maxChars: number;
  rank: Omit<RankInput, "count">;
  lengths: number[];
  dangling: boolean[];
  quoteOpening: boolean[];
  quoteContinues: boolean[];
}

export function prepareSummary(doc: AnalysedText, options: SummarizeOptions): PreparedSummary | null {
  const candidates = candidateSentences(doc).slice(0, MAX_CANDIDATES);
  const count = summaryLength(options, candidates.length);
  if (count === 0) return null;

  const terms = candidates.map((i) => doc.terms[i] ?? []);
  const space = tfIdf(terms);
  const positions = candidates.map((i) => doc.sentences[i].index);
  const texts = candidates.map((i) => doc.sentences[i].text);
  let overlap: Float64Array[] | null = null;
  const pieces = quotePieces(doc, candidates);
  return {
    doc,
    candidates,
    count,
    maxChars: options.maxChars && options.maxChars > 0 ? options.maxChars : Number.POSITIVE_INFINITY,
    rank: {
      sim: similarityMatrix(space.vectors),
      overlap: () => {
        overlap ??= overlapMatrix(terms);
        return overlap;
      },
      positions,
      words: texts.map(wordCount),
      texts,
      vectors: space.vectors,
      title: doc.titleTerms.length ? space.embed(doc.titleTerms) : null,
    },
    lengths: texts.map((t) => t.length),
    // A sentence inside a quotation begun before it points back as "He said" does.
    dangling: texts.map(
      (t, k) =>
        positions[k] > 0 &&
        (pieces.continues[k] || pointsBack(t, doc.lang) || definiteBack(t, texts[k - 1], doc.lang)),
    ),
    quoteOpening: pieces.opensOnly,
    quoteContinues: pieces.continues,
  };
}

/** The summary of a prepared text with the given ranking parameters. */
export function summarizePrepared(
  prepared: PreparedSummary,
  params: Readonly<RankParams>,
): SummarySentence[] {
  const { doc, candidates, count, maxChars } = prepared;
  const scores = rankSentences({ ...prepared.rank, count }, params);
  const lead = leadShare(count, candidates.length, params);
  const chosen = selectSentences(
    {
      scores,
      sim: prepared.rank.sim,
      positions: prepared.rank.positions,
      lengths: prepared.lengths,
      dangling: prepared.dangling,
      quoteOpening: prepared.quoteOpening,
      quoteContinues: prepared.quoteContinues,
      anchorAll: lead === 1,
    },
    count,
    maxChars,
    lead * params.redundancy,
  );
  if (chosen.length === 0) return cutToBudget(doc, candidates, scores, maxChars);
  return chosen.map((k) => toSummarySentence(doc, candidates[k], scores[k]));
}

/** Number of sentences asked for, within 0..available. */
function summaryLength(options: SummarizeOptions, available: number): number {
  let wanted: number;
  if (options.ratio !== undefined && options.ratio > 0)
    wanted = Math.max(1, Math.round(options.ratio * available));
  else wanted = options.sentences ?? DEFAULT_SUMMARY_SENTENCES;
  if (!Number.isFinite(wanted)) wanted = DEFAULT_SUMMARY_SENTENCES;
  return Math.max(0, Math.min(available, Math.floor(wanted)));
}

/**
 * Indexes of the sentences a summary may quote, before the MAX_CANDIDATES cut: the prose ones, or all
 * but the site's notices and calls when none is prose. (The pipeline reports the cut when there are more.)
 */
export function candidateSentences(doc: AnalysedText): readonly number[] {
  let found = candidatesOf.get(doc);
  if (!found) {
    found = proseSentences(doc);
    candidatesOf.set(doc, found);
  }
  return found;
}

/**
 * Each analysed text's candidates, found once: the pipeline counts them (to report the cut) before the
 * summary takes them, and on a 709-sentence article the sentence tests take 0.4 ms (the summary 2).
 */
const candidatesOf = new WeakMap<AnalysedText, readonly number[]>();

function proseSentences(doc: AnalysedText): number[] {
  const prose: number[] = [];
  doc.sentences.forEach(({ text }, i) => {
    if (
      !NON_PROSE.has(blockKind(doc, i)) &&
      !isLabel(doc, i) &&
      !isNeverQuoted(text) &&
      !isNoComment(text, doc.lang) &&
      !isDateOnly(text) &&
      !isTimestampLine(text)
    )
      prose.push(i);
  });
  if (prose.length > 0) return prose;
  // A text of labels alone (headings, short lines) is still summarised from them; never from the site's
  // own notices and calls ("Diese Website verwendet Cookies."): a page that is only those has no story.
  const fallback: number[] = [];
  doc.sentences.forEach(({ text }, i) => {
    if (!isCallToAction(text)) fallback.push(i);
  });
  return fallback;
}

/** Sentence-final punctuation of the project's scripts, before closing quotes and brackets. */
const FINAL_STOPS = ".!?…。！？؟।";
/** What may follow the final punctuation, white space among them (endsWithMark's "among"). */
const FINAL_CLOSERS = `"'”’»)]」』`;
/** A one-line paragraph of at most this many words without final punctuation is a label, not prose. */
const LABEL_MAX_WORDS = 12;

/**
 * A paragraph or list item that is one short line without final punctuation: a headline repeated in
 * the body, a date line ("기사입력 :[ 2018-08-25 15:24 ]"), a kicker. News prose ends its sentences.
 */
function isLabel(doc: AnalysedText, i: number): boolean {
  const s = doc.sentences[i];
  const block = doc.blocks[s.paragraph];
  if (!block || (block.kind !== "paragraph" && block.kind !== "listItem") || s.sentence !== 0) return false;
  if (s.end - s.start < block.text.trim().length) return false;
  return !endsWithMark(s.text, FINAL_STOPS, FINAL_CLOSERS, "among") && wordCount(s.text) <= LABEL_MAX_WORDS;
}

function blockKind(doc: AnalysedText, sentence: number): Block["kind"] {
  return doc.blocks[doc.sentences[sentence].paragraph]?.kind ?? "paragraph";
}

function wordCount(text: string): number {
  return withCjkWords(text, countWordRuns(text));
}

function toSummarySentence(doc: AnalysedText, i: number, score: number): SummarySentence {
  const s = doc.sentences[i];
  return { paragraph: s.paragraph, sentence: s.sentence, start: s.start, end: s.end, text: s.text, score };
}

/**
 * No sentence fits in `maxChars`: the best one, cut at the last word boundary within the budget (still
 * an exact slice of the article's text, so its offsets hold).
 */
function cutToBudget(
  doc: AnalysedText,
  candidates: number[],
  scores: number[],
  maxChars: number,
): SummarySentence[] {
  if (!Number.isFinite(maxChars) || candidates.length === 0) return [];
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  const s = doc.sentences[candidates[best]];
  const head = s.text.slice(0, maxChars + 1);
  const cut = head.length <= maxChars ? head.length : head.search(/\s\S*$/u);
  if (cut <= 0) return [];
  const text = s.text.slice(0, cut).trimEnd();
  if (!text) return [];
  return [{ ...toSummarySentence(doc, candidates[best], scores[best]), end: s.start + text.length, text }];
}

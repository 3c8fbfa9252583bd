/**
 * Key facts of an article: short statements taken verbatim from its sentences (asides trimmed) that
 * carry its hard information, with the names, numbers, dates and quotes they hold; plus the article's
 * names and quotes. Rules of our own, no NLP library: see the README's "Key facts" section for why.
 */
import type {
  AnalysedText,
  FactKind,
  FactsResult,
  KeyFact,
  Quote,
  SentenceRef,
  SummarySentence,
} from "../types";
import { type ArticleMentions, findMentions } from "./mentions";
import { type Pick, pickFacts } from "./rank";

export interface FactsOptions {
  /** How many key facts at most (0: none; names and quotes are still found). */
  facts: number;
  /** ISO 8601 publication date, for resolving "last Thursday". */
  publishedAt: string | null;
  title: string | null;
}

/** Never throws: an article our rules cannot read yields no facts rather than an error. */
export function extractFacts(
  doc: AnalysedText,
  summary: SummarySentence[],
  options: FactsOptions,
): FactsResult {
  try {
    if (!doc.sentences.length) return empty();
    const mentions = findMentions(doc, options.publishedAt, options.title);
    const picks = pickFacts(doc, mentions, summary, Math.max(0, Math.floor(options.facts)), options.title);
    return {
      keyFacts: picks.map((p) => toFact(doc, mentions, p)),
      entities: mentions.entities.list,
      quotes: mentions.quotes.map((q) => ({
        speaker: q.speaker,
        text: q.text,
        source: refAt(doc, q.start, q.end),
      })),
    };
  } catch {
    return empty();
  }
}

function empty(): FactsResult {
  return { keyFacts: [], entities: [], quotes: [] };
}

/** The sentence holding offset `start`, as a reference spanning `start`..`end`. */
function refAt(doc: AnalysedText, start: number, end: number): SentenceRef {
  const s = doc.sentences.find((x) => start >= x.start && start < x.end) ?? doc.sentences[0];
  return { paragraph: s.paragraph, sentence: s.sentence, start, end };
}

function toFact(doc: AnalysedText, mentions: ArticleMentions, pick: Pick): KeyFact {
  const s = doc.sentences[pick.index];
  const m = mentions.sentences[pick.index];
  const pieces = pick.trimmed.pieces;
  const inside = (r: { start: number; end: number }) =>
    pieces.some((p) => r.start >= p.start && r.end <= p.end);

  const seen = new Set<string>();
  const entities: KeyFact["entities"] = [];
  for (const e of m.entities) {
    if (!inside(e) || seen.has(e.key)) continue;
    seen.add(e.key);
    const entity = mentions.entities.byKey.get(e.key);
    if (entity) entities.push({ text: entity.text, type: entity.type });
  }
  const numbers = m.numbers.filter(inside).map(({ text, value, unit }) => ({ text, value, unit }));
  const dates = m.dates.filter(inside).map(({ text, iso }) => ({ text, iso }));
  const quote = quoteIn(s.text, s.start, m.quotes, pieces);
  const fact: KeyFact = {
    text: pick.trimmed.text,
    kind: kindOf(quote, numbers, dates.length, entities),
    source: {
      paragraph: s.paragraph,
      sentence: s.sentence,
      start: s.start + pieces[0].start,
      end: s.start + pieces[pieces.length - 1].end,
    },
    entities,
    numbers,
    dates,
    score: round(pick.score),
  };
  if (quote) fact.quote = quote;
  if (pieces.length > 1)
    fact.pieces = pieces.map((p) => ({ start: s.start + p.start, end: s.start + p.end }));
  return fact;
}

/** The part of a quote that the fact holds, with its speaker. */
function quoteIn(
  text: string,
  base: number,
  quotes: ArticleMentions["quotes"],
  pieces: ReadonlyArray<{ start: number; end: number }>,
): Quote | undefined {
  for (const q of quotes) {
    for (const p of pieces) {
      const a = Math.max(q.start - base, p.start);
      const b = Math.min(q.end - base, p.end);
      const words = text.slice(a, b).trim();
      if (b > a && words.split(/\s+/u).length >= 3)
        return { speaker: q.speaker, text: words.replace(/[\s,]+$/u, "") };
    }
  }
  return undefined;
}

/** A number written in digits ("1,200", "$3bn"): written-out counts ("two nations") are weaker evidence. */
const DIGIT = /\p{Nd}/u;

/**
 * The kind of a fact from what it holds: a quote first (who said what), then quantities in digits, then
 * an event (actors plus a date, or several actors), a written-out count, a date alone, else a statement.
 */
function kindOf(
  quote: Quote | undefined,
  numbers: ReadonlyArray<{ text: string }>,
  dates: number,
  entities: KeyFact["entities"],
): FactKind {
  const actors = entities.filter((e) => e.type !== "other").length;
  if (quote?.speaker) return "quote";
  if (numbers.some((n) => DIGIT.test(n.text))) return "quantity";
  if (actors > 0 && (dates > 0 || actors >= 2)) return "event";
  if (numbers.length > 0) return "quantity";
  if (dates > 0) return "date";
  return "statement";
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Everything hard in each sentence, found once: words, names, numbers, dates and the quotes that
 * overlap it. Offsets in `SentenceMentions` are relative to the sentence; quotes keep article offsets.
 */

import { articleQuoteSpans } from "../text/quote-spans";
import type { AnalysedText } from "../types";
import { type DateSpan, findDates } from "./dates";
import { type EntityMention, type EntityTable, findEntities } from "./entities/index";
import { findNumbers, type NumberSpan } from "./numbers";
import { findQuotes, type QuoteSpan } from "./quotes";
import { WordKindTable } from "./word-kinds";
import { type Word, words } from "./words";

/**
 * Facts come from the first this many sentences (the ranking's position prior all but rules out the
 * rest), so a very long text costs no more than a long article; names and quotes still cover it all.
 */
export const MAX_FACT_SENTENCES = 400;

export interface SentenceMentions {
  readonly words: Word[];
  readonly entities: EntityMention[];
  /** The quantities: what a fact reports as its numbers. */
  readonly numbers: NumberSpan[];
  /** Every digit run read, names' parts and ranks too ("Boeing 737", "20th"): what makes it specific. */
  readonly numerals: NumberSpan[];
  readonly dates: DateSpan[];
  /** Quotes overlapping the sentence (article offsets). */
  readonly quotes: QuoteSpan[];
}

/**
 * A sentence's mentions, its numbers and dates found on first use: only sentences that can be facts
 * are asked for them (the ranking's eligible sentences, the candidates trimmed, the facts), while
 * headings, table rows, short lines and the like need only their words, names and quotes.
 */
class LazyMentions implements SentenceMentions {
  private found: { dates: DateSpan[]; numbers: NumberSpan[]; numerals: NumberSpan[] } | null = null;

  constructor(
    readonly words: Word[],
    readonly entities: EntityMention[],
    readonly quotes: QuoteSpan[],
    private readonly text: string,
    private readonly lang: string,
    private readonly publishedAt: string | null,
    /** False past MAX_FACT_SENTENCES: no numbers nor dates are looked for there. */
    private readonly searched: boolean,
    /** The article's, shared by its sentences. */
    private readonly kinds: WordKindTable,
  ) {}

  get dates(): DateSpan[] {
    return this.hard().dates;
  }

  get numbers(): NumberSpan[] {
    return this.hard().numbers;
  }

  get numerals(): NumberSpan[] {
    return this.hard().numerals;
  }

  private hard(): { dates: DateSpan[]; numbers: NumberSpan[]; numerals: NumberSpan[] } {
    if (!this.found) {
      if (!this.searched) this.found = { dates: [], numbers: [], numerals: [] };
      else {
        const kinds = this.kinds.of(this.words);
        const dates = findDates(this.text, this.publishedAt, this.lang, kinds.dates);
        const numerals = findNumbers(this.text, this.lang, dates, kinds.numberWord);
        const numbers = numerals.every((n) => n.role === "quantity")
          ? numerals
          : numerals.filter((n) => n.role === "quantity");
        this.found = { dates, numbers, numerals };
      }
    }
    return this.found;
  }
}

export interface ArticleMentions {
  sentences: SentenceMentions[];
  entities: EntityTable;
  quotes: QuoteSpan[];
}

export function findMentions(
  doc: AnalysedText,
  publishedAt: string | null,
  title: string | null,
): ArticleMentions {
  const texts = doc.sentences.map((s) => s.text);
  const tokens = texts.map((t) => words(t));
  const entities = findEntities(texts, tokens, doc.lang, title);
  const names = entities.mentions
    .flatMap((ms, si) =>
      ms.map((m) => {
        const e = entities.byKey.get(m.key);
        const base = doc.sentences[si].start;
        return {
          start: base + m.start,
          end: base + m.end,
          text: e?.text ?? m.key,
          person: e?.type === "person",
        };
      }),
    )
    .sort((a, b) => a.start - b.start);
  const quotes = findQuotes(doc.text, doc.lang, names, articleQuoteSpans(doc));
  // Quotes are in text order, and so are sentences: one sweep pairs them.
  let first = 0;
  const kinds = new WordKindTable();
  const sentences = doc.sentences.map((s, i): SentenceMentions => {
    while (first < quotes.length && quotes[first].end <= s.start) first++;
    const overlapping: QuoteSpan[] = [];
    for (let k = first; k < quotes.length && quotes[k].start < s.end; k++)
      if (quotes[k].end > s.start) overlapping.push(quotes[k]);
    // Numbers and dates only where a fact can come from (see MAX_FACT_SENTENCES).
    const searched = i < MAX_FACT_SENTENCES;
    return new LazyMentions(
      tokens[i],
      entities.mentions[i],
      overlapping,
      s.text,
      doc.lang,
      publishedAt,
      searched,
      kinds,
    );
  });
  return { sentences, entities, quotes };
}

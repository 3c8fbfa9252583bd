/**
 * Everything hard in each sentence, found once: words, names, numbers, dates and the quotes that
 * overlap it. Offsets in `SentenceMentions` are relative to the sentence; quotes keep article offsets.
 */
import type { AnalysedText } from "../types";
import { type DateSpan, findDates } from "./dates";
import { type EntityMention, type EntityTable, findEntities } from "./entities";
import { findNumbers, type NumberSpan } from "./numbers";
import { findQuotes, type QuoteSpan } from "./quotes";
import { type Word, words } from "./words";

/**
 * Facts come from the first this many sentences (the ranking's position prior all but rules out the
 * rest), so a very long text costs no more than a long article; names and quotes still cover it all.
 */
export const MAX_FACT_SENTENCES = 400;

export interface SentenceMentions {
  words: Word[];
  entities: EntityMention[];
  numbers: NumberSpan[];
  dates: DateSpan[];
  /** Quotes overlapping the sentence (article offsets). */
  quotes: QuoteSpan[];
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
  const quotes = findQuotes(doc.text, doc.lang, names);
  // Quotes are in text order, and so are sentences: one sweep pairs them.
  let first = 0;
  const sentences = doc.sentences.map((s, i): SentenceMentions => {
    while (first < quotes.length && quotes[first].end <= s.start) first++;
    const overlapping: QuoteSpan[] = [];
    for (let k = first; k < quotes.length && quotes[k].start < s.end; k++)
      if (quotes[k].end > s.start) overlapping.push(quotes[k]);
    // Numbers and dates only where a fact can come from (see MAX_FACT_SENTENCES).
    if (i >= MAX_FACT_SENTENCES)
      return {
        words: tokens[i],
        entities: entities.mentions[i],
        dates: [],
        numbers: [],
        quotes: overlapping,
      };
    const lower = tokens[i].map((w) => w.text.toLowerCase());
    const dates = findDates(s.text, publishedAt, doc.lang, lower);
    return {
      words: tokens[i],
      entities: entities.mentions[i],
      dates,
      numbers: findNumbers(s.text, doc.lang, dates, lower),
      quotes: overlapping,
    };
  });
  return { sentences, entities, quotes };
}

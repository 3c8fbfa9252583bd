/**
 * How good a fact each sentence would make, before any is chosen: a weighted sum of features (position,
 * centrality, length, dates, numbers, the prominence of its names, a person with a date, the title's and
 * its heading's terms, its overlap with the summary's topic) times penalties for sentences that read
 * badly alone (no final stop, pointing back, an unattributed quote). Eligibility rules leave out
 * headings, short lines, title repeats and sentences that only announce what follows.
 */

import { isCreditLine } from "../text/credit-line";
import { closesUnopenedQuote } from "../text/curly-quotes";
import { endsWithMark } from "../text/final-marks";
import { holdsWebAddress, isNeverQuoted } from "../text/non-prose";
import { closesUnopenedStraightQuote } from "../text/straight-quotes";
import { termsOf } from "../text/terms";
import { withCjkWords } from "../text/word-count";
import type { AnalysedText, SummarySentence } from "../types";
import { isAnaphoric } from "./anaphora";
import { type ArticleMentions, MAX_FACT_SENTENCES, type SentenceMentions } from "./mentions";
import { type TermIds, termFlags, termIds } from "./term-ids";
import { normalise, normalisesTo } from "./title-key";
import { countWords } from "./trim";

/**
 * Weights of a sentence's score, a sum of features each scaled to about [0, 1]. Position, centrality,
 * length, dates, numbers, prominence, names, quotes and voice were weighed by a least-squares fit of
 * each sentence's best ROUGE recall against the CNN/DM dev highlights (first 250 articles; the rest
 * held out), rounded; title, heading and section-lead weights are set by hand (that set has none).
 */
const WEIGHT = {
  /** Early sentences: 1 / (1 + index / POSITION_SCALE). News puts the essentials first. */
  position: 1.5,
  /** Recurring article terms in the sentence (centrality), normalised over the article. */
  centrality: 1,
  /** min(words, LENGTH_CAP) / LENGTH_CAP: a longer sentence holds more of the story. */
  length: 0.4,
  /** min(dates, 2) / 2. */
  dates: 0.3,
  /** min(numbers, 3) / 3, digits in names and ranks too: specific details ("the Boeing 737", "20th"). */
  numbers: 0.6,
  /** How often the sentence's names recur in the article (is it about the main actors?). */
  prominence: 0.2,
  /** min(names, 4) / 4, organisations, people and places counting fully, other names in part. */
  names: 0.15,
  /**
   * A quote with its speaker: a kind of fact of its own, but highlights rarely quote, and a quote
   * crowds out a statement of the news (session 2: -0.15 → -0.6, better on both halves of the dev set).
   */
  attributedQuote: -0.6,
  /**
   * Starts with a pronoun or demonstrative that needs the sentence before ("This panel ..."): on top
   * of PENALTY.anaphoric, so such a sentence is rarely a fact itself; its weight still passes to the
   * sentence it refers back to (ANTECEDENT_SHARE). Session 2, better on both halves of the dev set.
   */
  anaphoric: -1,
  /** First-person narration outside quotes: opinion or column voice, rarely hard news. */
  firstPerson: -0.2,
  /** A statement that ends by quoting a question (one that asks is no fact at all: asksQuestion). */
  question: -0.15,
  /** Share of the title's terms in the sentence. */
  title: 1,
  /** Share of its section heading's terms in the sentence (the heading says what the section is about). */
  heading: 0.5,
  /** The first sentence under a subheading states the section's news. */
  sectionLead: 0.3,
  /** The first sentence of a paragraph (articles with several paragraphs). */
  paragraphLead: 0.1,
  /** An actor doing something decisive ("Russia has announced it will not extend ..."). */
  action: 0.1,
  /** Share of the sentence's terms found in the summary: a fact about the summary's story, not a side one. */
  summaryTopic: 0.9,
  /**
   * A named person and a date together: who did what when, the core of an event (issue 5's "an event
   * with its actors"). Set by hand: on CNN/DM dev it costs about 0.2 highlight coverage on each half
   * (highlights rarely name the day), and it puts the seed article's meeting of two named ministers
   * "last Thursday" among its facts.
   */
  personAndDate: 0.5,
} as const;

/** Names of other kinds ("COVID-19", "Premier League") count this much of a person, organisation or place. */
const OTHER_NAME_SHARE = 0.4;
const MAX_NAMES = 4;
const MAX_NUMBERS = 3;
const MAX_DATES = 2;
/** Position: the position feature falls to a half at this sentence index. */
const POSITION_SCALE = 4;
/** Sentence length at which the length feature is full. */
const LENGTH_CAP = 40;
/** Lowest score of an eligible sentence, so that one can still be picked when nothing better exists. */
const MIN_SCORE = 1e-3;
/** A plain-text paragraph this short, of one sentence without closing punctuation, is a subheading or caption. */
const HEADING_MAX_WORDS = 12;
/** Fewest words a fact may have: shorter sentences are captions, datelines or fragments. */
export const MIN_FACT_WORDS = 6;
/** Multipliers for sentences that read badly on their own. */
const PENALTY = {
  /** No closing punctuation: a cut-off paragraph, a caption, a heading-like line. */
  incomplete: 0.3,
  /** Starts with a pronoun or demonstrative that needs the previous sentence ("This panel ..."). */
  anaphoric: 0.8,
  /** A quote with nobody named as its speaker. */
  unattributedQuote: 0.8,
  /**
   * A quotation opened after the sentence's first words that goes on past its end ('Morrison told the
   * committee, "I feared at the time …'): as a fact it shows an opening mark never closed, and the
   * quotation cut short. Kept when nothing as good is left: the speaker is named, the words are real.
   * 0.8 chosen on articles 1-250 of the CNN/DM dev set (0.2, 0.3, 0.5, 0.7, 0.8, 0.9 tried; 0.5-0.8
   * score alike there and on 251-500), the mildest that lets a whole statement win.
   */
  leftOpenQuote: 0.8,
  /**
   * Nothing hard: no name, number or date, no whole quote with its speaker ("They are very convincing when
   * they call.", "The debate is nothing if not vitriolic."). A key fact carries hard information; such a
   * sentence is taken when the article offers little else. 0.6 chosen on articles 1-250 of the CNN/DM
   * dev set (0.4-0.8 tried: coverage alike, R-2 and number recall best at 0.6), checked on 251-500.
   */
  noHardInformation: 0.6,
  /**
   * A web address written out ("Alle Informationen … finden Sie unter https://…", "… is available at
   * www.example.org/report"): the sentence points to where to read more rather than tell what happened.
   */
  webAddress: 0.5,
} as const;

/**
 * Share of an anaphoric sentence's score passed to the sentence before it: "this panel" is introduced
 * there, so that sentence is what a reader needs first.
 */
const ANTECEDENT_SHARE = 0.5;
const FIRST_PERSON = /\b(?:I|we|my|our|us|me)\b/u;
/** Final stops of a complete sentence, the closing marks that may follow one, and a question's (endsWithMark). */
const FINAL_STOPS = ".!?…。！？｡؟";
const FINAL_CLOSERS = `"'”’»)]」』）`;
const QUESTION_CLOSERS = `"'”’»)`;
/** Question marks, Latin and full-width (CJK). */
const QUESTION_MARKS = "?？";
const BLOCK_KINDS_FOR_FACTS = new Set(["paragraph", "listItem", "quote"]);
/**
 * Verbs of decisions and events (English): announcements, rulings, votes, deaths, results. A sentence
 * with a named actor and one of these reports something that happened, not background.
 */
const ACTION_VERB =
  /^(?:announc|decid|agree|approv|reject|vot|ban|order|sign|veto|launch|cancel|suspend|resign|appoint|elect|sentenc|charg|arrest|convict|kill|die|won$|win|lost|los|fir|hir|acquir|bought|sold|clos|open|rais|cut|increas|drop|fell|rose|pass|block|refus|declin|withdr|end|extend|invad|attack|strik|struck|releas|fin|sue|su|ruled|rule|warn|threat|collaps|crash|confirm)/u;
/** Negated futures are decisions too ("will not extend", "won't"). */
const NEGATED_FUTURE = /\b(?:will not|won't|won’t)\b/u;

/** What the ranking knows of a sentence; `eligible` false for sentences that cannot be a fact. */
export interface FactFeatures {
  eligible: boolean;
  index: number;
  words: number;
  /** Recurring article terms, normalised to [0, 1] over the article. */
  central: number;
  /** Share of the title's terms, and of its section heading's terms. */
  title: number;
  heading: number;
  /** Share of the sentence's terms found in the summary. */
  summaryTopic: number;
  sectionLead: boolean;
  paragraphLead: boolean;
  /** Names held, weighted by kind (see INFO), and how prominent they are in the article ([0, 1]). */
  named: number;
  prominence: number;
  numbers: number;
  dates: number;
  quote: boolean;
  attributed: boolean;
  /**
   * A quote with its speaker that ends in the sentence: a reader sees the whole quotation. Not the
   * opening of one that goes on after it ('"Those emails are clean as a whistle.'), whose speaker is in
   * a sentence the fact leaves out.
   */
  quotedWhole: boolean;
  /** At least one person named, and a date. */
  personAndDate: boolean;
  action: boolean;
  anaphoric: boolean;
  incomplete: boolean;
  /** The sentence leaves open a quotation it opened after its first words (PENALTY.leftOpenQuote). */
  leftOpenQuote: boolean;
  /** The sentence writes out a web address (PENALTY.webAddress). */
  webAddress: boolean;
  question: boolean;
  firstPerson: boolean;
}

/**
 * A sentence that opens inside a quotation begun a sentence or a paragraph before ("Seeing it was a shot
 * in the heart, …,” the doctor said.", "I don’t have any set ideas.”"): as a fact it would start
 * mid-quote, without its opening mark. Found by the quotation's span, or by a closing mark it never opened.
 */
function opensInsideQuote(s: { start: number; text: string }, m: SentenceMentions): boolean {
  return (
    m.quotes.some((q) => q.start < s.start) ||
    closesUnopenedQuote(s.text) ||
    closesUnopenedStraightQuote(s.text)
  );
}

/**
 * The sentence asks rather than tells ("So what exactly is Tom Hanks doing in this video?", "Team
 * Cookie or Team Boo Boo Kitty?"): a question states no fact, whatever names and numbers it holds. Not
 * a statement that ends by quoting one ('… taunting him with "what are you going to do about it?"').
 */
function asksQuestion(s: { start: number; end: number; text: string }, m: SentenceMentions): boolean {
  if (!endsWithMark(s.text, QUESTION_MARKS, QUESTION_CLOSERS, "after")) return false;
  const mark = s.start + Math.max(s.text.lastIndexOf("?"), s.text.lastIndexOf("？"));
  return !m.quotes.some((q) => q.start <= mark && q.end > mark && !opensSentence(s, q));
}

/** The quotation opens the sentence: only marks and spaces before its words. */
function opensSentence(s: { start: number; text: string }, q: { start: number }): boolean {
  return q.start >= s.start && MARKS_ONLY.test(s.text.slice(0, q.start - s.start));
}

/** Before a quotation's words: the sentence's opening marks and spaces only ('"', '— «'). */
const MARKS_ONLY = /^[\s\p{P}\p{S}]*$/u;

/**
 * A quotation opened inside the sentence, after its first words, whose words run on past the sentence's
 * end. Not one that opens the sentence (a quotation's first sentence, whose speaker comes later: its
 * whole statement still makes a fact), nor one opened by ‘, which also types an apostrophe ("isn ‘t").
 */
function leavesQuoteOpen(s: { start: number; end: number; text: string }, m: SentenceMentions): boolean {
  return m.quotes.some((q) => {
    if (q.start < s.start || q.end <= s.end) return false;
    return (
      !opensSentence(s, q) &&
      !s.text
        .slice(0, q.start - s.start)
        .trimEnd()
        .endsWith("‘")
    );
  });
}

/** The features of a sentence that cannot be a fact (a literal: spreading a constant into a copy for each of them cost more). */
function notAFact(index: number): FactFeatures {
  return {
    eligible: false,
    index,
    words: 0,
    central: 0,
    title: 0,
    heading: 0,
    summaryTopic: 0,
    sectionLead: false,
    paragraphLead: false,
    named: 0,
    prominence: 0,
    numbers: 0,
    dates: 0,
    quote: false,
    attributed: false,
    quotedWhole: false,
    personAndDate: false,
    action: false,
    anaphoric: false,
    incomplete: false,
    leftOpenQuote: false,
    webAddress: false,
    question: false,
    firstPerson: false,
  };
}

/** Features of every sentence (see FactFeatures); scoreSentences passes what it was given. */
function sentenceFeatures(
  doc: AnalysedText,
  mentions: ArticleMentions,
  title: string | null,
  summary: readonly SummarySentence[],
  headings: ReadonlySet<number>,
  table: TermIds,
): FactFeatures[] {
  const inSummaryTerm = termFlags(
    table,
    doc.sentences.flatMap((s, i) =>
      summary.some((x) => x.start < s.end && x.end > s.start) ? doc.terms[i] : [],
    ),
  );
  const titleTerms = new Set(doc.titleTerms);
  const inTitleTerm = termFlags(table, titleTerms);
  const titleKey = normalise(title ?? "");
  const maxMentions = Math.max(1, ...mentions.entities.list.map((e) => e.mentions));
  const multiParagraph = new Set(doc.sentences.map((s) => s.paragraph)).size > 1;
  // Heading blocks are not among the sentences (analyseText leaves them out): take their terms here.
  const headingTerms = new Map<number, Set<string>>();
  for (const p of headings) headingTerms.set(p, new Set(termsOf(doc.blocks[p].text, doc.lang)));
  const headingList = [...headings].sort((a, b) => a - b);
  let section: Set<string> | null = null;
  let sectionParagraph = -1;
  let nextHeading = 0;

  const out = doc.sentences.map((s, i): FactFeatures => {
    while (nextHeading < headingList.length && headingList[nextHeading] <= s.paragraph) {
      sectionParagraph = headingList[nextHeading];
      section = headingTerms.get(sectionParagraph) ?? null;
      nextHeading++;
    }
    const m = mentions.sentences[i];
    // Word tokens (a hyphenated name counts once): close enough to countWords, and already there.
    const words = withCjkWords(s.text, m.words.length);
    const block = doc.blocks[s.paragraph];
    const eligible =
      i < MAX_FACT_SENTENCES &&
      !headings.has(s.paragraph) &&
      (!block || BLOCK_KINDS_FOR_FACTS.has(block.kind)) &&
      words >= MIN_FACT_WORDS &&
      !isNeverQuoted(s.text) &&
      !isCreditLine(s.text) &&
      !opensInsideQuote(s, m) &&
      !(titleKey && normalisesTo(s.text, titleKey)) &&
      !anonymousQuote(s, m) &&
      !asksQuestion(s, m);
    // None of an ineligible sentence's features matter: its base score is 0, and so is the share it
    // would pass to the sentence before when anaphoric (ANTECEDENT_SHARE × 0), so even that flag is not
    // worth its regular expression.
    if (!eligible) return notAFact(s.index);
    // Distinct terms in order of first occurrence, as a Set of them would iterate (the sum's order).
    const terms = table.distinct[i];
    let central = 0;
    let inTitle = 0;
    let inHeading = 0;
    let inSummary = 0;
    const heading = section as Set<string> | null;
    for (const id of terms) {
      inSummary += inSummaryTerm[id];
      const n = table.df[id];
      if (n > 1) central += Math.log(n);
      inTitle += inTitleTerm[id];
      if (heading?.has(table.terms[id])) inHeading++;
    }
    central /= Math.sqrt(Math.max(terms.length, 1));
    let named = 0;
    let prominence = 0;
    let people = 0;
    for (const key of new Set(m.entities.map((e) => e.key))) {
      const e = mentions.entities.byKey.get(key);
      if (!e) continue;
      named += e.type === "other" && !e.text.includes(" ") ? OTHER_NAME_SHARE : 1;
      if (e.type === "person") people++;
      prominence += e.mentions / maxMentions;
    }
    const attributed = m.quotes.some((q) => q.speaker);
    return {
      eligible,
      index: s.index,
      words,
      central,
      title: titleTerms.size ? inTitle / titleTerms.size : 0,
      heading: heading?.size ? inHeading / heading.size : 0,
      summaryTopic: terms.length ? inSummary / terms.length : 0,
      sectionLead: s.sentence === 0 && s.paragraph === sectionParagraph + 1,
      paragraphLead: multiParagraph && s.sentence === 0,
      named,
      prominence: Math.min(1, prominence),
      numbers: m.numerals.length,
      dates: m.dates.length,
      quote: m.quotes.length > 0,
      attributed,
      quotedWhole: m.quotes.some((q) => q.speaker && q.end <= s.end),
      personAndDate: people > 0 && m.dates.length > 0,
      action:
        named > 0 &&
        (m.words.some((w) => !w.capitalised && ACTION_VERB.test(w.text)) || NEGATED_FUTURE.test(s.text)),
      anaphoric: isAnaphoric(s.text),
      incomplete: !endsWithMark(s.text, FINAL_STOPS, FINAL_CLOSERS, "after"),
      leftOpenQuote: leavesQuoteOpen(s, m),
      webAddress: holdsWebAddress(s.text),
      question: endsWithMark(s.text, "?", QUESTION_CLOSERS, "after"),
      firstPerson: FIRST_PERSON.test(outsideQuotes(s.text, s.start, m)),
    };
  });
  const maxCentral = Math.max(1e-9, ...out.map((f) => f.central));
  for (const f of out) f.central /= maxCentral;
  return out;
}

/** A sentence's score before the anaphora adjustment. */
function baseScore(f: FactFeatures): number {
  if (!f.eligible) return 0;
  let score =
    WEIGHT.position / (1 + f.index / POSITION_SCALE) +
    WEIGHT.centrality * f.central +
    (WEIGHT.length * Math.min(f.words, LENGTH_CAP)) / LENGTH_CAP +
    (WEIGHT.dates * Math.min(f.dates, MAX_DATES)) / MAX_DATES +
    (WEIGHT.numbers * Math.min(f.numbers, MAX_NUMBERS)) / MAX_NUMBERS +
    WEIGHT.prominence * f.prominence +
    (WEIGHT.names * Math.min(f.named, MAX_NAMES)) / MAX_NAMES +
    (f.attributed ? WEIGHT.attributedQuote : 0) +
    (f.personAndDate ? WEIGHT.personAndDate : 0) +
    (f.anaphoric ? WEIGHT.anaphoric : 0) +
    (f.firstPerson ? WEIGHT.firstPerson : 0) +
    (f.question ? WEIGHT.question : 0) +
    WEIGHT.title * f.title +
    WEIGHT.heading * f.heading +
    WEIGHT.summaryTopic * f.summaryTopic +
    (f.sectionLead ? WEIGHT.sectionLead : f.paragraphLead ? WEIGHT.paragraphLead : 0) +
    (f.action ? WEIGHT.action : 0);
  if (f.incomplete) score *= PENALTY.incomplete;
  if (f.quote && !f.attributed) score *= PENALTY.unattributedQuote;
  if (f.leftOpenQuote) score *= PENALTY.leftOpenQuote;
  if (f.webAddress) score *= PENALTY.webAddress;
  if (!(f.named > 0 || f.numbers > 0 || f.dates > 0 || f.quotedWhole)) score *= PENALTY.noHardInformation;
  return Math.max(score, MIN_SCORE);
}

/** Score of every sentence as a fact (0 for sentences that cannot be one). */
export function scoreSentences(
  doc: AnalysedText,
  mentions: ArticleMentions,
  title: string | null,
  summary: readonly SummarySentence[] = [],
  headings: ReadonlySet<number> = headingParagraphs(doc),
  table: TermIds = termIds(doc.terms),
): number[] {
  const features = sentenceFeatures(doc, mentions, title, summary, headings, table);
  const base = features.map(baseScore);
  return base.map((score, i) => {
    let out = features[i].anaphoric ? score * PENALTY.anaphoric : score;
    // The sentence that introduces what the next one refers to ("... the panel of experts." → "this panel").
    if (score > 0 && features[i + 1]?.anaphoric) out += ANTECEDENT_SHARE * base[i + 1];
    return out;
  });
}

/** Paragraphs that are headings: marked so, or short one-sentence lines without closing punctuation. */
export function headingParagraphs(doc: AnalysedText): Set<number> {
  const sentencesIn = new Map<number, number>();
  for (const s of doc.sentences) sentencesIn.set(s.paragraph, (sentencesIn.get(s.paragraph) ?? 0) + 1);
  const out = new Set<number>();
  doc.blocks.forEach((b, p) => {
    if (b.kind === "heading") out.add(p);
    else if (
      b.kind === "paragraph" &&
      sentencesIn.get(p) === 1 &&
      // (The ending first: most paragraphs have one, and counting words is the costly test.)
      !endsWithMark(b.text, FINAL_STOPS, FINAL_CLOSERS, "after") &&
      countWords(b.text) <= HEADING_MAX_WORDS
    )
      out.add(p);
  });
  return out;
}

/** Share of a sentence inside a quote from above which, with nobody named, it is no fact to trust. */
const ANONYMOUS_QUOTE_SHARE = 0.5;

/** A sentence that is mostly words in quotes whose speaker we do not know. */
function anonymousQuote(s: { start: number; end: number }, m: SentenceMentions): boolean {
  let quoted = 0;
  for (const q of m.quotes) {
    if (q.speaker) return false;
    quoted += Math.max(0, Math.min(q.end, s.end) - Math.max(q.start, s.start));
  }
  return quoted > ANONYMOUS_QUOTE_SHARE * (s.end - s.start);
}

function outsideQuotes(text: string, base: number, m: SentenceMentions): string {
  let out = text;
  for (const q of m.quotes) {
    const a = Math.max(0, q.start - base);
    const b = Math.min(text.length, q.end - base);
    if (b > a) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out;
}

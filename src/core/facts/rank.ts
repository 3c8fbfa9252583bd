/**
 * Which sentences make the best facts. A fact carries hard information (names of the main actors,
 * numbers, dates, an attributed quote), is about what the article is about (its recurring terms and
 * its title), and comes early (news puts the essentials first). Facts are picked greedily with a
 * penalty for repeating what an earlier fact said, and at most one of them may repeat a summary
 * sentence whole, so the facts add to the summary rather than echo it.
 */
import { wordRuns } from "../text/char-classes";
import { termsOf } from "../text/terms";
import { withCjkWords } from "../text/word-count";
import type { AnalysedText, SummarySentence } from "../types";
import { isAnaphoric } from "./anaphora";
import { type ArticleMentions, MAX_FACT_SENTENCES, type SentenceMentions } from "./mentions";
import { type TermIds, termFlags, termIds } from "./term-ids";
import { normalise, normalisesTo } from "./title-key";
import { type CoreOptions, countWords, type Trimmed, trimSentence } from "./trim";

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
  /** min(numbers, 3) / 3. */
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
/**
 * Fewest words of a summary sentence's core: a shorter one is what is left of its framing ("That may
 * sound like an esoteric adage.", "Men dominate public spaces.") and not its news, and takes a fact's
 * place. 9 chosen on articles 1-250 of the CNN/DM dev set (6, 8, 9, 10, 12 tried), checked on 251-500.
 */
const MIN_CORE_WORDS = 9;

/** Multipliers for sentences that read badly on their own. */
const PENALTY = {
  /** No closing punctuation: a cut-off paragraph, a caption, a heading-like line. */
  incomplete: 0.3,
  /** Starts with a pronoun or demonstrative that needs the previous sentence ("This panel ..."). */
  anaphoric: 0.8,
  /** A quote with nobody named as its speaker. */
  unattributedQuote: 0.8,
} as const;

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

/**
 * Share of an anaphoric sentence's score passed to the sentence before it: "this panel" is introduced
 * there, so that sentence is what a reader needs first.
 */
const ANTECEDENT_SHARE = 0.5;
/** Factor per fact already taken from the same section (between subheadings), to cover every section. */
const SAME_SECTION_FACTOR = 0.85;
const FIRST_PERSON = /\b(?:I|we|my|our|us|me)\b/u;
const TERMINAL = /[.!?…。！？｡؟]["'”’»)\]」』）]*\s*$/u;
/** A sentence that ends in a colon announces what follows (a list, a table): alone it states nothing. */
const INTRODUCES = /[:：]\s*$/u;
const BLOCK_KINDS_FOR_FACTS = new Set(["paragraph", "listItem", "quote"]);
/**
 * Verbs of decisions and events (English): announcements, rulings, votes, deaths, results. A sentence
 * with a named actor and one of these reports something that happened, not background.
 */
const ACTION_VERB =
  /^(?:announc|decid|agree|approv|reject|vot|ban|order|sign|veto|launch|cancel|suspend|resign|appoint|elect|sentenc|charg|arrest|convict|kill|die|won$|win|lost|los|fir|hir|acquir|bought|sold|clos|open|rais|cut|increas|drop|fell|rose|pass|block|refus|declin|withdr|end|extend|invad|attack|strik|struck|releas|fin|sue|su|ruled|rule|warn|threat|collaps|crash|confirm)/u;
/** Negated futures are decisions too ("will not extend", "won't"). */
const NEGATED_FUTURE = /\b(?:will not|won't|won’t)\b/u;

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
  /** At least one person named, and a date. */
  personAndDate: boolean;
  action: boolean;
  anaphoric: boolean;
  incomplete: boolean;
  question: boolean;
  firstPerson: boolean;
}

const NOT_A_FACT: FactFeatures = {
  eligible: false,
  index: 0,
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
  personAndDate: false,
  action: false,
  anaphoric: false,
  incomplete: false,
  question: false,
  firstPerson: false,
};

/** Features of every sentence (see FactFeatures). */
export function sentenceFeatures(
  doc: AnalysedText,
  mentions: ArticleMentions,
  title: string | null,
  summary: readonly SummarySentence[] = [],
  headings: ReadonlySet<number> = headingParagraphs(doc),
  table: TermIds = termIds(doc.terms),
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
      !INTRODUCES.test(s.text) &&
      !(titleKey && normalisesTo(s.text, titleKey)) &&
      !anonymousQuote(s, m);
    // None of an ineligible sentence's features matter: its base score is 0, and so is the share it
    // would pass to the sentence before when anaphoric (ANTECEDENT_SHARE × 0), so even that flag is not
    // worth its regular expression.
    if (!eligible) return { ...NOT_A_FACT, index: s.index };
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
      named += e.type === "other" ? OTHER_NAME_SHARE : 1;
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
      numbers: m.numbers.length,
      dates: m.dates.length,
      quote: m.quotes.length > 0,
      attributed,
      personAndDate: people > 0 && m.dates.length > 0,
      action:
        named > 0 &&
        (m.words.some((w) => !w.capitalised && ACTION_VERB.test(w.text)) || NEGATED_FUTURE.test(s.text)),
      anaphoric: isAnaphoric(s.text),
      incomplete: !TERMINAL.test(s.text),
      question: /\?["'”’»)]*\s*$/u.test(s.text),
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

/** Paragraphs that are headings: marked so, or short one-sentence lines without closing punctuation. */
function headingParagraphs(doc: AnalysedText): Set<number> {
  const sentencesIn = new Map<number, number>();
  for (const s of doc.sentences) sentencesIn.set(s.paragraph, (sentencesIn.get(s.paragraph) ?? 0) + 1);
  const out = new Set<number>();
  doc.blocks.forEach((b, p) => {
    if (b.kind === "heading") out.add(p);
    else if (
      b.kind === "paragraph" &&
      sentencesIn.get(p) === 1 &&
      // (The ending first: most paragraphs have one, and counting words is the costly test.)
      !TERMINAL.test(b.text) &&
      countWords(b.text) <= HEADING_MAX_WORDS
    )
      out.add(p);
  });
  return out;
}

/** Names, numbers and dates of a sentence: trimming keeps them when it can. */
function protectedRanges(m: SentenceMentions): Array<{ start: number; end: number }> {
  return [...m.entities, ...m.numbers, ...m.dates];
}

/** What a sentence's core may cut: never its numbers, nor the attribution of a quote. */
function coreOptions(m: SentenceMentions): CoreOptions {
  return { numbers: m.numbers, quoted: m.quotes.length > 0 };
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

/** Jaccard similarity of two sentences' distinct term ids; `inB` flags the ids of `b`. */
function jaccard(a: readonly number[], b: readonly number[], inB: Uint8Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let inter = 0;
  for (const id of a) inter += inB[id];
  return inter / (a.length + b.length - inter);
}

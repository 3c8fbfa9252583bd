/**
 * The data the pure core passes around. Nothing here knows about Workers, HTTP or KV:
 * HTML (or text) goes in, an `Article`, a `Summary` and `KeyFact`s come out.
 */

/** What a block of extracted text was in the page; headings and list items keep their role. */
export type BlockKind = "paragraph" | "heading" | "listItem" | "quote" | "preformatted" | "tableRow";

/** One block of the article's clean text, in reading order. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading level 1..6, for `heading` blocks only. */
  level?: number;
}

/** Metadata of an article, each field `null` when the page does not say. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  /** ISO 8601, as precise as the page gives it. */
  publishedAt: string | null;
  siteName: string | null;
  /** Canonical URL of the article when the page declares one, else the URL it was fetched from. */
  url: string | null;
  /** ISO 639-1 code (declared by the page, or detected from the text). */
  lang: string | null;
  /** The page's own short description (meta description / og:description), when present. */
  description: string | null;
}

/**
 * A processing limit (src/limits.ts) that cut the input: the answer was computed on what fit.
 * `htmlChars`, `elements`, `depth` (extraction), `textChars`, `summarySentences` (analysis) and
 * `fetchBytes` (a fetched page, set by the service).
 */
export type LimitName = "htmlChars" | "elements" | "depth" | "textChars" | "summarySentences" | "fetchBytes";

export interface LimitHit {
  limit: LimitName;
  /** The limit's value (characters, elements, nesting levels, sentences or bytes). */
  max: number;
  /** The input's size by the same measure, when known (the extractor stops counting at its limits). */
  actual?: number;
}

/** The article as extracted from a page: metadata plus its clean text blocks. */
export interface Article extends ArticleMeta {
  blocks: Block[];
  /** Parse limits that flattened part of the page (`elements`, `depth`); absent when none was hit. */
  limits?: LimitHit[];
}

/**
 * A sentence of the article, located in the article's text: `paragraph` indexes `Article.blocks`,
 * `sentence` counts sentences inside that block, `start`/`end` are UTF-16 offsets into
 * `articleText(article)` (blocks joined by blank lines), so an app can highlight it.
 */
export interface SentenceRef {
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
}

export interface Sentence extends SentenceRef {
  text: string;
  /** Running index of the sentence over the whole article (0-based). */
  index: number;
}

/** The article's text analysed once and shared by the summary and the key facts. */
export interface AnalysedText {
  lang: string;
  text: string;
  blocks: Block[];
  /**
   * Sentences of the prose blocks in reading order. Heading blocks give none (they still count for
   * `paragraph` and offsets); a news dateline ("WASHINGTON (Reuters) -") is left out of the first one.
   */
  sentences: Sentence[];
  /** Per sentence: normalised, stopword-free, stemmed terms (same order as `sentences`). */
  terms: string[][];
  /** Stemmed, stopword-free terms of the title (empty when there is no title). */
  titleTerms: string[];
}

export interface SummarySentence extends SentenceRef {
  text: string;
  score: number;
}

export type FactKind = "event" | "quantity" | "date" | "quote" | "statement";

export type EntityType = "person" | "organization" | "place" | "other";

export interface Entity {
  text: string;
  type: EntityType;
  /** Number of mentions in the article (with simple aliasing: "Shestakov" counts for "Yevgeny Shestakov"). */
  mentions: number;
}

export interface NumberMention {
  /** As written in the article, e.g. "15 years", "$1.2bn", "40%". */
  text: string;
  value: number | null;
  unit: string | null;
}

export interface DateMention {
  text: string;
  /** ISO 8601 when it can be resolved (relative dates against the article date), else null. */
  iso: string | null;
}

export interface Quote {
  speaker: string | null;
  text: string;
}

export interface KeyFact {
  text: string;
  kind: FactKind;
  source: SentenceRef;
  entities: Array<Pick<Entity, "text" | "type">>;
  numbers: NumberMention[];
  dates: DateMention[];
  quote?: Quote;
  score: number;
  /**
   * When asides were trimmed from the sentence: the kept pieces as offsets into the article text,
   * each verbatim there (`source.start`/`end` span from the first to the last piece).
   */
  pieces?: Array<{ start: number; end: number }>;
}

export interface FactsResult {
  keyFacts: KeyFact[];
  entities: Entity[];
  quotes: Array<Quote & { source: SentenceRef }>;
}

/** Options of the whole pipeline; ranges are checked by the edges (see src/limits.ts). */
export interface PipelineOptions {
  /** Number of summary sentences (default 3). */
  sentences?: number;
  /** Alternative to `sentences`: share of the article's sentences, 0 < ratio <= 1. */
  ratio?: number;
  /** Maximum total characters of the summary. */
  maxChars?: number;
  /** Number of key facts (default 5; 0 for none). */
  facts?: number;
  /** Language override (ISO 639-1); detected when absent. */
  lang?: string;
  /** Base URL of the page, for resolving links and as a fallback `url`. */
  url?: string;
}

/** What the pipeline returns for one article. */
export interface PipelineResult {
  article: ArticleMeta & { wordCount: number; readingMinutes: number };
  blocks: Block[];
  summary: SummarySentence[];
  keyFacts: KeyFact[];
  entities: Entity[];
  quotes: Array<Quote & { source: SentenceRef }>;
  /** Limits that cut the input short, as sentences (e.g. "text cut at 200000 characters"). */
  truncated: string[];
  /** The same limits, for programs (one entry per limit hit, in the order they were hit). */
  limits?: LimitHit[];
}

/** What translation adds to API answers. */

/** A source text whose translation lost some of its numbers. */
export interface NumbersMissing {
  field: "title" | "summary" | "keyFacts" | "texts";
  /** Index in that field's list (0 for the title). */
  index: number;
  /** The numbers as written in the source. */
  numbers: string[];
}

/** `translation` of a summary result: the shown parts, translated, parallel to the originals. */
export interface TranslatedSummary {
  /** Target language (canonical code, see languages.ts). */
  lang: string;
  /** Source language: the article's, as given (`lang`) or detected. */
  from: string;
  /** The provider that translated, or "none" when source and target are the same language. */
  provider: string;
  title: string | null;
  /** Same order as `summary` of the result. */
  summary: string[];
  /** Same order as `keyFacts` of the result. */
  keyFacts: string[];
  /** Empty when every number of the source survived. */
  numbersMissing: NumbersMissing[];
  /** Whether this translation came from the cache. */
  cached: boolean;
}

/** `translation` when the provider failed or timed out: the summary is answered untranslated. */
export interface FailedTranslation {
  lang: string;
  from: string;
  provider: string;
  error: string;
}

export type SummaryTranslation = TranslatedSummary | FailedTranslation;

/**
 * A name while the article is read (its key, text, words, the votes for its type and its mentions),
 * and the lowercase words that may join a name's capitalised words.
 */
import type { EntityType } from "../../types";

/** One occurrence of a name in a sentence (offsets into the sentence). */
export interface EntityMention {
  /** Key of the entity after aliasing (lowercase canonical name). */
  key: string;
  sentence: number;
  start: number;
  end: number;
}

export interface Candidate {
  key: string;
  text: string;
  words: string[];
  acronym: boolean;
  votes: Record<EntityType, number>;
  mentions: EntityMention[];
  first: number;
  /** How many of the person votes came from a speech verb after the name ("Nissan said"). */
  spoke?: number;
  /** Mentions after "the" and before no noun ("the Mayo Clinic.", "the Louvre has"), as no person's are. */
  definite?: number;
  /** Mentions as a source: "according to Edmunds", "told Reuters", "Reuters reported". */
  cited?: number;
  /** Mentions a plural verb agrees with: "Spurs have won", "the Thunder, who have lost". */
  plural?: number;
}

/** Lowercase words that may join capitalised words inside one name ("Bank of England", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  "of",
  "for",
  "de",
  "del",
  "della",
  "dello",
  "delle",
  "degli",
  "dei",
  "des",
  "di",
  "da",
  "do",
  "dos",
  "das",
  "du",
  "van",
  "von",
  "der",
  "den",
  "la",
  "le",
  "al",
  "bin",
  "ibn",
  "y",
]);

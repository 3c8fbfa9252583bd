/**
 * The type of a name (person, organisation, place, other) from votes: its own words (form-votes.ts: a
 * suffix such as "... Organization", a prefix such as "Lake ...", the country list, an acronym) and the
 * words around each mention (context-votes.ts: a title or a role, a place preposition, a speech verb, a
 * role in apposition). Here: how much each cue weighs, the guesses weighed once names are joined, and
 * the type the votes give.
 */
import type { EntityType } from "../../types";
import type { Candidate } from "./candidate";
import { isDemonym } from "./places";

/** Cue weights: how strongly each kind of evidence votes for a type. */
export const VOTE = {
  /** A title inside or right before the name ("Mr.", "President"). */
  title: 3,
  /** A role noun in apposition or right before ("..., the US ambassador,", "his counterpart, X"). */
  role: 2,
  /** A name-final or name-initial word typical of the type ("... University", "Lake ..."). */
  suffix: 3,
  prefix: 1.5,
  /** The name is a country or continent. */
  country: 4,
  /**
   * The name is a state, region or city of places.ts: less than a country ("Washington" may be a
   * person); as much for a news agency or a social network (firm-cues.ts).
   */
  knownPlace: 2.5,
  /** Written in capitals: usually an organisation's acronym ("KCNA", "NATO"). */
  acronym: 1.5,
  /** After a place preposition ("in Pyongyang"); organisations take them too, so weakly. */
  placePreposition: 1,
  /** Before a speech verb ("Broussard told"); organisations speak too, so weakly. */
  speech: 1,
  /** "its" refers back to the name ("Apple … its lineup"). */
  its: 1.5,
  /** The name is the short form of an organisation's longer name in the article ("Lakers", "Nissan"). */
  shortForm: 1.5,
  /** Two or three plain capitalised words and no other cue: most often a person's name in news. */
  twoWordDefault: 0.5,
} as const;

/**
 * Person votes that only guess, weighed once the names are joined: speech verbs and the two-word
 * default. "Nissan said", "Apple tells us": a firm speaks as often as a person, and a person named by one
 * word is most often the surname of a full name the article gives (which has taken it by now): a
 * one-word name left alone whose only person votes are speech verbs' is no person when anything marks
 * it as an organisation ("Apple has unveiled its …", "Tottenham's manager"). And a name written after
 * "the" ("the Mayo Clinic", "the Louvre has …") is no person when nothing but these guesses says so.
 */
export function weighGuessedPersons(candidates: Iterable<Candidate>): void {
  for (const c of candidates) {
    if (c.acronym) continue;
    const spoken = (c.spoke ?? 0) * VOTE.speech;
    // (At least half the mentions: "the Mary Steenburgen of it all" once among twenty is a figure of speech.)
    const definite = (c.definite ?? 0) * 2 >= c.mentions.length;
    if (definite && c.votes.person <= spoken + VOTE.twoWordDefault) c.votes.person = 0;
    else if (c.words.length === 1 && spoken > 0 && c.votes.organization > 0 && c.votes.person <= spoken)
      c.votes.person -= spoken;
    // "according to Edmunds", "told Reuters": a one-word source no full name owns is a body's (an agency,
    // a paper, a firm), not a place's or a person's.
    if (c.words.length === 1 && c.cited && c.votes.place === 0 && c.votes.person <= spoken)
      c.votes.organization += VOTE.speech;
    // "Spurs have won", "the Thunder, who have lost": a one-word name a plural verb agrees with is a
    // group's, a team's or a band's (not a people's: "Austrians are" is Austria's people).
    if (
      c.words.length === 1 &&
      c.plural &&
      c.votes.place === 0 &&
      c.votes.person <= spoken &&
      !isDemonym(c.key.replace(/s$/u, ""))
    )
      c.votes.organization += VOTE.speech;
  }
}

export function typeOf(c: Candidate): EntityType {
  let best: EntityType = "other";
  let top = 0;
  for (const t of ["person", "organization", "place", "other"] as EntityType[]) {
    if (c.votes[t] > top) {
      top = c.votes[t];
      best = t;
    }
  }
  return best;
}

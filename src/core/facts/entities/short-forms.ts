/**
 * A name that is the short form of an organisation's longer name in the same article: its words
 * before a firm's suffix ("Carlyle" of "The Carlyle Group", "Big Machine" of "Big Machine Records"),
 * or a team's or body's last word after its place ("Lakers" of "Los Angeles Lakers", "Browns" of
 * "Cleveland Browns"). News calls a body by its short form after naming it once.
 */
import type { Candidate } from "./candidate";
import { opensWithPlace } from "./form-votes";
import { isDemonym } from "./places";
import { typeOf, VOTE } from "./votes";

/**
 * Firms' suffixes, after which the first word is the firm's own name (not "Democratic Party", "Obama
 * Foundation", "Cork City Council": an adjective, a person's or a place's name before a body's head).
 */
const FIRM_SUFFIXES: ReadonlySet<string> = new Set(
  (
    "inc corp corporation co company ltd llc plc group holdings motors airlines airways technologies labs " +
    "systems productions records studios entertainment ventures partners gmbh ag sa nv bv"
  ).split(" "),
);

export function voteShortForms(candidates: ReadonlyMap<string, Candidate>): void {
  // Words of longer names: the organisations' short forms, and every word of a person's name (a word
  // of one is no firm's short form: "Trump" beside "Donald Trump" and "Trump Organization").
  const shortForms = new Set<string>();
  const personWords = new Set<string>();
  for (const c of candidates.values()) {
    if (c.words.length < 2 || c.acronym) continue;
    const type = typeOf(c);
    // (A person's name by more than the two-word default: "Nissan Sales" of "Nissan Sales & Regional
    // Operations" is no one's.)
    if (type === "person" && c.votes.person > VOTE.twoWordDefault)
      for (const w of c.words) personWords.add(w);
    if (type !== "organization") continue;
    const last = c.words[c.words.length - 1];
    // "Big Machine" and "Big" of "Big Machine Records": the words before a firm's suffix.
    if (FIRM_SUFFIXES.has(last) && !isDemonym(c.words[0]))
      for (let k = 1; k < c.words.length; k++) shortForms.add(c.words.slice(0, k).join(" "));
    else if (opensWithPlace(c.words)) shortForms.add(last);
  }
  for (const c of candidates.values()) {
    // (Not a place's name: "Washington" of "Washington Post"; nor a person's.)
    if (c.acronym || c.votes.place > 0 || !shortForms.has(c.words.join(" "))) continue;
    if (c.words.length === 1 ? personWords.has(c.key) : c.votes.person > VOTE.twoWordDefault) continue;
    c.votes.organization += VOTE.shortForm;
  }
}

/**
 * The other way round: a place and a word the article types an organisation on its own ("Oklahoma City
 * Thunder" beside "the Thunder, who have lost …") is that body's full name. After the votes of the
 * short forms themselves are in (weighGuessedPersons).
 */
export function voteFullForms(candidates: ReadonlyMap<string, Candidate>): void {
  for (const c of candidates.values()) {
    if (c.words.length < 2 || c.acronym || c.votes.person > VOTE.twoWordDefault) continue;
    if (!opensWithPlace(c.words) || typeOf(c) === "organization") continue;
    const short = candidates.get(c.words[c.words.length - 1]);
    if (short && short !== c && typeOf(short) === "organization") c.votes.organization += VOTE.shortForm;
  }
}

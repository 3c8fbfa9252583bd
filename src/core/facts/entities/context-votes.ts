/**
 * Votes from the words around one mention of a name: a title or a role before it, a place preposition,
 * a speech verb and the pronoun after it, "its", an apposition, what only a firm or a platform has.
 */
import type { EntityType } from "../../types";
import { isFunctionWord, PERSON_ROLES, PERSON_TITLES } from "../lexicon";
import type { Word } from "../words";
import type { Candidate } from "./candidate";
import { CORPORATE_TITLES, FIRM_DESCRIPTORS, FIRM_NOUNS, tickerAfter } from "./firm-cues";
import { isPlaceKey } from "./places";
import { VOTE } from "./votes";

/** Nouns a place owns and a person or a firm does not: "Ashford Hill's council", "Ohio's governor". */
const PLACE_OWNED: ReadonlySet<string> = new Set(
  "council councillors residents inhabitants mayor governor parliament capital population citizens townspeople villagers coastline suburbs".split(
    " ",
  ),
);

/** Votes from the words around one mention. */
export function voteByContext(
  c: Candidate,
  sentence: string,
  ws: readonly Word[],
  firstIdx: number,
  kept: readonly Word[],
  speech: ReadonlySet<string>,
  placePreps: ReadonlySet<string>,
): void {
  const lastIdx = firstIdx + kept.length - 1;
  const prev = ws[firstIdx - 1];
  const next = ws[lastIdx + 1];
  // "the Mayo Clinic", "the Louvre has": no person's name takes the article (but "the Howard Jones song",
  // "the Anderson family": a name before a noun qualifies it).
  if (
    prev?.text === "the" &&
    kept[0].joined &&
    (!next?.joined || isFunctionWord(next.text.toLowerCase(), "en"))
  )
    c.definite = (c.definite ?? 0) + 1;
  if (kept.length === 1 && isCitation(ws, firstIdx, next)) c.cited = (c.cited ?? 0) + 1;
  if (kept.length === 1 && pluralVerbAfter(sentence, ws, firstIdx, lastIdx)) c.plural = (c.plural ?? 0) + 1;
  // "in Pyongyang" (but "according to KCNA" names a source, not a place).
  if (
    prev &&
    kept[0].joined &&
    placePreps.has(prev.text) &&
    // "at NBA games", "at CBP facilities": an acronym after "at" is an organisation's (US, UK: countries).
    !(c.acronym && !isPlaceKey(c.key)) &&
    // "in Hitler's Germany", "at Trump's White House": the place is what the possessive owns.
    !kept[kept.length - 1].possessive &&
    ws[firstIdx - 2]?.text.toLowerCase() !== "according" &&
    // "в Instagram": a name in another script than the preposition's is a brand's, not a place's.
    sameScript(prev.text, kept[0].text) &&
    // "un remplaçant à Roman Prymula", "a dit à Jean Dupont": French "à" before a full name is as often
    // its indirect object as a place ("à Lyon", "à Saint-Étienne" are one word).
    !(prev.text === "à" && kept.length > 1)
  )
    c.votes.place += VOTE.placePreposition;
  if (next?.joined && !kept[kept.length - 1].possessive && speech.has(next.text)) {
    const speaker = speakerType(c, ws, lastIdx + 2);
    c.votes[speaker] += VOTE.speech;
    if (speaker === "person") c.spoke = (c.spoke ?? 0) + 1;
  }
  // "Toyota spokesman Ken Ito", "Apple chief executive …": a firm's title after the name; "Apple
  // shares", "Edmunds' executive director", "Tesla's customers": what only a firm has (not for a
  // country: "U.S. stocks").
  else if (
    next?.joined &&
    !next.capitalised &&
    (CORPORATE_TITLES.has(next.text) || FIRM_NOUNS.has(next.text)) &&
    !isPlaceKey(c.key)
  )
    c.votes.organization += VOTE.role;
  // "Ashford Hill's council", "Ohio's governor": what only a town, a region or a country has, owned by
  // the name (English; the possessive's "'s" is the only thing between them).
  if (next && kept[kept.length - 1].possessive && !next.capitalised && PLACE_OWNED.has(next.text))
    c.votes.place += VOTE.role;
  // "the journal Nature Astronomy", "tech giant Apple": a noun before the name says what body it is;
  // also in apposition ("its parent organization, Evidence Action, leads …").
  if (
    prev &&
    (kept[0].joined || apposedAfter(sentence, prev.end, kept[0].start, kept[kept.length - 1].end)) &&
    !prev.capitalised &&
    !prev.possessive &&
    FIRM_DESCRIPTORS.has(prev.text.toLowerCase())
  )
    c.votes.organization += VOTE.role;
  // "Home Depot (NYSE: HD)": a stock ticker names a listed firm.
  if (tickerAfter(sentence, kept[kept.length - 1].end)) c.votes.organization += VOTE.suffix;
  // A role noun just before: "his North Korean counterpart, Lim Chun Il".
  const from = Math.max(0, kept[0].start - ROLE_BEFORE_CHARS);
  // (The comma first: it is rare, and spares the text and the word's regex on every name.)
  const before = commaBefore(sentence, from, kept[0].start) ? sentence.slice(from, kept[0].start) : "";
  const roleBefore = before ? /([\p{L}]+)[\s,]*$/u.exec(before) : null;
  if (roleBefore && PERSON_ROLES.has(roleBefore[1].toLowerCase())) c.votes.person += VOTE.role;
  // Apposition after: "Linda Thomas-Greenfield, the United States Ambassador to the UN,"; "Naib, 13,".
  const end = kept[kept.length - 1].end;
  const appo =
    sentence.charCodeAt(end) === COMMA
      ? /^,\s+([^,;.]*)/u.exec(sentence.slice(end, end + APPOSITION_CHARS))
      : null;
  if (appo && (/^\d{1,2}$/u.test(appo[1].trim()) || appositiveRole(appo[1]))) c.votes.person += VOTE.role;
  // "Ithaca, N.Y.", "Sugar Land, Texas": a town before its state or country.
  else if (appo && isPlaceName(appo[1])) c.votes.place += VOTE.suffix;
  // "Apple continues to offer … its service": the name is what "its" refers back to.
  if (kept.length === 1 && itsFollows(ws, lastIdx + 1)) c.votes.organization += VOTE.its;
}

/** Verbs that agree with a plural subject. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(["have", "are", "were"]);
/**
 * Words before a name that make it no plural verb's subject: the last of a pair ("Biden and Harris
 * were"), a preposition's object ("life off Earth are"), a modal's subject ("why can't Elsa have").
 */
const NOT_THE_SUBJECT: ReadonlySet<string> = new Set(
  (
    "and or & of off on in at to from for with by about over under into onto can can't can’t could " +
    "couldn't couldn’t will would won't won’t shall should may might must do does did don't don’t " +
    "doesn't doesn’t didn't didn’t"
  ).split(" "),
);

/** "Spurs have won", "the Thunder, who have lost" (not "Biden and Harris were", "Smith, Jones are"). */
function pluralVerbAfter(sentence: string, ws: readonly Word[], firstIdx: number, lastIdx: number): boolean {
  const prev = ws[firstIdx - 1];
  if (prev && (NOT_THE_SUBJECT.has(prev.text.toLowerCase()) || !ws[firstIdx].joined)) return false;
  const next = ws[lastIdx + 1];
  if (!next) return false;
  if (next.joined) return PLURAL_VERBS.has(next.text);
  const after = ws[lastIdx + 2];
  return (
    next.text === "who" &&
    sentence.charCodeAt(ws[lastIdx].end) === COMMA &&
    after?.joined === true &&
    PLURAL_VERBS.has(after.text)
  );
}

/** Verbs after a source's name: "Reuters reported". */
const REPORTING_VERBS: ReadonlySet<string> = new Set(["reported", "reports", "reporting"]);

/** "according to Edmunds", "told Reuters", "Reuters reported": the one word at `at` is cited as a source. */
function isCitation(ws: readonly Word[], at: number, next: Word | undefined): boolean {
  const prev = ws[at - 1];
  if (next?.joined && REPORTING_VERBS.has(next.text)) return true;
  if (!prev || !ws[at].joined) return false;
  return prev.text === "told" || (prev.text === "to" && ws[at - 2]?.text.toLowerCase() === "according");
}

const CYRILLIC = /^\p{Script=Cyrillic}/u;

/** Both words open in Cyrillic, or neither does. */
function sameScript(a: string, b: string): boolean {
  return CYRILLIC.test(a) === CYRILLIC.test(b);
}

/** Words after a name searched for "its", up to another name or a person's pronoun. */
const ITS_WINDOW = 8;
/** Words after a name that show it is no subject of a verb. */
const NOT_A_VERB = new Set(["and", "or", "with", "in", "of", "for", "to", "on", "at", "by", "from", "as"]);
const PERSONAL = new Set(["he", "she", "his", "her", "him", "they", "their", "i", "we"]);

function itsFollows(ws: readonly Word[], from: number): boolean {
  // The name is the subject: a verb follows ("Apple plans … its"), not "and its" ("Saturn and its moons").
  const next = ws[from];
  if (!next?.joined || next.capitalised || NOT_A_VERB.has(next.text)) return false;
  for (let k = from; k < Math.min(ws.length, from + ITS_WINDOW); k++) {
    const w = ws[k];
    if (w.capitalised && !w.initial) return false;
    const lower = w.text.toLowerCase();
    if (lower === "its") return true;
    if (PERSONAL.has(lower)) return false;
  }
  return false;
}

/** Marks that close an apposition after a name. */
const APPOSITION_CLOSE = /^[,)]|^\.?$/u;

/** ", Evidence Action,": a comma alone between the word before and the name, and one after it. */
function apposedAfter(sentence: string, prevEnd: number, start: number, end: number): boolean {
  return sentence.slice(prevEnd, start) === ", " && APPOSITION_CLOSE.test(sentence.slice(end, end + 1));
}

/** "N.Y.", "Texas", "New York", "France": the first one or two words after a comma name a place. */
function isPlaceName(phrase: string): boolean {
  const m = /^(\p{Lu}[\p{L}.]*)(?:\s+(\p{Lu}[\p{L}.]*))?/u.exec(phrase);
  if (!m) return false;
  return (
    (m[2] !== undefined && isPlaceKey(`${m[1]} ${m[2]}`.toLowerCase())) || isPlaceKey(m[1].toLowerCase())
  );
}

/**
 * Pronouns right after "X said" that tell a person ("he would") from an organisation ("its sales"). A
 * Map: a plain object would answer for the article's words "constructor" and "__proto__" too.
 */
const SPEAKER_PRONOUN_TYPE: ReadonlyMap<string, EntityType> = new Map([
  ["he", "person"],
  ["she", "person"],
  ["his", "person"],
  ["her", "person"],
  // Not "it": "Warren said it was a mistake" is as common as "Apple said it would".
  ["its", "organization"],
]);
/** Words after the speech verb searched for that pronoun ("said on Tuesday that its …"). */
const SPEAKER_PRONOUN_WINDOW = 4;

/**
 * Who speaks: an organisation when a pronoun after the verb says so ("Apple said its sales …") or when
 * the name is an acronym ("NASA said"), else a person.
 */
function speakerType(c: Candidate, ws: readonly Word[], from: number): EntityType {
  for (let k = from; k < Math.min(ws.length, from + SPEAKER_PRONOUN_WINDOW); k++) {
    const type = SPEAKER_PRONOUN_TYPE.get(ws[k].text.toLowerCase());
    if (type) return type;
  }
  return c.acronym ? "organization" : "person";
}

/** How far before a name a role noun is looked for, and how far after it an apposition is read. */
const ROLE_BEFORE_CHARS = 30;
const APPOSITION_CHARS = 60;
const COMMA = 44;
const SPACE = /\s/u;

/** `/,\s*$/u.test(text.slice(from, to))`: a comma, then only whitespace up to `to`. */
export function commaBefore(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && SPACE.test(text[k])) k--;
  return k >= from && text.charCodeAt(k) === COMMA;
}

/** Determiners and possessives that introduce a role in apposition ("the ... ambassador", "Korea's minister"). */
const ROLE_INTRO = /^(?:the|a|an|his|her|its|their|former|then|\p{L}+['’]s)$/u;

/**
 * True when an apposition names a role: the role word comes first or after a determiner or possessive
 * ("the United States Ambassador", "North Korea's Deputy Minister"), not inside another name list
 * ("KCNA, Kim Son Gyong, ..." holds "Son", which is not a role there).
 */
function appositiveRole(phrase: string): boolean {
  const ws = phrase.split(/\s+/u).slice(0, 7);
  for (let r = 0; r < ws.length; r++) {
    const lower = ws[r].toLowerCase();
    if (!PERSON_ROLES.has(lower)) continue;
    const capitalisedRole = ws[r][0] !== lower[0];
    if (capitalisedRole && !PERSON_TITLES.has(lower)) continue;
    if (r === 0 || ws.slice(0, r).some((w) => ROLE_INTRO.test(w.toLowerCase()))) return true;
  }
  return false;
}

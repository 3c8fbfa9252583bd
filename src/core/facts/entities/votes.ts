/**
 * The type of a name (person, organisation, place, other) from votes: its own words (a suffix such as
 * "... Organization", a prefix such as "Lake ...", the country list, an acronym) and the words around
 * each mention (a title or a role, a place preposition, a speech verb, a role in apposition).
 */
import type { EntityType } from "../../types";
import {
  COUNTRIES,
  isFunctionWord,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  OTHER_SUFFIXES,
  PERSON_ROLES,
  PERSON_TITLES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
} from "../lexicon";
import type { Word } from "../words";
import { type Candidate, NAME_CONNECTORS } from "./candidate";
import {
  CLUB_ENDINGS,
  CLUB_WORDS,
  CORPORATE_TITLES,
  FIRM_DESCRIPTORS,
  FIRM_NOUNS,
  looksLikeFirmName,
  NEWS_AGENCIES_AND_NETWORKS,
  tickerAfter,
} from "./firm-cues";
import {
  GERMAN_AFFILIATION,
  GERMAN_EVENT_LETTERS,
  GERMAN_ORG_ENDING,
  GERMAN_ORG_FIRST,
  GERMAN_OTHER_ENDING,
  GERMAN_PLACE_ENDING,
  ROMANCE_ORG_HEADS,
  ROMANCE_PLACE_HEADS,
} from "./name-heads";
import { isDemonym, isKnownPlace, isPlaceKey } from "./places";

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

/** The name opens with a country or a known place of one or two words ("Kentucky GOP", "Los Angeles Lakers"). */
export function opensWithPlace(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return isPlaceKey(words[0]) || (words.length > 2 && isPlaceKey(`${words[0]} ${words[1]}`));
}

/** What voteByForm reads beside the name itself. */
export interface FormContext {
  /** The lowercase forms of capitalised words that the article also writes in lowercase. */
  lowercase: ReadonlySet<string>;
  /** Languages that capitalise every noun: the capitalised words the article writes after an article. */
  articled: ReadonlySet<string> | null;
  /** Country names in the page's language, beside the English COUNTRIES (null on English pages). */
  countries: ReadonlySet<string> | null;
}

/**
 * Votes from the name's own words: suffixes, prefixes, the country list, acronyms. `lowercase` holds
 * the words the article also writes in lowercase: a name ending in one ("Magic Keyboard", "Davis Cup
 * Final", "Evidence Action") is a thing's name more often than a person's.
 */
export function voteByForm(c: Candidate, form: FormContext): void {
  const { lowercase, articled } = form;
  const first = c.words[0];
  const last = c.words[c.words.length - 1];
  if (COUNTRIES.has(c.key) || form.countries?.has(c.key)) c.votes.place += VOTE.country;
  else if (isKnownPlace(c.key)) c.votes.place += VOTE.knownPlace;
  else if (NEWS_AGENCIES_AND_NETWORKS.has(c.key)) c.votes.organization += VOTE.knownPlace;
  if (ORG_SUFFIXES.has(last)) c.votes.organization += VOTE.suffix;
  if (ORG_PREFIXES.has(first) && c.words.includes("of")) c.votes.organization += VOTE.suffix;
  // "FC Porto", "Real Madrid", "Werder Bremen", "Manchester United": a sports club's name.
  if (c.words.length > 1 && (CLUB_WORDS.has(first) || CLUB_ENDINGS.has(last)))
    c.votes.organization += VOTE.suffix;
  if (PLACE_SUFFIXES.has(last) && c.words.length > 1) c.votes.place += VOTE.suffix;
  if (PLACE_PREFIXES.has(first) && c.words.length > 1) c.votes.place += VOTE.prefix;
  if (OTHER_SUFFIXES.has(last) && c.words.length > 1) c.votes.other += VOTE.suffix;
  // "Corte Suprema", and the head alone for its body: "el Gobierno", "no Senado", "la Fiscalía".
  if (ROMANCE_ORG_HEADS.has(first)) c.votes.organization += VOTE.suffix;
  if (c.words.length > 1 && ROMANCE_PLACE_HEADS.has(first)) c.votes.place += VOTE.suffix;
  if (GERMAN_ORG_ENDING.test(last)) c.votes.organization += VOTE.suffix;
  // "Arbeiterkammer Steiermark", "Thoraxklinik Heidelberg": an institution's compound before its place.
  else if (articled && c.words.length > 1 && (GERMAN_ORG_ENDING.test(first) || GERMAN_ORG_FIRST.has(first)))
    c.votes.organization += VOTE.suffix;
  // "Katholischen Frauenbewegung", "Evangelische Jugendwerk": a church's or a union's body.
  else if (articled && c.words.length > 1 && GERMAN_AFFILIATION.test(first))
    c.votes.organization += VOTE.suffix;
  else if (c.words.length > 1 && GERMAN_PLACE_ENDING.test(last)) c.votes.place += VOTE.suffix;
  else if (articled && c.words.length > 1 && GERMAN_OTHER_ENDING.test(last)) c.votes.other += VOTE.suffix;
  // "SpaceX", "WikiLeaks", "Edmunds.com": an inner capital or a domain marks a firm's or a site's name
  // (not "McDonald", "DiCaprio", "LeBron": name prefixes; not "MacBook": a product, see OTHER_SUFFIXES).
  if (c.words.length === 1 && !c.acronym && looksLikeFirmName(c.text, c.key))
    c.votes.organization += VOTE.acronym;
  // "Pittsburgh Steelers", "Kentucky Democrats": a place's team or party.
  const placeFirst = opensWithPlace(c.words);
  if (c.words.length >= 2 && placeFirst && /[^siuo]s$/u.test(last)) c.votes.organization += VOTE.suffix;
  // "COVID-19", "F-16", "G7": names of things, not organisations.
  if (/\p{N}/u.test(c.key) || (articled && GERMAN_EVENT_LETTERS.has(c.key))) c.votes.other += VOTE.suffix;
  else if (c.acronym && !isPlaceKey(c.key)) c.votes.organization += VOTE.acronym;
  // "Johnson & Johnson", "Marks & Spencer": partners' names joined by an ampersand name a firm.
  const firm = c.key.includes(" & ");
  if (firm) c.votes.organization += VOTE.suffix;
  // "Patrick W. Carlineo Jr.": the name's words before a generational suffix.
  // "Alexander Van der Bellen": a Dutch or noble particle written capitalised, and its article, are no
  // connector of a body's name ("Bank of England"); the name's own words count. (Lowercase, "von der"
  // joins nouns as often: "Fotos von der Hochzeit".)
  const particled = PARTICLE_NAME.test(c.text);
  const own = particled ? c.words.filter((w) => !NAME_CONNECTORS.has(w)) : c.words;
  const core = GENERATIONAL.has(last) ? own.slice(0, -1) : own;
  // "HSV Hamburg", "FSF Europe", "NBC News": a word in capitals is a body's letters, in no person's name.
  const lettered =
    !c.acronym && c.words.length > 1 && c.text.split(" ").some((w) => LETTERS_WORD.test(w) && !ROMAN.test(w));
  if (lettered) c.votes.organization += VOTE.acronym;
  if (
    !c.acronym &&
    !lettered &&
    core.length >= 2 &&
    core.length <= 3 &&
    (particled || !c.words.some((w) => NAME_CONNECTORS.has(w))) &&
    !firm &&
    !lowercase.has(core[core.length - 1]) &&
    // "Kentucky GOP", "Virginia Democrats": a place's name opens no person's.
    !placeFirst &&
    !(articled && opensWithCommonWord(c, lowercase, articled))
  )
    c.votes.person += VOTE.twoWordDefault;
  else if (
    ROMANCE_PERSON.test(c.text) &&
    !ROMANCE_ORG_HEADS.has(first) &&
    !ROMANCE_PLACE_HEADS.has(first) &&
    !c.words.some((w) => lowercase.has(w) || ROMANCE_ADJECTIVE.test(w))
  )
    c.votes.person += VOTE.twoWordDefault;
}

/**
 * A Portuguese, Spanish or Italian person's name: given names and a surname, then a particle and the
 * last surname ("Marcelino Nunes de Oliveira", "Luana Yasmin Gonçalves da Silva"). A body's name opens
 * with its head ("Ministério da Saúde"), has one word before the particle ("Frente de Todos") or an
 * adjective ("Servicio Nacional de Acceso", "Autodefensas Gaitanistas de Colombia").
 */
const ROMANCE_ADJECTIVE = /(?:al|ale|ar|ista|istas|ico|ica|icos|icas|ivo|iva)$/u;
const ROMANCE_PERSON = /^(?:\p{Lu}[\p{Ll}'’-]*\s){2,4}(?:da|de|do|dos|das|del|di)\s\p{Lu}[\p{Ll}'’-]*$/u;

/**
 * Where every noun is capitalised: a name opening with a word the article writes in lowercase (an
 * adjective: "Gelbe Gebiete", "Bayerischen Staatskanzlei") or right after an article (a noun: "Datum
 * Grünland", "Referat Presse") is a noun phrase, not a person's given name and surname.
 */
function opensWithCommonWord(
  c: Candidate,
  lowercase: ReadonlySet<string>,
  articled: ReadonlySet<string>,
): boolean {
  const space = c.text.indexOf(" ");
  const shown = space < 0 ? c.text : c.text.slice(0, space);
  // A noun before two more words is as often a role before a name ("Reporter Juan Moreno").
  return lowercase.has(c.words[0]) || (articled.has(shown) && c.words.length < 3);
}

/** A capitalised particle and its article inside a name ("Alexander Van der Bellen"). */
const PARTICLE_NAME = /\p{L} (?:Von|Van) (?:der|den) \p{Lu}/u;

/** A word of two or more capitals, digits after them allowed ("HSV", "MTV", "RTL2"; not "J.K."). */
const LETTERS_WORD = /^\p{Lu}{2,}\p{N}*$/u;
/** A regnal number ("Elizabeth II", "Graf Johann IV"), which persons' names do hold. */
const ROMAN = /^[IVXLC]+$/u;

/** Generational suffixes after a surname (as Candidate.words holds them: lowercase, no dot). */
export const GENERATIONAL: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

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

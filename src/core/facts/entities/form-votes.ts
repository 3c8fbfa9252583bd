/**
 * Votes from a name's own words: suffixes and prefixes typical of a type, the country and place lists,
 * acronyms, the shape of a person's name (two or three plain capitalised words).
 */
import {
  BODY_HEADS,
  COUNTRIES,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  OTHER_SUFFIXES,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
} from "../lexicon";
import { type Candidate, NAME_CONNECTORS } from "./candidate";
import { CLUB_ENDINGS, CLUB_WORDS, looksLikeFirmName, NEWS_AGENCIES_AND_NETWORKS } from "./firm-cues";
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
import { VOTE } from "./votes";

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
  /** French, Spanish, Italian or Portuguese: a body's or a thing's name opens on its common noun. */
  romance?: boolean;
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
  // "U.S. Customs and Border Protection": a body's name joined across "and" (runs.ts) is a body's.
  else if (BODY_HEADS.has(last) && c.words.includes("and")) c.votes.organization += VOTE.suffix;
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
  // "Somali American", "Mexican Americans": a people of two peoples, no person's given name and surname.
  const peoples =
    c.words.length === 2 &&
    PEOPLE_ENDING.test(last) &&
    isDemonym(last.replace(/s$/u, "")) &&
    isDemonym(first);
  if (peoples) c.votes.other += VOTE.suffix;
  if (
    !c.acronym &&
    !lettered &&
    !peoples &&
    core.length >= 2 &&
    core.length <= 3 &&
    (particled || !c.words.some((w) => NAME_CONNECTORS.has(w))) &&
    !firm &&
    !lowercase.has(core[core.length - 1]) &&
    // "Kentucky GOP", "Virginia Democrats": a place's name opens no person's.
    !placeFirst &&
    !(articled && opensWithCommonWord(c, lowercase, articled)) &&
    // "Carta Magna", "Pacto Histórico", "Forças Armadas": a Romance noun phrase opens on a common noun
    // the article also writes in lowercase; a given name seldom is one.
    !(form.romance && lowercase.has(core[0]))
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

/** How a people's word ends, plural too ("American", "Americans", "Chinese", "Somali"): a cheap test first. */
const PEOPLE_ENDING = /(?:ns?|ese|is?|ish)$/u;

/** A capitalised particle and its article inside a name ("Alexander Van der Bellen"). */
const PARTICLE_NAME = /\p{L} (?:Von|Van) (?:der|den) \p{Lu}/u;

/** A word of two or more capitals, digits after them allowed ("HSV", "MTV", "RTL2"; not "J.K."). */
const LETTERS_WORD = /^\p{Lu}{2,}\p{N}*$/u;
/** A regnal number ("Elizabeth II", "Graf Johann IV"), which persons' names do hold. */
const ROMAN = /^[IVXLC]+$/u;

/** Generational suffixes after a surname (as Candidate.words holds them: lowercase, no dot). */
export const GENERATIONAL: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

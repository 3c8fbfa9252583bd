/**
 * Cues to the type of a name in the Slavic languages, whatever its case: a country's case forms ("w
 * Polsce", "Nowej Zelandii"), an institution's head noun ("Unii Europejskiej", "Partię Pracy"), a role
 * or a demonym before a name ("Prezydent Putin", "Brytyjczyk Simon McCabe"), a speech verb before the
 * speaker ("– mówi Luis Amaral"). slavic-forms.ts tells and joins the case forms.
 */

import type { Word } from "../words";
import type { Candidate } from "./candidate";
import { isCaseFormOf, SLAVIC_LANGS } from "./slavic-forms";
import { VOTE } from "./votes";

/** Length of the first-word prefix countries are indexed by. */
const INDEX_PREFIX = 3;

/**
 * "Polsce", "Nowej Zelandii", "Германии": a name whose words are case forms of a country's, in a Slavic
 * language, votes place as the country's first form does.
 */
export function voteCountryForms(
  candidates: ReadonlyMap<string, Candidate>,
  lang: string,
  countries: ReadonlySet<string> | null,
): void {
  if (!SLAVIC_LANGS.has(lang) || !countries?.size) return;
  // Countries by the first letters of their first word: a lookup per name, not a scan of the list.
  const index = new Map<string, string[][]>();
  for (const country of countries) {
    const words = country.split(" ");
    const key = words[0].slice(0, INDEX_PREFIX);
    const list = index.get(key) ?? [];
    list.push(words);
    index.set(key, list);
  }
  for (const c of candidates.values()) {
    if (c.acronym || countries.has(c.key)) continue;
    const known = index.get(c.words[0].slice(0, INDEX_PREFIX)) ?? [];
    const country = known.find(
      (words) => words.length === c.words.length && words.every((w, k) => isCaseFormOf(c.words[k], w)),
    );
    if (country) c.votes.place += VOTE.country;
  }
}

/**
 * Head nouns of institutions' names, in their first form and, where the stem changes, the changed stem
 * ("związek" → "związku", "urząd" → "urzędu", "sąd" → "sądzie"). Lowercase.
 */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  // Polish
  "agencja",
  "akademia",
  "akcja",
  "bank",
  "biuro",
  "centrum",
  "federacja",
  "fundacja",
  "fundusz",
  "grupa",
  "inspekcja",
  "instytut",
  "izba",
  "kancelaria",
  "klub",
  "koalicja",
  "komisja",
  "komitet",
  "konfederacja",
  "kongres",
  "ministerstwo",
  "organizacja",
  "parlament",
  "partia",
  "platforma",
  "policja",
  "prokuratura",
  "rada",
  "radzi",
  "sąd",
  "sądzi",
  "sejm",
  "senat",
  "sieć",
  "sieci",
  "spółka",
  "stowarzyszenie",
  "towarzystwo",
  "trybunał",
  "unia",
  "uniwersytet",
  "urząd",
  "urzęd",
  "zespół",
  "zespoł",
  "zarząd",
  "związek",
  "związk",
  // Russian
  "агентство",
  "академия",
  "ассоциация",
  "банк",
  "группа",
  "дума",
  "институт",
  "клуб",
  "комитет",
  "компания",
  "корпорация",
  "министерство",
  "организация",
  "парламент",
  "партия",
  "правительство",
  "служба",
  "совет",
  "союз",
  "суд",
  "университет",
  "федерация",
  "фонд",
]);

/**
 * An institution's head noun in any case: "Unii", "Partię", "Związku", "Parlamencie", "Фонда" (a role
 * before it names no person: "Posłanka Partii Pracy").
 */
export function isInstitutionHead(word: string): boolean {
  for (const head of INSTITUTION_HEADS) if (word[0] === head[0] && isCaseFormOf(word, head)) return true;
  return false;
}

/**
 * "Unii Europejskiej", "Partię Pracy", "Polskiego Związku Niewidomych", "Sejmie": a name opening with
 * an institution's head noun, or with an adjective and then one, names an organisation (Slavic names
 * put the head first, after its adjectives), whatever its case; a person's name has no such noun.
 */
export function voteInstitutionHeads(candidates: ReadonlyMap<string, Candidate>, lang: string): void {
  if (!SLAVIC_LANGS.has(lang)) return;
  for (const c of candidates.values()) {
    if (c.acronym) continue;
    if (isInstitutionHead(c.words[0]) || (c.words.length > 1 && isInstitutionHead(c.words[1])))
      c.votes.organization += VOTE.suffix;
  }
}

/** Offices, roles and forms of address written before a name, first forms (lowercase). */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  // Polish
  "ambasador",
  "arcybiskup",
  "biskup",
  "burmistrz",
  "dyrektor",
  "dyrektorka",
  "dziennikarz",
  "generał",
  "kanclerz",
  "komisarz",
  "ksiądz",
  "marszałek",
  "minister",
  "pani",
  "papież",
  "poseł",
  "posłanka",
  "premier",
  "prezes",
  "prezydent",
  "profesor",
  "prokurator",
  "przewodnicząca",
  "przewodniczący",
  "pułkownik",
  "reżyser",
  "rzecznik",
  "rzeczniczka",
  "sędzia",
  "senator",
  "szef",
  "szefowa",
  "trener",
  "wicepremier",
  "wiceminister",
  "wojewoda",
  // Russian
  "актер",
  "актриса",
  "генерал",
  "губернатор",
  "депутат",
  "директор",
  "журналист",
  "канцлер",
  "министр",
  "музыкант",
  "мэр",
  "певец",
  "певица",
  "писатель",
  "посол",
  "председатель",
  "президент",
  "премьер",
  "профессор",
  "режиссер",
  "сенатор",
  "судья",
  "тренер",
]);

/** A man's demonym: "Brytyjczyk", "Amerykanin" (not a woman's "-ka": "Blanka" is a given name). */
const DEMONYM = /(?:czyk|anin)$/u;

/**
 * A role or a demonym before a name on a Slavic page, in any case: "Prezydent Putin", "Posłanka Partii
 * Pracy", "Brytyjczyk Simon McCabe", "Сенатор Полина Порижкова". It is no part of the name.
 */
export function isSlavicRole(lower: string, lang: string): boolean {
  if (!SLAVIC_LANGS.has(lang)) return false;
  return DEMONYM.test(lower) || isPersonalPlural(lower, lang) || isRoleNoun(lower);
}

/** An office or a role of ROLE_NOUNS in any case ("prezydenta", "министра"). */
function isRoleNoun(lower: string): boolean {
  for (const role of ROLE_NOUNS) if (lower[0] === role[0] && isCaseFormOf(lower, role)) return true;
  return false;
}

/** Endings of a genitive or another oblique case, Polish and Russian ("Warszawy", "Falubazu", "России"). */
const OBLIQUE_ENDING = /(?:u|i|y|ego|ej|ы|и|ого|его)$/u;

/**
 * A role and the name after it are in apposition, one person, when they agree in case: the same last
 * letter ("prezydenta Zemana", "президента Путина"), or the role's first form before a name in no
 * oblique case ("premier Babiš"). "prezydent Warszawy", "kapitan Falubazu", "тренер Баварии" name a
 * city's, a club's office: the name is in the genitive.
 */
function inApposition(role: string, name: string): boolean {
  if (ROLE_NOUNS.has(role)) return !OBLIQUE_ENDING.test(name);
  return role[role.length - 1] === name[name.length - 1];
}

/** The ending of a Polish plural of men or mixed groups: "Negocjatorzy", "Krytycy", "Naukowcy", "Członkowie" (not "-icy": "Lewicy", "Stolicy" are a party's and a see's). */
const PERSONAL_PLURAL = /(?:ycy|wcy|ńcy|rzy|owie)$/u;
/** Shortest such plural ("Polacy" is a people, and a people names no one before a name either). */
const MIN_PERSONAL_PLURAL = 6;

/**
 * "Negocjatorzy UE", "Krytycy Babiša": a Polish plural of people (men's and mixed groups' ending) before
 * a name says who, of the name, acts; it marks no person, as a title does.
 */
export function isPersonalPlural(lower: string, lang: string): boolean {
  return lang === "pl" && lower.length >= MIN_PERSONAL_PLURAL && PERSONAL_PLURAL.test(lower);
}

/**
 * Polish and Russian speech verbs that come before the speaker ("– mówi Luis Amaral", "– podkreśliła
 * Urszula Furtak", "пожаловалась Поризкова"): the word order of these languages puts the verb first
 * after a quote. Not "podał" (an agency "podał Eurostat").
 */
const SPEECH_BEFORE: ReadonlySet<string> = new Set(
  (
    "mówi powiedział powiedziała dodał dodała dodaje podkreślił podkreśliła podkreśla zaznaczył " +
    "zaznaczyła zaznacza stwierdził stwierdziła wyjaśnia wyjaśnił wyjaśniła przekonuje tłumaczy " +
    "tłumaczył tłumaczyła twierdzi ocenia ocenił oceniła wylicza potwierdza zauważa zauważył " +
    "zauważyła przyznaje przyznał przyznała pisze napisał napisała " +
    "сказал сказала говорит заявил заявила отметил отметила пожаловался пожаловалась написал " +
    "написала рассказал рассказала добавил добавила признался призналась пояснил пояснила " +
    "подчеркнул подчеркнула считает уверен уверена"
  ).split(" "),
);

/**
 * A role written in lowercase before a name in the same case ("prezydenta Zemana", "premier Babiš")
 * votes person, as weakly as a place preposition votes place: what agrees in case may still be a place.
 */
const ROLE_BEFORE_VOTE = VOTE.placePreposition;

/**
 * Votes from the word before a mention on a Slavic page: a speech verb before the speaker ("mówi Luis
 * Amaral", "пожаловалась Поризкова") marks a person, as "Broussard told" does in English; so, weakly,
 * does a role ("prezydenta Zemana"), unless the name is an institution's ("prezes Grupy Eurocash").
 */
export function voteSlavicContext(c: Candidate, ws: readonly Word[], firstIdx: number, lang: string): void {
  if (!SLAVIC_LANGS.has(lang) || c.acronym) return;
  const prev = ws[firstIdx - 1];
  if (!prev || prev.capitalised || !ws[firstIdx].joined) return;
  if (SPEECH_BEFORE.has(prev.text)) c.votes.person += VOTE.speech;
  else if (isRoleNoun(prev.text) && inApposition(prev.text, c.words[0]) && !isInstitutionHead(c.words[0]))
    c.votes.person += ROLE_BEFORE_VOTE;
}

/**
 * Names in the Slavic languages, which inflect them by case: "Polska", "w Polsce", "z Polski" are one
 * country; the country list (country-names.ts) holds only the first of these forms.
 */
import type { EntityType } from "../types";
import { absorb } from "./entity-aliases";
import type { Candidate } from "./entity-candidate";
import { typeOf, VOTE } from "./entity-votes";
import type { Word } from "./words";

/** Slavic languages: Polish, Russian, Czech, Slovak, Slovene, Ukrainian, Bulgarian, Croatian, Serbian, Belarusian. */
export const SLAVIC_LANGS: ReadonlySet<string> = new Set([
  "pl",
  "ru",
  "cs",
  "sk",
  "sl",
  "uk",
  "bg",
  "hr",
  "sr",
  "be",
]);

/**
 * Case endings a noun or adjective may carry past the stem it shares with its first form: "Finlandi|i",
 * "Rosj|i", "Indi|ach", "Wielk|iej", "Росси|и", "Германи|ей". Not "-anie", "-cy" ("Rosjanie",
 * "Austriacy": a people, not its country).
 */
const CASE_ENDINGS: ReadonlySet<string> = new Set(
  (
    " a e i y u o ę ą ii ji ie em om ej ach ech ami ów iej owi " +
    "а я и ы у ю е о й ой ей ии ию ия ом ем ах ях ую ая ий ый"
  ).split(" "),
);

/**
 * Consonants that alternate before a case ending: "Polsk|a" → "Pols|c|e", "Włoch|y" → "Wło|sz|ech",
 * "Prag|a" → "Pra|dz|e". Written as [inflected form, first form].
 */
const ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [
  ["c", "k"],
  ["sz", "ch"],
  ["dz", "g"],
  ["rz", "r"],
  ["ci", "t"],
  ["l", "ł"],
];

/** Vowels that drop out of a stem before a case ending ("Mireczek", "Mireczka"; "Павел", "Павла"). */
const FLEETING_VOWELS = new Set(["e", "е", "о"]);

/** `a` starts with a fleeting vowel and goes on as `b` does. */
function fleeting(a: string, b: string): boolean {
  return a.length > 1 && FLEETING_VOWELS.has(a[0]) && a[1] === b[0];
}

/** Shortest shared stem ("Finland", "Rosj"); a word of this length or less needs one letter less ("Now|a"). */
const MIN_SHARED_STEM = 4;

/**
 * `form` is a case form of `base` (both lowercase): they share a stem of MIN_SHARED_STEM letters (one
 * alternating consonant allowed where they part) and each goes on with a case ending at most.
 */
export function isCaseFormOf(form: string, base: string): boolean {
  if (form === base) return true;
  let p = 0;
  const n = Math.min(form.length, base.length);
  while (p < n && form[p] === base[p]) p++;
  let a = form.slice(p);
  let b = base.slice(p);
  let shared = p;
  const alternation =
    p > 0
      ? ALTERNATIONS.find(
          ([x, y]) => (a.startsWith(x) && b.startsWith(y)) || (a.startsWith(y) && b.startsWith(x)),
        )
      : undefined;
  if (alternation) {
    const [x, y] = a.startsWith(alternation[0]) ? alternation : [alternation[1], alternation[0]];
    a = a.slice(x.length);
    b = b.slice(y.length);
    shared++;
  } else if (p > 0 && (fleeting(a, b) || fleeting(b, a))) {
    // "Mirecz|ek" / "Mirecz|ka", "Пав|ел" / "Пав|ла": the vowel drops before the ending.
    if (fleeting(a, b)) a = a.slice(1);
    else b = b.slice(1);
    let q = 0;
    while (q < a.length && q < b.length && a[q] === b[q]) q++;
    a = a.slice(q);
    b = b.slice(q);
    shared += q;
  }
  const needed = Math.min(MIN_SHARED_STEM, Math.min(form.length, base.length) - 1);
  return shared >= needed && CASE_ENDINGS.has(a) && CASE_ENDINGS.has(b);
}

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

/** An institution's head noun in any case: "Unii", "Partię", "Związku", "Parlamencie", "Фонда". */
function isInstitutionHead(word: string): boolean {
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

const ALL_TYPES: readonly EntityType[] = ["person", "organization", "place", "other"];
/** A name's part brings no place votes to the person ("w Babišu" hardly makes Babiš a place). */
const ALIAS_TYPES: readonly EntityType[] = ["person", "organization", "other"];

/** Length of the first word's prefix that case forms of one name share (the index of mergeCaseForms). */
const FORM_INDEX_PREFIX = 3;

/** `c` and `d` are case forms of one name: as many words, each a case form of the other's. */
function sameNameForms(c: Candidate, d: Candidate): boolean {
  if (c.words.length !== d.words.length) return false;
  // One word needs the full shared stem ("Marek", "Marka"); in longer names a short adjective may
  // share less ("Nowa Zelandia", "Nowej Zelandii").
  if (c.words.length === 1 && Math.min(c.key.length, d.key.length) <= MIN_SHARED_STEM) return false;
  return c.words.every((w, k) => isCaseFormOf(w, d.words[k]));
}

/**
 * Joins the case forms of a name that stems do not join (mergeInflections): a consonant that
 * alternates ("Polska", "Polsce"), a vowel that drops ("Mireczek", "Mireczka"), an adjective's short
 * stem ("Nowa Zelandia", "Nowej Zelandii"). The form with most mentions (the first met on a tie) names
 * them all, with all their mentions and votes.
 */
export function mergeCaseForms(candidates: Map<string, Candidate>, lang: string): void {
  if (!SLAVIC_LANGS.has(lang)) return;
  const byPrefix = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    if (c.acronym) continue;
    const key = `${c.words.length} ${c.words[0].slice(0, FORM_INDEX_PREFIX)}`;
    const list = byPrefix.get(key) ?? [];
    list.push(c);
    byPrefix.set(key, list);
  }
  for (const list of byPrefix.values()) {
    if (list.length < 2) continue;
    // Most mentions first: each form joins the first one it is a form of.
    list.sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first);
    const targets: Candidate[] = [];
    for (const c of list) {
      const target = targets.find((t) => sameNameForms(c, t));
      if (target) absorb(candidates, target, c, ALL_TYPES);
      else targets.push(c);
    }
  }
}

/** Shortest capitalised word tested against the article's lowercase words ("Вера" is a name too). */
const MIN_COMMON_WORD = 5;

/**
 * On a Slavic page, a test for a capitalised word that the article also writes in lowercase in some
 * case ("Prezydent" beside "prezydenta", "Zadania" beside "zadanie", "Ustawa" beside "ustawy"): a
 * common noun, not a name's first word, when it opens a sentence. Null on other pages.
 */
export function lowercaseFormTest(
  tokens: readonly Word[][],
  lang: string,
): ((lower: string) => boolean) | null {
  if (!SLAVIC_LANGS.has(lang)) return null;
  const byPrefix = new Map<string, Set<string>>();
  for (const ws of tokens)
    for (const w of ws) {
      if (w.capitalised || w.text.length < MIN_COMMON_WORD - 1 || w.text !== w.text.toLowerCase()) continue;
      const key = w.text.slice(0, FORM_INDEX_PREFIX);
      const set = byPrefix.get(key) ?? new Set<string>();
      set.add(w.text);
      byPrefix.set(key, set);
    }
  return (lower) => {
    if (lower.length < MIN_COMMON_WORD) return false;
    const forms = byPrefix.get(lower.slice(0, FORM_INDEX_PREFIX));
    if (!forms) return false;
    for (const form of forms) if (isCaseFormOf(lower, form)) return true;
    return false;
  };
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

/** The word opens an institution's name ("Partii", "Unii"): a role before it names no person. */
export function opensInstitution(lower: string): boolean {
  return isInstitutionHead(lower);
}

/** Shortest single word joined to a person's name as one of its case-formed parts ("Zemana", not "Ewy"). */
const MIN_PART_LENGTH = 5;

/**
 * "Babiša" beside "Andrej Babiš", "Dudka" beside "Patryk Dudek", "Евгению" beside "Евгении Левицкой": a
 * single word that is a case form, not the same form, of the first or last word of exactly one
 * person's name in the article is that person (mergeAliases joins the words written alike), when
 * the name comes first, as a person is named in full before by one name. A part with place or
 * organisation votes of its own stays apart.
 */
export function mergeNameParts(candidates: Map<string, Candidate>, lang: string): void {
  if (!SLAVIC_LANGS.has(lang)) return;
  const byEdge = new Map<string, Candidate[]>();
  for (const m of candidates.values()) {
    if (m.words.length < 2 || m.acronym || typeOf(m) !== "person") continue;
    for (const w of new Set([m.words[0], m.words[m.words.length - 1]])) {
      const key = w.slice(0, FORM_INDEX_PREFIX);
      const list = byEdge.get(key) ?? [];
      if (!list.includes(m)) list.push(m);
      byEdge.set(key, list);
    }
  }
  for (const c of [...candidates.values()]) {
    if (c.words.length !== 1 || c.acronym || c.key.length < MIN_PART_LENGTH) continue;
    if (c.votes.place > c.votes.person + VOTE.placePreposition || c.votes.organization > VOTE.acronym)
      continue;
    const isPart = (w: string) => w !== c.key && isCaseFormOf(c.key, w);
    const owners = (byEdge.get(c.key.slice(0, FORM_INDEX_PREFIX)) ?? []).filter(
      (m) => candidates.has(m.key) && (isPart(m.words[0]) || isPart(m.words[m.words.length - 1])),
    );
    // The full name comes first, its part after: "Windowsa" before "Windows Update" is no part of it.
    if (owners.length === 1 && owners[0].first <= c.first) absorb(candidates, owners[0], c, ALIAS_TYPES);
  }
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

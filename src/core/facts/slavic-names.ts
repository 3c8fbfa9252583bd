/**
 * Names in the Slavic languages, which inflect them by case: "Polska", "w Polsce", "z Polski" are one
 * country; the country list (country-names.ts) holds only the first of these forms.
 */
import type { Candidate } from "./entity-candidate";
import { VOTE } from "./entity-votes";

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
    " a e i y u o ę ą ii ji ie em om ej ach ech ami ów iej ą " +
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

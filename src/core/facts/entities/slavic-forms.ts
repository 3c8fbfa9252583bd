/**
 * Case forms of names in the Slavic languages, which inflect them: "Polska", "w Polsce", "z Polski" are
 * one country, "Babiša" is "Andrej Babiš". Tells whether a word is a case form of another, joins the
 * forms of one name, and tests a word against the article's lowercase words (a common noun's forms).
 */
import { isLowercase } from "../../text/lowercase";
import type { Word } from "../words";
import { ALIAS_VOTES, ALL_VOTES, absorb } from "./aliases";
import type { Candidate } from "./candidate";
import { typeOf, VOTE } from "./votes";

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
      if (target) absorb(candidates, target, c, ALL_VOTES);
      else targets.push(c);
    }
  }
}

/** Slots of lowercaseFormTest's table of word openings (a power of two). */
const PREFIX_SLOTS = 1 << 16;

/** Slot of a word's first FORM_INDEX_PREFIX (3) code units in that table; the word has at least 3. */
function prefixSlot(word: string): number {
  return (word.charCodeAt(0) * 961 + word.charCodeAt(1) * 31 + word.charCodeAt(2)) & (PREFIX_SLOTS - 1);
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
  // Only lowercase words that may answer a question are indexed: those that open like a capitalised
  // word of the article (the index was a tenth of the facts' time on a 709-sentence page).
  const asked = new Set<string>();
  // The same openings by a hash in a table, to pass over most words without a string or a Set lookup
  // (a word whose slot is empty opens like none of them; a filled slot is checked against `asked`).
  const mayBeAsked = new Uint8Array(PREFIX_SLOTS);
  for (const ws of tokens)
    for (const w of ws)
      if (w.capitalised && w.text.length >= MIN_COMMON_WORD) {
        const key = w.text.toLowerCase().slice(0, FORM_INDEX_PREFIX);
        asked.add(key);
        mayBeAsked[prefixSlot(key)] = 1;
      }
  const byPrefix = new Map<string, Set<string>>();
  // Each word once: a long article repeats its common words hundreds of times.
  const seen = new Set<string>();
  for (const ws of tokens)
    for (const w of ws) {
      if (w.capitalised || w.text.length < MIN_COMMON_WORD - 1 || mayBeAsked[prefixSlot(w.text)] === 0)
        continue;
      if (seen.has(w.text)) continue;
      seen.add(w.text);
      const key = w.text.slice(0, FORM_INDEX_PREFIX);
      if (!asked.has(key) || !isLowercase(w.text)) continue;
      const set = byPrefix.get(key) ?? new Set<string>();
      set.add(w.text);
      byPrefix.set(key, set);
    }
  // Sentences open with the same words again and again ("Однако", "Поэтому"): each is answered once.
  const answers = new Map<string, boolean>();
  return (lower) => {
    if (lower.length < MIN_COMMON_WORD) return false;
    let answer = answers.get(lower);
    if (answer === undefined) {
      const forms = byPrefix.get(lower.slice(0, FORM_INDEX_PREFIX));
      answer = forms !== undefined && [...forms].some((form) => isCaseFormOf(lower, form));
      answers.set(lower, answer);
    }
    return answer;
  };
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
    if (owners.length === 1 && owners[0].first <= c.first) absorb(candidates, owners[0], c, ALIAS_VOTES);
  }
}

/**
 * Names that are one another: a role or description before a name in languages that capitalise nouns
 * ("Konzernchef Robert Machtlinger"), a surname alone for the full name ("Shestakov" → "Yevgeny
 * Shestakov"), a demonym for its place ("North Korean" → "North Korea").
 */

import { monthNumber } from "../../text/month-names";
import { stemmerFor } from "../../text/stem";
import type { EntityType } from "../../types";
import { ELIDING_LANGS, ORG_SUFFIXES } from "../lexicon";
import type { Candidate } from "./candidate";
import { type FormContext, GENERATIONAL, voteByForm } from "./form-votes";
import { endsInAbstractNoun, endsInPersonNoun, isTopicLike, PLACE_ADJECTIVE } from "./german-word-shapes";
import { GERMAN_ORG_ENDING, GERMAN_ORG_FIRST } from "./name-heads";
import { articledPrefixLength, describesFirm, describesLocalFirm, rolePrefixLength } from "./noun-languages";
import { DEMONYM_ENDINGS, isDemonym } from "./places";
import { typeOf, VOTE } from "./votes";

/**
 * "Konzernchef Robert Machtlinger" → "Robert Machtlinger", "Luftfahrtzulieferer FACC" → "FACC" (in
 * languages that capitalise nouns, a role or description before a name joins its run): the mentions
 * move to the name, which a role before it marks as a person unless the name is known otherwise. A
 * description is a long compound noun or a noun the article writes after an article ("Thema Flugtaxi",
 * `articled`); a candidate that ends in such a noun is a noun phrase and goes (see isNounPhrase).
 */
export function splitRolePrefixes(
  candidates: Map<string, Candidate>,
  articled: ReadonlySet<string>,
  form: FormContext,
  capitalised: ReadonlySet<string>,
): void {
  // Multi-word names by their last word: "Nachfolger Weikert" is "Thomas Weikert".
  const byLastWord = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    if (c.words.length < 2) continue;
    const list = byLastWord.get(c.words[c.words.length - 1]) ?? [];
    list.push(c);
    byLastWord.set(c.words[c.words.length - 1], list);
  }
  for (const c of [...candidates.values()]) {
    if (c.acronym || c.words.length < 2) continue;
    const shown = c.text.split(/\s+/u);
    if (shown.length !== c.words.length) continue;
    if (isNounPhrase(shown, articled)) {
      candidates.delete(c.key);
      continue;
    }
    const described = articledPrefixLength(shown, articled, isInstitutionHead, capitalised);
    const k = Math.max(rolePrefixLength(shown), described);
    if (k === 0) continue;
    const restText = shown.slice(k).join(" ");
    const offset = c.text.length - restText.length;
    const key = restText.toLowerCase();
    let target = candidates.get(key);
    // "Mobilfunkanbieter Freenet": a firm's name alone after the compound that says what it is.
    const firm = k === c.words.length - 1 && describesFirm(shown[k - 1], restText);
    if (!target && k === c.words.length - 1 && !firm) {
      // One word left: only a name the article gives in full elsewhere ("Heimatstadt Flörsheim" stays;
      // "Männern Schulterzucken", a noun after a noun, goes).
      const owners = (byLastWord.get(key) ?? []).filter((o) => o !== c && candidates.has(o.key));
      if (owners.length !== 1) {
        // "Möglichkeiten Internet-User": nor after an abstract noun.
        if (described === k || isTopicLike(shown[k - 1])) candidates.delete(c.key);
        continue;
      }
      target = owners[0];
    }
    if (!target) {
      target = {
        key,
        text: restText,
        words: c.words.slice(k),
        acronym: shown.slice(k).every((w) => /^\p{Lu}{2,}$/u.test(w)),
        votes: { person: 0, organization: 0, place: 0, other: 0 },
        mentions: [],
        first: c.first,
      };
      voteByForm(target, form);
      if (firm) target.votes.organization += VOTE.role;
      else if (!target.acronym) target.votes.person += VOTE.role;
      candidates.set(key, target);
    }
    for (const m of c.mentions) target.mentions.push({ ...m, key, start: m.start + offset });
    target.first = Math.min(target.first, c.first);
    candidates.delete(c.key);
  }
}

/**
 * A German noun phrase, not a name: it ends in a word the article writes after an article ("Sport
 * Musik", "Männern Schulterzucken", "Gleicht Kratzer") that is no institution's head ("Deutsche Bank",
 * "Thüringer Verfassungsgericht" stay), in an abstract noun ("Hohe Bedeutung", see endsInAbstractNoun)
 * or in a month ("Anfang Juli").
 */
function isNounPhrase(shown: readonly string[], articled: ReadonlySet<string>): boolean {
  const last = shown[shown.length - 1];
  if (monthNumber(last) > 0) return true;
  if (isInstitutionHead(last.toLowerCase())) return false;
  if (endsInPersonNoun(shown) || (shown.length === 2 && describesLocalFirm(shown))) return true;
  if (!articled.has(last)) return endsInAbstractNoun(shown, articled);
  // "Hellbrunner Allee", "Berliner Mauer": a place's adjective makes the noun a name.
  return !(shown.length === 2 && PLACE_ADJECTIVE.test(shown[0]));
}

/** An institution's head word: "Bank", "…gericht", "…zeitung". */
function isInstitutionHead(lower: string): boolean {
  return ORG_SUFFIXES.has(lower) || GERMAN_ORG_ENDING.test(lower) || GERMAN_ORG_FIRST.has(lower);
}

/**
 * "ministre de l'Intérieur Jan Hamáček", "le député LREM Mustapha Laabid", "Browns Greedy Williams": an
 * office, a party or a team written right before a person's name, with no comma, joins its run. When
 * the article names the person on their own elsewhere, and the words before are an acronym or a name it
 * gives on its own as no person ("Intérieur", "Browns"), the run is both: the person gets its mentions,
 * narrowed to the name, and the words before get theirs. Not "Kathleen Hawk Sawyer" beside "Hawk
 * Sawyer": a given name is no name of its own.
 */
export function mergeApposedNames(candidates: Map<string, Candidate>): Set<Candidate> {
  // The names found before a person's: known to stand alone, so no alias of a longer name later.
  const leads = new Set<Candidate>();
  for (const c of [...candidates.values()]) {
    if (c.words.length < 3 || !candidates.has(c.key)) continue;
    const shown = c.text.split(/\s+/u);
    if (shown.length !== c.words.length) continue;
    for (let k = 1; k <= shown.length - 2; k++) {
      const restText = shown.slice(k).join(" ");
      const target = candidates.get(restText.toLowerCase());
      if (!target || target === c || target.acronym || typeOf(target) !== "person") continue;
      const lead = shown.slice(0, k);
      const leadText = lead.join(" ");
      const named = candidates.get(leadText.toLowerCase());
      const acronyms = lead.every((w) => ACRONYM.test(w));
      if (!acronyms && (!named || named === c || typeOf(named) === "person")) continue;
      // "Joaquín Guzmán Loera" beside "Guzmán": the rest is a pair of surnames, and what comes before it
      // the given name.
      if (candidates.has(target.words[0])) continue;
      if (!c.text.startsWith(leadText) || !c.text.endsWith(restText)) continue;
      const offset = c.text.length - restText.length;
      for (const m of c.mentions) {
        named?.mentions.push({ ...m, key: named.key, end: m.start + leadText.length });
        m.start += offset;
      }
      absorb(candidates, target, c, ALIAS_VOTES);
      if (named) leads.add(named);
      break;
    }
  }
  return leads;
}

/** A word of capitals only ("LREM", "UMP", "CB"): a party's, a body's or a position's letters. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Joins surnames to full names ("Shestakov" → "Yevgeny Shestakov") and demonyms to places; not the
 * names in `standalone` ("Ascom" of "Ascom Unite Connect" is no alias of "Ascom North America").
 */
export function mergeAliases(
  candidates: Map<string, Candidate>,
  standalone: ReadonlySet<Candidate> = new Set(),
): void {
  const all = [...candidates.values()];
  // Multi-word names by their first and last word, and places by name: lookups, not scans (long
  // articles have thousands of candidates).
  const byEdgeWord = new Map<string, Candidate[]>();
  for (const m of all) {
    if (m.words.length < 2 || m.acronym) continue;
    for (const w of new Set([m.words[0], surnameOf(m)])) {
      const list = byEdgeWord.get(w) ?? [];
      list.push(m);
      byEdgeWord.set(w, list);
    }
  }
  const places = new Map<string, Candidate>();
  for (const p of all) if (typeOf(p) === "place") places.set(p.key, p);
  for (const c of all) {
    if (!candidates.has(c.key) || standalone.has(c)) continue;
    // One weak place cue ("from Morales’ party") does not outweigh being a known person's surname.
    if (
      c.words.length === 1 &&
      c.votes.place <= c.votes.person + VOTE.placePreposition &&
      c.votes.organization <= VOTE.acronym
    ) {
      const owners = (byEdgeWord.get(c.words[0]) ?? []).filter(
        (m) => m.key !== c.key && candidates.has(m.key),
      );
      const owner = owners.length === 1 || !c.acronym ? dominantOwner(owners, c.words[0]) : undefined;
      // "Russian" is a people's word, not the first name of "Russian Tuva" (a region, typed a person).
      if (owner && typeOf(owner) === "person" && !isDemonym(c.key)) {
        // The only full name takes all but the place votes ("CDC" makes "Chinese CDC" an organisation);
        // the most named of several, a person's name, only the person votes ("Schiff", voted an
        // organisation by its contexts, would make "Adam Schiff" one).
        absorb(candidates, owner, c, owners.length === 1 ? ALIAS_VOTES : SURNAME_VOTES);
        continue;
      }
    }
    const target = demonymOf(c, places);
    if (!target || target === c) continue;
    // A demonym's place votes are not the place's ("from Morales’ party").
    absorb(candidates, target, c, ALIAS_VOTES);
  }
}

/**
 * How many times more mentions the most named of several full names needs for the surname alone to be
 * that person's ("Fernández" for Alberto Fernández, 4, beside Aníbal Fernández, 1): news calls the main
 * one by the surname alone. Closer counts leave the surname to neither ("Biden": Joe or Hunter).
 */
const DOMINANT_OWNER_RATIO = 3;

/** A name's last word, before a generational suffix ("Patrick W. Carlineo Jr." is "Carlineo" too). */
function surnameOf(m: Candidate): string {
  const n = m.words.length;
  return GENERATIONAL.has(m.words[n - 1]) && n > 2 ? m.words[n - 2] : m.words[n - 1];
}

/**
 * The full name a surname stands for: the only one, or of several that all end in it one named far
 * more often than the others. (A word that opens one of them stays apart: "Windows" is not "Windows XP".)
 */
function dominantOwner(owners: readonly Candidate[], surname: string): Candidate | undefined {
  if (owners.length <= 1) return owners[0];
  if (owners.some((m) => surnameOf(m) !== surname)) return undefined;
  const [first, second] = [...owners].sort((a, b) => b.mentions.length - a.mentions.length);
  return first.mentions.length >= DOMINANT_OWNER_RATIO * second.mentions.length ? first : undefined;
}

/** Every type's votes: what one name's forms bring to the form that stands for them. */
export const ALL_VOTES: readonly EntityType[] = ["person", "organization", "place", "other"];
/** A name's part brings no place votes to the whole ("from Morales’ party", "w Babišu"). */
export const ALIAS_VOTES: readonly EntityType[] = ["person", "organization", "other"];
const SURNAME_VOTES: readonly EntityType[] = ["person"];

/** `c` is `target` under another form: its mentions and the votes of `types` move there, and `c` goes. */
export function absorb(
  candidates: Map<string, Candidate>,
  target: Candidate,
  c: Candidate,
  types: readonly EntityType[],
): void {
  for (const m of c.mentions) m.key = target.key;
  target.mentions.push(...c.mentions);
  for (const t of types) target.votes[t] += c.votes[t];
  if (c.spoke && types.includes("person")) target.spoke = (target.spoke ?? 0) + c.spoke;
  if (c.definite) target.definite = (target.definite ?? 0) + c.definite;
  if (c.cited) target.cited = (target.cited ?? 0) + c.cited;
  if (c.plural) target.plural = (target.plural ?? 0) + c.plural;
  target.first = Math.min(target.first, c.first);
  candidates.delete(c.key);
}

/** The place a demonym candidate ("North Korean") names, when that place is in the article. */
function demonymOf(c: Candidate, places: ReadonlyMap<string, Candidate>): Candidate | undefined {
  if (c.acronym) return undefined;
  for (const ending of DEMONYM_ENDINGS) {
    if (!c.key.endsWith(ending)) continue;
    const stem = c.key.slice(0, -ending.length);
    // "russia" + "n"; "japan" + "ese"; "chin(a)" + "ese"; "german(y)" + "" is not handled.
    for (const key of [stem, ...["a", "e", "o", "y"].map((v) => stem + v)]) {
      const p = places.get(key);
      if (p && p !== c && p.words.length === c.words.length) return p;
    }
  }
  return undefined;
}

/**
 * Languages that inflect names by case ("Полина", "Полины", "Полине"; "Wałęsa", "Wałęsy"): their forms
 * of one name are one name. (German, English and the Romance languages barely inflect names.)
 */
const INFLECTING_NAME_LANGS: ReadonlySet<string> = new Set(["ru", "pl", "cs", "sl", "fi", "hu"]);
/** Stems shorter than this are not trusted to tell names apart ("Ян", "Ли"). */
const MIN_NAME_STEM = 4;
/**
 * Longest case ending past the stem ("Polsk|ę", "Finland|ii", "Czech|ach"): a longer one makes another
 * noun ("Rosj|anie", the Russians, is not "Rosj|a", Russia).
 */
const MAX_CASE_ENDING = 3;

/**
 * Joins the case forms of a name in languages that inflect names: candidates whose words have the
 * same stems are one name, shown in its most frequent form (the first one met on a tie), with all
 * their mentions and votes.
 */
export function mergeInflections(candidates: Map<string, Candidate>, lang: string): void {
  if (!INFLECTING_NAME_LANGS.has(lang)) return;
  const stem = stemmerFor(lang);
  const byStems = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    if (c.acronym) continue;
    const stems = c.words.map((w) => stem(w));
    const caseForm = (x: string, k: number) =>
      x.length >= MIN_NAME_STEM && c.words[k].length - x.length <= MAX_CASE_ENDING;
    if (!stems.every(caseForm)) continue;
    const key = stems.join(" ");
    const forms = byStems.get(key);
    if (forms) forms.push(c);
    else byStems.set(key, [c]);
  }
  for (const forms of byStems.values()) {
    if (forms.length < 2) continue;
    const target = forms.reduce((best, c) =>
      c.mentions.length > best.mentions.length ||
      (c.mentions.length === best.mentions.length && c.first < best.first)
        ? c
        : best,
    );
    for (const c of forms) if (c !== target) absorb(candidates, target, c, ALL_VOTES);
  }
}

/** A capital elided article or preposition: "L’", "D’", "Dell’" (a sentence's first word keeps its capital). */
const CAPITAL_ELISION = /^\p{Lu}\p{Ll}{0,3}['’](?=\p{Lu})/u;

/**
 * A sentence that opens on an elision capitalises the article ("L’État", "L’AG Éducation"): that name
 * is the one written "l’État" elsewhere, or a name whose first word the article writes alone ("AG").
 * Otherwise the capital belongs to the name ("L’Oréal", "L’Aquila") and it stays as written.
 */
export function mergeElidedOpenings(candidates: Map<string, Candidate>, lang: string): void {
  if (!ELIDING_LANGS.has(lang)) return;
  const firstWords = new Set<string>();
  for (const c of candidates.values()) firstWords.add(c.words[0]);
  for (const c of [...candidates.values()]) {
    const elision = CAPITAL_ELISION.exec(c.text);
    if (!elision) continue;
    const cut = elision[0].length;
    const key = c.key.slice(cut);
    const rest = candidates.get(key);
    const first = c.words[0].slice(cut);
    if (!rest && !firstWords.has(first)) continue;
    for (const m of c.mentions) m.start += cut;
    if (rest) {
      absorb(candidates, rest, c, ALL_VOTES);
      continue;
    }
    candidates.delete(c.key);
    for (const m of c.mentions) m.key = key;
    c.key = key;
    c.text = c.text.slice(cut);
    c.words[0] = first;
    candidates.set(key, c);
  }
}

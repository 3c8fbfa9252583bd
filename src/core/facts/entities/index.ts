/**
 * Names in the article, found as runs of capitalised words and typed from cues around them:
 * a title or role before or in apposition ("Deputy Foreign Minister ... Yevgeny Shestakov",
 * "Kim Son Gyong, North Korea's Deputy Minister"), a suffix ("... Organization", "... City"),
 * a place preposition ("in Pyongyang"), a speech verb after ("Broussard told"), a small country list.
 * A capitalised first word of a sentence counts only when the same word is capitalised elsewhere in
 * the middle of a sentence. Surnames alone are counted as mentions of the full name they belong to.
 * This file finds the names; votes.ts types them, aliases.ts joins the ones that are one
 * another, noun-languages.ts holds the rules for languages that capitalise every noun (and
 * german-word-shapes.ts the word shapes they read).
 */

import { endsWithMark } from "../../text/final-marks";
import { monthNumber } from "../../text/month-names";
import { isWeekdayName } from "../../text/weekday-names";
import type { Entity } from "../../types";
import {
  COMMON_ACRONYMS,
  GENERIC_HEADS,
  isFunctionWord,
  ORG_SUFFIXES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from "../lexicon";
import { NUMBER_WORDS } from "../numbers";
import type { Word } from "../words";
import {
  type AcronymDefinition,
  bracketDefinitions,
  definedAcronym,
  keepsUnspelled,
  mergeDefinedAcronyms,
} from "./acronym-definitions";
import {
  mergeAliases,
  mergeApposedNames,
  mergeElidedOpenings,
  mergeInflections,
  splitRolePrefixes,
} from "./aliases";
import { type Candidate, type EntityMention, NAME_CONNECTORS } from "./candidate";
import { voteByContext } from "./context-votes";
import { countryNames } from "./country-names";
import { describedBefore, isHolderAfterDomain, isTitleOrdinal, officeDomain } from "./describers";
import { CORPORATE_TITLES } from "./firm-cues";
import { type FormContext, voteByForm } from "./form-votes";
import {
  holdsGenitive,
  isCardinalWord,
  isElidedCompound,
  isInflectedAdjective,
  isParticiple,
  isQuantityNoun,
  isTopicNoun,
} from "./german-word-shapes";
import { ROMANCE_LANGS } from "./name-heads";
import { articledNouns } from "./noun-languages";
import { runEnd, WEEKDAY, WEEKDAY_NAMES, withoutAffix, withoutParticle, wordKey } from "./runs";
import { voteFullForms, voteShortForms } from "./short-forms";
import { lowercaseFormTest, mergeCaseForms, mergeNameParts } from "./slavic-forms";
import {
  isInstitutionHead,
  isPersonalPlural,
  isSlavicRole,
  voteCountryForms,
  voteInstitutionHeads,
  voteSlavicContext,
} from "./slavic-names";
import { typeOf, VOTE, weighGuessedPersons } from "./votes";

export type { EntityMention } from "./candidate";

export interface EntityTable {
  /** Canonical entities, most prominent first. */
  list: Entity[];
  /** Lowercase canonical name → entity. */
  byKey: Map<string, Entity>;
  /** Mentions per sentence index. */
  mentions: EntityMention[][];
}

/** Languages that capitalise every noun: a lone capitalised word there is not a name. */
const NOUN_CAPITALISING_LANGS: ReadonlySet<string> = new Set(["de", "lb"]);

/** Capitalised words that are dates or clock times, not names. */
const CALENDAR_WORD =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt)$/u;

/**
 * A date's or clock's word: "Friday", "p.m."; beyond English also the languages' weekdays and months
 * ("viernes", "Juli"; not on an English page, where "Mars" is the planet).
 */
function isCalendarWord(lower: string, lang: string): boolean {
  if (CALENDAR_WORD.test(lower)) return true;
  return lang !== "en" && (isWeekdayName(lower) || monthNumber(lower) > 0);
}

/** German prepositions of time before a month ("ab Juli", "seit März"), where "August" is no given name. */
const MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(["ab", "seit", "bis", "im", "vom"]);

const CONTRACTION = /['’](?:m|ve|ll|d|re|t)$/u;
/** A capitalised word and one lowercase part after a hyphen: "Well-off", "Long-time" (not "Jean-Luc", "Stoke-on-Trent"). */
const COMPOUND_ADJECTIVE = /^\p{Lu}\p{Ll}*-\p{Ll}+$/u;
/** "First", "THIRD": ordinals, English (counts are NUMBER_WORDS). */
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/iu;
/** "D-Minn", "R-Texas": the party and state after a US lawmaker's name. */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

const LOWERCASE_LETTER = /\p{Ll}/u;

/** Most entities an article lists. */
export const MAX_ENTITIES = 40;

/**
 * Finds and types the names of an article. `sentences[i]` is the text of sentence i and
 * `tokens[i]` its words; `title` only raises the rank of names it holds.
 */
export function findEntities(
  sentences: readonly string[],
  tokens: readonly Word[][],
  lang: string,
  title: string | null,
): EntityTable {
  const confirmed = confirmedWords(tokens);
  confirmed.commonForm = lowercaseFormTest(tokens, lang);
  const brackets = bracketDefinitions(sentences, tokens);
  for (const acronym of brackets.acronyms) confirmed.words.add(acronym);
  const candidates = new Map<string, Candidate>();
  const speech = SPEECH_VERBS[lang] ?? SPEECH_VERBS.en;
  const placePreps = PLACE_PREPOSITIONS[lang] ?? PLACE_PREPOSITIONS.en;
  const nounCaps = NOUN_CAPITALISING_LANGS.has(lang);
  // Where every noun is capitalised, the ones the article writes after an article.
  const articled = nounCaps ? articledNouns(tokens) : null;
  const form: FormContext = {
    lowercase: confirmed.lowercase,
    articled,
    countries: lang === "en" ? null : countryNames(lang),
    romance: ROMANCE_LANGS.has(lang),
  };

  const headlines: number[] = [];
  const lone: Array<{ si: number; word: Word }> = [];
  // Acronyms defined in brackets after a name, by the acronym's key.
  const definitions = new Map<string, AcronymDefinition>();
  const beforeTitles: Array<{ si: number; start: number; end: number; corporate: boolean }> = [];
  tokens.forEach((ws, si) => {
    const sentence = sentences[si];
    if (isHeadline(sentence, ws, lang)) {
      headlines.push(si);
      return;
    }
    // Only a sentence with a bracket, or an article with a defined name, can join a name across "and".
    const defining = brackets.names.size > 0 || sentence.includes(" (") ? brackets.names : null;
    for (let i = 0; i < ws.length; i++) {
      if (!ws[i].capitalised) continue;
      // Grow the run of capitalised words (and connectors between them).
      const { end: j, beforeTitle } = runEnd(sentence, ws, i, nounCaps, lang, confirmed.lowercase, defining);
      const runStart = i;
      const run = ws.slice(i, j + 1);
      i = j;
      const named = nameInRun(run, confirmed, lang);
      if (!named) continue;
      const { titled } = named;
      let { kept } = named;
      // A lone word before a title qualifies it: "Education" of "Chief Education Officer Dr …", but
      // also "Twitter" of "Twitter CEO Jack Dorsey". It counts only for a name found elsewhere.
      // Where every noun is capitalised, what comes before a title is a role ("Berliner
      // Landestierschutzbeauftragten Dr. …"): it too counts only for a name found elsewhere.
      if (beforeTitle && (kept.length === 1 || nounCaps)) {
        const corporate = CORPORATE_TITLES.has(wordKey(ws[runStart + run.length].text));
        beforeTitles.push({ si, start: kept[0].start, end: kept[kept.length - 1].end, corporate });
        continue;
      }
      // Index of the name's first word in the sentence (no indexOf: long sentences would go quadratic).
      let firstIdx = runStart + named.offset;
      if (isTitleOrdinal(kept, ws[firstIdx + 1])) continue;
      // "ministre de la Santé Olivier Véran", "chef de l’État Miloš Zeman": an office's domain, then its
      // holder's name (two words without a connector, a place or an institution's head), which the next
      // run reads.
      const domain = officeDomain(ws, firstIdx, lang);
      if (domain && isHolderAfterDomain(kept)) {
        kept = kept.slice(0, 1);
        i = firstIdx;
      } else if (!nounCaps) {
        // "Ukraine Marie Yovanovitch", "Republican Phil Bryant", "Employee Steve Castro": a word that
        // describes the person right before a first name and a surname the article also gives alone.
        const described = describedBefore(kept, confirmed);
        if (described === "place") {
          kept = kept.slice(0, 1);
          i = firstIdx;
        } else if (described === "word") {
          kept = kept.slice(1);
          firstIdx++;
        }
      }
      if (nounCaps) {
        // "2,5 Milliarden Euro", "40.000 Familien", "fünf Grad Celsius": nouns after a number are its unit.
        const before = ws[firstIdx - 1];
        if (before && (/^\p{N}/u.test(before.text) || isCardinalWord(before.text))) continue;
        // "Kims Großvater", "Tod Kims", "Österreichs Industrie": a name's genitive beside a noun.
        if (holdsGenitive(kept, confirmed.words, form.countries)) continue;
        // "Hunderte Kinder", "Millionen Euro": a counted noun, not a name.
        if (isQuantityNoun(kept[0].text)) continue;
        // "ab Juli Trainer": a month after a preposition of time dates the noun after it.
        if (
          kept.length === 2 &&
          before &&
          MONTH_PREPOSITIONS.has(before.text) &&
          monthNumber(kept[0].text) > 0
        )
          continue;
        // "Zwischen-und Endprodukte": two compounds sharing a part.
        if (kept.some((w) => isElidedCompound(w.text))) continue;
        if (kept.length < 2 && !kept[0].acronym && !titled) {
          // A lone capitalised word is a noun unless it is the surname of a name found elsewhere.
          lone.push({ si, word: kept[0] });
          continue;
        }
      }
      // "Agents of | Air and Marine Operations (AMO)": the name is what its acronym spells.
      const spelled = definedAcronym(sentence, kept[kept.length - 1].end, kept);
      const spelledStart = spelled === null ? 0 : kept[spelled.from].start;
      if (
        spelled !== null &&
        spelled.from > 0 &&
        !keepsUnspelled(kept, spelled.from, (w) => ORG_SUFFIXES.has(wordKey(w)))
      ) {
        kept = kept.slice(spelled.from);
        firstIdx += spelled.from;
      }
      const text = sentence.slice(kept[0].start, kept[kept.length - 1].end);
      const key = text.toLowerCase();
      let c = candidates.get(key);
      if (!c) {
        c = {
          key,
          text,
          words: kept.map((w) => wordKey(w.text)),
          acronym: kept.every((w) => w.acronym),
          votes: { person: 0, organization: 0, place: 0, other: 0 },
          mentions: [],
          first: si,
        };
        voteByForm(c, form);
        candidates.set(key, c);
      } else if (c.acronym && LOWERCASE_LETTER.test(text)) {
        // "TEGUCIGALPA, HONDURAS.-" then "Honduras": a name is shown as written in the text, not as a
        // dateline or a headline in capitals wrote it.
        c.text = text;
        c.acronym = false;
      }
      const end = kept[kept.length - 1].end;
      c.mentions.push({ key, sentence: si, start: kept[0].start, end });
      if (spelled !== null && !definitions.has(spelled.acronym.toLowerCase()))
        definitions.set(spelled.acronym.toLowerCase(), {
          name: c,
          acronym: spelled.acronym,
          spelledKey: sentence.slice(spelledStart, end).toLowerCase(),
          sentence: si,
          start: end + 2,
        });
      if (titled) c.votes.person += VOTE.title;
      if (domain === "ministry") c.votes.organization += VOTE.suffix;
      voteByContext(c, sentence, ws, firstIdx, kept, speech, placePreps);
      voteSlavicContext(c, ws, firstIdx, lang);
    }
  });

  if (headlines.length) {
    // Known names by first word, longest first, for matching inside headlines.
    const byFirstWord = new Map<string, Candidate[]>();
    for (const c of [...candidates.values()].sort((a, b) => b.words.length - a.words.length)) {
      const list = byFirstWord.get(c.words[0]) ?? [];
      list.push(c);
      byFirstWord.set(c.words[0], list);
    }
    for (const si of headlines) countKnownNames(tokens[si], si, byFirstWord);
  }
  // Multi-word names by their last word, for the lone words (a lookup, not a scan per word).
  const byLastWord = new Map<string, Candidate[]>();
  if (lone.length)
    for (const c of candidates.values()) {
      if (c.words.length < 2) continue;
      const last = c.words[c.words.length - 1];
      const list = byLastWord.get(last) ?? [];
      list.push(c);
      byLastWord.set(last, list);
    }
  for (const { si, word } of lone) {
    const owners = byLastWord.get(word.text.toLowerCase()) ?? [];
    if (owners.length === 1)
      owners[0].mentions.push({ key: owners[0].key, sentence: si, start: word.start, end: word.end });
  }
  for (const { si, start, end, corporate } of beforeTitles) {
    const c = candidates.get(sentences[si].slice(start, end).toLowerCase());
    if (!c) continue;
    c.mentions.push({ key: c.key, sentence: si, start, end });
    // "Apple CEO Tim Cook", "Toyota spokesman …": a firm has a chief executive, a person does not.
    if (corporate) c.votes.organization += VOTE.role;
  }
  if (articled) splitRolePrefixes(candidates, articled, form, confirmed.words);
  mergeElidedOpenings(candidates, lang);
  // After the splits, which may take the defined name apart ("Verein Deutsche Sprache (VDS)", a noun
  // phrase to them): its acronym then stays a name of its own.
  mergeDefinedAcronyms(candidates, definitions);
  votePlurals(candidates);
  voteCountryForms(candidates, lang, form.countries);
  voteInstitutionHeads(candidates, lang);
  mergeInflections(candidates, lang);
  mergeCaseForms(candidates, lang);
  mergeNameParts(candidates, lang);
  mergeAliases(candidates, mergeApposedNames(candidates));
  voteShortForms(candidates);
  weighGuessedPersons(candidates.values());
  voteFullForms(candidates);
  return buildTable(candidates, tokens.length, title);
}

/** A plural of at least this many letters ("Spurs", not "Bus"). */
const PLURAL_MIN_LENGTH = 4;

/**
 * A plural whose singular the article also names ("Americans" beside "American", "Democrats" beside
 * "Democrat", "African Americans" beside "American") names a people or a party's members, not a
 * person: it may speak ("Americans say") without being one.
 */
function votePlurals(candidates: ReadonlyMap<string, Candidate>): void {
  for (const c of candidates.values()) {
    const last = c.words[c.words.length - 1];
    if (c.acronym || last.length < PLURAL_MIN_LENGTH || !last.endsWith("s") || last.endsWith("ss")) continue;
    // "African Americans" beside "American" or "African American".
    if (candidates.has(c.key.slice(0, -1)) || candidates.has(last.slice(0, -1))) c.votes.other += VOTE.suffix;
  }
}

/** Share of capitalised content words from which a sentence is a title-case headline. */
const HEADLINE_CAPITALISED_SHARE = 0.75;
/** Content words a headline needs before we judge its capitals. */
const HEADLINE_MIN_WORDS = 4;

/**
 * A title-case line ("Belarus and North Korea Flex Diplomatic Muscles") capitalises every word, so its
 * runs are not names; only names found elsewhere are counted there.
 */
function isHeadline(sentence: string, ws: readonly Word[], lang: string): boolean {
  // Prose ends with a full stop; headlines and captions do not.
  if (endsWithMark(sentence, ".!?…", `"'”’»)]`, "after")) return false;
  const content = ws.filter((w) => !isFunctionWord(w.text.toLowerCase(), lang));
  if (content.length < HEADLINE_MIN_WORDS) return false;
  return content.filter((w) => w.capitalised).length / content.length >= HEADLINE_CAPITALISED_SHARE;
}

/** Counts, in a headline, the longest known names at each word. */
function countKnownNames(
  ws: readonly Word[],
  si: number,
  byFirstWord: ReadonlyMap<string, Candidate[]>,
): void {
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i].capitalised) continue;
    const known = byFirstWord.get(wordKey(ws[i].text)) ?? [];
    const hit = known.find((c) =>
      c.words.every((w, k) => ws[i + k] && wordKey(ws[i + k].text) === w && (k === 0 || ws[i + k].joined)),
    );
    if (!hit) continue;
    const last = ws[i + hit.words.length - 1];
    hit.mentions.push({ key: hit.key, sentence: si, start: ws[i].start, end: last.end });
    i += hit.words.length - 1;
  }
}

/**
 * Evidence that a clause-initial capitalised word is a name: the word capitalised elsewhere mid-clause
 * and never written in lowercase ("International" is not, when "international" occurs), or the pair it
 * starts capitalised elsewhere mid-clause ("North Korea").
 */
interface Confirmed {
  words: Set<string>;
  /** Words written in lowercase somewhere, among the capitalised words' lowercase forms. */
  lowercase: Set<string>;
  pairs: Set<string>;
  /** Capitalised mid-clause words written without a capitalised neighbour ("told Cook"). */
  alone: Set<string>;
  /** Slavic pages: the word is written in lowercase in some case ("prezydenta"): a common noun. */
  commonForm?: ((lower: string) => boolean) | null;
}

function confirmedWords(tokens: readonly Word[][]): Confirmed {
  // `lowercase` is only asked about the lowercase forms of capitalised words (the runs isConfirmed
  // tests, the last words voteByForm tests): it keeps just those, not every lowercase word of the article.
  const asked = new Set<string>();
  for (const ws of tokens) for (const w of ws) if (w.capitalised) asked.add(w.text.toLowerCase());
  const c: Confirmed = { words: new Set(), lowercase: new Set(), pairs: new Set(), alone: new Set() };
  for (const ws of tokens)
    ws.forEach((w, i) => {
      if (!w.capitalised) {
        if (asked.has(w.text)) c.lowercase.add(w.text);
      } else if (!w.initial) {
        c.words.add(w.text);
        const next = ws[i + 1];
        const runsOn = next?.capitalised && next.joined;
        if (runsOn) c.pairs.add(`${w.text} ${next.text}`);
        else if (!(w.joined && ws[i - 1]?.capitalised)) c.alone.add(w.text);
      }
    });
  return c;
}

/** English -ing and -ed forms; shorter words are often names ("Ted", "Ming"). */
const PARTICIPLE = /(?:ing|ed)$/u;
const PARTICIPLE_MIN_LENGTH = 6;

function isConfirmed(run: readonly Word[], c: Confirmed, lang: string): boolean {
  const w = run[0].text;
  const lower = w.toLowerCase();
  if (c.words.has(w) && !c.lowercase.has(lower)) return true;
  if (run.length < 2) return false;
  // "Prezydent Putin", "Zadania Instytutu …": an opening noun the article also writes in lowercase.
  if (c.commonForm?.(lower)) return false;
  // Where every noun is capitalised, an opening adjective never capitalised mid-clause ("Grundlose
  // Berichte", "Wahren Tabelle") is not the start of a name; an opening given name is ("Dirk …").
  if (NOUN_CAPITALISING_LANGS.has(lang) && isInflectedAdjective(lower)) return false;
  // "John Smith said ...": two capitalised words whose first is no ordinary word of the article.
  if (c.pairs.has(`${w} ${run[1].text}`)) return true;
  // "Hosting Cook at Dreamforce …", "Ousted WeWork CEO …": an English participle opening the sentence
  // before a name the article writes alone ("United Kingdom", "Associated Press" stay names).
  if (
    lang === "en" &&
    lower.length >= PARTICIPLE_MIN_LENGTH &&
    PARTICIPLE.test(lower) &&
    c.alone.has(run[1].text)
  )
    return false;
  return !c.lowercase.has(lower) && !isFunctionWord(lower, lang);
}

/**
 * The name inside a capitalised run: drops an unconfirmed sentence-initial word, leading and trailing
 * titles and function words. Null when nothing name-like remains.
 */
function nameInRun(
  run: readonly Word[],
  confirmed: Confirmed,
  lang: string,
): { kept: Word[]; offset: number; titled: boolean } | null {
  let a = 0;
  let b = run.length - 1;
  if (run[0].initial && !isConfirmed(run, confirmed, lang)) {
    a++;
    // "Neuer Geschäftsführender Leiter": adjectives after an opening one are no more a name ("Die
    // Europäische Kommission" is one).
    const adjectives = NOUN_CAPITALISING_LANGS.has(lang) && isInflectedAdjective(run[0].text.toLowerCase());
    while (adjectives && a < b && isParticiple(run[a].text.toLowerCase())) a++;
  }
  // "Well-off North Koreans", "Long-time Apple users": a compound adjective opening the sentence.
  if (a < b && run[a].initial && COMPOUND_ADJECTIVE.test(run[a].text)) a++;
  // "One Home Depot executive", "THIRD case": a count or a rank opening the run is no part of the name.
  if (a <= b && lang === "en" && (NUMBER_WORDS.has(run[a].text.toLowerCase()) || ORDINAL.test(run[a].text))) {
    if (a === b) return null;
    a++;
  }
  // "Interior Ministry", "Defense Department": titles before an institution's word name the institution
  // ("Inspector-General of Police" is a person's title).
  const institution = ORG_SUFFIXES.has(wordKey(run[b].text)) && !run.some((w) => NAME_CONNECTORS.has(w.text));
  let titled = false;
  let sawTitle = false;
  while (a <= b) {
    const w = wordKey(run[a].text);
    if (PERSON_TITLES.has(w) && !institution) {
      sawTitle = true;
      a++;
    } else if (a < b && isSlavicRole(w, lang)) {
      // "Prezydent Putin", "Brytyjczyk Simon McCabe"; "Posłanka Partii Pracy" names the party.
      sawTitle = !isInstitutionHead(wordKey(run[a + 1].text)) && !isPersonalPlural(w, lang);
      a++;
    } else if (NAME_CONNECTORS.has(w) || isFunctionWord(w, lang)) {
      // "Minister of Belarus": what follows the title's "of" is not the titled person.
      if (sawTitle) sawTitle = false;
      a++;
    } else if (a < b && NOUN_CAPITALISING_LANGS.has(lang) && isTopicNoun(w)) a++;
    else break;
  }
  titled = sawTitle;
  while (b >= a) {
    const w = wordKey(run[b].text);
    if (PERSON_TITLES.has(w) || NAME_CONNECTORS.has(w) || isFunctionWord(w, lang)) b--;
    else break;
  }
  // "Clarendon Tuesday": a weekday after a name dates it ("Super Tuesday", "Good Friday" are names).
  if (b > a && WEEKDAY.test(run[b].text) && !WEEKDAY_NAMES.has(run[b - 1].text.toLowerCase())) b--;
  // "On Tuesday Apple's chief executive …", "Monday Boeing said": a weekday before a name dates it.
  if (a < b && WEEKDAY.test(run[a].text)) a++;
  if (a > b) return null;
  const kept = run.slice(a, b + 1);
  kept[kept.length - 1] = withoutAffix(withoutParticle(kept[kept.length - 1]));
  if (!kept[kept.length - 1].text) return null;
  if (kept.every((w) => isCalendarWord(w.text.toLowerCase(), lang) || /^\p{N}/u.test(w.text))) return null;
  if (kept.length === 1 && kept[0].text.length < 2) return null;
  // "TV", "CPU", "SUVs": acronyms of common nouns; "D-Minn": a lawmaker's party and state; "Street",
  // "Department": a name's head left alone ("17th Street", "the Sheriff's Department").
  if (kept.length === 1) {
    const key = wordKey(kept[0].text);
    if (COMMON_ACRONYMS.has(key) || GENERIC_HEADS.has(key) || PARTY_STATE.test(kept[0].text)) return null;
  }
  // "I'm", "Don't": contractions, not names.
  if (kept.some((w) => CONTRACTION.test(w.text))) return null;
  return { kept, offset: a, titled };
}

/** Weight of a name's presence in the title, in mentions. */
const TITLE_MENTION_BONUS = 2;

function buildTable(
  candidates: Map<string, Candidate>,
  sentenceCount: number,
  title: string | null,
): EntityTable {
  const lowerTitle = title?.toLowerCase() ?? "";
  // Each name's prominence once, not once per comparison (the title search is the costly part).
  const prominence = new Map<Candidate, number>();
  for (const c of candidates.values())
    prominence.set(c, c.mentions.length + (lowerTitle.includes(c.key) ? TITLE_MENTION_BONUS : 0));
  const ranked = [...candidates.values()].sort(
    (a, b) => (prominence.get(b) as number) - (prominence.get(a) as number) || a.first - b.first,
  );
  const byKey = new Map<string, Entity>();
  const list: Entity[] = [];
  for (const c of ranked) {
    const e: Entity = { text: c.text, type: typeOf(c), mentions: c.mentions.length };
    byKey.set(c.key, e);
    if (list.length < MAX_ENTITIES) list.push(e);
  }
  const mentions: EntityMention[][] = Array.from({ length: sentenceCount }, () => []);
  for (const c of candidates.values()) for (const m of c.mentions) mentions[m.sentence].push(m);
  for (const ms of mentions) ms.sort((a, b) => a.start - b.start);
  return { list, byKey, mentions };
}

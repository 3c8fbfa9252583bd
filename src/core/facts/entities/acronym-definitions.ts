/**
 * A name the article defines by its acronym in brackets: "U.S. Customs and Border Protection (CBP)",
 * "Organización Mundial de la Salud (OMS)". The acronym's letters tell where the name ends, even across
 * "and" ("Air and Marine Operations (AMO)", which the run of capitalised words had cut in two); the
 * acronym names the same body, so its mentions count for the name; and a name with letters is a body
 * (or a programme, a law, a disease), not a person.
 */
import type { EntityType } from "../../types";
import type { Word } from "../words";
import { absorb } from "./aliases";
import type { Candidate } from "./candidate";
import { VOTE } from "./votes";

/** Most words a defined name spans ("National Oceanic and Atmospheric Administration" is 5). */
const MAX_DEFINITION_WORDS = 10;
/** Longest lowercase word inside a defined name: connectors ("and", "of", "für", "de la"), not verbs. */
const MAX_CONNECTOR_LENGTH = 4;
/**
 * Capitalised words of the name its letters may leave out ("Centers for Disease Control and Prevention
 * (CDC)"); more, and the letters are some other name's.
 */
const MAX_SKIPPED_WORDS = 1;
/** The bracket right after a name: " (CBP)", " (PiS)"; two to ten characters, at least two capitals. */
const BRACKETED_ACRONYM = /^ \((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/u;
/** Characters read for the bracket: space, brackets and ten letters. */
const BRACKET_SPAN = 13;
const SPACE = 32;
/** A person's initial, a capital and a dot as a word of its own: "M." of "Richard M. Stallman" (not "U.S."). */
const INITIAL = /(?:^|\s)\p{Lu}\.(?=\s|$)/u;
/** An acronym's plural, as written: "ICUs", "DSPs". */
const PLURAL_ACRONYM_TEXT = /^\p{Lu}{2,}s$/u;
const CAPITALISED = /^\p{Lu}/u;
/** What an acronym brings to the name it stands for: not its speech verbs' person votes ("CBP said"). */
const ACRONYM_VOTES: readonly EntityType[] = ["organization", "other"];
const OPEN_PAREN = 40;

/** The acronym in brackets right after a name ending at `end`, or null. */
export function bracketedAcronym(sentence: string, end: number): string | null {
  if (sentence.charCodeAt(end) !== SPACE || sentence.charCodeAt(end + 1) !== OPEN_PAREN) return null;
  const m = BRACKETED_ACRONYM.exec(sentence.slice(end, end + BRACKET_SPAN));
  if (!m) return null;
  let capitals = 0;
  for (const ch of m[1]) if (ch !== ch.toLowerCase()) capitals++;
  return capitals >= 2 ? m[1] : null;
}

/** A letter without its accent, in capitals: "É" → "E", so "Électricité de France" spells "EDF". */
function folded(letter: string): string {
  return letter.normalize("NFD").charAt(0).toUpperCase();
}

/**
 * Index of the word where the name the acronym spells begins, or -1. Its capitals are the initials, in
 * order, of the capitalised words (and of the parts of "U.S." or "Al-Qaeda") from that word on; at most
 * MAX_SKIPPED_WORDS of those words may go unspelled, lowercase connectors may. Words before it still
 * belong to the name ("Department of | Health and Human Services (HHS)").
 */
export function spelledFrom(acronym: string, words: readonly string[]): number {
  const letters = [...acronym].filter((ch) => ch !== ch.toLowerCase()).map(folded);
  // Each part with the index of its word; a lowercase connector may give a letter ("Électricité de
  // France (EDF)") or not ("Bureau of Investigation (FBI)").
  const parts: Array<{ initial: string; word: number; optional: boolean }> = [];
  words.forEach((w, k) => {
    for (const part of w.split(/[-.]/u))
      if (part) parts.push({ initial: folded(part), word: k, optional: !CAPITALISED.test(part) });
  });
  // Of the words where the letters may begin, the one that leaves fewest words unspelled ("Agents of |
  // Air and Marine Operations (AMO)", not "Agents … Marine Operations" with "Air" left out).
  let best = -1;
  let fewest = MAX_SKIPPED_WORDS + 1;
  for (let s = 0; s < parts.length && fewest > 0; s++) {
    if (parts[s].optional || parts[s].initial !== letters[0]) continue;
    let matched = 0;
    let skipped = 0;
    for (let p = s; p < parts.length && skipped < fewest; p++) {
      if (matched < letters.length && parts[p].initial === letters[matched]) matched++;
      else if (!parts[p].optional) skipped++;
    }
    if (matched === letters.length && skipped < fewest) {
      best = parts[s].word;
      fewest = skipped;
    }
  }
  return best;
}

/**
 * Where a run that stops at `ws[j]` before a lowercase connector ends when an acronym after a later word
 * spells a name that begins inside the run: "U.S. Customs | and Border Protection (CBP)" ends at
 * "Protection". Otherwise `j` ("Hamas and the Islamic Revolutionary Guard Corps (IRGC)": the letters
 * begin after "and", and the defined name is a run of its own).
 */
export function definitionEnd(
  sentence: string,
  ws: readonly Word[],
  i: number,
  j: number,
  defined: ReadonlySet<string>,
): number {
  for (let k = j + 1; k < ws.length && k - i < MAX_DEFINITION_WORDS; k++) {
    const w = ws[k];
    if (!w.joined) return j;
    if (!w.capitalised) {
      if (w.text.length > MAX_CONNECTOR_LENGTH) return j;
      continue;
    }
    const acronym = bracketedAcronym(sentence, w.end);
    if (acronym === null) {
      // "Customs and Border Protection announced": a name defined elsewhere, without its acronym here.
      if (defined.size > 0)
        for (let x = i; x <= j; x++) if (defined.has(sentence.slice(ws[x].start, w.end))) return k;
      continue;
    }
    const start = spelledFrom(
      acronym,
      ws.slice(i, k + 1).map((x) => x.text),
    );
    return start >= 0 && start <= j - i ? k : j;
  }
  return j;
}

/** An acronym defined in the article: the name it stands for, and where the bracket holds it. */
export interface AcronymDefinition {
  name: Candidate;
  /** As written: "CBP", "ICUs". */
  acronym: string;
  /** Key of the words the acronym spells, when the name holds more ("customs and border protection"). */
  spelledKey: string;
  sentence: number;
  /** Offset of the acronym in the sentence (after " ("). */
  start: number;
}

/** A defined name's acronym and the index of the word where the name it spells begins. */
export interface Spelled {
  acronym: string;
  from: number;
}

/**
 * The acronym that a name's mention ending at `end` defines ("Federal Bureau of Investigation (FBI)"),
 * or null: the bracket follows, and its letters spell the name's words from `from` on.
 */
export function definedAcronym(sentence: string, end: number, words: readonly Word[]): Spelled | null {
  const acronym = bracketedAcronym(sentence, end);
  if (acronym === null) return null;
  const from = spelledFrom(
    acronym,
    words.map((w) => w.text),
  );
  return from >= 0 ? { acronym, from } : null;
}

/**
 * Whether the words of a defined name before the ones its acronym spells belong to it: a modifier
 * ("U.S. | Customs and Border Protection (CBP)") or an institution's head and its connector
 * ("Department of | Health and Human Services (HHS)"); not a common noun and "of" ("Agents of | Air
 * and Marine Operations (AMO)", which opened the sentence).
 */
export function keepsUnspelled(
  words: readonly Word[],
  from: number,
  isHead: (word: string) => boolean,
): boolean {
  const connected = words.slice(0, from).some((w) => !w.capitalised);
  return !connected || isHead(words[0].text);
}

/** What the brackets of an article define, found before its names are read. */
export interface BracketDefinitions {
  /**
   * The acronyms ("CBP"): one opening a sentence or a bracket is taken for a capitalised word like any
   * other unless the article confirms it, and its definition does ("(CBP)", then "CBP said …").
   */
  acronyms: string[];
  /**
   * The names they spell that hold a connector, from their first spelled word ("Customs and Border
   * Protection"): written again without the acronym, they are still one name.
   */
  names: Set<string>;
}

export function bracketDefinitions(
  sentences: readonly string[],
  tokens: readonly Word[][],
): BracketDefinitions {
  const found: BracketDefinitions = { acronyms: [], names: new Set() };
  tokens.forEach((ws, si) => {
    const sentence = sentences[si];
    // Most sentences hold no bracket: one scan of the text, not a look at every word.
    if (sentence.indexOf("(") < 0) return;
    for (let k = 1; k < ws.length; k++) {
      const w = ws[k];
      if (!w.capitalised || sentence.charCodeAt(w.start - 1) !== OPEN_PAREN) continue;
      const acronym = bracketedAcronym(sentence, ws[k - 1].end);
      if (acronym === null || acronym !== w.text) continue;
      const first = Math.max(0, k - MAX_DEFINITION_WORDS);
      const from = spelledFrom(
        acronym,
        ws.slice(first, k).map((x) => x.text),
      );
      if (from < 0) continue;
      found.acronyms.push(acronym);
      const named = ws.slice(first + from, k);
      if (named.every((x) => x.joined || x === named[0]) && named.some((x) => !x.capitalised))
        found.names.add(sentence.slice(named[0].start, ws[k - 1].end));
    }
  });
  return found;
}

/**
 * The defined names take their acronyms' mentions (but the bracket of the definition, which would count
 * the name twice) and their votes but a speech verb's for a person ("CBP said"). A defined name is most
 * often a body's ("Customs and Border Protection" had been two persons): it votes organisation, as its
 * acronym alone did, though some are things ("Heat Assisted Magnetic Recording (HAMR)"); a plural's
 * letters name a kind of thing ("Intensive Care Units (ICUs)"); a person's initials, a person ("Richard
 * M. Stallman (RMS)").
 */
export function mergeDefinedAcronyms(
  candidates: Map<string, Candidate>,
  definitions: ReadonlyMap<string, AcronymDefinition>,
): void {
  for (const [key, def] of definitions) {
    const name = def.name;
    if (!candidates.has(name.key) || INITIAL.test(name.text)) continue;
    if (PLURAL_ACRONYM_TEXT.test(def.acronym)) name.votes.other += VOTE.acronym;
    else name.votes.organization += VOTE.acronym;
    // The spelled words alone name it too ("Customs and Border Protection announced").
    const spelled = candidates.get(def.spelledKey);
    if (spelled && spelled !== name) absorb(candidates, name, spelled, ACRONYM_VOTES);
    const acronym = candidates.get(key);
    if (!acronym || acronym === name) continue;
    acronym.mentions = acronym.mentions.filter((m) => m.sentence !== def.sentence || m.start !== def.start);
    absorb(candidates, name, acronym, ACRONYM_VOTES);
  }
}

/**
 * Words written right before a person's name that are not part of it: an office's capitalised ordinal
 * ("le Premier ministre"), the domain an office heads ("ministre de la Santé Olivier Véran", "chef de
 * l’État Miloš Zeman"), a place, a party or a common noun that describes the person ("ambassador to
 * Ukraine Marie Yovanovitch", "Republican Phil Bryant"). findEntities cuts the run of capitalised words
 * there.
 */
import { ORG_SUFFIXES, OTHER_SUFFIXES, PERSON_TITLES, PLACE_SUFFIXES } from "../lexicon";
import type { Word } from "../words";
import { NAME_CONNECTORS } from "./candidate";
import { ROMANCE_LANGS, ROMANCE_ORG_HEADS, ROMANCE_PLACE_HEADS } from "./name-heads";
import { isPlaceKey } from "./places";
import { wordKey } from "./runs";

/** What describedBefore reads of the article's other words. */
export interface ArticleWords {
  /** Capitalised mid-clause words written without a capitalised neighbour ("told Cook"). */
  alone: ReadonlySet<string>;
  /** Lowercase forms of capitalised words that the article also writes in lowercase. */
  lowercase: ReadonlySet<string>;
}

/** A minister or a ministry in Romance languages, lowercase as they write it: "ministre de la Santé". */
const MINISTRY_WORDS: ReadonlySet<string> = new Set([
  "ministre",
  "ministres",
  "ministère",
  "ministro",
  "ministra",
  "ministros",
  "ministerio",
  "ministero",
  "ministri",
  "ministério",
]);
/**
 * Other offices written in lowercase before what they head and their holder's name: "le chef de l’État
 * Miloš Zeman", "le président de la République Emmanuel Macron", "el alcalde de Bogotá Carlos Galán".
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  (
    "chef cheffe président présidente secrétaire porte-parole directeur directrice patron patronne maire " +
    "gouverneur presidente jefe jefa secretario secretaria director directora alcalde alcaldesa portavoz " +
    "gobernador gobernadora capo segretario segretaria direttore direttrice sindaco governatore prefeito " +
    "prefeita governador governadora diretor diretora"
  ).split(" "),
);
/** Prepositions and articles between the office and its domain ("de la", "du", "del", "della", "da"). */
const OFFICE_LINKS: ReadonlySet<string> = new Set(
  "de la le les du des del della dello degli delle dell di da do dos das".split(" "),
);
/** Most links read back from the domain: "de la" (the elided "l’" is no word of its own). */
const OFFICE_LINKS_MAX = 2;

/**
 * What the word at `at` is the domain of: a ministry after a lowercase minister or ministry and its
 * links ("ministre de la Santé", "ministro del Interior", "ministère de l’Intérieur": the ministry's own
 * name), or another office ("chef de l’État", "maire de Paris"). Capitalised words after a one-word
 * domain are the holder's name ("la Santé Olivier Véran"). Null for neither.
 */
export function officeDomain(
  ws: readonly { text: string }[],
  at: number,
  lang: string,
): "ministry" | "office" | null {
  if (!ROMANCE_LANGS.has(lang)) return null;
  for (let k = at - 1, links = 0; k >= 0 && links <= OFFICE_LINKS_MAX; k--, links++) {
    const word = ws[k].text;
    if (MINISTRY_WORDS.has(word)) return links > 0 ? "ministry" : null;
    if (OFFICE_WORDS.has(word)) return links > 0 ? "office" : null;
    if (!OFFICE_LINKS.has(word)) return null;
  }
  return null;
}

/**
 * Ordinals that Romance languages capitalise in an office's name before its lowercase title: "le
 * Premier ministre", "la Première ministre", "el Primer ministro", "il Primo ministro".
 */
const TITLE_ORDINALS: ReadonlySet<string> = new Set([
  "premier",
  "première",
  "primer",
  "primera",
  "primo",
  "prima",
  "primeiro",
  "primeira",
]);

/** The name is only an office's capitalised ordinal: "Premier" of "le Premier ministre Andrej Babiš". */
export function isTitleOrdinal(kept: readonly Word[], next: Word | undefined): boolean {
  return (
    kept.length === 1 &&
    next !== undefined &&
    next.joined &&
    !next.capitalised &&
    TITLE_ORDINALS.has(kept[0].text.toLowerCase()) &&
    PERSON_TITLES.has(next.text)
  );
}

/**
 * "Santé Olivier Véran", "État Miloš Zeman": one word of domain, then a first name and a surname. Not a
 * body named in full ("Fondation Bill Gates"), a longer run ("Suprema Corte Luiz Fux"), or a place or a
 * body after the domain ("Radio France Internationale").
 */
export function isHolderAfterDomain(kept: readonly Word[]): boolean {
  if (kept.length !== 3 || ROMANCE_ORG_HEADS.has(wordKey(kept[0].text))) return false;
  const rest = kept.slice(1).map((w) => wordKey(w.text));
  return rest.every(
    (w) =>
      !NAME_CONNECTORS.has(w) && !ROMANCE_ORG_HEADS.has(w) && !ROMANCE_PLACE_HEADS.has(w) && !isPlaceKey(w),
  );
}

/** Parties' and their members' words written before a politician's name ("Republican Phil Bryant"). */
const PARTY_WORDS: ReadonlySet<string> = new Set([
  "republican",
  "democrat",
  "democratic",
  "labour",
  "conservative",
  "tory",
  "liberal",
  "socialist",
  "communist",
]);

/**
 * What a name's first word is when it describes the person named by the next two ("Ukraine Marie
 * Yovanovitch": a place, a name of its own; "Republican Phil Bryant", "Employee Steve Castro": a
 * party's word or a common noun the article also writes in lowercase, no name): only when the surname
 * stands alone elsewhere in the article, as a person's does ("Yovanovitch said"), so a given name
 * before a double name stays ("Hillary Rodham Clinton").
 */
export function describedBefore(kept: readonly Word[], article: ArticleWords): "place" | "word" | null {
  if (kept.length !== 3 || kept.some((w) => w.acronym || !w.capitalised)) return null;
  if (!article.alone.has(kept[2].text) || article.alone.has(kept[1].text)) return null;
  const words = kept.map((w) => wordKey(w.text));
  if (words.some((w) => NAME_CONNECTORS.has(w))) return null;
  // "Oklahoma City Thunder": a place of two words.
  if (isPlaceKey(words[1]) || isPlaceKey(words[2]) || isPlaceKey(`${words[0]} ${words[1]}`)) return null;
  // A person's names are no common words ("Columbus Police Department", "Data Retention Bill") and end
  // in no body's or thing's word ("Florida State University", "Wireless Charging Case").
  const common = (w: string) =>
    article.lowercase.has(w) || ORG_SUFFIXES.has(w) || OTHER_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w);
  if (common(words[1]) || common(words[2])) return null;
  if (isPlaceKey(words[0])) return "place";
  if (PARTY_WORDS.has(words[0]) || article.lowercase.has(words[0])) return "word";
  return null;
}

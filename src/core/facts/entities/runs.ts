/**
 * Where a name's run of capitalised words begins and ends: a title inside a run starts a new name, an
 * ampersand may join one, and an adjective suffix, a weekday or a Korean/Japanese particle is not part
 * of it.
 */

import { BODY_HEADS, isFunctionWord, ORG_SUFFIXES, PERSON_TITLES } from "../lexicon";
import { type Word, wordPrefix } from "../words";
import { definitionEnd } from "./acronym-definitions";
import { NAME_CONNECTORS } from "./candidate";
import { particleLength } from "./noun-languages";

/** Titles that only qualify the title after them ("Defense Minister", "Foreign Office"). */
const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "foreign",
  "defense",
  "defence",
  "finance",
  "interior",
  "prime",
  "vice",
  "deputy",
  "general",
]);

/**
 * Whether the capitalised words after `ws[j]` are a titled name inside a longer run ("Bank of England |
 * Governor Mark Carney", "Ukrainian | Deputy Prime Minister Alexander Novak"): titles after a word that is
 * no title, the last of them a head title or an honorific, then capitalised words that do not end in an
 * organisation's word ("Russian Defense Ministry" stays one name).
 */
export function startsInnerTitle(ws: readonly Word[], j: number): boolean {
  // The next word first: most are no title, and the test runs for every pair of capitalised words.
  if (!PERSON_TITLES.has(wordKey(ws[j + 1].text)) || PERSON_TITLES.has(wordKey(ws[j].text))) return false;
  let k = j + 1;
  while (k < ws.length && ws[k].joined && PERSON_TITLES.has(wordKey(ws[k].text))) k++;
  if (k === j + 1 || k >= ws.length || !ws[k].capitalised || !ws[k].joined) return false;
  if (TITLE_MODIFIERS.has(wordKey(ws[k - 1].text))) return false;
  let end = k;
  while (end + 1 < ws.length && ws[end + 1].capitalised && ws[end + 1].joined) end++;
  return !ORG_SUFFIXES.has(wordKey(ws[end].text));
}

/**
 * A word as the title lists and a name's words hold it: lowercase, without a final dot ("Gov." → "gov";
 * `toLowerCase().replace(/\.$/, "")` without a regex on every word of every name).
 */
export function wordKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower;
}

/**
 * Whether only " & " separates `ws[j]` from the rest of one name: a last capitalised word or words
 * ending in an organisation's word ("Marks & Spencer", "Pacific Gas & Electric Co"; not "Martine
 * Bulard & Sung Il-kwon": two names).
 */
export function joinsByAmpersand(sentence: string, ws: readonly Word[], j: number): boolean {
  const [a, b] = [ws[j], ws[j + 1]];
  if (b.start - a.end !== 3 || sentence.slice(a.end, b.start) !== " & ") return false;
  let end = j + 1;
  while (end + 1 < ws.length && ws[end + 1].capitalised && ws[end + 1].joined) end++;
  return end === j + 1 || ORG_SUFFIXES.has(wordKey(ws[end].text));
}

/** An English weekday after a name dates the mention ("Clarendon Tuesday"); see WEEKDAY_NAMES. */
export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/** Words that make a weekday a name of its own. */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([
  "super",
  "good",
  "black",
  "cyber",
  "holy",
  "ash",
  "maundy",
]);

/**
 * "Rutgers-led", "Paris-based", "GOP-dominated", "Olympic-size": the name with an English adjective
 * suffix (a participle of four letters or more, or a word of the list; not the syllables of "Kim
 * Jong-un", "Ban Ki-moon").
 */
const ADJECTIVE_AFFIX =
  /-(?:led|based|born|backed|owned|run|funded|made|style|era|linked|allied|controlled|friendly|bound|affiliated|sponsored|occupied|held|listed|registered|focused|centric|size|sized|wide|like|type|themed|level|class|[a-z]{2,}(?:ed|ing))$/u;

/** The word without an adjective suffix ("Rutgers-led" → "Rutgers"); the same word when it has none. */
export function withoutAffix(w: Word): Word {
  if (w.text.length < 5 || w.text.indexOf("-") < 0) return w;
  const m = ADJECTIVE_AFFIX.exec(w.text);
  if (!m) return w;
  return wordPrefix(w, m.index);
}

/**
 * A Latin-script name with Korean, Japanese or Chinese written onto it: a particle ("SNS에", "JTBC는",
 * "NHKが"), a noun ("Apple社は"), or the rest of the clause, which these scripts write without spaces
 * ("App Storeにない非公式アプリを…"): the name ends where the script changes.
 */
const PARTICLE_TAIL =
  /(?<=[\p{Script=Latin}\p{N}.])[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}].*$/u;

/**
 * Whether a word holds a Hangul (jamo or syllable), kana or Han character: PARTICLE_TAIL runs only
 * then (most words hold none).
 */
function holdsCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x1100) continue; // Latin, Cyrillic, Greek …: the common case, one comparison.
    if (
      c <= 0x11ff ||
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x3400 && c <= 0x9fff) ||
      (c >= 0xac00 && c <= 0xd7af)
    )
      return true;
  }
  return false;
}

/** The word without what a CJK script writes onto it ("JTBC는" → "JTBC"); the same word when it has none. */
export function withoutParticle(w: Word): Word {
  if (!holdsCjk(w.text)) return w;
  const m = PARTICLE_TAIL.exec(w.text);
  if (!m) return w;
  return wordPrefix(w, m.index);
}

/**
 * Romance connectors that may take an article inside a name, and the articles ("de la", "por el").
 * Not English "of the", "for the": "Owen Dempsey of the Aberdeen Royal Infirmary", "Office for the
 * Western District of New York" would join a person or an office to an institution.
 */
const ARTICLED_CONNECTORS: ReadonlySet<string> = new Set(["de", "por", "di"]);
const CONNECTOR_ARTICLES: ReadonlySet<string> = new Set(["la", "las", "los", "el", "le", "les"]);

/**
 * Whether the "y" after `ws[j]` coordinates two names ("Gustavo Petro y Federico Gutiérrez", "Cristina
 * y Máximo Kirchner") rather than joining one ("José Ortega y Gasset", "Ministerio de Ciencia y
 * Tecnología"): two or more capitalised words follow it, and the run from `ws[i]` has no connector
 * that would make it an institution's name.
 */
function coordinatesNames(
  ws: readonly Word[],
  i: number,
  j: number,
  lowercase: ReadonlySet<string>,
): boolean {
  if (ws[j + 1].text !== "y") return false;
  const second = ws[j + 3];
  if (!second?.capitalised || !second.joined) return false;
  for (let k = i + 1; k <= j; k++) if (!ws[k].capitalised) return false;
  // "Justicia y Seguridad Pública", "Protección Civil y Convivencia Ciudadana": words the article also
  // writes in lowercase are an office's, not a person's.
  return !lowercase.has(ws[j + 2].text.toLowerCase()) && !lowercase.has(second.text.toLowerCase());
}

/**
 * Where a public body's name that runs on across the "and" after `ws[j]` ends, or -1: capitalised words
 * after it end in a body's head ("Securities and Exchange Commission", "Food and Drug Administration"),
 * and the half before is no name on its own: two words or more ("U.S. Securities"), or a word the
 * article also writes in lowercase ("food"). Not "Harvard and Yale University", nor firms ("… and Wells
 * Fargo Bank").
 */
function bodyEndAcrossAnd(ws: readonly Word[], i: number, j: number, lowercase: ReadonlySet<string>): number {
  let end = j + 2;
  if (end >= ws.length || !ws[end].capitalised || !ws[end].joined) return -1;
  while (end + 1 < ws.length && ws[end + 1].capitalised && ws[end + 1].joined) end++;
  if (!BODY_HEADS.has(wordKey(ws[end].text))) return -1;
  return j > i || lowercase.has(ws[j].text.toLowerCase()) ? end : -1;
}

/**
 * Romance connectors inside names, read where every noun is capitalised (German): unlike "des", "da" or
 * "das" they are no German words, so they join only a foreign name's parts.
 */
const FOREIGN_CONNECTORS: ReadonlySet<string> = new Set(["de", "del", "della", "di", "do", "dos", "du"]);

/**
 * Where the run of capitalised words that starts at `ws[i]` ends (the index of its last word), and
 * whether it ends because a title starts a new name after it. A possessive, an adjective suffix
 * ("Paris-based") or a particle ("JTBC는") ends it; an ampersand ("Johnson & Johnson"), a connector
 * ("Bank of England") or, where every noun is capitalised, a name's particles ("von der") continue it.
 */
export function runEnd(
  sentence: string,
  ws: readonly Word[],
  i: number,
  nounCaps: boolean,
  lang: string,
  lowercase: ReadonlySet<string>,
  /** Names defined by acronyms (acronym-definitions.ts); null when the sentence can hold none. */
  defined: ReadonlySet<string> | null,
): { end: number; beforeTitle: boolean } {
  let j = i;
  while (
    j + 1 < ws.length &&
    !ws[j].possessive &&
    withoutAffix(ws[j]) === ws[j] &&
    !(holdsCjk(ws[j].text) && PARTICLE_TAIL.test(ws[j].text))
  ) {
    const next = ws[j + 1];
    if (!next.joined) {
      // "Johnson & Johnson", "Center for Plants & Culture": one name across an ampersand.
      if (next.capitalised && !nounCaps && joinsByAmpersand(sentence, ws, j)) j++;
      else break;
    } else if (next.capitalised) {
      // "Lage Ihrer Unterkunft", "Nehmen Sie Kontakt": a capitalised pronoun is no part of a name.
      if (nounCaps && isFunctionWord(next.text.toLowerCase(), lang)) break;
      // "Bank of England | Governor Mark Carney": a title inside a run starts a new name.
      if (startsInnerTitle(ws, j)) return { end: j, beforeTitle: true };
      j++;
    } else if (nounCaps) {
      const particles = particleLength(ws, j);
      if (particles > 0) j += particles + 1;
      // "Agencia Española de Protección de Datos", "Charles de Gaulle": a foreign name's connector,
      // no German word.
      else if (FOREIGN_CONNECTORS.has(next.text) && ws[j + 2]?.capitalised && ws[j + 2].joined) j += 2;
      else break;
    } else if (
      NAME_CONNECTORS.has(next.text) &&
      j + 2 < ws.length &&
      ws[j + 2].capitalised &&
      ws[j + 2].joined &&
      !coordinatesNames(ws, i, j, lowercase)
    )
      j += 2;
    // "Nobel de la Paz", "Universidad de la República", "Juntos por el Cambio": a connector and an article.
    else if (
      ARTICLED_CONNECTORS.has(next.text) &&
      j + 3 < ws.length &&
      CONNECTOR_ARTICLES.has(ws[j + 2].text) &&
      ws[j + 2].joined &&
      ws[j + 3].capitalised &&
      ws[j + 3].joined
    )
      j += 3;
    else {
      // "U.S. Securities and Exchange Commission": a public body's name runs on across "and".
      const body = next.text === "and" && lang === "en" ? bodyEndAcrossAnd(ws, i, j, lowercase) : -1;
      if (body > j) j = body;
      // "U.S. Customs and Border Protection (CBP)": the name its acronym spells runs on across "and".
      else if (defined) return { end: definitionEnd(sentence, ws, i, j, defined), beforeTitle: false };
      else break;
    }
  }
  return { end: j, beforeTitle: false };
}

/**
 * German words told by their shape where every noun is capitalised: inflected adjectives and
 * participles, abstract nouns, nouns for persons, genitives, numbers and counting nouns, a place's
 * adjective. noun-languages.ts cuts names with them; aliases.ts and index.ts read them too.
 */
import type { Word } from "../words";
import { GERMAN_ORG_ENDING } from "./name-heads";

/** Adjective endings ("Biosynthetische", "Österreichische", "Europäischen"): an adjective starts names. */
export const ADJECTIVE = /(?:isch|lich|ig|bar|sam|haft|los|(?<!st)ell|al|iv)(?:e|en|er|es|em)$/u;

/** Shorter words with an adjective's ending are as often given names ("Oliver", "Xaver"). */
const ADJECTIVE_MIN_LETTERS = 8;

/**
 * A lowercase word that reads as an inflected adjective by its suffix ("grundlose", "biosynthetische",
 * "olympischen"). A bare "-en" or "-es" is not enough: given names end so too ("Jürgen", "Johannes"),
 * and "-steller" is a noun's ending ("Schriftsteller").
 */
export function isInflectedAdjective(lower: string): boolean {
  if (SHORT_ADJECTIVES.has(lower)) return true;
  if (lower.length < ADJECTIVE_MIN_LETTERS) return false;
  return ADJECTIVE.test(lower) || GRADED.test(lower) || OPENING_ADJECTIVE.test(lower);
}

/**
 * A participle or a comparative by its ending ("Geschäftsführender", "Geplante", "Genauere"): after an
 * opening adjective it is one more ("Neuer Geschäftsführender Leiter"), not a name's first word.
 */
export function isParticiple(lower: string): boolean {
  return lower.length >= ADJECTIVE_MIN_LETTERS && (GRADED.test(lower) || OPENING_ADJECTIVE.test(lower));
}

const OPENING_ADJECTIVE =
  /(?:ant|ent|weit|iert|ern)(?:e|en|er|es|em)$|^(?:un)?ge\p{L}{3,}t(?:e|en|er|es|em)$/u;

/**
 * Common short adjectives, inflected ("Neuer Leiter …", "Hohe Bedeutung", "Mehrere Tode"): too short
 * for the endings above, and no given names. Not "groß", "lang", "klein": surnames ("Große", "Lange").
 */
const SHORT_ADJECTIVES: ReadonlySet<string> = new Set(
  [
    "neu",
    "hoh",
    "alt",
    "erst",
    "letzt",
    "nächst",
    "best",
    "gut",
    "schön",
    "mehrer",
    "einzig",
    "ganz",
  ].flatMap((stem) => ["e", "en", "er", "es", "em"].map((ending) => stem + ending)),
);

/**
 * Inflected comparatives and present participles ("Genauere", "Niedrigerer", "Entsprechende",
 * "Geschäftsführender"): they open sentences before a noun ("Genauere Informationen"); given names do
 * not end so. Not in ADJECTIVE: a participle used as a noun is a role ("Vorstandsvorsitzende …").
 */
const GRADED = /(?:er|end)(?:e|en|er|es|em)$/u;

/**
 * A genitive of a word the article capitalises elsewhere ("Kims" of "Kim", "Russlands" of "Russland")
 * or of a country in the page's language (`countries`): beside another capitalised word it makes a noun
 * phrase ("Kims Großvater", "Partei Deutschlands"), not a name.
 */
export function isGenitiveOf(
  word: string,
  capitalised: ReadonlySet<string>,
  countries: ReadonlySet<string> | null,
): boolean {
  if (word.length <= 3 || !word.endsWith("s") || word.endsWith("ss")) return false;
  const stem = word.slice(0, -1);
  // "Partei Deutschlands", "Russlands Orientpolitik": a country's genitive, named or not elsewhere.
  return capitalised.has(stem) || (countries?.has(stem.toLowerCase()) ?? false);
}

/**
 * Whether `words` are a noun phrase for a genitive in them (see isGenitiveOf); a country's genitive
 * only beside one other word: a body's full name holds one ("Sozialdemokratische Partei Deutschlands").
 */
export function holdsGenitive(
  words: readonly Word[],
  capitalised: ReadonlySet<string>,
  countries: ReadonlySet<string> | null,
): boolean {
  const byCountry = words.length === 2 ? countries : null;
  return words.some((w) => isGenitiveOf(w.text, capitalised, byCountry));
}

/**
 * The first part of two compounds sharing their last part, written without the space ("Zwischen-und
 * Endprodukte", "Kakao-oder Palmölplantagen"): a run holding it is a pair of nouns, not a name.
 */
const ELIDED_COMPOUND = /\p{L}-(?:und|oder|bzw)$/u;

export function isElidedCompound(word: string): boolean {
  return ELIDED_COMPOUND.test(word);
}

/** German numbers written as words (lowercase: "fünf Grad", "den vier Ländern"); "ein" is an article. */
const CARDINAL_WORDS: ReadonlySet<string> = new Set([
  "zwei",
  "drei",
  "vier",
  "fünf",
  "sechs",
  "sieben",
  "acht",
  "neun",
  "zehn",
  "elf",
  "zwölf",
  "zwanzig",
  "dreißig",
  "hundert",
  "tausend",
]);

export function isCardinalWord(word: string): boolean {
  return CARDINAL_WORDS.has(word);
}

/**
 * Nouns that introduce a topic or a label ("Stichwort Brain Drain", "in Sachen Kinderbetreuung", "Thema
 * Flugtaxi", "Motto …"): what follows is what they name, they are no part of it.
 */
const TOPIC_NOUNS: ReadonlySet<string> = new Set(["stichwort", "sachen", "thema", "motto", "begriff"]);

export function isTopicNoun(lower: string): boolean {
  return TOPIC_NOUNS.has(lower);
}

/** Counting nouns, capitalised as nouns are: what follows them is counted, not named. */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  "dutzende",
  "hunderte",
  "tausende",
  "zehntausende",
  "hunderttausende",
  "millionen",
  "milliarden",
  "billionen",
  "dutzend",
  "hundert",
  "tausend",
  "million",
  "milliarde",
  // "jede Menge Idealismus", "eine Vielzahl Projekte": amounts.
  "menge",
  "vielzahl",
  "anzahl",
  "handvoll",
]);

/** Lengths of the counting nouns ("dutzend" … "hunderttausende"): other words need no lowercasing. */
const QUANTITY_NOUN_LENGTHS = new Set([...QUANTITY_NOUNS].map((w) => w.length));

export function isQuantityNoun(word: string): boolean {
  return QUANTITY_NOUN_LENGTHS.has(word.length) && QUANTITY_NOUNS.has(word.toLowerCase());
}

/** An abstract noun's ending without "-nis", which surnames share ("Diaconis"), and long enough. */
const ABSTRACT_NAME_END = /(?:ung|heit|keit|schaft|tion|tät|ismus)(?:en)?$/u;

/** Shorter words with such an ending are as often surnames ("Hartung", "Jung"). */
const ABSTRACT_MIN_LETTERS = 8;

/** An abstract noun by its ending and length ("Möglichkeiten", "Forschung"; not "Hartung", "Diaconis"). */
export function isAbstractNoun(word: string): boolean {
  return word.length >= ABSTRACT_MIN_LETTERS && ABSTRACT_NAME_END.test(word);
}

/**
 * Whether a run of capitalised words ends in an abstract noun ("Hohe Bedeutung", "Lifestyle Situation",
 * "Mainz Musikwissenschaft", "Social Media Begehrlichkeiten"): no person's surname, so a noun phrase.
 * Not when an institution's head is in it ("Bundesverband Solarwirtschaft"), nor after an adjective in
 * its weak form, which follows an article in a body's or an event's name ("der Vereinten Nationen",
 * "der Katholischen Frauenbewegung", "der Französischen Revolution"), nor after a place's adjective
 * ("Berliner Erklärung").
 */
export function endsInAbstractNoun(words: readonly string[], articled: ReadonlySet<string>): boolean {
  if (!isAbstractNoun(words[words.length - 1])) return false;
  // The head right before ("…verband Solarwirtschaft"), not anywhere: "Universität Mainz Musikwissenschaft".
  if (GERMAN_ORG_ENDING.test(words[words.length - 2].toLowerCase())) return false;
  const first = words[0];
  if (words.length === 2 && PLACE_ADJECTIVE.test(first)) return false;
  // "Vereinten", "Bundesweiten": a participle's or an adjective's "-ten" too.
  const weak = articled.has(first) || first.endsWith("ten") || ADJECTIVE.test(first.toLowerCase());
  return !(first.endsWith("en") && weak);
}

/**
 * The feminine of an agent noun ("Autorin", "Leiterin", "Biologin", "Studentin"), a stem of three or
 * four letters before the suffix: given names end so with a shorter one ("Florin", "Severin",
 * "Valentin"), or with no such suffix ("Karin", "Martin", "Christin").
 */
export const FEMININE_ROLE = /(?:\p{L}{3,}(?:or|log)in|\p{L}{4,}(?:er|ent|ant|eur|är)in)$/u;

/**
 * A person described by what they do or are, in the plural of a woman's role ("Volleyballerinnen") or
 * as "-ist" ("Aktivist", "Journalisten"; not the Swedish "-quist"/"-qvist" of "Lindqvist").
 */
const PERSON_NOUN = /\p{L}{3,}innen$|\p{L}{4,}(?<!qu|qv)ist(?:en|in)?$/u;

/**
 * Whether a run ends in a noun for a person ("Stuttgarter Sportdirektorin", "Berliner Aktivist",
 * "Stuttgarter Volleyballerinnen"): it describes someone, it is no name (a name after it is kept:
 * "Stuttgarter Sportdirektorin Kim Renkema" → "Kim Renkema").
 */
export function endsInPersonNoun(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  return words.length > 1 && (FEMININE_ROLE.test(last) || PERSON_NOUN.test(last));
}

/**
 * A German abstract noun that is no institution's head ("Forschung Heinz Faßmann", "Möglichkeiten
 * Internet-User", "Richtung Osten"; not "Stiftung Warentest", "Arbeitsgemeinschaft Fernwärme"): before
 * a name it says what the sentence is about, and it names nothing itself.
 */
export function isTopicLike(word: string): boolean {
  return (
    word.length >= ABSTRACT_MIN_LETTERS &&
    GERMAN_ABSTRACT.test(word) &&
    !GERMAN_ORG_ENDING.test(word.toLowerCase())
  );
}

/** ABSTRACT_NAME_END without the singular "-tion", which English shares ("Vulture Conservation Foundation"). */
const GERMAN_ABSTRACT = /(?:ung|heit|keit|schaft|tät|ismus)(?:en)?$|tionen$/u;

/** A capitalised adjective made from a place name ("Hellbrunner", "Stuttgarter"): it names, not describes. */
export const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}er$/u;

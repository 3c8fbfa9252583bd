/**
 * Stemmers per language: the Snowball algorithms (package `snowball-stemmers`) where one exists; a
 * light suffix stripper of our own for Polish (Snowball has none); no stemming for Chinese and
 * Japanese, which do not inflect words by suffixes the way these stemmers expect.
 */
import { newStemmer } from "snowball-stemmers";
import { stemPolish } from "./stem-polish";

type StemFn = (word: string) => string;

/** ISO 639-1 → Snowball algorithm name (every algorithm the package ships that we can name). */
const SNOWBALL: Readonly<Record<string, string>> = {
  ar: "arabic",
  ca: "catalan",
  cs: "czech",
  da: "danish",
  de: "german",
  en: "english",
  es: "spanish",
  eu: "basque",
  fi: "finnish",
  fr: "french",
  ga: "irish",
  hu: "hungarian",
  hy: "armenian",
  it: "italian",
  nb: "norwegian",
  nl: "dutch",
  no: "norwegian",
  pt: "portuguese",
  ro: "romanian",
  ru: "russian",
  sl: "slovene",
  sv: "swedish",
  ta: "tamil",
  tr: "turkish",
};

/** Memoised stems per language; cleared when it grows past this many words (bounded memory). */
const MAX_CACHED_STEMS = 50_000;

const identity: StemFn = (w) => w;
const stemmers = new Map<string, { stem: StemFn; cache: Map<string, string> }>();

function build(lang: string): StemFn {
  if (lang === "pl") return stemPolish;
  const algorithm = SNOWBALL[lang];
  if (!algorithm) return identity;
  const stemmer = newStemmer(algorithm);
  return (w) => stemmer.stem(w);
}

/** The stemmer for a language (identity when there is none); memoised per word. */
export function stemmerFor(lang: string): StemFn {
  let entry = stemmers.get(lang);
  if (!entry) {
    const stem = build(lang);
    const cache = new Map<string, string>();
    entry = {
      cache,
      stem:
        stem === identity
          ? identity
          : (word) => {
              let stemmed = cache.get(word);
              if (stemmed === undefined) {
                if (cache.size >= MAX_CACHED_STEMS) cache.clear();
                stemmed = stem(word);
                cache.set(word, stemmed);
              }
              return stemmed;
            },
    };
    stemmers.set(lang, entry);
  }
  return entry.stem;
}

/** True when the language has a real stemmer (Snowball or our Polish one). */
export function hasStemmer(lang: string): boolean {
  return lang === "pl" || lang in SNOWBALL;
}

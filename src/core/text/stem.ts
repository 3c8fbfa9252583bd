/**
 * Stemmers per language: the Snowball algorithms, from `@orama/stemmers` (the Snowball project's own
 * JavaScript output, one module per language) and, for English, `porter2` (Porter2, which is Snowball's
 * English; Orama's "english" is the older Porter algorithm); a light suffix stripper of our own for
 * Polish (Snowball has none); no stemming for Chinese and Japanese, which do not inflect words by
 * suffixes the way these stemmers expect. Both packages give the stems of `snowball-stemmers`, which
 * they replace, 4-17 times faster (a page's new words were most of its stemming time): every stem
 * alike on the corpora's words and on random strings (test/core/text/stem.test.ts pins some), but for
 * French words ending in ë or ï and Russian ё, which the newer Snowball of Orama reads better
 * ("найдётся" and "найдется" share a stem). Catalan, Czech, Basque and Slovene, which `snowball-stemmers`
 * also had, go unstemmed: neither package has them (one page of our corpora, a Czech one, is in them).
 */
import { stemmer as arabic } from "@orama/stemmers/arabic";
import { stemmer as armenian } from "@orama/stemmers/armenian";
import { stemmer as danish } from "@orama/stemmers/danish";
import { stemmer as dutch } from "@orama/stemmers/dutch";
import { stemmer as finnish } from "@orama/stemmers/finnish";
import { stemmer as french } from "@orama/stemmers/french";
import { stemmer as german } from "@orama/stemmers/german";
import { stemmer as hungarian } from "@orama/stemmers/hungarian";
import { stemmer as irish } from "@orama/stemmers/irish";
import { stemmer as italian } from "@orama/stemmers/italian";
import { stemmer as norwegian } from "@orama/stemmers/norwegian";
import { stemmer as portuguese } from "@orama/stemmers/portuguese";
import { stemmer as romanian } from "@orama/stemmers/romanian";
import { stemmer as russian } from "@orama/stemmers/russian";
import { stemmer as spanish } from "@orama/stemmers/spanish";
import { stemmer as swedish } from "@orama/stemmers/swedish";
import { stemmer as tamil } from "@orama/stemmers/tamil";
import { stemmer as turkish } from "@orama/stemmers/turkish";
import { stem as english } from "porter2";
import { stemPolish } from "./stem-polish";

type StemFn = (word: string) => string;

/** ISO 639-1 → the language's stemmer. */
const STEMMERS: Readonly<Record<string, StemFn>> = {
  ar: arabic,
  da: danish,
  de: german,
  en: english,
  es: spanish,
  fi: finnish,
  fr: french,
  ga: irish,
  hu: hungarian,
  hy: armenian,
  it: italian,
  nb: norwegian,
  nl: dutch,
  no: norwegian,
  pl: stemPolish,
  pt: portuguese,
  ro: romanian,
  ru: russian,
  sv: swedish,
  ta: tamil,
  tr: turkish,
};

/** Memoised stems per language; cleared when it grows past this many words (bounded memory). */
const MAX_CACHED_STEMS = 50_000;

const identity: StemFn = (w) => w;
const stemmers = new Map<string, { stem: StemFn; cache: Map<string, string> }>();

function build(lang: string): StemFn {
  return Object.hasOwn(STEMMERS, lang) ? STEMMERS[lang] : identity;
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
  return Object.hasOwn(STEMMERS, lang);
}

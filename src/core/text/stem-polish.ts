/**
 * A light Polish stemmer: Snowball has no Polish algorithm, and the full ones (Stempel, Morfologik)
 * need MBs of dictionaries. Removing one inflectional ending, longest first, conflates most forms of
 * a noun, adjective or verb ("prezydenta", "prezydentowi", "prezydentem" → "prezydent"), which is what
 * sentence similarity needs; it does not find lemmas.
 */

/** Inflectional endings of Polish nouns, adjectives and verbs, longest first. */
const ENDINGS = [
  "owiach",
  "owania",
  "owanie",
  "owaniu",
  "ościach",
  "ościami",
  "ością",
  "ości",
  "owie",
  "owej",
  "owym",
  "owych",
  "owego",
  "owemu",
  "owali",
  "owała",
  "owało",
  "owały",
  "ować",
  "ował",
  "ują",
  "uje",
  "ania",
  "anie",
  "aniu",
  "enia",
  "enie",
  "eniu",
  "ami",
  "ach",
  "ów",
  "om",
  "iem",
  "em",
  "owi",
  "ego",
  "emu",
  "ymi",
  "imi",
  "ych",
  "ich",
  "ym",
  "im",
  "ej",
  "ał",
  "ała",
  "ało",
  "ali",
  "ały",
  "ić",
  "ać",
  "eć",
  "ie",
  "ą",
  "ę",
  "y",
  "i",
  "a",
  "o",
  "u",
  "e",
].sort((a, b) => b.length - a.length);

/** Shortest stem left after removing an ending (shorter words are left alone). */
const MIN_STEM_LENGTH = 3;

/** Removes the longest known ending that leaves at least MIN_STEM_LENGTH characters. */
export function stemPolish(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM_LENGTH && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

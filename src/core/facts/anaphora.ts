/**
 * Sentences that open with a pronoun or demonstrative needing the sentence before ("This panel ...",
 * "For the past 15 years, this panel has ..."). Pronouns of English, German, French, Spanish, Italian,
 * Portuguese and Dutch.
 */

export const ANAPHORIC_START =
  /^\W*(?:this|these|that|those|it|its|he|she|they|his|her|their|him|them|such|there|dies|diese|dieser|er|sie|es|il|elle|ils|elles|ce|cette|ces|él|ella|ellos|esto|este|esta|lui|lei|questo|questa|ele|ela|isso|este|hij|zij|dit|deze)\b/iu;
/** A demonstrative subject after a short leading phrase: "For the past 15 years, this panel has ...". */
const DEMONSTRATIVE_SUBJECT =
  /^(?:[^,]{0,50},\s*)?(?:this|these|those|such|dieser|diese|dieses|ce|cette|ces|este|esta|estos|questo|questa|deze|dit)\s+\p{Ll}/iu;

export function isAnaphoric(text: string): boolean {
  return opensWithPronoun(text) || DEMONSTRATIVE_SUBJECT.test(text);
}

/**
 * `ANAPHORIC_START.test(text)`, without letting the regex try its pronouns at every character of a
 * sentence in another script (Cyrillic, Greek, CJK: all `\W`, which `^\W*` takes whole and then gives
 * back one character at a time). A pronoun starts at the first word character (`\W*` stops there), or
 * one character before it for "él", whose "é" is `\W`: the characters before that are `\W` and can
 * be dropped, and with no word character at all there is no pronoun.
 */
export function opensWithPronoun(text: string): boolean {
  const first = firstWordChar(text);
  if (first < 0) return false;
  return ANAPHORIC_START.test(first > 1 ? text.slice(first - 1) : text);
}

/** Index of the first `\w` under the `iu` flags: [0-9A-Za-z_], and ſ and K (Kelvin), which fold into them. */
function firstWordChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 95 ||
      c === 0x17f ||
      c === 0x212a
    )
      return i;
  }
  return -1;
}

/**
 * Word counts for scripts written without spaces. Chinese and Japanese text is one letter run from
 * punctuation to punctuation, so a sentence of 60 characters would count as two or three "words";
 * length rules (a fact's 30 words, a summary's length prior) need a count comparable to a spaced
 * language's.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Code units where CJK's scripts live (U+2E80 up, surrogates included): a cheap test first. */
const MAYBE_CJK = /[\u2e80-\uffff]/;
/** A CJK text counts this many characters per word (about a word's length in Chinese and Japanese). */
export const CJK_CHARS_PER_WORD = 2;

/** `words` (letter runs of `text`), or the CJK estimate when the text is mostly CJK characters. */
export function withCjkWords(text: string, words: number): number {
  if (!MAYBE_CJK.test(text)) return words;
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk > words ? Math.ceil(cjk / CJK_CHARS_PER_WORD) : words;
}

const SPACED_WORD = /\S+/g;

/**
 * Whether the text has at most `max` words between white space; counting stops past the limit, so a
 * long paragraph costs no more than a short one.
 */
export function atMostWords(text: string, max: number): boolean {
  let words = 0;
  for (const _ of text.matchAll(SPACED_WORD)) if (++words > max) return false;
  return true;
}

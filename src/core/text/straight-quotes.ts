/**
 * Whether a sentence closes a "straight" quotation it never opened ('How mentally tough she really
 * is."', 'We're ecstatic …," Fox executives said.'): the quotation began a sentence before, where the
 * quote finder did not see it open (a mark after "(CNN)" or before a space: '(CNN)"This is …', '" Does
 * …'). A straight mark cannot say by itself whether it opens or closes; its first one in the sentence
 * closes when a word or punctuation comes right before it and a space, a punctuation mark or the end
 * right after. An inch mark follows a digit ('6' 9"', '34" display') and does not count.
 */

/** Characters after a closing mark: the sentence's end, a space, punctuation. */
const AFTER_CLOSE = /[\s.,;:!?)\]]/u;
/** Characters before an opening mark (a space), or before an inch mark (a digit). */
const NOT_BEFORE_CLOSE = /[\s\p{N}]/u;

/** The sentence's first straight quotation mark closes a quotation opened before the sentence. */
export function closesUnopenedStraightQuote(text: string): boolean {
  const at = text.indexOf('"');
  if (at <= 0 || NOT_BEFORE_CLOSE.test(text[at - 1])) return false;
  return at + 1 === text.length || AFTER_CLOSE.test(text[at + 1]);
}

/**
 * Lenient comparisons of extracted metadata with a corpus's hand-set values, for trafilatura's
 * evaluation corpus: titles and names compared on their letters and digits (quotes, dashes and case
 * differ between a page's markup and an annotator's copy), authors as a set of names in any order
 * ("A und B" = "B, A"), dates by calendar day as written.
 */

/** Lowercase letters and digits, single-spaced. */
export function letters(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function sameTitle(got: string | null, expected: string): boolean {
  return got !== null && letters(got) === letters(expected);
}

/** Conjunctions that join two authors' names in the corpus's languages. */
const AND = /\s+(?:and|und|&|et|y|e|en|i|och|og|ja)\s+/giu;
const BY = /^(?:by|von|from|par|por|di|door|av|de)\s+/iu;

function authorSet(s: string): string {
  return s
    .replace(BY, "")
    .replace(AND, ",")
    .split(/\s*[,;|/]\s*/u)
    .map(letters)
    .filter(Boolean)
    .sort()
    .join("|");
}

export function sameAuthor(got: string | null, expected: string): boolean {
  return got !== null && authorSet(got) === authorSet(expected);
}

/** Same calendar day as written (the corpus gives YYYY-MM-DD in the page's own time zone). */
export function sameDay(got: string | null, expected: string): boolean {
  return got !== null && got.slice(0, 10) === expected.slice(0, 10);
}

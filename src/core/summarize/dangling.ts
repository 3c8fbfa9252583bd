/**
 * Sentences that cannot open a summary: their first word is a pronoun or connective that points back
 * to a sentence before them ("He said…", "But the plan…", "This means…"). When that sentence is not in
 * the summary, the reader cannot tell who "he" is.
 */

import { letterOrMarkLength } from "../text/char-classes";
import { isSpaceUnit } from "../text/final-marks";

/** First words (or two-word phrases) that point back, per language, lowercase, comma-separated. */
const BACK_POINTERS: Readonly<Record<string, string>> = {
  en: "he, she, they, it, its, his, her, their, them, him, this, these, those, that, such, but, however, and, also, so, yet, or, nor, then, still, meanwhile, moreover, furthermore, instead, thus, therefore, hence, besides, nevertheless, nonetheless, otherwise, likewise, similarly, accordingly, consequently, later, afterwards, additionally, both, neither, another, others, the latter, in that, at that, by then",
  es: "él, ella, ellos, ellas, esto, este, esta, estos, estas, eso, ese, esa, esos, esas, pero, sin embargo, y, también, además, entonces, así, luego, asimismo, por tanto, sus, su, le, les, ahora bien, de hecho, por su, a su, en ese, en esa, en esos, en esas, por eso, por ello, con ello, de ahí",
  fr: "il, elle, ils, elles, ce, cet, cette, ces, cela, ça, mais, cependant, pourtant, et, aussi, puis, ensuite, donc, ainsi, alors, toutefois, néanmoins, en outre, sa, son, ses, leur, leurs, lui, par ailleurs, en effet, de plus, pour cela, à cet",
  de: "er, sie, es, dies, diese, dieser, dieses, aber, doch, jedoch, und, auch, dann, danach, deshalb, daher, dennoch, trotzdem, außerdem, zudem, sein, seine, ihr, ihre, ihm, ihn, dabei, darüber hinaus, allerdings, daraufhin",
  it: "lui, lei, loro, esso, essa, questo, questa, questi, queste, ciò, ma, però, tuttavia, e, anche, poi, quindi, inoltre, allora, invece, suo, sua, suoi, sue, per questo, per ciò, in quel, in quella",
  pt: "ele, ela, eles, elas, isto, isso, este, esta, estes, estas, esse, essa, mas, porém, contudo, e, também, depois, então, assim, além, entretanto, seu, sua, seus, suas, por isso, nesse, nessa, desse, dessa, com isso",
  nl: "hij, zij, ze, dit, deze, dat, die, maar, echter, en, ook, toen, daarna, dus, daarom, bovendien, zijn, haar, hun",
  ru: "он, она, оно, они, это, этот, эта, эти, но, однако, и, также, тогда, затем, поэтому, кроме, его, её, ее, их, при этом",
  pl: "on, ona, ono, oni, one, to, ten, ta, te, ale, jednak, i, także, też, również, potem, dlatego, ponadto, jego, jej, ich",
  tr: "o, bu, şu, onlar, bunlar, ama, fakat, ancak, ve, de, da, ayrıca, sonra, bu nedenle, onun, onların",
  ar: "هو, هي, هم, هذا, هذه, ذلك, تلك, لكن, ولكن, كما, ثم, أيضا, لذلك",
  zh: "他, 她, 它, 他们, 她们, 它们, 这, 这个, 这些, 那, 那个, 那些, 但, 但是, 而, 而且, 然而, 并且, 此外, 因此, 所以, 同时",
  ja: "彼, 彼女, 彼ら, これ, それ, この, その, しかし, だが, また, さらに, そして, そのため, 一方",
  ko: "그래서, 하지만, 그러나, 그런데, 그리고, 또한, 또, 이는, 이것은, 그는, 그녀는, 그들은, 이에, 따라서, 결국",
};

/** What may stand before the first word: white space (`\s`) and these marks. */
const OPENING_MARKS = `"'“‘«»„([¿¡「『（—–-`;
const cache = new Map<string, ReadonlySet<string>>();
/**
 * The only languages with lowercase mappings of their own (Unicode SpecialCasing: dotted and dotless i,
 * Lithuanian dots); elsewhere the default mapping is the same answer without the locale lookup's cost.
 */
const LOCALE_LOWERCASE: ReadonlySet<string> = new Set(["tr", "az", "lt"]);

function pointersFor(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    set = new Set(
      (BACK_POINTERS[lang] ?? "")
        .split(",")
        .map((w) => w.trim())
        .filter(Boolean),
    );
    cache.set(lang, set);
  }
  return set;
}

/** True when the sentence opens with a word that points back to an earlier sentence. */
export function opensWithBackPointer(sentence: string, lang: string): boolean {
  const pointers = pointersFor(lang);
  if (pointers.size === 0) return false;
  const at = openingMarksEnd(sentence);
  if (lang === "zh" || lang === "ja") {
    for (const p of pointers) if (sentence.startsWith(p, at)) return true;
    return false;
  }
  const words = openingWords(sentence, at);
  if (!words) return false;
  const lower = LOCALE_LOWERCASE.has(lang)
    ? (w: string) => w.toLocaleLowerCase(lang)
    : (w: string) => w.toLowerCase();
  const first = lower(words[0]);
  return pointers.has(first) || (words[1] !== undefined && pointers.has(`${first} ${lower(words[1])}`));
}

/** Where the sentence's text starts after its opening marks and white space. */
export function openingMarksEnd(sentence: string): number {
  let at = 0;
  while (at < sentence.length && isOpening(sentence, at)) at++;
  return at;
}

/**
 * The first two words from `at` (letters and marks, apart by white space or commas), read in place:
 * what `/^([\p{L}\p{M}]+)(?:[\s,]+([\p{L}\p{M}]+))?/u` captures there. Null without a first word.
 */
export function openingWords(sentence: string, at: number): [string, string | undefined] | null {
  const firstEnd = letterOrMarkRunEnd(sentence, at);
  if (firstEnd === at) return null;
  let next = firstEnd;
  while (next < sentence.length && isWordGap(sentence.charCodeAt(next))) next++;
  const secondEnd = next > firstEnd ? letterOrMarkRunEnd(sentence, next) : next;
  return [sentence.slice(at, firstEnd), secondEnd > next ? sentence.slice(next, secondEnd) : undefined];
}

const COMMA = 44;

function isWordGap(c: number): boolean {
  return c === COMMA || isSpaceUnit(c);
}

/** An opening mark or white space at `i` (code units: all of them are BMP characters). */
function isOpening(text: string, i: number): boolean {
  return isSpaceUnit(text.charCodeAt(i)) || OPENING_MARKS.includes(text[i]);
}

/** End of the run of letters and marks from `i`. */
function letterOrMarkRunEnd(text: string, i: number): number {
  let end = i;
  for (let length = letterOrMarkLength(text, end); length > 0; length = letterOrMarkLength(text, end))
    end += length;
  return end;
}

/**
 * A quote attributed to a bare pronoun ('"We will not stop," he said.'): "he" is named in an earlier
 * sentence, as with an opening pronoun (English; other languages only have their openings checked).
 */
const PRONOUN_SPEAKER =
  /[,!?]["”’]?\s+(?:he|she|they)\s+(?:said|says|added|adds|told|tells|explained|wrote|asked|continued)\b[^.!?]*[.!?]["”’]?\s*$/iu;

/** True when the sentence needs an earlier one to be understood (see the two rules above). */
export function pointsBack(sentence: string, lang: string): boolean {
  return opensWithBackPointer(sentence, lang) || (lang === "en" && PRONOUN_SPEAKER.test(sentence));
}

/**
 * "The agency said Monday …" after "The European Space Agency says …", "The man was charged" after "A
 * man was arrested": a sentence opening on "The" and a common noun that the sentence before holds
 * names what that sentence introduced (English).
 */
const DEFINITE_OPENING = /[Tt]he\s+(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}])/uy;

export function definiteBack(sentence: string, before: string | undefined, lang: string): boolean {
  if (lang !== "en" || before === undefined) return false;
  DEFINITE_OPENING.lastIndex = openingMarksEnd(sentence);
  const m = DEFINITE_OPENING.exec(sentence);
  return m !== null && holdsWord(before, m[1]);
}

/** Whether `text` holds `word` (lowercase) as a whole word, in any case: "agency" in "Space Agency". */
function holdsWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!isLetterAt(lower, at - 1) && !isLetterAt(lower, at + word.length)) return true;
  }
  return false;
}

function isLetterAt(text: string, i: number): boolean {
  return i >= 0 && letterOrMarkLength(text, i) > 0;
}

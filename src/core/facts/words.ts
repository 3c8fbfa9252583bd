/** Word tokens with offsets, as the name and unit rules need them (not the summary's stemmed terms). */

export interface Word {
  /** The word as written, without a possessive "'s" or a sentence-final dot. */
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Written in capitals only ("KCNA", "U.S."). */
  acronym: boolean;
  /** Carried a possessive ending ("Korea's"); a name ends there. */
  possessive: boolean;
  /** First word of the sentence, of a quotation or after a colon or dash: capitalised anyway. */
  initial: boolean;
  /** Only one space separates it from the previous word (no punctuation), so a name can run on. */
  joined: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?/gu;
/** "U.S.", "Mr.", "St." keep their dot; other words lose a trailing sentence dot. */
const KEEPS_DOT =
  /^(?:(?:\p{L}\.){2,}|mr\.|mrs\.|ms\.|dr\.|st\.|jr\.|sr\.|gen\.|gov\.|sen\.|rep\.|lt\.|col\.|sgt\.|capt\.|prof\.)$/iu;
/** Marks after which the next word starts a clause of its own and is capitalised anyway. */
const OPENS_CLAUSE = /["“„«‹「『‘(:—–]|--/u;
const UPPER = /^\p{Lu}/u;
const ELISION = /^\p{Ll}{1,4}['’](?=\p{Lu})/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** `UPPER.test(word)`, answered without the regex for ASCII initials. */
function isUpperStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** Splits `text` into words; `text` should be one sentence. Runs on every sentence: kept lean. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  let prevPossessive = false;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    let start = m.index;
    // French and Italian elisions: "l'Assemblée", "dell'Unione" → the name after the apostrophe.
    // (Only words with an apostrophe can be one: the test spares a Unicode regex on every word.)
    const elided = raw.includes("'") || raw.includes("’") ? ELISION.exec(raw) : null;
    if (elided) {
      raw = raw.slice(elided[0].length);
      start += elided[0].length;
    }
    if (raw.endsWith(".") && !KEEPS_DOT.test(raw)) raw = raw.slice(0, -1);
    // "Korea's" → the name, flagged possessive; "O'Brien" keeps its apostrophe.
    const possessive = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith("’s"));
    if (possessive) raw = raw.slice(0, -2);
    const gap = start === prevEnd ? "" : text.slice(prevEnd, start);
    const capitalised = isUpperStart(raw);
    let acronym = false;
    if (capitalised && raw.length > 1) {
      const letters = raw.replace(NOT_LETTER, "");
      acronym = letters.length >= 2 && letters === letters.toUpperCase();
    }
    out.push({
      text: raw,
      start,
      end: start + raw.length,
      capitalised,
      acronym,
      possessive,
      // After a leading source tag glued to the text ("(CNN)Share, ...") the sentence starts anew.
      initial:
        out.length === 0 ||
        (gap.length > 0 && gap !== " " && (OPENS_CLAUSE.test(gap) || (gap === ")" && out.length === 1))),
      joined: out.length > 0 && (gap === " " || gap === "\u00a0") && !prevPossessive,
    });
    prevPossessive = possessive;
    prevEnd = start + m[0].length;
  }
  return out;
}

/**
 * Sentences that are no prose, whatever their place: they state nothing a summary or a key fact could
 * quote. A line that announces what follows, a date or a page's timestamp, a link line, a link to
 * another story, a figure's caption, an aside in brackets (isNeverQuoted: the ones both the summary and
 * the key facts leave out). Splitting is sentences.ts's job; these read one sentence each.
 */

import { isCallToAction } from "./call-to-action";
import { endsWithMark } from "./final-marks";
import { monthNumber } from "./month-names";
import { RELATED_CUES, TITLE_START } from "./related-cues";
import { isWeekdayName } from "./weekday-names";

const WHITESPACE = /\s/u;

/**
 * Whether a sentence only announces what follows ("Here's what the early reviews say:"): one that ends
 * in a colon announces a list, a quote, a table; alone it states nothing.
 */
export function announcesWhatFollows(sentence: string): boolean {
  return endsWithMark(sentence, ":：", "", "after");
}

/** What a date line is cut into: numbers and words between spaces and date punctuation. */
const DATE_LINE_PART = /[^\s,./:-]+/gu;
/** A date line has at most this many parts ("Posted: Thursday, April 21, 2022" has five). */
const MAX_DATE_LINE_PARTS = 6;
const DAY_OR_YEAR = /^\d{1,4}(?:st|nd|rd|th)?$/u;
const YEAR = /^\d{4}$/u;

/**
 * Whether a sentence is only a date ("31. Oktober 2023.", "March 5, 2024.", "Posted: Thursday, April
 * 21, 2022."): it states nothing. Its parts are read one by one and the first that is no day, year,
 * month, weekday or "posted"/"updated" word settles it: a sentence of prose stops at its first word
 * (splitting every sentence into words cost a tenth of a long page's summary).
 */
export function isDateOnly(sentence: string): boolean {
  return datePartsOnly(sentence, MAX_DATE_LINE_PARTS, dateLineWord);
}

const dateLineWord = (part: string) => {
  const lower = part.toLowerCase();
  return isWeekdayName(lower) || TIMESTAMP_WORDS.has(lower);
};

/** A clock time: "05:34", "10:30". */
const CLOCK_TIME = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;
/** Words of a timestamp line besides its dates: "Atualizado em", "Updated", "Aktualisiert am". */
const TIMESTAMP_WORDS: ReadonlySet<string> = new Set(
  (
    "updated published posted last modified atualizado atualizada publicado publicada actualizado " +
    "actualizada aktualisiert veröffentlicht geändert publié modifié mis aggiornato pubblicato " +
    "zaktualizowano opublikowano"
  ).split(" "),
);
/** Words of two or three letters pass in a timestamp line: "de", "em", "h", "am", "um", "à". */
const SHORT_PART = /^\p{L}{1,3}$/u;
/** A timestamp line has at most this many parts (two dates with times and words between). */
const MAX_TIMESTAMP_PARTS = 24;

const timestampWord = (part: string) => SHORT_PART.test(part) || TIMESTAMP_WORDS.has(part.toLowerCase());

/** A clock time alone, with its "pm" and time zone: "10:11 pm CST.", "10:30 a.m. EST". */
const CLOCK_ONLY = /^\d{1,2}:\d{2}(?:\s*\p{L}{1,3}\.?){0,3}$/u;

/**
 * Whether a sentence is a page's timestamp line ("4 de maio de 2022, 05:34 h Atualizado em 4 de maio de
 * 2022, 05:35", "Published March 5, 2024 10:30 am", "10:11 pm CST."): a clock time, a month or a year,
 * and besides numbers only short words and the words that say "updated" or "published"; or a clock
 * time alone.
 */
export function isTimestampLine(sentence: string): boolean {
  if (sentence.indexOf(":") < 0 || !CLOCK_TIME.test(sentence)) return false;
  return CLOCK_ONLY.test(sentence.trim()) || datePartsOnly(sentence, MAX_TIMESTAMP_PARTS, timestampWord);
}

/**
 * Whether the sentence's parts (DATE_LINE_PART) are at most `maxParts` days, years, month names and
 * words `otherWord` lets pass, with a month or a year among them.
 */
function datePartsOnly(sentence: string, maxParts: number, otherWord: (part: string) => boolean): boolean {
  let parts = 0;
  let monthOrYear = false;
  DATE_LINE_PART.lastIndex = 0;
  for (let m = DATE_LINE_PART.exec(sentence); m !== null; m = DATE_LINE_PART.exec(sentence)) {
    const part = m[0];
    if (++parts > maxParts) return false;
    // (A day or year has no letters but its suffix, so it is never a month name.)
    if (DAY_OR_YEAR.test(part)) monthOrYear ||= YEAR.test(part);
    else if (monthNumber(part) > 0) monthOrYear = true;
    else if (!otherWord(part)) return false;
  }
  return monthOrYear;
}

/** An address with a scheme or "www." (one match, from its first place: linear in the sentence). */
const SCHEME_URL = /(?:https?:\/\/|www\.)\S+/iu;
/** A host's end before a path: "brasil247.com" of "brasil247.com/apoio". */
const HOST_END = /[\p{L}\p{N}-]\.[a-z]{2,}$/iu;
/** Characters read back from a "/" for its host (host names are short; a page of slashes stays linear). */
const MAX_HOST_CHARS = 64;
/** A link line has at most this many words besides its address. */
const LINK_LINE_MAX_WORDS = 8;

/** Where the sentence writes an address out: a scheme, "www.", or a host with a path; null if nowhere. */
function writtenUrl(sentence: string): [number, number] | null {
  // Every address holds a "/" or "www." (most sentences neither).
  if (sentence.indexOf("/") < 0 && sentence.indexOf("www.") < 0) return null;
  const m = SCHEME_URL.exec(sentence);
  if (m) return [m.index, m.index + m[0].length];
  for (let slash = sentence.indexOf("/"); slash > 0; slash = sentence.indexOf("/", slash + 1)) {
    let start = slash;
    const limit = Math.max(0, slash - MAX_HOST_CHARS);
    while (start > limit && !WHITESPACE.test(sentence[start - 1])) start--;
    if (!HOST_END.test(sentence.slice(start, slash))) continue;
    let end = slash;
    while (end < sentence.length && !WHITESPACE.test(sentence[end])) end++;
    return [start, end];
  }
  return null;
}

/**
 * Whether a sentence is a link line: an address and a few words ("Hier der Link: https://apolut.net/app/",
 * "Veja como em brasil247.com/apoio", "9:00 a.m – Comuna 13 pic.twitter.com/9CYgKmoyXT"). A sentence
 * that names a site ("… auf Consoles.net ist zu Ende gegangen.") has no path and stays prose.
 */
export function isLinkLine(sentence: string): boolean {
  const url = writtenUrl(sentence);
  if (!url) return false;
  // Counting stops past the limit: a long sentence with an address in it is prose.
  let words = 0;
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(sentence); m !== null; m = WORD_RUN.exec(sentence)) {
    if (m.index >= url[0] && m.index < url[1]) continue;
    if (++words > LINK_LINE_MAX_WORDS) return false;
  }
  return true;
}

const WORD_RUN = /\p{L}+/gu;

/** Whether a sentence writes out a web address ("… finden Sie unter https://…", "… at www.bfs.de/radon"). */
export function holdsWebAddress(sentence: string): boolean {
  return writtenUrl(sentence) !== null;
}

/**
 * A related cue, a colon or an arrow, and another story's title: "Read more: 'Walking Dead' from comics
 * to the small screen .", "READ MORE: 5 key issues for next Israeli leader", "Lesen Sie auch: …". (A
 * cue followed by a space only is read as prose: "More from the interview appears below.") "See also" and
 * "See more" count here, before a colon: as a heading, "See also" may title a part of the article.
 */
const RELATED_LINK_CUE = new RegExp(`^(?:${RELATED_CUES}|see (?:also|more))\\s*[:»›>→]\\s*`, "iu");
/**
 * Whether a sentence is a link to another story written out: the markup that made it one is gone in a
 * plain text (a news app's copy, an agency feed), and what is left names another article.
 */
export function isRelatedLinkLine(sentence: string): boolean {
  const cue = RELATED_LINK_CUE.exec(sentence);
  return cue !== null && TITLE_START.test(sentence.slice(cue[0].length));
}

/**
 * A caption's label: a figure, table, chart or photo word, perhaps its number, then a colon, a dot or
 * a dash ("Figure 3: Changing Font Size of Axis Text.", "Bild: Die neuen im Bunde …", "Photo: Reuters").
 * Prose that names a figure goes on without one ("Table 2 shows that …").
 */
const CAPTION_LABEL =
  /^(?:figure|fig\.|table|chart|graph|image|photo|picture|abbildung|abb\.|tabelle|grafik|foto|bild|figura|tabla|gráfico|imagen|tableau|afbeelding|rysunek|rys\.|tabela|рисунок|рис\.|таблица|фото)\s*\d{0,3}[a-z]?\s*[:.–—-]\s/iu;

/** Whether a sentence is a figure's, table's or photo's caption: it describes a picture, not the news. */
export function isCaptionLine(sentence: string): boolean {
  return CAPTION_LABEL.test(sentence);
}

/** One pair of brackets around the whole sentence, final mark inside or out. */
const BRACKETED = /^[([][^()[\]]*[)\]][.!?]?$/u;

/**
 * Whether a sentence is an aside in brackets ("(We never did settle on one, unlike our 565
 * municipalities.)", "(45 mins)"): the writer set it off as secondary, so it is no summary's or fact's.
 */
export function isBracketedAside(sentence: string): boolean {
  return BRACKETED.test(sentence);
}

/**
 * Whether a sentence is a line neither the summary nor the key facts quote, whatever the text around
 * it: it announces what follows, is a site's call or notice (call-to-action.ts), an aside in brackets,
 * a link line, a link to another story or a caption. The summary adds date, timestamp and no-comment
 * lines; the key facts add credit lines.
 */
export function isNeverQuoted(sentence: string): boolean {
  return (
    announcesWhatFollows(sentence) ||
    isCallToAction(sentence) ||
    isBracketedAside(sentence) ||
    isLinkLine(sentence) ||
    isRelatedLinkLine(sentence) ||
    isCaptionLine(sentence)
  );
}

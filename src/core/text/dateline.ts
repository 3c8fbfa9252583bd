/**
 * News datelines: "WASHINGTON (Reuters) - ", "Karachi, Pakistan (CNN)", "(AP) — ", "NEW YORK — ",
 * "BANGKOK: ".
 * They open a story's first paragraph but are not part of its first sentence; a summary that quotes
 * the sentence should not carry them.
 */

/**
 * Optional place ("Karachi, Pakistan", "NEW YORK"), then a parenthesised source (an agency's short
 * lowercase name too: "Bogotá (dpa) - "), then either a dash or
 * the sentence (glued on or after a space), which may open with a quote ('(CNN)"We are ready," ...').
 */
const SOURCE_DATELINE =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:,?\s\p{Lu}[\p{L}.'’-]*){0,4}\s*)?\((?:\p{Lu}[\p{L}\p{N}&.'’ -]{0,30}|\p{Ll}{2,4})\)(?:\s*[-–—]{1,2}\s*|\s*(?=["“‘«„]?\p{Lu}))/u;
/** An all-capitals place: "NEW YORK", "SIOUX FALLS, S.D.". */
const CAPS_PLACE = String.raw`\p{Lu}{2,}(?:[ ,]+(?:\p{Lu}{2,}|(?:\p{Lu}\.){1,3})){0,3}`;
/** A title-case place of up to three words: "New York", "Sioux Falls". */
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}`;
/** What follows a dateline: the sentence, which may open with a quotation mark. */
const SENTENCE_START = String.raw`(?=["“„«]?\p{Lu})`;

/** An all-capitals place followed by a dash: "NEW YORK — ", "LONDON - ", "SIOUX FALLS, S.D. – ". */
const PLACE_DATELINE = new RegExp(String.raw`^${CAPS_PLACE}\s+[-–—]{1,2}\s+`, "u");
/**
 * A place and a colon before a capital: all capitals ("BANGKOK: Ein Video …") or a title-case place
 * with an abbreviated state and more after commas ("Washington, DC, United States: Getting to the Moon
 * …"; not "Bedrohungen, Beleidigungen, Mordaufrufe: Der Messengerdienst …", a list the sentence opens with).
 */
const COLON_DATELINE = new RegExp(
  String.raw`^(?:${CAPS_PLACE}|${TITLE_PLACE},\s(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})(?:,\s${TITLE_PLACE})?):\s+${SENTENCE_START}`,
  "u",
);
/** A title-case place with its state abbreviated, then a dash: "New York, NY – ", "Austin, Texas — " is not (no abbreviation). */
const STATE_DATELINE = new RegExp(
  String.raw`^${TITLE_PLACE},\s(?:\p{Lu}{2}|(?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{2,4}\.)\s+[-–—]{1,2}\s+${SENTENCE_START}`,
  "u",
);
const LETTER = /\p{L}/u;

/** Length of the dateline that opens `sentence` (0 when there is none, or nothing would be left). */
export function datelineLength(sentence: string): number {
  const m =
    SOURCE_DATELINE.exec(sentence) ??
    PLACE_DATELINE.exec(sentence) ??
    COLON_DATELINE.exec(sentence) ??
    STATE_DATELINE.exec(sentence);
  if (!m) return 0;
  return LETTER.test(sentence.slice(m[0].length)) ? m[0].length : 0;
}

/**
 * The author's name out of what a page gives as its byline: meta tags, JSON-LD and byline elements
 * hold labels and leftovers around the name ("Zeige alle Beiträge von Petra Ruland", "Veröffentlicht
 * vonChris Jung", "Interview: Julia Lauter", "AFP - mail@example.com", "Anna Muster am") or only a
 * placeholder ("admin", "No Author", "By").
 */
import { BY_WORD, BYLINE_PREFIX, LABEL_THEN_BY } from "./label-words";

/** Names that content systems print when nobody is named: no author is better than these. */
const PLACEHOLDER = /^(?:admin|administrator|no author|unknown|anonymous|author|autor|user|webmaster)$/iu;
/** One word and a colon before a name: "Interview: Julia Lauter", "Autor: www.example.com". */
const ROLE_COLON = /^\p{L}{2,15}:\s+(?=\p{L})/u;
/** German "vom" ("from the") before a team's name: "vom Support Team". */
const VOM = /^vom\s+/iu;
/**
 * A contact or a date cut off after the name: " - mail@example.com", " – http://example.com",
 * a German " am" whose date was in another element ("Anna Muster am", "… am Samstag").
 */
const TAIL = /\s+(?:[-–—|]\s+(?:\S+@\S+|\[email[^\]]*\]|https?:\/\/\S+)|am(?:\s+\p{L}+)?)\s*$/u;
const TRAILING_MARKS = /[\s\-–—|•·,:»«>]+$/u;

/** Longer values are lists of many authors (JSON-LD) or not bylines at all: given back as they are. */
const MAX_CLEANED_CHARS = 300;

export function bylineName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.trim();
  if (name.length > MAX_CLEANED_CHARS) return name;
  const label = LABEL_THEN_BY.exec(name);
  if (label) {
    const rest = name.slice(label.index + label[0].length);
    // "Posted by" alone is a label; "vonChris Jung" is a label glued to the name; "Posted byron" is not.
    if (rest.trim() === "") return null;
    if (/^\s/u.test(rest) || /^\p{Lu}/u.test(rest)) name = rest.trim();
  }
  if (BY_WORD.test(name)) return null;
  name = name
    .replace(BYLINE_PREFIX, "")
    .replace(VOM, "")
    .replace(ROLE_COLON, "")
    .replace(TAIL, "")
    .replace(TRAILING_MARKS, "")
    .trim();
  return name === "" || PLACEHOLDER.test(name) ? null : name;
}

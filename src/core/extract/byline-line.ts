/**
 * An author written as plain text near the headline, where the page marks no byline element: "Posted
 * by Konstantin", "von Daniela Obers", "06.11.2023 13:30 von Olga", "Datum: 03.11.2021 Autor: Peter
 * Maahn", "Gespeichert von rasos am 24. Juli 2017".
 */
import { monthNumber } from "../text/month-names";
import { bylineName } from "./byline";
import { textDate } from "./dates";
import { type HeadlineLine, inComments, inPageFooter } from "./elements";
import { BY_WORDS, LABEL_THEN_BY, WEEKDAY } from "./label-words";

/** "Autor:", "Author:", "Text:" before the name, anywhere in the line. */
const AUTHOR_LABEL = /(?:^|[\s|•·,;(])(?:autor|autorin|autoren|author|authors|text)\s*:\s*/iu;
/** "By" opening the line, after a date or time at most ("06.11.2023 13:30 von Olga", "VON MORITZ GATHMANN"). */
const LINE_BY = new RegExp(`^[\\d\\s.:,|•·/–—-]*(?:uhr\\s+)?(?:${BY_WORDS})\\s+`, "iu");
/** A capitalised word of a name ("Peter", "O'Neil", "R.", "Schmidt-Weber"). */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
/** Words that join or sit inside names ("Anna und Ben", "Ursula von der Leyen"). */
const JOINER = "(?:und|and|&|et|y|e|von|van|de|der|den|du|da|di|la|le)";
/** Capitalised words from the start, up to five, joined by "und" or particles. */
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${JOINER}\\s+)*${NAME_WORD}){0,4}`, "u");
/** One lowercase handle before "on"/"am", a mark or the end ("by damianduchamps on August 3"). */
const HANDLE = /^[\p{Ll}\d][\p{L}\d._-]{2,}(?=\s+(?:on|am|um|le|el|il)\s|\s*[|•·@,–—]|\s*$)/u;
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY},?$`, "i");
/**
 * Every pattern above needs one of these ("by" words, an author label; LABEL_THEN_BY ends in a "by"
 * word): one quick test passes over most lines.
 */
const MAY_NAME = new RegExp(`${BY_WORDS}|aut|text`, "i");
/** Longest text of an element read for a byline line. */
const MAX_LINE_CHARS = 100;
/** Headings are titles, not bylines ("Von Experten empfohlen"). */
const TITLE_TAGS = new Set(["h1", "h2", "h3"]);

/**
 * The name after the label or "By" that starts at `from`. A lone capitalised word after a bare "By"
 * counts only on a dated line ("06.11.2023 von Olga"): German nouns are capitalised too ("von
 * Windenergieanlagen").
 */
function nameAt(text: string, from: number, labelled: boolean): string | null {
  const rest = text.slice(from);
  const handle = labelled ? HANDLE.exec(rest) : null;
  if (handle) return handle[0];
  const words = NAME.exec(rest)?.[0].split(" ") ?? [];
  // A date may follow the name without a mark ("By Nathan Willis March 25, 2015").
  const dated = words.findIndex((w) => monthNumber(w.replace(/\.$/, "")) > 0 || WEEKDAY_WORD.test(w));
  const name = words.slice(0, dated < 0 ? words.length : dated).join(" ");
  if (!name) return null;
  return labelled || name.includes(" ") || textDate(text) ? name : null;
}

/** The name a short line gives after "by", a label ending in "by" or an author label. */
function nameInLine(text: string): string | null {
  const label = AUTHOR_LABEL.exec(text) ?? LABEL_THEN_BY.exec(text);
  if (label) {
    const at = label.index + label[0].length;
    return nameAt(text, at + (/^\s*/u.exec(text.slice(at))?.[0].length ?? 0), true);
  }
  const by = LINE_BY.exec(text);
  return by ? nameAt(text, by[0].length, false) : null;
}

/** The first name a short line near the headline gives after "by" or an author label; null when none does. */
export function bylineNearHeadline(lines: HeadlineLine[]): string | null {
  for (const { el, text } of lines) {
    if (!text || TITLE_TAGS.has(el.tag)) continue;
    const name = bylineOfLine(text);
    if (name && !inComments(el) && !inPageFooter(el)) return name;
  }
  return null;
}

/**
 * The author's name a short line gives after "by" or an author label ("By Anna Kowalska", "von Daniela
 * Obers", "Autor: Peter Maahn"); null when it gives none. Also a plain text's header line.
 */
export function bylineOfLine(text: string): string | null {
  if (text.length > MAX_LINE_CHARS || !MAY_NAME.test(text)) return null;
  const found = nameInLine(text);
  return found ? bylineName(found) : null;
}

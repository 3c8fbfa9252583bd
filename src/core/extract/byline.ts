/**
 * The author's name out of what a page gives as its byline: meta tags, JSON-LD and byline elements
 * hold labels and leftovers around the name ("Zeige alle Beiträge von Petra Ruland", "Veröffentlicht
 * vonChris Jung", "Interview: Julia Lauter", "AFP - mail@example.com", "Anna Muster am") or only a
 * placeholder ("admin", "No Author", "By"). Where the page declares none, the name is read from its
 * byline elements (rel/itemprop author, then byline-like class names; readers' comments excluded).
 */
import { innerText } from "./blocks";
import { inComments, linesOf } from "./elements";
import { classAndId } from "./hints";
import { BY_WORD, BY_WORDS, BYLINE_PREFIX, LABEL_THEN_BY, WEEKDAY } from "./label-words";
import type { Element, ParsedPage } from "./parse";
import { cleanText } from "./text";

/**
 * Names that content systems print when nobody is named, and labels left where the name should be
 * ("Veröffentlicht", "Publiziert", a "Follow" button): no author is better than these.
 */
const PUBLISHED_LABEL = "published|posted|veröffentlicht|publiziert|publié|publicado|pubblicato|gepubliceerd";
const PLACEHOLDER = new RegExp(
  `^(?:admin|administrator|no author|unknown|anonymous|author|autor|user|webmaster|publisher|follow|(?:all|alle) (?:posts|beiträge|artikel)|${PUBLISHED_LABEL})$`,
  "iu",
);
/** One word and a colon before a name: "Interview: Julia Lauter", "Autor: www.example.com". */
const ROLE_COLON = /^\p{L}{2,15}:\s+(?=\p{L})/u;
/** German "vom" ("from the") before a team's name: "vom Support Team". */
const VOM = /^vom\s+/iu;
/**
 * A contact, a label or a date cut off after the name: " - mail@example.com", " – http://example.com",
 * " @handle", " — veröffentlicht", ", 07 Dezember, 2022", a German " am" whose date was in another
 * element ("Anna Muster am", "… am Samstag").
 */
const TAIL =
  /\s+(?:[-–—|]\s+(?:\S+@\S+|\[email[^\]]*\]|https?:\/\/\S+)|am(?:\s+\p{L}+)?|@\w+)\s*$|\s*,\s*\d.*$/u;
const TAIL_LABEL = new RegExp(`\\s+[-–—|]\\s+(?:${PUBLISHED_LABEL})\\s*$`, "iu");
const TRAILING_MARKS = /[\s\-–—|•·,:»«>]+$/u;
/** Marks and a "By:" before the name in a byline element ("| BY: Beachbody", "Von: Götz Warnke"). */
const LEADING_MARKS = new RegExp(`^[\\s|•·,:\\-–—/]*(?:(?:${BY_WORDS})\\s*:\\s*)?`, "iu");
/**
 * What follows the name in a byline element after a bar or bullet ("Jacobo Betancur | Publicado hace
 * 3 horas"), or a comma and a label with a colon ("Gàbor Muniér , Datum: 15.Jun.19").
 */
const AFTER_NAME = /\s+[|•·]\s.*$|\s*,\s*\p{L}+:\s.*$/u;

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
    .replace(TAIL_LABEL, "")
    .replace(TRAILING_MARKS, "")
    .trim();
  return name === "" || PLACEHOLDER.test(name) ? null : name;
}

/** Bylines longer than this are paragraphs, not names. */
const MAX_BYLINE_CHARS = 120;
/** Class or id names of an element holding the byline ("byline", "author", German "Autor", French "auteur"). */
const BYLINE_NAME =
  /(^|[\s_-])(byline|author|authors|authorbox|author-box|autor|autorin|auteur|autore|writer|writtenby|p-author|contributor)($|[\s_-])/;

/**
 * A date, time or handle after the name in a byline ("Jane Doe - Apr 16, 2015 8:02 pm", "Jane @jdoe",
 * "Joe Wee Monday, February 29, 2016", "James Akinaka • 8h"), or a date's label alone ("Last Updated:",
 * German "Stand:").
 */
const BYLINE_TAIL = new RegExp(
  `\\s*(?:[-–—|•·,]\\s*)?(?:${WEEKDAY},?\\s+)?(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{1,2}:\\d{2}|[a-z]{3,9}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+[a-z]{3,9}\\.?\\s+\\d{4}|@\\w+|(?:last\\s+)?(?:updated|published|posted|stand|aktualisiert|mis\\s+à\\s+jour|actualizado|aggiornato)\\b|[•·]\\s*\\d{1,2}\\s?(?:s|m|h|d|w|min|mins|hrs?)$).*$`,
  "i",
);

/**
 * The name in a byline element: its first line ("by Jeff Foust<br>Monday, November 18, 2019" is a name
 * then a date), less "By" and any date, time or handle after the name.
 */
function bylineText(el: Element | null): string | null {
  if (!el) return null;
  const lines = linesOf(el);
  while (lines.length > 1 && BY_WORD.test(lines[0])) lines.shift();
  const text = lines[0];
  const whole = cleanText(innerText(el));
  if (!text || !whole || whole.length > MAX_BYLINE_CHARS) return null;
  const name = text
    .replace(LEADING_MARKS, "")
    .replace(BYLINE_PREFIX, "")
    .replace(AFTER_NAME, "")
    .replace(BYLINE_TAIL, "")
    .replace(/[\s\-–—|•·,:]+$/, "")
    .trim();
  return name || null;
}

/** Byline elements tried before giving up: the first is often only a label ("By", "Autor:"). */
const MAX_BYLINE_ELEMENTS = 5;

/** An author named in the page: rel=author or itemprop=author first, then byline-like class names. */
export function inPageByline(page: ParsedPage): string | null {
  const tests = [
    (e: Element) => e.attrs.rel === "author" || /\bauthor\b/.test(e.attrs.itemprop ?? ""),
    (e: Element) => {
      // classAndId is computed once per element (the scoring reads it too).
      const names = classAndId(e);
      return names.length > 1 && BYLINE_NAME.test(names);
    },
  ];
  for (const test of tests) {
    let tried = 0;
    for (const e of page.elements) {
      if (!test(e) || inComments(e)) continue;
      const name = bylineName(bylineText(e));
      if (name) return name;
      if (++tried >= MAX_BYLINE_ELEMENTS) break;
    }
  }
  return null;
}

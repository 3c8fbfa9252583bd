/**
 * A page's publication date: declared values normalised to ISO 8601 (`normaliseDate`), else the
 * page's own signs (`inPageDate`: <time datetime>, microdata, then the text of an element named for
 * the date: "Monday, November 18, 2019", "23. Juli 2017", "6 de mayo de 2014", "am 25.08.2015 22:30"),
 * else the day its address files it under (`urlDate`).
 */
import { MONTH_ALTERNATION, monthNumber } from "../text/month-names";
import { innerText } from "./blocks";
import { firstElement, type HeadlineLine, inComments, inPageFooter } from "./elements";
import { classAndId } from "./hints";
import type { Element, ParsedPage } from "./parse";
import { cleanText, foldSpaces } from "./text";

const monthAlt = MONTH_ALTERNATION;
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const YEAR = "((?:19|20)\\d\\d)";

/** "November 18, 2019", "Nov. 18 2019". */
const MONTH_DAY_YEAR = new RegExp(
  `${B}(${monthAlt})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${E}`,
  "iu",
);
/** "18 November 2019", "23. Juli 2017", "3rd Sept. 2021", "6 de mayo de 2014". */
const DAY_MONTH_YEAR = new RegExp(
  `${B}(\\d{1,2})(?:\\.|st|nd|rd|th|º|er)?\\s+(?:de\\s+)?(${monthAlt})\\.?,?\\s+(?:de\\s+)?${YEAR}${E}`,
  "iu",
);
/** "25.08.2015" (day first, as every language that writes dots does). */
const DOTTED = new RegExp(`${B}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?${YEAR}${E}`, "u");
/** "2019-10-22". */
const ISO_DAY = new RegExp(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`, "u");

function day(y: string, m: number, d: string): string | null {
  const n = Number(d);
  if (m < 1 || m > 12 || n < 1 || n > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(n).padStart(2, "0")}`;
}

/** The day a date text names, as YYYY-MM-DD; null when it names none. */
export function textDate(text: string): string | null {
  let m = MONTH_DAY_YEAR.exec(text);
  if (m) return day(m[3], monthNumber(m[1]), m[2]);
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return day(m[3], monthNumber(m[2]), m[1]);
  m = DOTTED.exec(text);
  if (m) return day(m[3], Number(m[2]), m[1]);
  m = ISO_DAY.exec(text);
  if (m) return day(m[1], Number(m[2]), m[3]);
  return null;
}

/** "/2019/10/22/" or "/2019-10-22/" in a page's address, as many content systems file their stories. */
const URL_DAY = /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/u;

/** The day a page's address files it under; null when it has none. */
export function urlDate(url: string | null): string | null {
  const m = url ? URL_DAY.exec(url) : null;
  return m ? day(m[1], Number(m[2]), m[3]) : null;
}

/** ISO 8601 for the date forms pages use; null when it cannot be read. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const s = cleanText(raw);
  if (!s) return null;
  // Already ISO 8601 (date, or date-time with optional seconds, fraction and zone).
  const iso =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    if (!iso[2]) return iso[1];
    let zone = iso[3] ?? "";
    if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${iso[1]}T${iso[2]}${zone.toUpperCase()}`;
  }
  // Compact forms: 20240419, 20240419T062700Z.
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?Z?)?$/.exec(s);
  if (compact) {
    const [, y, m, d, hh, mm, ss] = compact;
    return hh ? `${y}-${m}-${d}T${hh}:${mm}:${ss ?? "00"}` : `${y}-${m}-${d}`;
  }
  // Anything else Date can read with an explicit year (RFC 2822 and friends).
  if (/\d{4}/.test(s) && /[a-z]/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace(".000Z", "Z");
  }
  return null;
}

/** Class or id of an element that shows the story's date. */
const DATE_NAME =
  /(^|[\s_-])(date|datetime|dateline|published|pubdate|postdate|post-date|entry-date|timestamp)($|[\s_-])|[a-z](?:date|time|meta)($|[\s_-])|(^|[\s_-])(?:time|meta)($|[\s_-])/;
/**
 * Names of dates that are not the story's: microformats' birthday and event start or end (Wikipedia's
 * infoboxes mark a founding day "bday dtstart published updated"), births and deaths, and the day a
 * cited source was read ("reference-accessdate": "Retrieved 2016-05-01").
 */
const OTHER_DATE_NAME =
  /(^|[\s_-])(bday|dtstart|dtend|birth\w*|death\w*|founded|accessdate|access-date)($|[\s_-])|reference-access/;
/** Longest text (white space folded: templates indent it) of such an element read for a date ("Monday, November 18, 2019 at 6:01 am"). */
const DATE_TEXT_MAX_CHARS = 80;
/**
 * A <time datetime> or microdata datePublished, else the text of an element named as the story's
 * date; neither from readers' comments (a comment's <time> is the day it was written).
 */
export function inPageDate(page: ParsedPage): string | null {
  const el = firstElement(
    page,
    (e) =>
      ((e.attrs.itemprop === "datePublished" && e.attrs.content !== undefined) ||
        ((e.attrs.itemprop === "datePublished" || e.tag === "time") && e.attrs.datetime !== undefined)) &&
      !inComments(e),
  );
  if (el) return normaliseDate(el.attrs.datetime ?? el.attrs.content);
  const budget = { left: STORY_SCAN_BUDGET };
  for (const e of page.elements) {
    const names = classAndId(e);
    if (names.length < 4 || !DATE_NAME.test(names) || OTHER_DATE_NAME.test(names) || inComments(e)) continue;
    // <span class="date" content="2017-07-23T17:06:45+0000">23. Juli 2017</span>
    const stamp = normaliseDate(e.attrs.datetime ?? e.attrs.content);
    if (stamp) return stamp;
    const text = foldSpaces(innerText(e)).trim();
    if (text.length > DATE_TEXT_MAX_CHARS) continue;
    const day = textDate(text);
    if (day && !inPageFooter(e) && !inListOfStories(page, e, names, budget)) return day;
  }
  return null;
}

/**
 * The first short text near the headline that names a day ("Benni 10. September 2017", "am
 * 25.01.2022", "24. April 2020 | Pressemitteilungen"): pages without date markup write it in the line
 * under (or over) the headline. Readers' comments and the page footer are not read.
 */
export function dateNearHeadline(lines: HeadlineLine[]): string | null {
  for (const line of lines) {
    const el = line.el;
    for (const text of line.lines.length > 0 ? line.lines : [line.text ?? ""]) {
      const day = dateLineDay(text);
      if (day && !namesOtherDate(el) && !inComments(el) && !inPageFooter(el) && !inLabelledRow(el))
        return day;
    }
  }
  return null;
}

/**
 * The day a date line names ("6:27 AM EDT, April 19, 2024", "Benni 10. September 2017", "am
 * 25.01.2022"): a short text with a date and few other words; null for anything else, such as a
 * sentence that mentions a day.
 */
export function dateLineDay(text: string): string | null {
  // Every date form has digits: most short texts (menu items, labels) are passed over at once.
  if (text.length === 0 || text.length > DATE_TEXT_MAX_CHARS || !HAS_DIGIT.test(text)) return null;
  const day = textDate(text);
  return day && !isSentence(text) ? day : null;
}

/** The element or one inside it is named for a date that is not the story's (a birthday, an access date). */
function namesOtherDate(el: Element): boolean {
  if (OTHER_DATE_NAME.test(classAndId(el))) return true;
  for (const c of el.children) if (typeof c !== "string" && namesOtherDate(c)) return true;
  return false;
}

const HAS_DIGIT = /\d/;

/** A date line holds few words besides the date ("VON MORITZ GATHMANN am 21. April 2020"). */
const DATE_LINE_MAX_WORDS = 4;

/** A sentence that mentions a day ("Die nächste Ausgabe erscheint am 6. November 2023."), not a date line. */
function isSentence(text: string): boolean {
  let words = 0;
  for (const w of text.split(" ")) {
    const letters = w.replace(/[^\p{L}]/gu, "");
    if (letters.length >= 2 && monthNumber(letters) === 0 && ++words > DATE_LINE_MAX_WORDS) return true;
  }
  return false;
}

/** How far up a table row is looked for from a date's element. */
const ROW_MAX_LEVELS = 3;

/** Inside a table row with a header cell: a fact's label and value ("Founded | February 28, 1998"). */
function inLabelledRow(el: Element): boolean {
  let e: Element | null = el;
  for (let k = 0; e && k <= ROW_MAX_LEVELS; e = e.parent, k++) {
    if (e.tag === "tr") return e.children.some((c) => typeof c !== "string" && c.tag === "th");
  }
  return false;
}

/** How many ancestors of a date element may be the item of a list of stories. */
const STORY_ITEM_MAX_LEVELS = 4;
/** That many look-alike siblings, each with its own date element, make a list of stories. */
const STORY_LIST_MIN_ITEMS = 3;
/** Siblings looked at per ancestor (a bound on hostile input). */
const STORY_LIST_MAX_SIBLINGS = 200;
/** Elements all the list scans of one page may look at. */
const STORY_SCAN_BUDGET = 20_000;

/**
 * The date element sits in one item of a list of stories (teasers of other articles, "more from"
 * lists): an ancestor has look-alike siblings (same tag and class) that hold an element named like
 * the date element too. Their dates are the other stories'.
 */
function inListOfStories(page: ParsedPage, el: Element, names: string, budget: { left: number }): boolean {
  let item: Element | null = el;
  for (let k = 0; item?.parent && k < STORY_ITEM_MAX_LEVELS; item = item.parent, k++) {
    const siblings = item.parent.children;
    if (siblings.length < STORY_LIST_MIN_ITEMS || siblings.length > STORY_LIST_MAX_SIBLINGS) continue;
    let dated = 0;
    for (const s of siblings) {
      if (typeof s === "string" || s.tag !== item.tag || s.attrs.class !== item.attrs.class) continue;
      if (holdsName(page, s, names, budget) && ++dated >= STORY_LIST_MIN_ITEMS) return true;
    }
  }
  return false;
}

/**
 * Some element of `root`'s subtree (itself included) has these class and id names. Scans of one page
 * share `budget` (elements): look-alike layout rows without the name are scanned whole.
 */
function holdsName(page: ParsedPage, root: Element, names: string, budget: { left: number }): boolean {
  const els = page.elements;
  for (let i = root.index; i < els.length && budget.left-- > 0; i++) {
    const e = els[i];
    if (i > root.index && e.depth <= root.depth) break;
    if (classAndId(e) === names) return true;
  }
  return false;
}

/**
 * The day a page's date line names ("Monday, November 18, 2019", "23. Juli 2017", "6 mai 2014",
 * "6 de mayo de 2014", "am 25.08.2015 22:30", "2019-10-22"), as YYYY-MM-DD. For the text of an
 * element the page names as its date, where no machine-readable date is given.
 */
import { MONTHS, monthNumber } from "../text/month-names";

const monthAlt = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
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

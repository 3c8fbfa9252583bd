/**
 * Feed dates to ISO 8601. RFC 822 (RSS) and ISO 8601 / RFC 3339 (Atom, RDF's dc:date, JSON Feed)
 * are what the runtime's Date parser reads. Real feeds also write RFC 822 with month and weekday
 * names in their own language ("Seg, 24 Set 2018 ...") or with zone abbreviations the parser does
 * not know ("CEST"); those are rewritten to the English form first.
 */

/**
 * Month abbreviations, January first, in the languages news feeds are most often written in. A month
 * token matches the abbreviation it starts with ("septembre" → "sept", "Set" → "set").
 */
const MONTHS_BY_LANGUAGE: Record<string, string[]> = {
  en: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
  pt: ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"],
  es: ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"],
  it: ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
  fr: ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
  de: ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"],
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
};

/** [abbreviation, month number], longest first so the most specific abbreviation wins. */
const MONTH_PREFIXES: Array<[string, number]> = Object.values(MONTHS_BY_LANGUAGE)
  .flatMap((names) => names.map((name, i): [string, number] => [name, i + 1]))
  .sort((a, b) => b[0].length - a[0].length);

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Zone abbreviations the Date parser does not read (it knows UT, GMT, Z and the US zones). */
const ZONES: Record<string, string> = {
  UTC: "+0000",
  WET: "+0000",
  WEST: "+0100",
  BST: "+0100",
  CET: "+0100",
  CEST: "+0200",
  MET: "+0100",
  MEST: "+0200",
  EET: "+0200",
  EEST: "+0300",
  MSK: "+0300",
  JST: "+0900",
  AEST: "+1000",
  AEDT: "+1100",
};

/** [weekday,] day month year time [zone] */
const RFC822_LOOSE =
  /^(?:[^\s,\d]+,?\s+)?(\d{1,2})\s+([^\s\d.]+)\.?\s+(\d{2,4})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*([+-]\d{4}|[A-Za-z]{1,5})?$/u;

function monthNumber(name: string): number | null {
  const token = name.toLowerCase();
  return MONTH_PREFIXES.find(([prefix]) => token.startsWith(prefix))?.[1] ?? null;
}

function toIso(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** ISO 8601 (UTC) for a feed date, or null when it cannot be read. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const direct = toIso(Date.parse(value));
  if (direct) return direct;
  const m = RFC822_LOOSE.exec(value);
  if (!m) return null;
  const month = monthNumber(m[2]);
  if (!month) return null;
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  const zone = m[5] ? (ZONES[m[5].toUpperCase()] ?? m[5]) : "+0000";
  return toIso(Date.parse(`${m[1]} ${MONTH_NAMES[month - 1]} ${year} ${m[4]} ${zone}`));
}

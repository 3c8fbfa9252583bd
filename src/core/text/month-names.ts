/**
 * Month names and abbreviations of the languages whose dates we read (lowercase, without a trailing
 * dot) → month number. Shared by the facts (dates in sentences) and the extraction (a page's date line).
 */
const MONTH_NAMES: Record<string, string[]> = {
  en: "january february march april may june july august september october november december".split(" "),
  en_abbr: "jan feb mar apr may jun jul aug sep oct nov dec".split(" "),
  de: "januar februar märz april mai juni juli august september oktober november dezember".split(" "),
  fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(" "),
  es: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(" "),
  it: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(
    " ",
  ),
  pt: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(" "),
  nl: "januari februari maart april mei juni juli augustus september oktober november december".split(" "),
};

export const MONTHS: Readonly<Record<string, number>> = (() => {
  const months: Record<string, number> = Object.create(null);
  for (const names of Object.values(MONTH_NAMES)) {
    names.forEach((n, i) => {
      months[n] ??= i + 1;
    });
  }
  months.sept = 9;
  months.jän = 1;
  return months;
})();

/**
 * MONTHS for lookups: the facts ask about every capitalised word, and a Map finds a freshly cut string
 * about twice as fast as an object's property lookup (measured on words cut from German sentences).
 */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));

/** The month number of a name or abbreviation ("März", "sept.", "Jan"); 0 when it is none. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  // One trailing dot goes ("sept."); tested by hand: a regex replace on every capitalised word cost more.
  return MONTH_NUMBERS.get(lower.endsWith(".") ? lower.slice(0, -1) : lower) ?? 0;
}

/** Every month name and abbreviation as a regex alternation, longest first ("september" before "sep"). */
export const MONTH_ALTERNATION = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * Weekday names of the languages whose dates we read. Shared by the facts (a weekday placed by the
 * publication date) and the text (a date line that names the weekday: "Posted: Thursday, April 21, 2022.").
 */

/**
 * Weekday names → day of week (0 = Sunday), per language. A Map: the entities ask about every
 * capitalised word of a page not in English, and it finds a freshly cut string about twice as fast as
 * an object's property lookup, which also found "constructor" and "__proto__" on Object.prototype.
 */
export const WEEKDAYS = new Map<string, number>();
const WEEKDAY_NAMES: string[][] = [
  "sunday monday tuesday wednesday thursday friday saturday".split(" "),
  "sonntag montag dienstag mittwoch donnerstag freitag samstag".split(" "),
  "dimanche lundi mardi mercredi jeudi vendredi samedi".split(" "),
  "domingo lunes martes miércoles jueves viernes sábado".split(" "),
  "domenica lunedì martedì mercoledì giovedì venerdì sabato".split(" "),
  "domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado".split(" "),
  "zondag maandag dinsdag woensdag donderdag vrijdag zaterdag".split(" "),
];
for (const names of WEEKDAY_NAMES) {
  names.forEach((n, i) => {
    if (!WEEKDAYS.has(n)) WEEKDAYS.set(n, i);
  });
}

/** Whether a lowercase word is a weekday's name in one of the languages read ("viernes", "montag"). */
export function isWeekdayName(lower: string): boolean {
  return WEEKDAYS.has(lower);
}

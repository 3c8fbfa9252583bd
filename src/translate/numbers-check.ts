/**
 * Numbers must survive translation ("15 years", "3,000 troops", "19 April 2024"). The check lists the
 * numbers of a source text that its translation lost. Digit groups are compared without their
 * separators, so a translation that writes "3.000" for "3,000" or "2,5" for "2.5" (the target's
 * convention) keeps its number; a spelled-out or changed number is reported.
 */

/**
 * A number as written: digits, optionally grouped or with a decimal part ("1,200", "3.5", "1 000"
 * with a no-break or narrow space). A plain space does not join digits: "19, 2024" is two numbers.
 */
const NUMBER = /\d+(?:[.,'\u00a0\u202f]\d+)*/g;

/** The digits of each number in a text, separators removed ("3,000" → "3000"). */
export function numbersIn(text: string): string[] {
  return (text.match(NUMBER) ?? []).map((n) => n.replace(/\D/g, ""));
}

/** Numbers of `source` (as written there) that `translation` does not contain as often. */
export function missingNumbers(source: string, translation: string): string[] {
  const available = new Map<string, number>();
  for (const n of numbersIn(translation)) available.set(n, (available.get(n) ?? 0) + 1);
  const missing: string[] = [];
  for (const written of source.match(NUMBER) ?? []) {
    const digits = written.replace(/\D/g, "");
    const left = available.get(digits) ?? 0;
    if (left > 0) available.set(digits, left - 1);
    else missing.push(written);
  }
  return missing;
}

/**
 * End-anchored tests of a text's final marks (a sentence's full stop, question mark or colon, with the
 * closing quotes and brackets after it), read from the end. A regular expression such as
 * /[.!?]["”]*\s*$/u has no anchor at its start, so it is tried at every position of the text; only the
 * last few characters matter.
 */

/** Where white space (`\s`) may stand after the final mark: after the closers, among them, or nowhere. */
export type TrailingSpace = "after" | "among" | "none";

/** `/\s/u.test(String.fromCharCode(c))`: white space and line terminators. */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether `text` ends with one of `marks`, then any of `closers`, with white space where `space` says:
 * what `[marks][closers]*\s*$` ("after"), `[marks][\s closers]*$` ("among") or `[marks][closers]*$`
 * ("none") test under the `u` flag. Marks and closers are BMP characters that are not white space, and
 * no mark is a closer: the run before the end is then cut in one way only.
 */
export function endsWithMark(text: string, marks: string, closers: string, space: TrailingSpace): boolean {
  let i = text.length - 1;
  if (space === "among") {
    while (i >= 0 && (isSpaceUnit(text.charCodeAt(i)) || closers.includes(text[i]))) i--;
  } else {
    if (space === "after") while (i >= 0 && isSpaceUnit(text.charCodeAt(i))) i--;
    while (i >= 0 && closers.includes(text[i])) i--;
  }
  return i >= 0 && marks.includes(text[i]);
}

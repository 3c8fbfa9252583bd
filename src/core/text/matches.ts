/**
 * `[...text.matchAll(re)]` for a global regex, found with `exec`. `matchAll` constructs a copy of the
 * regex on every call, and the fact rules run a dozen regexes on every sentence: the copies cost more
 * than most of the matching. Like `matchAll`, it starts at `re.lastIndex` (always 0 for a regex used
 * only here: each call leaves it at 0), and steps past an empty match by one code point under `u`.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("matchesOf needs a global regex");
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes("v"));
  }
  return out;
}

/** ECMAScript's AdvanceStringIndex: the next code unit, or past a surrogate pair in Unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Per BMP code unit: 0 not yet known, UNCHANGED or CHANGED by `toLowerCase`. */
const UNCHANGED = 1;
const CHANGED = 2;
const lowering = new Uint8Array(0x10000);

/**
 * `text === text.toLowerCase()`, without building the lowercase string (V8 lowercases a string of
 * other than Latin-1 characters in its runtime, at some 150 ns a word). Lowercasing maps each code
 * point on its own (the one rule with context, a final sigma, turns Σ into ς or σ: a change either
 * way), so a text is its own lowercase form iff each of its code points is. A surrogate (an astral
 * code point, rare) leaves the answer to `toLowerCase`.
 */
export function isLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) return false;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) return text === text.toLowerCase();
    let known = lowering[c];
    if (known === 0) {
      const char = String.fromCharCode(c);
      known = char.toLowerCase() === char ? UNCHANGED : CHANGED;
      lowering[c] = known;
    }
    if (known === CHANGED) return false;
  }
  return true;
}

/**
 * The site's own name as a title writes it: "Headline | silvias.net", "Herr Pfleger | Headline". Its
 * spellings come from the page's metadata (og:site_name, the JSON-LD WebSite or publisher, the app's
 * name) and from its host name, compared on letters and digits only ("Herr Pfleger" = herrpfleger.de).
 */

/**
 * Letters and digits only, lowercased: "Herr Pfleger" and "herrpfleger" compare equal, and so do copies
 * of a headline whose quotes and dashes differ.
 */
export function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Names shorter than this (squashed) are too vague to recognise ("tv", "de"). */
const MIN_SITE_CHARS = 3;
/** Longer "names" are not a site's name (and would make each comparison slow on hostile pages). */
const MAX_SITE_CHARS = 200;
/** A host's last label shorter than this is a second-level suffix ("co.uk", "com.au"), not the name. */
const MIN_HOST_LABEL_CHARS = 4;

/** The squashed spellings of the site's name: the declared names, the host, and its main label. */
export function siteSpellings(names: Array<string | null | undefined>, url: string | null): string[] {
  const out = new Set<string>();
  for (const n of names) if (n) out.add(squash(n));
  const host = hostOf(url);
  if (host) {
    out.add(squash(host));
    const labels = host.split(".").slice(0, -1);
    let main = labels.pop();
    if (main !== undefined && main.length < MIN_HOST_LABEL_CHARS && labels.length > 0) main = labels.pop();
    if (main) out.add(squash(main));
  }
  return [...out].filter((s) => s.length >= MIN_SITE_CHARS && s.length <= MAX_SITE_CHARS);
}

function hostOf(url: string | null): string | null {
  const m = url ? /^(?:https?:)?\/\/([^/?#:]+)/i.exec(url.trim()) : null;
  return m ? m[1].toLowerCase().replace(/^www\d?\./, "") : null;
}

/**
 * The part is the site's name: one holds the other and the name makes at least half of the longer
 * ("The Japan Times" ~ japantimes.co.jp, "Stack Overflow Blog" ~ stackoverflow.blog), so that a
 * headline that merely mentions the site ("Apple's future" on apple.com) is not taken for it.
 */
export function isSiteName(part: string, sites: string[]): boolean {
  const p = squash(part);
  if (p.length < MIN_SITE_CHARS) return false;
  for (const s of sites) {
    const [short, long] = p.length < s.length ? [p, s] : [s, p];
    if (long.includes(short) && 2 * short.length >= long.length) return true;
  }
  return false;
}

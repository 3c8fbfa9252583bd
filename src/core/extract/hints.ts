/**
 * What an element's markup says about it: tags and ARIA roles that are never article text, hidden
 * elements, and class/id hints. Hints are one signal among several (text and link density decide
 * most): an "unlikely" hint only removes an element in the first extraction attempt, and a boilerplate
 * hint inside the content area is ignored when the element holds most of the article's text.
 */
import type { Element } from "./parse";

/** Tags that hold page chrome, never article text. */
export const CHROME_TAGS = new Set([
  "nav",
  "aside",
  "footer",
  "header",
  "menu",
  "dialog",
  "form",
  "input",
  "label",
]);

/** ARIA landmark and widget roles of page chrome. */
const CHROME_ROLES = new Set([
  "navigation",
  "banner",
  "complementary",
  "contentinfo",
  "search",
  "menu",
  "menubar",
  "toolbar",
  "tablist",
  "dialog",
  "alertdialog",
  "alert",
  "button",
  "form",
]);

const HIDDEN_STYLE = /(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Hidden from readers: `hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`. */
export function isHidden(el: Element): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true") return true;
  if (a.style !== undefined && HIDDEN_STYLE.test(a.style)) return true;
  return false;
}

export function hasChromeRole(el: Element): boolean {
  const role = el.attrs.role;
  return role !== undefined && CHROME_ROLES.has(role.toLowerCase());
}

/** `class` and `id` joined, lowercased: what hints are matched against. */
export function classAndId(el: Element): string {
  if (el.names !== undefined) return el.names;
  const c = el.attrs.class;
  const id = el.attrs.id;
  el.names = c === undefined && id === undefined ? "" : `${c ?? ""} ${id ?? ""}`.toLowerCase();
  return el.names;
}

/** Page regions that are almost never the article (removed in the first attempt only); "cookie" inside a name too ("dialogcookiewarning"). */
const UNLIKELY =
  /(^|[\s_-])(comments?|comment-?list|disqus|sidebar|side-?bar|rail|breadcrumbs?|footer|masthead|header|site-?header|menu|nav|navbar|navigation|social|share|sharing|related|recommended|recirc|newsletter|subscribe|signup|promo|sponsored|advert\w*|ads?|ad-\w+|banner|[a-z0-9]*cookie\w*|consent\w*|gdpr|popup|modal|overlay|outbrain|taboola|pagination|pager|widget|skip|toolbar|most-?popular|trending|teasers?)($|[\s_-])/;
/** Names that say "content": an element matching these is kept even with an unlikely hint. */
const MAYBE_CONTENT = /(^|[\s_-])(article|content|main|body|story|entry|post|text)($|[\s_-])/;

/** True when class/id mark a region that is almost never the article. */
export function isUnlikely(names: string): boolean {
  return names !== "" && hint(names, UNLIKELY_BIT);
}

/** Boilerplate inside the content area: share bars, captions, bylines, related links, the next story's teaser, ads... */
const BOILERPLATE =
  /(share|sharing|social|related|recommend|newsletter|subscri|signup|sign-up|promo|sponsor|advert|(^|[\s_-])ads?($|[\s_-])|ad-slot|ad-container|comment(?!ar)|caption|credit|byline|author|(^|[\s_-])meta($|[\s_-])|(^|[\s_-])tags($|[\s_-])|(^|\s)tag($|\s)|tag-?(list|cloud|links)|breadcrumb|toolbar|(^|[\s_-])print|rating|disclaimer|sr-only|visually-?hidden|screen-?reader|(^|\s)(hidden|is-hidden|d-none)($|\s)|structured-?data|(^|[\s_-])(references|reflist)($|[\s_-])|outbrain|taboola|popular|trending|widget|footer|more-stories|read-?next|(next|prev|previous)-?(story|stories|post|posts|article)|timestamp|dateline|published|(^|[\s_-])date($|[\s_-]))/;

/** True when class/id mark boilerplate that sits inside articles. */
export function isBoilerplate(names: string): boolean {
  return names !== "" && hint(names, BOILERPLATE_BIT);
}

/** Names of the article's own body: a small bonus when choosing the content area. */
const CONTENT =
  /(^|[\s_-])(article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|entry-?content|post-?content|post-?body|main-?content|body-?text|content-?body)($|[\s_-])/;

export function isContentHint(el: Element, names: string): boolean {
  const prop = el.attrs.itemprop;
  if (prop !== undefined && /articlebody/i.test(prop)) return true;
  return names !== "" && hint(names, CONTENT_BIT);
}

/*
 * The hint patterns' answers per class/id string, for the page being read: pages repeat the same
 * names on many elements, and the patterns are long alternations. Each answer is found when first
 * asked and kept until `resetHints` (called once per page, so memory stays bounded).
 */
const UNLIKELY_BIT = 1;
const CONTENT_BIT = 2;
const BOILERPLATE_BIT = 4;
const answers = new Map<string, number>();

function hint(names: string, bit: number): boolean {
  const entry = answers.get(names) ?? 0;
  // Low three bits: answers; the same bits shifted by 3: which answers are known.
  if (entry & (bit << 3)) return (entry & bit) !== 0;
  let yes: boolean;
  if (bit === UNLIKELY_BIT) yes = UNLIKELY.test(names) && !MAYBE_CONTENT.test(names);
  else if (bit === CONTENT_BIT) yes = CONTENT.test(names);
  else yes = BOILERPLATE.test(names);
  answers.set(names, entry | (bit << 3) | (yes ? bit : 0));
  return yes;
}

/** Forgets the answers of the previous page. */
export function resetHints(): void {
  answers.clear();
}

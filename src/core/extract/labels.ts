/**
 * What, among the article's blocks, is the page's and not the story's: teasers of other stories,
 * captions, labels (slideshow counters, "Advert", "Read more"), bylines and date lines set as headings.
 * Each test is cheap and local to a block (and the elements around it); tidy.ts applies them.
 */
import type { RawBlock } from "./blocks";
import { textDate } from "./dates";
import { BY_WORDS, BYLINE_PREFIX, MONTHS, WEEKDAY } from "./label-words";
import type { Element } from "./parse";
import { foldSpaces } from "./text";

/** An excerpt cut short: a word, then "..." or "…" (not a sentence's end before it). */
const TRUNCATED = /[\p{L}\p{N},;]\s?(?:\.{3}|…)["”’]?$/u;

/** A link to another story with the start of its text, cut short ("Headline STATE: The first words..."). */
function isTeaser(b: RawBlock): boolean {
  return (
    (b.kind === "listItem" || b.kind === "paragraph") && b.linkWeight > 0 && TRUNCATED.test(b.text.trimEnd())
  );
}

/**
 * Teasers of other stories next to one another (a "latest news" list inside the content area) go; a lone
 * paragraph that ends in "..." and holds a link may be the article's own.
 */
export function withoutTeasers(raw: RawBlock[]): RawBlock[] {
  const teaser = raw.map(isTeaser);
  if (!teaser.includes(true)) return raw;
  return raw.filter((_, i) => !(teaser[i] && (teaser[i - 1] || teaser[i + 1])));
}

/** How many elements around a block are looked at for the image it may caption. */
const CAPTION_SCAN_MAX = 24;
const CAPTION_SCAN_DEPTH = 3;
/** Longer paragraphs are prose, not an image's description. */
const CAPTION_MAX_CHARS = 400;

/**
 * A caption: the text repeats the alt text of an image beside it (in the same element or its parent,
 * "<img alt='The slimmer bezels'><span>The slimmer bezels</span>"). Pages write both for the same
 * picture; the article's prose never equals an image's description.
 */
export function isAltCaption(b: RawBlock): boolean {
  if (b.text.length > CAPTION_MAX_CHARS) return false;
  // The paragraph's folded text is built at the first image with a description (most paragraphs have
  // none near them); an empty one matches no image.
  let text: string | null = null;
  let scanned = 0;
  // A bounded walk: the images a few levels below `el` ("<div><div><img></div><span>caption</span></div>").
  const holdsImage = (el: Element, depth: number): boolean => {
    for (const c of el.children) {
      if (typeof c === "string") continue;
      if (++scanned > CAPTION_SCAN_MAX) return false;
      if (c.tag === "img") {
        if (!c.attrs.alt) continue;
        text ??= foldSpaces(b.text).trim().toLowerCase();
        if (text && foldSpaces(c.attrs.alt).trim().toLowerCase() === text) return true;
      } else if (depth < CAPTION_SCAN_DEPTH && holdsImage(c, depth + 1)) return true;
    }
    return false;
  };
  return holdsImage(b.owner, 1) || (b.owner.parent !== null && holdsImage(b.owner.parent, 1));
}

/**
 * A photo credit closing a short paragraph ("… at one of the daily briefings. Photo: Jonathan
 * Nackstrand/AFP", "(AP Photo/Evan Vucci)", "Foto: dpa"): the paragraph is the picture's caption.
 */
const PHOTO_CREDIT =
  /(?:^|[\s(|–—-])(?:\(?(?:AP|AFP|EPA|PA|Reuters)\s)?(?:photo|photos|photograph|picture|pic|image|images|foto|fotos|bild|illustration|crédit photo)(?:\s(?:credit|by|de|von))?\s?[:/]\s?[^\s.!?:][^.!?:]{1,60}\)?\s*$/iu;

/** Chinese captions open on "the picture shows" ("图为马素湘在澳大利亚悉尼游玩时的近影。"). */
const PICTURE_SHOWS = /^(?:图为|圖為|上图为|下图为|上圖為|下圖為)/u;

/** A short paragraph that ends with a photo credit (PHOTO_CREDIT) or opens as a caption: a caption. */
export function isCreditedCaption(b: RawBlock): boolean {
  return b.text.length <= CAPTION_MAX_CHARS && (PHOTO_CREDIT.test(b.text) || PICTURE_SHOWS.test(b.text));
}

/** A slideshow's counter: "1 of 6", "Image 2 of 5", "Bild 3 von 8", "4/12". */
const COUNTER = /^(?:\p{L}+\s+)?\d+\s*(?:of|von|de|sur|di|\/)\s*\d+$/iu;
/** Who is asked to act in a paywall's prompt, opening it. */
const PAYWALL_ASK = "(?:subscribe|sign up|sign in|log in|register)";
/**
 * A paywall's prompt that says the story stops here ("To view the full story, please subscribe to …",
 * "Subscribe now … for the full story", "… to continue reading"): what follows it is the offer.
 */
const PAYWALL_CUT = new RegExp(
  `^(?:${PAYWALL_ASK}\\b.{0,50}\\b(?:full (?:story|article)|continue reading|unlimited access)\\b|to (?:view|read|continue reading) (?:the full|the rest of (?:the|this)|this) (?:story|article)\\b.{0,10}\\b(?:subscribe|sign in|log in|register)\\b)`,
  "iu",
);
/** A paywall's prompt closing a teaser, as a label: PAYWALL_CUT's, and "Subscribe to read more". */
const PAYWALL_PROMPT = new RegExp(
  `${PAYWALL_CUT.source}|^${PAYWALL_ASK}\\b.{0,50}\\bread (?:more|on|the rest)\\b`,
  "iu",
);
/** Longest paragraph looked at for PAYWALL_CUT (the prompt and a line of its offer). */
const PAYWALL_CUT_MAX_CHARS = 200;

/** Whether the paragraph is a paywall's prompt after which the page holds only its offer. */
export function isPaywallCut(b: RawBlock): boolean {
  return (
    b.kind === "paragraph" &&
    b.text.length <= PAYWALL_CUT_MAX_CHARS &&
    PAYWALL_CUT.test(foldSpaces(b.text).trim())
  );
}

/** An invitation to follow the site elsewhere: "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner." */
const SOCIAL_PROMPT =
  /^\s*(?:follow|like)\s(?:us|[^.!?]{1,40}?)\s(?:on|at)\s(?:twitter|facebook|instagram|x|linkedin|tiktok|youtube|threads|bluesky)\b/iu;
/**
 * A disclosure of paid links: "This post contains affiliate links", "Dieser Artikel enthält
 * Affiliate-Links", "Für Links auf dieser Seite erhält … eine Provision", "we may earn a commission",
 * "This post contains references to products from one or more of our advertisers", "Terms apply to the
 * offers listed on this page".
 */
export const AFFILIATE_DISCLOSURE =
  /\baffiliate[- ]?links?\b|\b(?:provision|commission)\b.{0,80}\blinks?\b|\blinks?\b.{0,80}\b(?:provision|commission)\b|\b(?:products|offers) from (?:one or more of )?our advertisers\b|^terms apply to the offers\b/iu;
/**
 * What every AFFILIATE_DISCLOSURE holds ("link", "advertisers", or "terms apply" at the start), under
 * the same flags: a test for it first spares the long pattern, tried at every character, on the
 * paragraphs that cannot match (half its cost over the corpora's short paragraphs).
 */
export const AFFILIATE_WORDS = /link|advertisers|^terms apply/iu;
/** A server's error printed into the page: "Warning: Use of undefined constant … in /…/x.php on line 12". */
const SERVER_MESSAGE =
  /^\s*(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards):\s.{0,400}\son line \d+\b/u;
/** Words that mark an advertisement's slot, in the languages we read. */
const AD_WORDS =
  "advertisement|advert|anzeige|werbung|publicidade|publicidad|publicité|pubblicità|reclame|advertentie|реклама";
/**
 * An ad slot's label left in the text: the ad word alone or before a separator and the sponsor's line
 * ("Werbung:", "ANZEIGE - Heute mal ausgehen?"), or one word ("Anzeige symplr"); "the story continues
 * after the ad" ("CONTINUA DEPOIS DA PUBLICIDADE", "La suite après cette publicité", "Story continues
 * below advertisement"); a WordPress ad shortcode ("[ad#ad-2]").
 */
const AD_LABEL = new RegExp(
  `^(?:(?:${AD_WORDS})(?:\\s*[:|–—-].{0,60}|\\s+\\S+)?|(?:(?:the\\s)?(?:story|article)\\s)?(?:continues?|continua|continúa|la suite|weiterlesen)\\b.{0,30}\\b(?:${AD_WORDS}|ad)\\.?|\\[ad[#\\w-]*\\])$`,
  "iu",
);

/**
 * Labels longer than LABEL_MAX_CHARS, each with the longest paragraph it is looked for in (an
 * invitation names several networks and handles; an error message holds a file path).
 */
const LONG_LABELS: ReadonlyArray<readonly [RegExp, number, RegExp?]> = [
  [SOCIAL_PROMPT, 160],
  [AFFILIATE_DISCLOSURE, 300, AFFILIATE_WORDS],
  [SERVER_MESSAGE, 600],
  [AD_LABEL, 100],
];
/** Longest link-only paragraph taken for a label ("Read more", "See all photos"). */
const LINK_LABEL_MAX_WORDS = 4;
/** Longer paragraphs are never labels but LONG_LABELS (checked early: most paragraphs are long). */
const LABEL_MAX_CHARS = 80;

/**
 * A paragraph that is a label of the page, not the article's prose: a slideshow counter, one word with
 * no punctuation ("Advert", "SUBSCRIBE"), a few words that are all a link ("Read More"), a paywall's
 * prompt, and, longer, an invitation to follow the site, a disclosure of paid links or a server's error
 * (LONG_LABELS). A one-line paragraph of prose ("It worked.") ends in punctuation and stays.
 */
export function isLabel(b: RawBlock): boolean {
  if (isHomoglyphText(b.text)) return true;
  const raw = b.text;
  if (
    LONG_LABELS.some(
      ([pattern, max, gate]) => raw.length <= max && (!gate || gate.test(raw)) && pattern.test(raw),
    )
  )
    return true;
  if (b.text.length > LABEL_MAX_CHARS) return false;
  const t = foldSpaces(b.text).trim();
  if (COUNTER.test(t) || PAYWALL_PROMPT.test(t)) return true;
  const words = t.split(" ").length;
  if (words === 1 && /^\p{L}+$/u.test(t)) return true;
  // Words, not an address: a list of shortened links may be the article's own (a deals post).
  return words <= LINK_LABEL_MAX_WORDS && b.linkWeight >= b.weight && b.weight > 0 && /^[\p{L} ]+$/u.test(t);
}

/**
 * Words mixing Latin and Cyrillic letters ("Аdvеrtіѕе", "dеlіvеrеd"): no language writes them. Tried
 * only where a run of letters starts (the lookbehind): a match can only begin there, and without it
 * the two lookaheads rescanned the rest of the word from each of its letters (quadratic per word, half
 * a millisecond on a long Russian page).
 */
export const MIXED_SCRIPT_WORD =
  /(?<!\p{L})(?=[\p{L}]*\p{Script=Latin})(?=[\p{L}]*\p{Script=Cyrillic})\p{L}+/gu;
/** Mixed-script words from which a paragraph is disguised text. */
const MIN_MIXED_WORDS = 3;

/**
 * Text written with Cyrillic look-alikes among its Latin letters, as ads do to slip past ad blockers
 * ("Аdvеrtіѕе wіth thе most visited news site"): prose never mixes scripts inside its words.
 */
function isHomoglyphText(text: string): boolean {
  if (!/\p{Script=Cyrillic}/u.test(text) || !/[A-Za-z]/u.test(text)) return false;
  return (text.match(MIXED_SCRIPT_WORD)?.length ?? 0) >= MIN_MIXED_WORDS;
}

/** A label line this short or shorter may be a byline or a date ("by Jeff Foust", "Monday, November 18, 2019"). */
const LABEL_MAX_WORDS = 8;
const BYLINE_LINE = new RegExp(`${BYLINE_PREFIX.source}\\S`, "i");
/** What a date line is made of: month and day names, numbers, times, a few joining words. */
const DATE_LINE_PART = new RegExp(
  `\\b(?:${MONTHS.join("|")})[a-z]*\\.?|\\b${WEEKDAY}\\b|\\b(?:at|on|am|pm|a\\.m\\.|p\\.m\\.|updated|published|posted|utc|gmt)\\b|\\d+(?:st|nd|rd|th)?|[\\s,.:/@|–—-]+`,
  "giu",
);

/** A longer line may still be a byline with a date ("Le Monde | 04.05.2015 à 13h36 • … | Par …"). */
const DATED_BYLINE_MAX_WORDS = 30;
/** Separators of a line of details: "|", "•", "·". */
const DETAIL_SEPARATOR = /\s[|•·]\s/gu;
/** "By" opening the line or one of its separated details ("… | Par Martin Untersinger"). */
const BY_PHRASE = new RegExp(`(?:^|[|•·]\\s*)(?:${BY_WORDS})\\s+\\p{Lu}`, "iu");

/**
 * A line of the story's details rather than its prose: a date and either a byline ("Par Martin …") or
 * at least two separators between short details, without a sentence's final stop.
 */
export function isDetailsLine(text: string): boolean {
  const t = foldSpaces(text).trim();
  if (/[.!?…]["'”’»)]*$/u.test(t) || t.split(" ").length > DATED_BYLINE_MAX_WORDS) return false;
  if (!textDate(t)) return false;
  return BY_PHRASE.test(t) || (t.match(DETAIL_SEPARATOR)?.length ?? 0) >= 2;
}

/** A heading that is the story's byline or date: a label set as a heading, not a standfirst. */
export function isBylineOrDateLine(text: string): boolean {
  const t = foldSpaces(text).trim();
  if (t.split(" ").length > LABEL_MAX_WORDS) return false;
  if (BYLINE_LINE.test(t)) return true;
  return /\d/.test(t) && t.replace(DATE_LINE_PART, "") === "";
}

/**
 * What marks a name as a firm's: its form ("SpaceX", "Edmunds.com"), a title only firms give ("Toyota
 * spokesman"), what only firms have after their name or possessive ("Apple shares", "Edmunds'
 * executive director"), an exchange ticker ("Home Depot (NYSE: HD)"); and a sports club's first word.
 */

/** Titles a firm gives its people: the name before one is an organisation's. */
export const CORPORATE_TITLES: ReadonlySet<string> = new Set([
  "ceo",
  "cfo",
  "coo",
  "cto",
  "chairman",
  "chairwoman",
  "executive",
  "founder",
  "spokesman",
  "spokeswoman",
  "spokesperson",
]);

/** What only a firm has, after its name or its possessive ("Apple shares", "Edmunds' executive"). */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  "shares",
  "stock",
  "shareholders",
  "investors",
  "customers",
  "subscribers",
  "employees",
  "revenue",
  "earnings",
  "analyst",
  "analysts",
  "economist",
  "strategist",
  // A platform's: "Instagram business accounts", "their Twitter feed" (not "users": "Android users",
  // "Chrome users" are a product's; not "profiles", as often a verb: "Beauty Boss profiles the brains").
  "account",
  "accounts",
  "followers",
  "feed",
  "profile",
]);
/**
 * Nouns that say what kind of body the name right after them is ("the journal Nature Astronomy", "tech
 * giant Apple", "her former label Big Machine", "the group Doctors for Camp Closure"): no person is
 * introduced so (a person's role comes between: "company founder Jeff Bezos").
 */
export const FIRM_DESCRIPTORS: ReadonlySet<string> = new Set(
  (
    "company startup start-up carmaker automaker retailer airline lender insurer bank publisher " +
    "broadcaster newspaper magazine publication journal outlet website platform app label studio agency " +
    "charity nonprofit non-profit organization organisation club team giant maker manufacturer chain " +
    "operator provider subsidiary conglomerate brand tabloid network group"
  ).split(" "),
);

/** Characters from a name's end to a ticker's bracket: a space, or a possessive and a space. */
const TICKER_OFFSET = 3;
const OPEN_PAREN = 40;
/** Characters read for the possessive, the bracket, the exchange and the ticker. */
const TICKER_SPAN = 28;
/**
 * " (NYSE: HD)", "’s (Nasdaq:AAPL)": an exchange and a ticker (a bare "(HAMR)" is as often an
 * acronym's definition).
 */
const TICKER = /^(?:['’]s?)?\s\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|AMEX|OTC)\s?:\s?[A-Z]{1,5}(?:\.[A-Z])?\)/u;

/** Whether an exchange and a ticker follow a name ending at `end`. */
export function tickerAfter(sentence: string, end: number): boolean {
  // Look for the bracket only where it can be (not through the rest of the sentence, for every name).
  let paren = -1;
  for (let k = end; k <= end + TICKER_OFFSET && k < sentence.length; k++)
    if (sentence.charCodeAt(k) === OPEN_PAREN) {
      paren = k;
      break;
    }
  return paren >= 0 && TICKER.test(sentence.slice(end, end + TICKER_SPAN));
}

/**
 * One capital after lowercase letters, past a name prefix ("SpaceX", "GiveWell"; not "McCain",
 * "LeBron"), and not a programmer's identifier ("TypeError", "WebDriverWait").
 */
const INNER_CAPITAL = /^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}\p{Ll}+\p{Lu}[^\p{Lu}]*$/u;
const IDENTIFIER = /(?:Error|Exception|Warning)$/u;
/** A web address as a name ("Edmunds.com", "Polygraph.info"). */
const DOMAIN = /^[\p{L}\d-]+\.(?:com|org|net|info|io|co|news|tv)$/u;

/** A one-word name written as firms write theirs: an inner capital or a web address. */
export function looksLikeFirmName(text: string, key: string): boolean {
  return (INNER_CAPITAL.test(text) && !IDENTIFIER.test(text)) || DOMAIN.test(key);
}

/**
 * First words of sports clubs' names: the clubs' abbreviations ("FC Porto", "AC Milan", "VfB
 * Stuttgart") and the words clubs put before their city ("Real Madrid", "Inter Milan", "Bayern Munich").
 */
export const CLUB_WORDS: ReadonlySet<string> = new Set(
  (
    "fc afc ac as sc cf cd sv vfb vfl tsv rb real inter atletico atlético bayern borussia dynamo dinamo " +
    "sporting olympique eintracht hertha fortuna werder"
  ).split(" "),
);

/**
 * Last words of football clubs' names after their town ("Manchester United", "Blackburn Rovers",
 * "Wolverhampton Wanderers", "Tottenham Hotspur", "Brighton & Hove Albion", "Oldham Athletic").
 */
export const CLUB_ENDINGS: ReadonlySet<string> = new Set(
  "united rovers wanderers hotspur albion athletic".split(" "),
);

/**
 * The world's major news agencies and social networks, by name. Why a list: articles cite them in
 * passing ("told Reuters", "posted on Facebook", "China's version of Twitter") with no cue around the
 * name, and a place preposition before a network ("on Instagram", "to Reuters") would type it a place.
 * Generic (not taken from any labelled page); names that are also people's ("Bloomberg") are left out.
 */
export const NEWS_AGENCIES_AND_NETWORKS: ReadonlySet<string> = new Set(
  (
    "reuters xinhua tass interfax kyodo yonhap ansa anadolu bernama antara " +
    "facebook twitter instagram youtube tiktok snapchat whatsapp linkedin reddit pinterest tumblr weibo " +
    "wechat telegram vkontakte"
  ).split(" "),
);

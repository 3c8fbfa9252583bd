/**
 * Words of bylines and date lines, shared by the metadata (which reads the name and the date out of
 * them) and the labels (which drop such lines from the article's text).
 */

/** "By" before the author's name, in the languages we read ("by", "von", "par", "por", "di", "door", "av"). */
export const BY_WORDS = "by|von|par|por|di|door|av";
/** "By" alone (a byline whose name is on the next line). */
export const BY_WORD = new RegExp(`^(?:${BY_WORDS})$`, "i");
/** "By " or "Written by " opening a byline. */
export const BYLINE_PREFIX = new RegExp(`^(?:written\\s+)?(?:${BY_WORDS})\\s+`, "i");
/**
 * A label that ends in "by" before the author's name: "Posted by", "View all posts by", "Zeige alle
 * Beiträge von", "Veröffentlicht von", Drupal's "Submitted by" / "Gespeichert von" (blog themes print
 * these; the name may follow without a space).
 */
export const LABEL_THEN_BY = new RegExp(
  `(?:^|\\s)(?:posted|written|published|edited|created|submitted|posts|articles?|veröffentlicht|eingestellt|erstellt|gespeichert|geschrieben|verfasst|beiträge|beitrag|artikel|publié|écrit|rédigé|escrito|publicado|scritto|pubblicato|geplaatst|geschreven)\\s*(?:${BY_WORDS})`,
  "iu",
);

/** English month names, as their first three letters (a date's text spells more or fewer). */
export const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** An English weekday name ("Monday"), as a pattern. */
export const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";

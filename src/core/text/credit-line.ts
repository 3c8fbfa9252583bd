/**
 * The article's apparatus written as a sentence: who helped report it ("CNN's Ariane de Vogue
 * contributed to this report.", "Reporting by …; Editing by …"), whose pictures it shows ("Photos by
 * cmgirl, Macrovector, …"), the site's disclaimer ("Disclaimer: The views … are their own") and a
 * column's address for letters ("Contact Dear Abby at www.DearAbby.com or P.O. Box …"), a correction notice
 * ("Correction, Nov. 15, 2019: This article originally misidentified …"). It names people
 * and holds numbers, so it can look like a fact; it says nothing about the story. English cues: the
 * corpora's other languages put these lines in bylines and footers, which extraction leaves out.
 */

/** A credit as the whole sentence's statement: "<names> contributed to this report[ from London]." */
const CONTRIBUTED = /\bcontributed(?: reporting| to (?:this|the) (?:report|story|article))\b/iu;
/** Openings of credits, disclaimers, letter addresses and correction notices. */
const CREDIT_OPENING =
  /^(?:(?:correction|clarification)(?: added| appended)?(?:,? [^:]{0,30})?:|(?:additional )?reporting by|(?:editing|writing|compiled|produced) by|(?:photos?|images?|pictures?|illustrations?|video) (?:by|courtesy of|credit)\b|disclaimer\s*:|(?:contact|write to|e-?mail) .{0,60}? at (?:www\.|https?:|[\w.-]+@|p\.o\. box))/iu;

/** The sentence credits, disclaims or gives an address for letters rather than tell the story. */
export function isCreditLine(text: string): boolean {
  const t = text.trimStart();
  return CREDIT_OPENING.test(t) || CONTRIBUTED.test(t);
}

/**
 * Titles as pages write them: the document <title> without the site's name around the headline, and
 * "Site: Headline" titles whose <h1> is the headline.
 */
import { foldSpaces } from "./text";

const TITLE_SEPARATOR = / [|\-–—\\/>»] /;
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;
/** A title part shorter than this many words is a site name or section, not the headline. */
const MIN_TITLE_WORDS = 3;
/** A cleaned title this short is more likely a fragment than the headline: the full title is kept. */
const SHORT_TITLE_WORDS = 4;

const wordCount = (s: string) => s.trim().split(/\s+/).length;

/**
 * The document <title> without the site name after (or before) the headline: the last separated
 * part is dropped, or the first when too little is left; a result of four words or fewer keeps the
 * full title (the same rules as Mozilla Readability, whose outputs readers are used to).
 */
export function cleanDocumentTitle(title: string): string {
  const separators = [...title.matchAll(new RegExp(TITLE_SEPARATOR.source, "g"))];
  if (separators.length === 0) return title;
  const hierarchical = HIERARCHICAL_SEPARATOR.test(title);
  let cut = title.slice(0, separators[separators.length - 1].index).trim();
  if (wordCount(cut) < MIN_TITLE_WORDS) cut = title.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, "").trim();
  const words = wordCount(cut);
  if (
    words <= SHORT_TITLE_WORDS &&
    (!hierarchical || words !== wordCount(title.replace(/[|\-–—\\/>»]+/g, "")) - 1)
  ) {
    return title;
  }
  return cut;
}

/**
 * "The Space Review: Seeking a bigger role for a big rocket" with an <h1> "Seeking a bigger role for a
 * big rocket": the part before the colon is the site's or the section's, and the <h1> is the headline
 * (Readability reads titles with a colon the same way).
 */
export function siteBeforeColon(title: string | null, h1: () => string | null): string | null {
  if (!title?.includes(": ")) return title;
  const headline = h1();
  if (!headline || wordCount(headline) < MIN_TITLE_WORDS) return title;
  const rest = title.slice(title.indexOf(": ") + 2);
  return foldSpaces(rest).trim().toLowerCase() === headline.toLowerCase() ? headline : title;
}

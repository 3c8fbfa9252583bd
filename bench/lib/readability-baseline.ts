/**
 * The comparison baseline: @mozilla/readability on linkedom (devDependencies, never in the worker).
 */
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ReadabilityResult {
  text: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  lang: string | null;
  readerable: boolean;
}

/** Runs Readability the way its README shows (a DOM of the page, then `parse()`); never throws. */
export function runReadability(html: string, withReaderable = false): ReadabilityResult {
  try {
    const { document } = parseHTML(html);
    const readerable = withReaderable ? isProbablyReaderable(document as never) : false;
    const article = new Readability(document as never).parse();
    return {
      text: article?.textContent ?? "",
      title: article?.title ?? null,
      byline: article?.byline ?? null,
      publishedTime: article?.publishedTime ?? null,
      lang: article?.lang ?? null,
      readerable,
    };
  } catch {
    return { text: "", title: null, byline: null, publishedTime: null, lang: null, readerable: false };
  }
}

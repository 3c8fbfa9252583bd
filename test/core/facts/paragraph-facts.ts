/**
 * The key facts of an article written as plain paragraphs in `lang`, four of them, dated 19 April 2024
 * (relative dates resolve against it): what the language and name tests read.
 */
import { extractFacts } from "../../../src/core/facts/index";
import { analyseText } from "../../../src/core/text/analyse";

const OPTIONS = { facts: 4, publishedAt: "2024-04-19T10:00:00Z", title: null };

export function factsOfParagraphs(paragraphs: string[], lang: string) {
  const blocks = paragraphs.map((t) => ({ kind: "paragraph" as const, text: t }));
  return extractFacts(analyseText(blocks, null, lang), [], OPTIONS);
}

/**
 * The one entry the edges call: HTML or plain text in, article + summary + key facts out.
 * Pure: no Workers APIs, so the same code serves requests in workerd and runs in Node for the CLI,
 * evaluation and benchmarks.
 */
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from "../limits";
import { extractArticle } from "./extract/index";
import { extractFacts } from "./facts/index";
import { textToBlocks } from "./plain-text";
import { summarize } from "./summarize/index";
import { analyseText } from "./text/analyse";
import type { Article, Block, PipelineOptions, PipelineResult } from "./types";

const DEFAULT_SENTENCES = 3;
const DEFAULT_FACTS = 5;
/** Average adult silent-reading speed in words per minute, for `readingMinutes`. */
const WORDS_PER_MINUTE = 230;
/** Han, Hiragana, Katakana and Hangul characters: each counts as a word (no spaces to count). */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Summarises an HTML page. */
export function summarizeHtml(html: string, options: PipelineOptions = {}): PipelineResult {
  const truncated: string[] = [];
  let input = html;
  if (input.length > MAX_HTML_CHARS) {
    input = input.slice(0, MAX_HTML_CHARS);
    truncated.push(`html cut at ${MAX_HTML_CHARS} characters`);
  }
  const article = extractArticle(input, { url: options.url });
  return summarizeArticle(article, options, truncated);
}

/** Summarises plain text (paragraphs separated by blank lines). */
export function summarizeText(
  text: string,
  options: PipelineOptions & { title?: string | null } = {},
): PipelineResult {
  const article: Article = {
    title: options.title ?? null,
    byline: null,
    publishedAt: null,
    siteName: null,
    url: options.url ?? null,
    lang: null,
    description: null,
    blocks: textToBlocks(text),
  };
  return summarizeArticle(article, options, []);
}

/** Summary and facts of an already extracted article. */
export function summarizeArticle(
  article: Article,
  options: PipelineOptions,
  truncated: string[],
): PipelineResult {
  const blocks = capBlocks(article.blocks, MAX_TEXT_CHARS, truncated);
  const doc = analyseText(blocks, article.title, options.lang ?? article.lang);
  const summary = summarize(doc, {
    // A ratio, when given, decides the length instead of the sentence count.
    sentences: options.ratio ? undefined : (options.sentences ?? DEFAULT_SENTENCES),
    ratio: options.ratio,
    maxChars: options.maxChars,
  });
  const facts = extractFacts(doc, summary, {
    facts: options.facts ?? DEFAULT_FACTS,
    publishedAt: article.publishedAt,
    title: article.title,
  });
  const wordCount = countWords(doc.text);
  return {
    article: {
      title: article.title,
      byline: article.byline,
      publishedAt: article.publishedAt,
      siteName: article.siteName,
      url: article.url ?? options.url ?? null,
      lang: doc.lang,
      description: article.description,
      wordCount,
      readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    },
    blocks,
    summary,
    keyFacts: facts.keyFacts,
    entities: facts.entities,
    quotes: facts.quotes,
    truncated,
  };
}

/** Keeps whole blocks up to `maxChars` of text; cuts the block that crosses it. */
function capBlocks(blocks: Block[], maxChars: number, truncated: string[]): Block[] {
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    total += blocks[i].text.length;
    if (total > maxChars) {
      truncated.push(`text cut at ${maxChars} characters`);
      const keep = blocks[i].text.length - (total - maxChars);
      const head = blocks.slice(0, i);
      if (keep > 0) head.push({ ...blocks[i], text: blocks[i].text.slice(0, keep) });
      return head;
    }
  }
  return blocks;
}

/** Words in a text; CJK characters count one each. */
export function countWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const words = text.replace(CJK_CHAR, " ").match(WORD)?.length ?? 0;
  return words + cjk;
}

/**
 * The one entry the edges call: HTML or plain text in, article + summary + key facts out.
 * Pure: no Workers APIs, so the same code serves requests in workerd and runs in Node for the CLI,
 * evaluation and benchmarks.
 */
import { MAX_HTML_CHARS, MAX_SUMMARY_SENTENCES, MAX_TEXT_CHARS } from "../limits";
import { extractArticle } from "./extract/index";
import { extractFacts } from "./facts/index";
import { limitNote } from "./limit-notes";
import { bylineOfBlocks, dateOfBlocks, textToBlocks, titleOfBlocks } from "./plain-text";
import { candidateSentences, summarize } from "./summarize/index";
import { analyseText } from "./text/analyse";
import { countWordRuns } from "./text/char-classes";
import type { Article, Block, LimitHit, PipelineOptions, PipelineResult } from "./types";

const DEFAULT_SENTENCES = 3;
const DEFAULT_FACTS = 5;
/** Average adult silent-reading speed in words per minute, for `readingMinutes`. */
const WORDS_PER_MINUTE = 230;
/** Han, Hiragana, Katakana and Hangul characters: each counts as a word (no spaces to count). */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Code units where CJK_CHAR's scripts live (Hangul Jamo, then U+2E80 up, surrogates included). */
const MAYBE_CJK = /[\u1100-\u11ff\u2e80-\uffff]/;

/** Summarises an HTML page. */
export function summarizeHtml(html: string, options: PipelineOptions = {}): PipelineResult {
  const hits: LimitHit[] = [];
  let input = html;
  if (input.length > MAX_HTML_CHARS) {
    input = input.slice(0, MAX_HTML_CHARS);
    hits.push({ limit: "htmlChars", max: MAX_HTML_CHARS, actual: html.length });
  }
  const article = extractArticle(input, { url: options.url });
  return summarizeArticle(article, options, [...hits, ...(article.limits ?? [])]);
}

/** Summarises plain text (paragraphs separated by blank lines). */
export function summarizeText(
  text: string,
  options: PipelineOptions & { title?: string | null } = {},
): PipelineResult {
  const blocks = textToBlocks(text);
  const article: Article = {
    title: options.title ?? titleOfBlocks(blocks),
    byline: bylineOfBlocks(blocks),
    publishedAt: dateOfBlocks(blocks),
    siteName: null,
    url: options.url ?? null,
    lang: null,
    description: null,
    blocks,
  };
  return summarizeArticle(article, options, []);
}

/** Summary and facts of an already extracted article; `hits` are limits already hit on the way. */
export function summarizeArticle(
  article: Article,
  options: PipelineOptions,
  hits: LimitHit[] = [],
): PipelineResult {
  const limits = [...hits];
  const blocks = capBlocks(article.blocks, MAX_TEXT_CHARS, limits);
  const doc = analyseText(blocks, article.title, options.lang, article.lang);
  // Candidates are a subset of the sentences: counted only when there could be too many.
  if (doc.sentences.length > MAX_SUMMARY_SENTENCES) {
    const candidates = candidateSentences(doc).length;
    if (candidates > MAX_SUMMARY_SENTENCES) {
      limits.push({ limit: "summarySentences", max: MAX_SUMMARY_SENTENCES, actual: candidates });
    }
  }
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
    truncated: limits.map(limitNote),
    limits,
  };
}

/** Keeps whole blocks up to `maxChars` of text; cuts the block that crosses it. */
function capBlocks(blocks: Block[], maxChars: number, limits: LimitHit[]): Block[] {
  let total = 0;
  for (let i = 0; i < blocks.length; i++) {
    total += blocks[i].text.length;
    if (total > maxChars) {
      const actual = blocks.reduce((n, b) => n + b.text.length, 0);
      limits.push({ limit: "textChars", max: maxChars, actual });
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
  // Most texts hold no CJK at all: a cheap test spares the two Unicode-script passes.
  if (!MAYBE_CJK.test(text)) return countWordRuns(text);
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const words = countWordRuns(text.replace(CJK_CHAR, " "));
  return words + cjk;
}

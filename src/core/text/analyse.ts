/**
 * The article's text analysed once, shared by the summary and the key facts: language, sentences
 * located in `articleText(blocks)`, and each sentence's terms.
 */
import type { AnalysedText, Block, Sentence } from "../types";
import { articleText, blockOffsets } from "./article-text";
import { datelineLength } from "./dateline";
import { checkedLanguage, detectLanguage, normaliseLanguageTag } from "./language";
import { splitSentences } from "./sentences";
import { termsOf } from "./terms";

/**
 * Headings are not sentences of the article's prose: they are left out of `sentences` (so neither the
 * summary nor the facts pick them), but still count for `paragraph` indexes and offsets.
 */
const SKIPPED_BLOCK_KINDS: ReadonlySet<Block["kind"]> = new Set(["heading"]);

/**
 * Analyses the blocks; `lang` (any BCP 47 tag, e.g. the caller's) overrides detection, `declared` (the
 * page's own tag) is taken unless the text is plainly in another language. Never throws.
 */
export function analyseText(
  blocks: Block[],
  title: string | null,
  lang?: string | null,
  declared?: string | null,
): AnalysedText {
  const text = articleText(blocks);
  const page = normaliseLanguageTag(declared);
  const language =
    normaliseLanguageTag(lang) ??
    (page
      ? checkedLanguage(page, proseSample(blocks))
      : detectLanguage(proseSample(blocks) || (title ?? "")));
  const offsets = blockOffsets(blocks);
  const sentences: Sentence[] = [];
  blocks.forEach((block, paragraph) => {
    if (SKIPPED_BLOCK_KINDS.has(block.kind)) return;
    const base = offsets[paragraph];
    // A dateline ("WASHINGTON (Reuters) -", "NAPA COUNTY, Calif. (KGO) --") opens the story, not its
    // first sentence: it is cut before splitting, so its own full stops end no sentence.
    const skip = sentences.length === 0 ? datelineLength(block.text) : 0;
    splitSentences(skip > 0 ? block.text.slice(skip) : block.text, language).forEach((span, sentence) => {
      span.start += skip;
      span.end += skip;
      sentences.push({
        paragraph,
        sentence,
        start: base + span.start,
        end: base + span.end,
        text: block.text.slice(span.start, span.end),
        index: sentences.length,
      });
    });
  });
  return {
    lang: language,
    text,
    blocks,
    sentences,
    terms: sentences.map((s) => termsOf(s.text, language)),
    titleTerms: title ? termsOf(title, language) : [],
  };
}

/** Characters of prose gathered for language detection (it reads no further anyway). */
const LANGUAGE_SAMPLE_CHARS = 1000;

/**
 * The start of the article's prose: its paragraphs and quotes, each once, then list items if these
 * are too few (headings and table rows are poorer evidence of the language; a list that repeats
 * "Hörspiel nach Buchvorlage für audible" under every title read as French).
 */
function proseSample(blocks: Block[]): string {
  const seen = new Set<string>();
  let sample = "";
  for (const kinds of SAMPLE_KINDS) {
    for (const block of blocks) {
      if (!kinds.has(block.kind) || seen.has(block.text)) continue;
      seen.add(block.text);
      sample += `${block.text}\n`;
      if (sample.length >= LANGUAGE_SAMPLE_CHARS) return sample;
    }
    if (sample.length >= PROSE_ENOUGH_CHARS) break;
  }
  return sample;
}

/** Block kinds read for the language sample, best evidence first. */
const SAMPLE_KINDS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(["paragraph", "quote"]),
  new Set(["listItem"]),
];
/** Prose enough for detection (a few sentences): list items are then not read. */
const PROSE_ENOUGH_CHARS = 300;

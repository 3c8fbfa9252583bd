/**
 * Direct quotations and who said them. Quote marks: "…" “…” „…“ «…» ‹…› 「…」 『…』 ‘…’; a quote left
 * open at the end of a paragraph (the news convention for a quote running over paragraphs) ends there
 * or where the next one opens. Speakers come from the words around the quote: `"…," X said`,
 * `"…," said X`, `X said: "…"`, `X: «…»`, `according to X`; "he"/"she" is the last person named before.
 */
import { quoteSpans } from "../text/quote-spans";
import { withCjkWords } from "../text/word-count";
import { ACCORDING_TO, SPEAKER_PRONOUNS, SPEECH_VERBS } from "./lexicon";

export interface QuoteSpan {
  /** Offsets of the quoted words (inside the marks) in the text searched. */
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

/** A quote needs this many words; shorter ones are scare quotes ("unlawful", "strengthen ties"). */
export const QUOTE_MIN_WORDS = 4;
/** How far around a quote we look for its speaker. */
const ATTRIBUTION_WINDOW = 120;
/** Longest lowercase speaker description kept as written ("the medical center"). */
const SPEAKER_MAX_WORDS = 5;

/** A person named in the text, for resolving "he said". */
export interface NamedMention {
  start: number;
  end: number;
  text: string;
  person: boolean;
}

/**
 * Finds the quotes of `text` (the article text; blocks separated by blank lines). `names` are the
 * article's name mentions (absolute offsets, sorted), used to name speakers in full.
 */
export function findQuotes(
  text: string,
  lang: string,
  names: readonly NamedMention[],
  spans: ReadonlyArray<[number, number]> = quoteSpans(text),
): QuoteSpan[] {
  const verbs = SPEECH_VERBS[lang] ?? SPEECH_VERBS.en;
  const out: QuoteSpan[] = [];
  let prevClose = -1;
  for (const [open, close] of spans) {
    let start = open + 1;
    let end = close;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /[\s,]/u.test(text[end - 1])) end--;
    const inner = text.slice(start, end);
    if (withCjkWords(inner, inner.split(/\s+/u).filter(Boolean).length) < QUOTE_MIN_WORDS) continue;
    let speaker = attribute(text, open, close, verbs, names);
    // "The Selling of a President", "Montage of Heck": a work's title in quotation marks, not words said.
    // (A comma before the closing mark, '"We Must Go," he said', makes it speech.)
    if (!speaker && end === close && isTitleCase(inner)) continue;
    const prev = out[out.length - 1];
    if (!speaker && prev?.speaker && continuesQuote(text, prevClose, open)) speaker = prev.speaker;
    out.push({ start, end, text: inner, speaker });
    prevClose = close;
  }
  return out;
}

/** Longest attribution between a quote and the next one that goes on with it: `," Opelka said. "`. */
const CONTINUATION_MAX_CHARS = 80;

/**
 * Whether the quote opening at `open` goes on with the one closed at `prevClose`, so it has the same
 * speaker: in the same paragraph, after only its attribution's sentence (`"Came down to a few
 * points," Opelka said. "Thought I did my part …"`), or opening the next paragraph after a quote left
 * open at the end of its own (the news convention for a quote that runs over paragraphs).
 */
function continuesQuote(text: string, prevClose: number, open: number): boolean {
  if (prevClose < 0 || open - prevClose > CONTINUATION_MAX_CHARS) return false;
  const between = text.slice(prevClose + 1, open);
  if (text[prevClose] === "\n") return between.trim() === "";
  return !between.includes("\n") && /[.:]\s+$/u.test(between) && !/["“”„«»]/u.test(between);
}

/** Longest title taken for a work's name rather than a quotation. */
const TITLE_MAX_WORDS = 8;
/** Words this long or longer are capitalised in a title ("of", "a", "the" need not be). */
const TITLE_WORD_MIN_LENGTH = 4;

/** Title case without a sentence's end: every word of four letters or more capitalised. */
function isTitleCase(inner: string): boolean {
  // Shouted words ("AT LAST, SIR TERRY, …") and a sentence's end are no title.
  if (/[.!?,;:…]["”’»]*$/u.test(inner) || inner === inner.toUpperCase()) return false;
  const words = inner.split(/\s+/u);
  if (words.length > TITLE_MAX_WORDS) return false;
  return words.every((w) => w.length < TITLE_WORD_MIN_LENGTH || /^[\p{Lu}\p{N}]/u.test(w));
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:(?:of|de|van|von|der|al|bin)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,4}`;
/** A short description of a speaker: a name, a pronoun or a lowercase noun phrase ("the medical center"). */
const PHRASE = String.raw`(?:${NAME}|[\p{L}][\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,5})`;
/** Adverbs between speaker and verb ("McIlroy later said"). */
const ADVERB = String.raw`(?:\s+(?:later|also|then|previously|earlier|recently|once|had|has|have|would|will|is|was|were|further|a|avait|hat|hatte|ha|había|aveva|tinha|heeft))*`;
/** A speaker before a quote: a name, a described speaker ("The minister") or a pronoun. */
const SPEAKER_BEFORE = String.raw`(?:${NAME}|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+|\p{Ll}+)`;

/** The attribution patterns of one language, compiled once. */
interface Patterns {
  verbFirst: RegExp;
  frenchInversion: RegExp;
  speakerFirst: RegExp;
  speakerBefore: RegExp;
  colonBefore: RegExp;
  accordingTo: RegExp;
}

const PATTERNS = new Map<ReadonlySet<string>, Patterns>();

function patternsFor(verbs: ReadonlySet<string>): Patterns {
  let p = PATTERNS.get(verbs);
  if (!p) {
    const verbAlt = [...verbs].join("|");
    p = {
      // `"…," said X`, `« … », a déclaré X`
      verbFirst: new RegExp(
        String.raw`^[\s,—–-]*(?:(?:a|avait|ha|hat|heeft)\s+)?(?:${verbAlt})\s+(${PHRASE})`,
        "u",
      ),
      // `« … », a-t-il déclaré`
      frenchInversion: new RegExp(
        String.raw`^[\s,—–-]*(?:a|avait|hat|ha)-?t?-?\s*(il|elle)\s+(?:${verbAlt})`,
        "iu",
      ),
      // `"…," X (later) said`
      speakerFirst: new RegExp(String.raw`^[\s,—–-]*(${PHRASE}?)${ADVERB}\s+(?:${verbAlt})(?![\p{L}])`, "u"),
      // `X said: "…"`
      speakerBefore: new RegExp(
        String.raw`(?<![\p{L}\p{M}'’-])(${SPEAKER_BEFORE})${ADVERB}\s+(?:${verbAlt})(?:\s+[\p{L}]+){0,3}\s*[,:]?\s*$`,
        "u",
      ),
      // `X: «…»`
      colonBefore: new RegExp(String.raw`(${NAME})\s*:\s*$`, "u"),
      // `according to X, "…"`
      accordingTo: new RegExp(String.raw`${ACCORDING_TO.source}(${NAME})\s*,?\s*$`, "u"),
    };
    PATTERNS.set(verbs, p);
  }
  return p;
}

function attribute(
  text: string,
  open: number,
  close: number,
  verbs: ReadonlySet<string>,
  names: readonly NamedMention[],
): string | null {
  const p = patternsFor(verbs);
  // After the closing mark, up to the end of that sentence or the next quote.
  let after = text.slice(close + 1, close + 1 + ATTRIBUTION_WINDOW);
  after = after.split(/[.!?;](?:\s|$)|["“„«‹「]|\n\n/u)[0];
  const afterOffset = close + 1;
  let m = p.verbFirst.exec(after);
  if (m) return speakerName(afterOffset + m.index + m[0].length - m[1].length, m[1], open, names);
  m = p.frenchInversion.exec(after);
  if (m) return speakerName(afterOffset + m.index, m[1], open, names);
  m = p.speakerFirst.exec(after);
  if (m) return speakerName(afterOffset + m[0].indexOf(m[1]), m[1], open, names);
  // Before the opening mark, from the last sentence end.
  const from = Math.max(0, open - ATTRIBUTION_WINDOW);
  const beforeAll = text.slice(from, open);
  const cut = Math.max(beforeAll.lastIndexOf(". "), beforeAll.lastIndexOf("\n"), beforeAll.lastIndexOf("? "));
  const before = cut >= 0 ? beforeAll.slice(cut + 1) : beforeAll;
  const beforeOffset = open - before.length;
  if (!ACCORDING_TO.test(before)) {
    m = p.speakerBefore.exec(before);
    if (m) return speakerName(beforeOffset + m.index, m[1], open, names);
    m = p.colonBefore.exec(before);
    if (m) return speakerName(beforeOffset + m.index, m[1], open, names);
  }
  m = p.accordingTo.exec(before);
  if (m) return speakerName(beforeOffset + m.index + m[0].indexOf(m[1]), m[1], open, names);
  return null;
}

/**
 * The speaker's name as the article knows it: a name mention there → its full form; a pronoun → the
 * last person named before the quote; a lowercase description → as written, when short.
 */
function speakerName(
  at: number,
  phrase: string,
  quoteStart: number,
  names: readonly NamedMention[],
): string | null {
  const trimmed = phrase.trim();
  const lower = trimmed.toLowerCase();
  if (SPEAKER_PRONOUNS.has(lower)) {
    for (let i = names.length - 1; i >= 0; i--)
      if (names[i].person && names[i].end <= quoteStart) return names[i].text;
    return null;
  }
  const hit = names.find((n) => n.start < at + trimmed.length && n.end > at);
  if (hit) return hit.text;
  const wordsIn = trimmed.split(/\s+/u);
  if (/^\p{Lu}/u.test(trimmed) && wordsIn.length <= SPEAKER_MAX_WORDS) return trimmed;
  if (
    /^(?:the|a|an|his|her|their|its|der|die|das|le|la|les|el|los|il|o|a|de|het)\s/iu.test(trimmed) &&
    wordsIn.length <= SPEAKER_MAX_WORDS
  )
    return trimmed;
  return null;
}

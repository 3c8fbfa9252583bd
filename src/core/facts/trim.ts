/**
 * Shortens a sentence into a fact without changing what it says: drops a dateline or source tag
 * ("(CNN)", "LONDON --"), a leading connective ("Meanwhile,", "But"), asides that hold no name,
 * number or date (brackets, dash asides, ", which ...,", ", the ...," appositions), and, only while
 * the sentence is longer than a fact may be, other asides: the same holding hard information, lists
 * of examples (", including ..."), a short leading phrase ("In a significant shift,"). The result is a list of pieces, each a verbatim substring of the sentence; nothing is
 * reworded. Attributions ("according to ...") are never dropped: they carry who says it.
 */
import { countJoinedWords } from "../text/char-classes";
import { datelineLength } from "../text/dateline";
import { matchesOf } from "../text/matches";
import { CLOSERS } from "../text/quote-spans";
import { withCjkWords } from "../text/word-count";
import { LEADING_CONNECTIVES } from "./lexicon";

export interface Trimmed {
  text: string;
  /** Kept pieces, as offsets into the sentence, in order. */
  pieces: Array<{ start: number; end: number }>;
  words: number;
}

/** A fact should hold at most about this many words. */
export const FACT_WORDS = 30;
/** Hard limit: a sentence that cannot be trimmed below this is not a fact. */
export const FACT_WORDS_MAX = 40;

interface Range {
  start: number;
  end: number;
}

/**
 * A connective set off by a comma ("Meanwhile, "), or one of the few that join a clause without one
 * ("But the court ruled"): others run on into the sentence's matter ("In addition to the fatalities",
 * "So high that").
 */
const CONNECTIVE = new RegExp(
  `^(?:(?:${[...LEADING_CONNECTIVES].sort((a, b) => b.length - a.length).join("|")})\\s*,\\s*|(?:but|and|yet)\\s+(?=\\p{Ll}))`,
  "iu",
);
/**
 * Asides that are dropped whenever they hold no name, number or date: a bracket, a dash aside, a
 * relative clause or an apposition set off by commas inside the sentence. They never carry the
 * sentence's statement, so the fact says the same in fewer words.
 */
/**
 * A comma that closes an aside is not one inside a date ("on Saturday, April 18", "May 4, 2015"): what
 * follows it is then no month-and-day or number.
 */
const NOT_DATE_COMMA = "(?!\\s(?:\\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s\\d))";
/**
 * The comma is one of a list's, not an aside's end: a few words then "and"/"or" follow ("those who stand
 * out, stand up and make an impact"; "Green, a journalist, lawyer and legal analyst"; "sticky,
 * repeating, or nonfunctional keys"; "Pacific Gas & Electric, Southern California Edison and …").
 * Cutting there would garble the sentence.
 */
const LIST_GOES_ON =
  "(?!(?:\\s[^\\s,;.]+){1,3},?\\s(?:and|or)\\s)(?!(?:\\s[^\\s,;.]+){1,5},(?:\\s[^\\s,;.]+){1,5}\\s(?:and|or)\\s)";
/** Speech verbs of an attribution set off by commas inside the sentence. */
const SPEECH_VERB = "(?:said|says|told|reported|reports|added|noted|wrote)";
/** Auxiliary and modal verbs: a stretch holding one is a clause, not a name or a title. */
const AUXILIARY =
  "(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)";
/**
 * The comma is an apposition's, naming the clause's last noun, not the clause's end: only a name ends
 * the sentence after it ("…, which will focus on its founder and former CEO, Adam Neumann.").
 */
const NOT_NAME_TO_END = "(?!(?:\\s\\p{Lu}[^\\s,;]*){1,4}\\s*$)";
/**
 * Nor an attribution's, whose verb would lose its comma (", who fled, OBSERVER ONLINE has learnt.", ",
 * which have used lethal force …, said Amnesty International").
 */
const NOT_ATTRIBUTION_NEXT = `(?!(?:\\s\\p{Lu}[^\\s,;]*){1,4}(?:\\s(?:has|have|had))?\\s(?:${SPEECH_VERB}|learnt|learned|understands|confirmed)\\b)(?!\\s${SPEECH_VERB}\\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|That|It|He|She|They|We|I)\\b)\\p{Lu})`;
/**
 * Nor is it when what follows leans on it: another apposition or relative clause (", who heads the
 * Alliance, a group that …"; "a person, who was named after a place, which was named after a thing"),
 * a list's "or"/"and" (", … no next-of-kin, or families who …"), a quotation it introduces
 * (", who has studied it, “there are …"), or a participle whose subject it would change
 * ("Hendersonville, where Debbie Meadows remained, introducing her to donors").
 */
const NOT_APPOSITION_NEXT =
  '(?!\\s(?:a|an|the|which|who|whom|whose|where|and|or)\\s|\\s[“"«„]|\\s\\p{Ll}+ing\\s)';
/** A relative clause holds at least three words before its comma ("who in 2008, won …" is not one). */
const CLAUSE_WORDS = "(?=(?:[^,;\\s]+\\s+){2}[^,;\\s])";
/**
 * ", which ...," (relative clause set off by commas, not ended by a date's or a list's comma, nor by the
 * comma after a second relative pronoun: ", which is … and which, critics say, does not …"), nor by the
 * comma between two adjectives (", which is thought to harbor a huge, salty ocean": "a" and one word
 * before it; cutting there left "from Europa salty ocean"). One that
 * holds "said" has lost its closing comma (", who has a stand in the square said that ..."): it would
 * take the sentence's own verb with it.
 */
const RELATIVE_CLAUSE = new RegExp(
  `,\\s(?:which|who|whom|whose|where)\\s${CLAUSE_WORDS}(?![^,;]*\\s(?:said|says|told)\\s)[^,;]*(?<!\\s(?:which|who|whom|that))(?<!\\s(?:a|an)\\s[^\\s,;]+),(?=\\s)${NOT_DATE_COMMA}${LIST_GOES_ON}${NOT_NAME_TO_END}${NOT_ATTRIBUTION_NEXT}${NOT_APPOSITION_NEXT}`,
  "gu",
);

/**
 * ", the ...," apposition after a name ("Tyke, an African elephant, escaped") and before a lower-case word
 * that is no conjunction. Not one that is a list's item (", flight spoilers,
 * the nose of the plane and the fuel tank,": a list comes before it) or opens one (see LIST_GOES_ON),
 * nor a clause (", a lone wolf could still slip through," holds a verb: it is the sentence's statement),
 * nor an attribution (", the news agency said, citing …": cut, "citing" would follow the name), nor one
 * whose comma closes a relative clause still open before it (", who was the acting director … and Alex
 * Azar, the health secretary, said …"). Nor a noun phrase that a list's next item or a relative clause
 * follows (", the Dover … Medal Final, a family fun day and …", "Big Machine, which owns …": the cut
 * would run two items together or tie the clause to the name before), nor the comma of a sentence's
 * opening phrase ("In December, the firm bid $16.50 per share for Tribune, the owner …"). The pattern
 * opens on its comma, so the lookbehinds (each ending in that comma) run at commas only.
 */
const NOT_AFTER_OPENING_PHRASE =
  "(?<!^(?:In|On|At|By|Since|Until|After|Before|During|From|Through|Over|Under|For|With|Without|Unlike|Like)\\s(?:[^\\s,;]+\\s){0,3}[^\\s,;]+,)";
const APPOSITION = new RegExp(
  `,(?<=(?:^|\\s)\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.-]*,)${NOT_AFTER_OPENING_PHRASE}(?<!,\\s(?:[^\\s,;.]+\\s){0,3}[^\\s,;.]+,)(?<!,\\s(?:which|who|whom|whose|where)\\s[^,;]*,)\\s(?:a|an|the|his|her|their|its)\\s(?![^,;"“”]*\\b(?:${AUXILIARY}|${SPEECH_VERB})\\b)[^,;"“”]{2,60},(?=\\s\\p{Ll})(?!\\s(?:and|but|or|so|yet|while|as|because|when|if|a|an|the|which|who|whom|whose|where)\\s)${LIST_GOES_ON}`,
  "gu",
);

/**
 * Characters an aside's pattern cannot match without (one of them): a sentence holding none is not
 * searched. Most sentences have no bracket or dash, and a pattern that opens with `\s*` or a lookbehind
 * is otherwise tried at every position.
 */
/**
 * " — unofficially known as CREEP — " between dashes; not before an apposition ("the “Committee to
 * Reelect the President” — unofficially known as CREEP — a White House fundraising operation": without
 * the dashes two noun phrases would run together).
 */
const DASH_ASIDE = /\s*(?:—|–|--)\s[^—–]*?\s(?:—|–|--)(?=\s)(?!\s(?:a|an|the|his|her|its|their)\s)/gu;
const PAREN = ["("];
const SQUARE = ["["];
const DASHES = ["—", "–", "--"];
const COMMA = [","];
type Aside = readonly [RegExp, readonly string[]];

export const PLAIN_ASIDES: readonly Aside[] = [
  [/\s*\([^()]*\)/gu, PAREN],
  [/\s*\[[^[\]]*\]/gu, SQUARE],
  [DASH_ASIDE, DASHES],
  [RELATIVE_CLAUSE, COMMA],
  [APPOSITION, COMMA],
];
/** Asides, in the order they are given up when a sentence is too long: least information first. */
export const ASIDES: readonly Aside[] = [
  [/\s*\([^()]*\)/gu, PAREN],
  [/\s*\[[^[\]]*\]/gu, SQUARE],
  [DASH_ASIDE, DASHES],
  [RELATIVE_CLAUSE, COMMA],
  // (Lazy, so that the sentence keeps its final mark: "… after a week in halls, where he was lonely.")
  [/,\s(?:including|such as|like)\s[^,;]*?(?=[,;.!?]?\s*$)/gu, COMMA],
  [/,\s(?:which|who|whose|where)\s[^,;]*?(?=[.!?]?\s*$)/gu, COMMA],
  // An apposition that holds a name ("Norman Lee, an artist for DC and Marvel comics, went ..."): the
  // plain-aside rule keeps it; given up last, when the sentence (or a summary sentence's core) must be shorter.
  [APPOSITION, COMMA],
];

/** `matchesOf(re, sentence)`, skipping the search when the sentence holds none of `marks`. */
function asidesIn([re, marks]: Aside, sentence: string): RegExpExecArray[] {
  return marks.some((mark) => sentence.includes(mark)) ? matchesOf(re, sentence) : [];
}
/**
 * A short leading phrase with nothing hard in it ("In a significant shift, "), whose comma is not one of
 * a list's ("Under harsh lights in a private, rented room in Berlin, women ...": a few words then a
 * comma follow it).
 */
const LEADING_PHRASE =
  /^(?:In|At|On|With|After|As|For|Under|Amid|Despite)\s(?:[\p{Ll}'’-]+\s){0,4}[\p{Ll}'’-]+,\s(?!(?:[^\s,;.]+\s){0,3}[^\s,;.]+,)(?!(?:which|who|whom|whose|where)\s)/u;

/** Speech verbs of a trailing attribution (English; other languages keep theirs). */
const ATTRIBUTION_VERB =
  "said|says|say|told|tells|added|adds|reported|reports|report|noted|notes|stated|states|wrote|writes|confirmed|confirms|announced|announces|explained|explains";
/** What may follow the verb of a trailing ", police said": when, where and to whom it was said. */
const ATTRIBUTION_TAIL =
  "(?:\\s(?:on|in|to|at|via|last|this|late|early|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|cnn|reporters)(?:\\s[\\p{L}\\p{N}.'’-]+){0,3})?";
/**
 * Cuts that leave a sentence's statement, for a fact's core: a trailing attribution (", police said.",
 * ", according to Xinhua.", ", said Cedric Alexander, the public safety director."), a leading
 * adverbial or participial phrase ("Shortly after the incident Friday, ", "Speaking to CNN, ") and a
 * trailing participial or subordinate clause (", using an alternative acronym for ISIS."). What remains
 * is the main clause, verbatim: true on its own, the context left to the summary and the article.
 * `source`: an attribution, whose names and date say who said it and when, may go with them; other
 * cuts keep every name, number and date unless the fact must be shorter.
 */
const CORE_CUTS: Array<{ re: RegExp; source: boolean }> = [
  {
    re: new RegExp(
      `,\\s+(?:according to|as reported by)\\s[^;"“”]{2,90}(?=[.!?]\\s*$)|,\\s+(?:${ATTRIBUTION_VERB})\\s(?![^;"“”]*\\b${AUXILIARY}\\b)[^;"“”]{2,90}(?=[.!?]\\s*$)|,\\s+(?!(?:and|but|or|so|while|as|because|if|when|then|yet)\\s)[^,;"“”]{1,50}?\\s(?:${ATTRIBUTION_VERB})${ATTRIBUTION_TAIL}(?=[.!?]\\s*$)`,
      "iu",
    ),
    source: true,
  },
  {
    // At most eight words before the comma ({0,7} and the last): "Later that day came a campaign launch
    // by Lynda Bennett, a …" is a clause, and its comma an apposition's.
    re: /^(?:(?:In|At|On|With|After|Before|As|For|Under|Amid|Despite|During|Since|Following|Shortly|When|While|Although|Though|Because|Once|Until|Earlier|Later|Last|By|Unlike|Like|Without|Within|Over|Through|Just|Back|Even|Now)\s|\p{Lu}\p{Ll}+ing\s)(?:[^\s,;:"“”]+\s){0,7}[^\s,;:"“”]+,\s(?!(?:[^\s,;.]+\s){0,3}[^\s,;.]+,)(?!(?:which|who|whom|whose|where)\s)/u,
    source: false,
  },
  {
    // ("as well as" goes on with a list: "for their practicality, space, as well as looks".)
    // No comma inside: ", leading the engineers out of Texas, couldn't ignore the connection!" is an
    // aside, then the sentence's own verb.
    re: /,\s(?:\p{Ll}+ing|as(?!\swell\sas\s)|while|after|before|because|since|although|though|when|whereas)\s[^,;"“”]{2,120}(?=[.!?]\s*$)/u,
    source: false,
  },
];
/**
 * A second main clause (", and the operation has moved to recovery."): the first stays true without
 * it. Only for a core that must be shorter, and last, since the second clause is news of its own. Not
 * after "but": the first clause is then a concession the second overrides ("Crossovers may have become
 * the vehicle of choice, but that doesn't mean the sedan is no longer relevant").
 */
const SECOND_CLAUSE = /,\s(?:and|while|whereas)\s[^;"“”]{2,150}(?=[.!?]\s*$)/u;
/**
 * The ", and" ends a list, not a clause: an item or two after another comma come right before it
 * ("Turkey, Poland, and Bonaire"), or a predicate after a comma ("Polo is a complicated game, is hard
 * to follow, and most of the action …": without its last item the list would read "game, is hard to
 * follow.").
 */
const LIST_BEFORE = new RegExp(`,\\s[^\\s,;.]+(?:\\s[^\\s,;.]+)?$|,\\s${AUXILIARY}\\s[^,;]*$`, "u");

/**
 * The ", and" joins a second subject set off by its own apposition, not a clause: "Marissa Halpert, a
 * front end engineer …, and Rick Terrill, leading the engineers out of Texas, couldn’t ignore …" would
 * keep only the first subject and its apposition, with no verb.
 */
const SECOND_SUBJECT = /^,\s(?:and|while|whereas)\s(?:\p{Lu}[^\s,;]*\s){0,3}\p{Lu}[^\s,;]*,/u;

/** Whether a quotation opened before `at` is still open there (a cut would break it). */
function insideOpenQuote(sentence: string, at: number): boolean {
  const closers: string[] = [];
  for (let i = 0; i < at; i++) {
    const c = sentence[i];
    if (closers.length > 0 && closers[closers.length - 1].includes(c)) closers.pop();
    else if (CLOSERS[c] !== undefined) closers.push(CLOSERS[c]);
  }
  return closers.length > 0;
}

/** What a core may cut (see CORE_CUTS). */
export interface CoreOptions {
  /** Numbers of the sentence: the cheap cuts never take one. */
  numbers: readonly Range[];
  /** The sentence holds a quote: its attribution names the speaker, so it stays. */
  quoted: boolean;
}

/** Cost of giving up an aside: its kind's rank, plus this per name, number or date it takes. */
const HARD_COST = 10;
/** Rank of the core cuts and of a second clause among the asides given up (after brackets and dashes). */
const CORE_CUT_COST = 3;
const SECOND_CLAUSE_COST = 8;

/**
 * Words of a fact: letter-or-digit runs, joined by an apostrophe, dot or hyphen ("U.S.", "O'Brien");
 * CJK text counted by characters (see withCjkWords).
 */
export function countWords(text: string): number {
  return withCjkWords(text, countJoinedWords(text));
}

const overlaps = (a: Range, b: Range) => a.start < b.end && a.end > b.start;

/**
 * A cut that takes one bracket of a pair and not the other would leave "(We never did settle on one"
 * open: such a cut is not made.
 */
function splitsBrackets(sentence: string, r: Range): boolean {
  let depth = 0;
  for (let i = r.start; i < r.end; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if (c === 41 || c === 93) {
      if (--depth < 0) return true;
    }
  }
  return depth !== 0;
}

/**
 * Trims `sentence` into a fact of at most `maxWords` words, or failing that `hardMaxWords`;
 * `protect` are ranges (numbers, dates, names) that asides may not take when a cheaper cut exists.
 * With `core`, the statement alone: attributions, framing phrases and side clauses go too (CORE_CUTS).
 * Null when the sentence stays too long.
 */
export function trimSentence(
  sentence: string,
  protect: readonly Range[] = [],
  maxWords: number = FACT_WORDS,
  hardMaxWords: number = FACT_WORDS_MAX,
  core: CoreOptions | null = null,
): Trimmed | null {
  const removed: Range[] = [];
  // A dateline ("WASHINGTON (AP) —") is the story's, not the fact's; analyseText strips it only from
  // the article's first sentence.
  const tag = datelineLength(sentence);
  if (tag > 0 && tag < sentence.length / 2) removed.push({ start: 0, end: tag });
  const headAt = removed.length ? removed[0].end : 0;
  const connective = CONNECTIVE.exec(sentence.slice(headAt));
  if (connective) removed.push({ start: headAt, end: headAt + connective[0].length });
  // Leading cuts end here: a leading phrase may follow them.
  const head = removed.length ? removed[removed.length - 1].end : 0;

  for (const aside of PLAIN_ASIDES) {
    for (const m of asidesIn(aside, sentence)) {
      const r = { start: m.index, end: m.index + m[0].length };
      if (removed.some((x) => overlaps(r, x))) continue;
      if (protect.some((p) => overlaps(r, p)) || splitsBrackets(sentence, r)) continue;
      // Quoted words are the speaker's: no cut inside a quotation ("“[These were] 12 pages …").
      if (insideOpenQuote(sentence, r.start)) continue;
      removed.push(r);
    }
  }
  // Core cuts that take nothing hard (an attribution may take its source) are made at once.
  const coreCuts: Array<Range & { source: boolean }> = [];
  if (core) {
    for (const cut of CORE_CUTS) {
      if (cut.source && core.quoted) continue;
      const m = cut.re.exec(cut.source ? sentence : sentence.slice(head));
      if (!m) continue;
      const at = cut.source ? m.index : head + m.index;
      coreCuts.push({ start: at, end: at + m[0].length, source: cut.source });
    }
    for (const r of coreCuts) {
      if (removed.some((x) => overlaps(r, x))) continue;
      if ((r.source ? core.numbers : protect).some((p) => overlaps(r, p))) continue;
      if (splitsBrackets(sentence, r)) continue;
      removed.push(r);
    }
  }
  let result = assemble(sentence, removed);
  if (result.words <= maxWords) return result;

  // Over the limit: give up asides, those without protected words first.
  const asides: Array<Range & { cost: number }> = [];
  const hard = (r: Range) => protect.filter((p) => overlaps(r, p)).length;
  ASIDES.forEach((aside, order) => {
    for (const m of asidesIn(aside, sentence)) {
      const r = { start: m.index, end: m.index + m[0].length };
      asides.push({ ...r, cost: hard(r) * HARD_COST + order });
    }
  });
  const lead = LEADING_PHRASE.exec(sentence.slice(head));
  if (lead) {
    const r = { start: head, end: head + lead[0].length };
    asides.push({ ...r, cost: hard(r) ? HARD_COST : 2.5 });
  }
  if (core) {
    for (const r of coreCuts) asides.push({ ...r, cost: hard(r) * HARD_COST + CORE_CUT_COST });
    const m = SECOND_CLAUSE.exec(sentence);
    if (
      m &&
      !insideOpenQuote(sentence, m.index) &&
      !LIST_BEFORE.test(sentence.slice(0, m.index)) &&
      !SECOND_SUBJECT.test(m[0])
    ) {
      const r = { start: m.index, end: m.index + m[0].length };
      asides.push({ ...r, cost: hard(r) * HARD_COST + SECOND_CLAUSE_COST });
    }
  }
  asides.sort((a, b) => a.cost - b.cost);
  for (const a of asides) {
    // Quoted words are the speaker's: no cut inside a quotation ("“[These were] 12 pages …").
    if (
      removed.some((x) => overlaps(a, x)) ||
      splitsBrackets(sentence, a) ||
      insideOpenQuote(sentence, a.start)
    )
      continue;
    removed.push(a);
    result = assemble(sentence, removed);
    if (result.words <= maxWords) break;
  }
  return result.words <= hardMaxWords ? result : null;
}

/** The sentence less the removed ranges, as pieces and as text. */
function assemble(sentence: string, removed: readonly Range[]): Trimmed {
  const sorted = [...removed].sort((a, b) => a.start - b.start);
  const pieces: Range[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start > at) pieces.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (at < sentence.length) pieces.push({ start: at, end: sentence.length });
  // Pieces hold no outer whitespace, so joining them with one space (none before punctuation) reads right.
  const tight: Range[] = [];
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /\s/u.test(sentence[start])) start++;
    while (end > start && /\s/u.test(sentence[end - 1])) end--;
    if (end > start) tight.push({ start, end });
  }
  let text = "";
  for (const p of tight) {
    const piece = sentence.slice(p.start, p.end);
    text += text && !/^[,.;:!?]/u.test(piece) ? ` ${piece}` : piece;
  }
  if (tight.length > 0 && tight[0].start > 0) text = capitaliseOpening(text);
  return { text, pieces: tight, words: countWords(text) };
}

/** The first word, when it is all lower case: "But the court ruled" reads "The court ruled" once "But" goes. */
const LOWER_OPENING = /^\p{Ll}[\p{Ll}\p{M}'’-]*(?![\p{L}\p{N}])/u;

/**
 * A fact whose opening was cut (a connective, a dateline, a leading phrase) starts with a capital, as a
 * sentence does. Only a word in lower case throughout is changed: "iPhone" and "eBay" stay as written.
 */
export function capitaliseOpening(text: string): string {
  if (!LOWER_OPENING.test(text)) return text;
  const first = String.fromCodePoint(text.codePointAt(0) as number);
  return first.toUpperCase() + text.slice(first.length);
}

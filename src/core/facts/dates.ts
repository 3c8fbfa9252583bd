/**
 * Dates in a sentence: absolute ("April 19, 2024", "19 avril 2024", "2024-04-19", "19.04.2024"),
 * month and year ("in March", "since 1996") and relative ones ("last Thursday", "on Friday",
 * "yesterday", "last year") resolved against the article's publication date. `iso` is as precise as
 * the text: a day, a month ("2024-03"), a year ("1996") or an ISO week ("2024-W16"); null when the
 * date cannot be placed (relative date, unknown publication date).
 */
import { matchesOf } from "../text/matches";
import { MONTH_ALTERNATION, MONTHS, monthNumber } from "../text/month-names";
import { WEEKDAYS } from "../text/weekday-names";
import type { DateMention } from "../types";

export interface DateSpan extends DateMention {
  start: number;
  end: number;
}

/** Words that put a weekday or period in the past or the future ("last", "dernier", "nächsten"). */
const PAST_WORDS =
  "last past previous letzten letzte vergangenen dernier dernière pasado pasada scorso scorsa passado passada vorige afgelopen".split(
    " ",
  );
const NEXT_WORDS =
  "next coming nächsten nächste kommenden prochain prochaine próximo próxima prossimo prossima volgende".split(
    " ",
  );
const THIS_WORDS = "this diese dieser diesem ce cette este esta questo questa deze dit".split(" ");

/** Days relative to the publication date, per language ("hier" is "yesterday" in French only). */
const RELATIVE_DAYS: Record<string, Record<string, number>> = {
  en: { today: 0, yesterday: -1, tomorrow: 1 },
  de: { heute: 0, gestern: -1, morgen: 1 },
  fr: { "aujourd'hui": 0, hier: -1, demain: 1 },
  es: { hoy: 0, ayer: -1, mañana: 1 },
  it: { oggi: 0, ieri: -1, domani: 1 },
  pt: { hoje: 0, ontem: -1, amanhã: 1 },
  nl: { vandaag: 0, gisteren: -1, morgen: 1 },
};

/** Periods that a past/this/next word can qualify ("last week", "l'année dernière" is not handled). */
const PERIODS: Record<string, "week" | "month" | "year"> = {
  week: "week",
  month: "month",
  year: "year",
  woche: "week",
  monat: "month",
  jahr: "year",
  semaine: "week",
  mois: "month",
  année: "year",
  an: "year",
  semana: "week",
  mes: "month",
  año: "year",
  settimana: "week",
  mese: "month",
  anno: "year",
  ano: "year",
  maand: "month",
  jaar: "year",
};

/** Words before a lone month or year that make it a date ("in March", "since 1996", "im Mai"). */
const PERIOD_PREPOSITIONS =
  "in since until by from during of before after early late mid through im seit bis ab vor nach en depuis jusqu'en avant après desde hasta antes después dal fino nel entre em até sinds tot".split(
    " ",
  );

/** Verbs and phrases that point a bare weekday to the coming week ("will meet on Friday"). */
const FUTURE_CUE =
  /\b(?:will|'ll|is to|are to|is due|are due|scheduled|expected to|plans? to|wird|werden|va |vont|sera|será|sarà|vai|zal|zullen)\b/iu;

const monthAlt = MONTH_ALTERNATION;
const weekdayAlt = [...WEEKDAYS.keys()].sort((a, b) => b.length - a.length).join("|");
const pastAlt = PAST_WORDS.join("|");
const nextAlt = NEXT_WORDS.join("|");
const thisAlt = THIS_WORDS.join("|");
const modAlt = `${pastAlt}|${nextAlt}|${thisAlt}`;
const prepAlt = PERIOD_PREPOSITIONS.map((p) => p.replace(/'/g, "['’]")).join("|");
const YEAR = "(1[89]\\d\\d|20\\d\\d)";
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const periodAlt = Object.keys(PERIODS).join("|");

/** A month word, and the prepositions that must come before it for "in March" (`(?<=AFTER_PREPOSITION)MONTH_WORD`). */
const MONTH_WORD = new RegExp(`(${monthAlt})${E}`, "giu");
const AFTER_PREPOSITION = new RegExp(`(?<=${B}(?:${prepAlt})\\s(?:(?:early|late|mid)-?\\s?)?)`, "iuy");

/**
 * The matches of `(?<=AFTER_PREPOSITION)MONTH_WORD` (flags `giu`), found month first: the lookbehind is
 * tried only where a month word starts instead of at every position of the sentence. Where it fails
 * the search goes on one character later, as the combined pattern's would.
 */
export function monthsAfterPrepositions(sentence: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  MONTH_WORD.lastIndex = 0;
  for (let m = MONTH_WORD.exec(sentence); m !== null; m = MONTH_WORD.exec(sentence)) {
    AFTER_PREPOSITION.lastIndex = m.index;
    if (AFTER_PREPOSITION.test(sentence)) out.push(m);
    // (A month word starts with a letter of the BMP: one code unit on is the next character.)
    else MONTH_WORD.lastIndex = m.index + 1;
  }
  return out;
}

/** The "in March" rule as one pattern: what monthsAfterPrepositions finds (its property test compares). */
export const MONTH_AFTER_PREPOSITION = new RegExp(`${AFTER_PREPOSITION.source}${MONTH_WORD.source}`, "giu");

/** "last week", "this month", "letzte Woche". */
export const PERIOD_RULE = new RegExp(`${B}(?:earlier\\s|later\\s)?(${modAlt})\\s(${periodAlt})${E}`, "giu");
/** A modifier and a period word: every match of PERIOD_RULE holds one, and this finds it faster. */
export const PERIOD_PHRASE = new RegExp(`(?:${modAlt})\\s(?:${periodAlt})${E}`, "iu");

/** `re`'s matches, looked for only in sentences where `needed` (a part of every match) occurs. */
function gated(needed: RegExp, re: RegExp): (sentence: string) => RegExpExecArray[] {
  return (sentence) => (needed.test(sentence) ? matchesOf(re, sentence) : []);
}

/** Each rule: its matches in a sentence and how to turn one into an ISO date, in priority order. */
type Resolver = (m: RegExpExecArray, ctx: DateContext) => string | null;
type Matcher = RegExp | ((sentence: string) => RegExpExecArray[]);
interface DateContext {
  published: Date | null;
  sentence: string;
  lang: string;
}

/** What a sentence must hold for a rule to be worth running (a cheap test before the regular expressions). */
type Need = "digit" | "year" | DateWordNeed;
/** The needs a word can meet on its own. */
export type DateWordNeed = "month" | "weekday" | "period" | "relative";

/** Chinese and Japanese: 2024年4月19日 / 4月19日 / 19日 (a day of the publication's month) / 2024年. */
const CJK_RULES: Array<[Matcher, Resolver, Need[]]> = [
  [
    /(?<!\d)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/gu,
    (m, c) => dayOf(+m[2], +m[3], m[1] ? +m[1] : null, c),
    ["digit"],
  ],
  [/(?<![\d月])(\d{1,2})日/gu, (m, c) => dayOfPublishedMonth(+m[1], c), ["digit"]],
  [/(?<!\d)(\d{4})年(?!\d)/gu, (m) => m[1], ["digit"]],
];
/** Languages whose dates are written with 年月日. */
const CJK_DATE_LANGS: ReadonlySet<string> = new Set(["zh", "ja"]);

const RULES: Array<[Matcher, Resolver, Need[]]> = [
  // 2024-04-19
  [new RegExp(`${B}${YEAR}-(\\d\\d)-(\\d\\d)${E}`, "gu"), (m) => isoDay(+m[1], +m[2], +m[3]), ["year"]],

  // April 19, 2024 / Sept. 5 / April 19th
  [
    new RegExp(`${B}(${monthAlt})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s${YEAR}${E})?`, "giu"),
    (m, c) => dayOf(monthNumber(m[1]), +m[2], m[3] ? +m[3] : null, c),
    ["month", "digit"],
  ],

  // 19 April 2024 / 19. April / 19 de abril de 2024 / 1er mai
  [
    new RegExp(
      `${B}(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s(?:of\\s|de\\s)?(${monthAlt})\\.?${E}(?:,?\\s(?:de\\s)?${YEAR}${E})?`,
      "giu",
    ),
    (m, c) => dayOf(monthNumber(m[2]), +m[1], m[3] ? +m[3] : null, c),
    ["month", "digit"],
  ],

  // 19.04.2024 (day first, the European order); 4/19/2024 (US order in English, else day first)
  [
    new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}${E}`, "gu"),
    (m) => isoDay(+m[3], +m[2], +m[1]),
    ["year"],
  ],

  [
    new RegExp(`${B}(\\d{1,2})/(\\d{1,2})/${YEAR}${E}`, "gu"),
    (m, c) => (c.lang === "en" ? isoDay(+m[3], +m[1], +m[2]) : isoDay(+m[3], +m[2], +m[1])),
    ["year"],
  ],

  // April 2024 / abril de 2024
  [
    new RegExp(`${B}(${monthAlt})\\.?\\s(?:de\\s)?${YEAR}${E}`, "giu"),
    (m) => `${m[2]}-${pad(monthNumber(m[1]))}`,
    ["month", "digit"],
  ],

  // in March / early May (the month needs a preposition: "may" and "march" are also verbs)
  [
    monthsAfterPrepositions,
    (m, c) => (c.published ? `${c.published.getUTCFullYear()}-${pad(monthNumber(m[1]))}` : null),
    ["month"],
  ],

  // last Thursday / on Friday / jeudi dernier / letzten Donnerstag
  [
    new RegExp(`${B}(?:(${modAlt})\\s)?(${weekdayAlt})(?:\\s(${pastAlt}|${nextAlt}))?${E}`, "giu"),
    (m, c) =>
      weekday(WEEKDAYS.get(m[2].toLowerCase()) as number, (m[1] ?? m[3] ?? "").toLowerCase(), c, m.index),
    ["weekday"],
  ],

  // last week / this month / next year / letzte Woche
  [
    gated(PERIOD_PHRASE, PERIOD_RULE),
    (m, c) => period(m[1].toLowerCase(), PERIODS[m[2].toLowerCase()], c),
    ["period"],
  ],

  // since 1996 / in 2014 / the 2014 World Cup: a year after a preposition, or not followed by a unit
  // noun ("2000 people" is a count); the preposition is checked in code, a lookbehind would be slow.
  [
    new RegExp(`${B}${YEAR}${E}(?![%.,]\\d)`, "gu"),
    (m, c) => (isYear(c.sentence, m.index, m[0].length) ? m[1] : NOT_A_DATE),
    ["year"],
  ],
];

/** Per language: the pattern of its relative day words ("yesterday", "gestern"). */
const RELATIVE_DAY_RULES: Record<string, RegExp> = Object.fromEntries(
  Object.entries(RELATIVE_DAYS).map(([lang, words]) => [
    lang,
    new RegExp(`${B}(${Object.keys(words).join("|").replace(/'/g, "['’]")})${E}`, "giu"),
  ]),
);

/** Per language: CJK_RULES (zh, ja), RULES, then its relative-day rule (built once, not per sentence). */
const rulesByLang = new Map<string, Array<[Matcher, Resolver, Need[]]>>();

function rulesFor(lang: string): Array<[Matcher, Resolver, Need[]]> {
  // Languages without relative-day words use English's (one entry for all of them, plus one for
  // Chinese and Japanese, which alone run the 年月日 rules).
  const relativeKey = Object.hasOwn(RELATIVE_DAYS, lang) ? lang : "en";
  const cjk = CJK_DATE_LANGS.has(lang);
  const key = cjk ? `${relativeKey}+cjk` : relativeKey;
  let rules = rulesByLang.get(key);
  if (!rules) {
    const relative = RELATIVE_DAYS[relativeKey];
    rules = [
      ...(cjk ? CJK_RULES : []),
      ...RULES,
      [
        RELATIVE_DAY_RULES[relativeKey],
        (m, c) => shift(c, relative[m[1].toLowerCase().replace("’", "'")] ?? 0),
        ["relative"],
      ],
    ];
    rulesByLang.set(key, rules);
  }
  return rules;
}

/**
 * Finds the dates in `sentence`; `publishedAt` (ISO) anchors relative dates. `wordNeeds`: the kinds of
 * date word the sentence's words hold (see WordKinds), when the caller has them.
 */
export function findDates(
  sentence: string,
  publishedAt: string | null,
  lang: string,
  wordNeeds?: ReadonlySet<DateWordNeed>,
): DateSpan[] {
  const has = needsMet(sentence, wordNeeds);
  if (!has.size) return [];
  const published = parsePublished(publishedAt);
  const found: DateSpan[] = [];
  const ctx: DateContext = { published, sentence, lang };
  for (const [re, resolve, needs] of rulesFor(lang)) {
    if (!needs.every((n) => has.has(n))) continue;
    for (const m of typeof re === "function" ? re(sentence) : matchesOf(re, sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((d) => start < d.end && end > d.start)) continue;
      const iso = resolve(m as RegExpExecArray, ctx);
      if (iso !== NOT_A_DATE) found.push({ text: m[0], iso, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** First letter-run of each calendar word ("segunda-feira" → "segunda", "aujourd'hui" → "aujourd"). */
const firstRun = (w: string) => w.split(/[^\p{L}]/u)[0];
/** Word (first letter-run) → the kinds of date word it is: one lookup per word instead of one per kind. */
const WORD_NEEDS = new Map<string, DateWordNeed[]>();
for (const [need, words] of [
  ["month", Object.keys(MONTHS)],
  ["weekday", [...WEEKDAYS.keys()]],
  ["period", Object.keys(PERIODS)],
  ["relative", Object.values(RELATIVE_DAYS).flatMap((w) => Object.keys(w))],
] as Array<[DateWordNeed, string[]]>) {
  // Periods are matched whole, the others by their first letter-run (as the word is cut below).
  for (const word of need === "period" ? words : words.map(firstRun)) {
    const needs = WORD_NEEDS.get(word) ?? [];
    if (!needs.includes(need)) needs.push(need);
    WORD_NEEDS.set(word, needs);
  }
}

/** Every word that is a kind of date word (first letter-runs, lowercase). */
export const DATE_WORDS: readonly string[] = [...WORD_NEEDS.keys()];

/** The kinds of date word a lowercase word is (by its first letter-run), if any. */
export function dateWordNeeds(word: string): readonly DateWordNeed[] | undefined {
  const w = word.includes("-") || word.includes("'") || word.includes("’") ? firstRun(word) : word;
  return WORD_NEEDS.get(w);
}

/**
 * What a sentence holds that the rules need: digits, a year, kinds of date word (`wordNeeds`, when the
 * caller has them, else from its letter runs). Most sentences hold none, and the rules' regular
 * expressions (long alternations of month and day names) are the costly part of finding dates.
 */
export function needsMet(sentence: string, wordNeeds?: ReadonlySet<DateWordNeed>): ReadonlySet<Need> {
  const words = wordNeeds ?? dateWordNeedsOf(sentence);
  // Without a digit there is no year either: the word kinds are the answer as they are (a Set copied
  // for every sentence cost more than both tests).
  if (!/\d/u.test(sentence)) return words;
  const has = new Set<Need>(words);
  has.add("digit");
  // Rules built on YEAR need one: most numbers in news are not years, and those rules are costly.
  if (YEAR_LIKE.test(sentence)) has.add("year");
  return has;
}

/** The kinds of date word among the sentence's letter runs. */
function dateWordNeedsOf(sentence: string): Set<DateWordNeed> {
  const has = new Set<DateWordNeed>();
  for (const word of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const needs = dateWordNeeds(word);
    if (needs) for (const need of needs) has.add(need);
  }
  return has;
}

/** What YEAR matches, without its boundaries: a cheap test before the rules that need a year. */
const YEAR_LIKE = /1[89]\d\d|20\d\d/;

/** A resolver's answer for a match that is not a date after all (dropped by findDates). */
const NOT_A_DATE = "\u0000";
const YEAR_PREPOSITION = new RegExp(`${B}(?:${prepAlt})\\s$`, "iu");

function isYear(sentence: string, at: number, length: number): boolean {
  if (YEAR_PREPOSITION.test(sentence.slice(Math.max(0, at - 12), at))) return true;
  return !/^\s\p{Ll}/u.test(sentence.slice(at + length, at + length + 2));
}

/**
 * The last publication date parsed: an article's sentences all ask for the same one. (Resolvers only
 * read the Date, never set it, so it can be shared.)
 */
let lastPublished: { at: string | null; date: Date | null } = { at: null, date: null };

function parsePublished(publishedAt: string | null): Date | null {
  if (publishedAt === lastPublished.at) return lastPublished.date;
  const m = publishedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt) : null;
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  const date = d && !Number.isNaN(d.getTime()) ? d : null;
  lastPublished = { at: publishedAt, date };
  return date;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDay(y: number, mo: number, d: number): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1) return null;
  return date.toISOString().slice(0, 10);
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Day and month, with the year written or, failing that, the publication year. */
function dayOf(mo: number, d: number, year: number | null, c: DateContext): string | null {
  const y = year ?? c.published?.getUTCFullYear();
  return y ? isoDay(y, mo, d) : null;
}

/** "18日" in a story: the 18th of the publication's month, or of the month before when that is later. */
function dayOfPublishedMonth(d: number, c: DateContext): string | null {
  if (!c.published || d < 1 || d > 31) return null;
  let y = c.published.getUTCFullYear();
  let mo = c.published.getUTCMonth() + 1;
  if (d > c.published.getUTCDate()) {
    mo -= 1;
    if (mo === 0) {
      mo = 12;
      y -= 1;
    }
  }
  return isoDay(y, mo, d);
}

function shift(c: DateContext, days: number): string | null {
  if (!c.published) return null;
  return toIso(new Date(c.published.getTime() + days * 86_400_000));
}

/**
 * A weekday relative to the publication date: "last X" is the latest X before it; "next X" the first
 * after it; a bare X the latest X on or before it, unless the sentence speaks of the future.
 */
function weekday(dow: number, modifier: string, c: DateContext, at: number): string | null {
  if (!c.published) return null;
  const today = c.published.getUTCDay();
  const back = (today - dow + 7) % 7;
  const forward = (dow - today + 7) % 7;
  if (PAST_WORDS.includes(modifier)) return shift(c, -(back || 7));
  if (NEXT_WORDS.includes(modifier)) return shift(c, forward || 7);
  // Only a future verb before the weekday counts: "announced on Tuesday that it will ..." is past.
  if (FUTURE_CUE.test(c.sentence.slice(0, at))) return shift(c, forward);
  return shift(c, -back);
}

function period(modifier: string, unit: "week" | "month" | "year", c: DateContext): string | null {
  if (!c.published) return null;
  const step = PAST_WORDS.includes(modifier) ? -1 : NEXT_WORDS.includes(modifier) ? 1 : 0;
  const y = c.published.getUTCFullYear();
  if (unit === "year") return String(y + step);
  if (unit === "month") {
    const d = new Date(Date.UTC(y, c.published.getUTCMonth() + step, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  }
  return isoWeek(new Date(c.published.getTime() + step * 7 * 86_400_000));
}

/** ISO 8601 week of a date ("2024-W16"). */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

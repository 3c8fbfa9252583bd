/**
 * Language detection: franc-min (trigram profiles of the 82 most spoken languages; its answer computed
 * by `francFast`) gives an ISO 639-3 code, which we map to ISO 639-1 (the code the rest of the project
 * uses).
 */
import { countLetterRuns, someLetterRun } from "./char-classes";
import { francFast } from "./franc-fast";
import { stopwordsFor } from "./stopwords";

/** Code returned when the language cannot be told (ISO 639-2 "undetermined"). */
export const UNDETERMINED = "und";

/**
 * Characters of text handed to franc. Its cost grows with the sample (per 400 characters in Node, about
 * 0.5 ms for franc itself, 0.1 ms for `francFast`) while its answer on prose settles after a few
 * sentences: 400 characters (cut back to a word boundary) tell apart the project's languages, including
 * close pairs such as es/pt and nl/de.
 */
const DETECTION_SAMPLE_CHARS = 400;

/** Below this many letters franc's guesses are unreliable; we then answer from the script alone. */
const MIN_LETTERS_FOR_TRIGRAMS = 20;

/** franc-min's ISO 639-3 codes → ISO 639-1 (macrolanguage members map to the macrolanguage's code). */
const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  afr: "af",
  amh: "am",
  arb: "ar",
  azj: "az",
  bel: "be",
  ben: "bn",
  bos: "bs",
  bul: "bg",
  ceb: "ceb",
  ces: "cs",
  ckb: "ku",
  cmn: "zh",
  deu: "de",
  ell: "el",
  eng: "en",
  fra: "fr",
  fuv: "ff",
  guj: "gu",
  hau: "ha",
  heb: "he",
  hin: "hi",
  hrv: "hr",
  hun: "hu",
  ibo: "ig",
  ilo: "ilo",
  ind: "id",
  ita: "it",
  jav: "jv",
  jpn: "ja",
  kan: "kn",
  kaz: "kk",
  kin: "rw",
  kor: "ko",
  lin: "ln",
  mad: "mad",
  mai: "mai",
  mal: "ml",
  mar: "mr",
  mya: "my",
  nld: "nl",
  npi: "ne",
  nya: "ny",
  pan: "pa",
  pbu: "ps",
  pes: "fa",
  plt: "mg",
  pol: "pl",
  por: "pt",
  ron: "ro",
  run: "rn",
  rus: "ru",
  sin: "si",
  som: "so",
  spa: "es",
  srp: "sr",
  sun: "su",
  swe: "sv",
  swh: "sw",
  tam: "ta",
  tel: "te",
  tgl: "tl",
  tha: "th",
  tur: "tr",
  ukr: "uk",
  urd: "ur",
  uzn: "uz",
  vie: "vi",
  yor: "yo",
  zlm: "ms",
  zul: "zu",
  zyb: "za",
};

/** Scripts that name their language on their own (used for short texts franc cannot judge). */
const SCRIPT_LANGUAGES: ReadonlyArray<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "ja"],
  [/\p{Script=Hangul}/u, "ko"],
  [/\p{Script=Han}/u, "zh"],
  [/\p{Script=Thai}/u, "th"],
  [/\p{Script=Greek}/u, "el"],
  [/\p{Script=Hebrew}/u, "he"],
  [/\p{Script=Arabic}/u, "ar"],
  [/\p{Script=Cyrillic}/u, "ru"],
];

const LETTER = /\p{L}/gu;

/**
 * ISO 639-1 code of the text's language, or `und` when it cannot be told (too short, or a language
 * franc-min does not know).
 */
export function detectLanguage(text: string): string {
  const sample = wordBoundedPrefix(text, DETECTION_SAMPLE_CHARS);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return UNDETERMINED;
  if (letters >= MIN_LETTERS_FOR_TRIGRAMS) {
    const code = ISO3_TO_ISO1[francFast(sample, MIN_LETTERS_FOR_TRIGRAMS)];
    if (code) return code;
  }
  for (const [script, lang] of SCRIPT_LANGUAGES) if (script.test(sample)) return lang;
  return UNDETERMINED;
}

/** The text's first `max` characters, cut back to the last white space (never to nothing). */
function wordBoundedPrefix(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const cut = head.search(/\s\S*$/u);
  return cut > 0 ? head.slice(0, cut) : head;
}

/**
 * Normalises a declared language tag ("en-US", "pt_BR", "ZH-hans") to its ISO 639-1 primary subtag;
 * `null` when the tag is empty or not a language code.
 */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2,3}$/.test(primary) && primary !== UNDETERMINED ? primary : null;
}

/**
 * A page's declared language is checked against its text: templates declare one language for every
 * page of a site, so an English article may carry lang="de". Detection overrules the declaration only
 * when both languages have stopword lists and the text reads as the detected one: its stopwords are at
 * least this share of the words...
 */
const OVERRULE_MIN_STOPWORD_SHARE = 0.2;
/** ...and this many times the declared language's share (text in a close language such as pt under es rarely gets there). */
const OVERRULE_FACTOR = 3;
/** Shortest sample whose stopword shares are trusted (a few sentences). */
const OVERRULE_MIN_CHARS = 300;
const WORDS = /\p{L}+/gu;

function stopwordShare(words: readonly string[], lang: string): number {
  const stopwords = stopwordsFor(lang);
  if (stopwords.size === 0 || words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (stopwords.has(w)) hits++;
  return hits / words.length;
}

/**
 * `stopwordShare(words of lower, lang) * OVERRULE_FACTOR >= 1`: no language can then have OVERRULE_FACTOR
 * times the declared one's share, so the declaration stands. (A lower bar let English prose keep a
 * German declaration: "isn't" gives German's "t", and "in", "will", "so" are German words too.)
 * Answered as soon as it holds: the share of hits so far only grows, so on prose in `lang` a few dozen
 * words settle it, without a string for every word of the sample.
 */
function holdsStopwordShare(lower: string, lang: string): boolean {
  const stopwords = stopwordsFor(lang);
  const total = countLetterRuns(lower);
  let hits = 0;
  return (
    total > 0 &&
    someLetterRun(
      lower,
      (start, end) => stopwords.has(lower.slice(start, end)) && (++hits / total) * OVERRULE_FACTOR >= 1,
    )
  );
}

/** The declared language, unless the text is plainly in another one (see OVERRULE_MIN_STOPWORD_SHARE). */
export function checkedLanguage(declared: string, sample: string): string {
  if (sample.length < OVERRULE_MIN_CHARS || stopwordsFor(declared).size === 0) return declared;
  const lower = sample.toLowerCase();
  // Prose in the declared language is full of its stopwords: then detection need not run.
  if (holdsStopwordShare(lower, declared)) return declared;
  const words = lower.match(WORDS) ?? [];
  const declaredShare = stopwordShare(words, declared);
  const detected = detectLanguage(sample);
  if (detected === declared || detected === UNDETERMINED) return declared;
  const detectedShare = stopwordShare(words, detected);
  return detectedShare >= OVERRULE_MIN_STOPWORD_SHARE && detectedShare > OVERRULE_FACTOR * declaredShare
    ? detected
    : declared;
}

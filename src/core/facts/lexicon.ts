/**
 * Small word lists the fact rules key on. They are cues, not dictionaries: each list holds the
 * handful of words that mark a role (title before a name), a kind of name (suffix of an organisation)
 * or a function word that must not be taken for a unit or a name. Lowercase throughout.
 */
import { deu, eng, fra, ita, nld, por, spa } from "stopword";
import { stopwordsFor } from "../text/stopwords";
import { isSlavicOpener } from "./slavic-openers";

/** Function words per language (the `stopword` package's lists plus a few English adverbs). */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    ...eng,
    "according",
    "after",
    "also",
    "although",
    "among",
    "amid",
    "another",
    "around",
    "before",
    "despite",
    "during",
    "each",
    "even",
    "every",
    "however",
    "instead",
    "last",
    "meanwhile",
    "more",
    "most",
    "next",
    "now",
    "since",
    "still",
    "than",
    "though",
    "through",
    "thus",
    "today",
    "under",
    "until",
    "when",
    "where",
    "while",
    "yet",
    "no",
    "not",
    "nor",
    "yes",
    "so",
    "its",
    "why",
    "when",
    "she",
    "us",
    "ours",
    "you",
    "yours",
    "here",
    "there",
    "all",
    "few",
    "none",
    "either",
    "neither",
    "just",
    "ever",
    "already",
    "once",
    "tonight",
    "tomorrow",
    "yesterday",
    "whether",
    "unless",
    "if",
    "perhaps",
    "maybe",
    "indeed",
    "will",
    "may",
    "shall",
    "does",
    "done",
    "who",
    "whom",
    "whose",
    "let",
    "please",
    "thanks",
  ]),
  // "Laut Gesetz …", "Gemäß Vertrag …", "Unterm Strich …", "Gestern Abend …": prepositions, contractions
  // and an adverb the list lacks, which open sentences before a noun.
  de: new Set([
    ...deu,
    "laut",
    "gemäß",
    "gemäss",
    "zufolge",
    "unterm",
    "überm",
    "hinterm",
    "vorm",
    "gestern",
  ]),
  // The `stopword` lists leave out most prepositions and adverbs that open a sentence before a name
  // ("Selon Mediapart", "Según Reuters", "Secondo Draghi"), as the English list leaves out "according".
  fr: new Set([
    ...fra,
    ..."selon après avant depuis chez malgré lors parmi pendant pourtant ainsi enfin alors aussi désormais hier aujourd’hui aujourd'hui demain outre vers sous contre dès puis cependant toutefois néanmoins voici voilà".split(
      " ",
    ),
  ]),
  es: new Set([
    ...spa,
    ..."según tras ante hoy ayer mañana además hacia mientras entre aunque luego así incluso".split(" "),
  ]),
  it: new Set([
    ...ita,
    ..."secondo oggi ieri domani dopo prima durante mentre ecco inoltre fra però quindi dunque infatti ancora".split(
      " ",
    ),
  ]),
  pt: new Set([
    ...por,
    ..."segundo após hoje ontem amanhã durante enquanto além desde porém contudo entretanto ainda".split(" "),
  ]),
  nl: new Set(nld),
};

/** Languages that elide a function word onto the next one ("c’est", "qu’il", "l’un", "dell’"). */
export const ELIDING_LANGS: ReadonlySet<string> = new Set(["fr", "it"]);
/** An elided article, pronoun or preposition and its apostrophe: "c’", "qu'", "dell’". */
const ELIDED_PREFIX = /^\p{Ll}{1,4}['’]/u;

/**
 * Shortest word taken from a summary stopword list as a function word: shorter ones are as often a
 * party's or a country's letters ("PO", Poland's Civic Platform; "W. Brytania").
 */
const MIN_BORROWED_FUNCTION_WORD = 3;

/**
 * True when `word` (lowercase) is a function word of `lang` or of English; languages without a list here
 * use their summary stopwords ("dziś", "вас"), so a sentence's opening adverb joins no name ("Dziś Rosja").
 */
export function isFunctionWord(word: string, lang: string): boolean {
  if (FUNCTION_WORDS.en.has(word)) return true;
  const own = FUNCTION_WORDS[lang];
  if (own) {
    if (own.has(word)) return true;
    // "C’est Jeong Uhee": the sentence's capital is on the elided word, and what follows it is "est".
    const elided = ELIDING_LANGS.has(lang) ? ELIDED_PREFIX.exec(word) : null;
    return elided !== null && own.has(word.slice(elided[0].length));
  }
  if (isSlavicOpener(word, lang)) return true;
  return word.length >= MIN_BORROWED_FUNCTION_WORD && stopwordsFor(lang).has(word);
}

/**
 * Words that, right before a name or inside a capitalised run before it, say the name is a person
 * ("Deputy Foreign Minister ... Yevgeny Shestakov", "Mr. Kim"). They are stripped from the name.
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "sir",
  "dame",
  "lord",
  "lady",
  "president",
  "vice",
  "prime",
  "minister",
  "deputy",
  "foreign",
  "defense",
  "defence",
  "finance",
  "interior",
  "secretary",
  "general",
  "ambassador",
  "chancellor",
  "senator",
  "sen",
  "rep",
  "representative",
  "congressman",
  "congresswoman",
  "gov",
  "governor",
  "mayor",
  "judge",
  "justice",
  "king",
  "queen",
  "prince",
  "princess",
  "pope",
  "cardinal",
  "bishop",
  "rev",
  "reverend",
  "chief",
  "executive",
  "ceo",
  "chairman",
  "chairwoman",
  "director",
  "commissioner",
  "inspector",
  "detective",
  "officer",
  "sheriff",
  "sgt",
  "sergeant",
  "lt",
  "lieutenant",
  "col",
  "colonel",
  "capt",
  "captain",
  "maj",
  "major",
  "gen",
  "adm",
  "admiral",
  "coach",
  "manager",
  "speaker",
  "ombudsman",
  "cmdr",
  "commander",
  "superintendent",
  "inspector-general",
  "attorney-general",
  "secretary-general",
  "director-general",
  "governor-general",
  "surgeon-general",
  "assemblyman",
  "assemblywoman",
  "councilman",
  "councilwoman",
  "councillor",
  "councilor",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "attorney",
  "leader",
  "herr",
  "frau",
  "bundeskanzler",
  "kanzler",
  "kanzlerin",
  "ministerin",
  "präsident",
  "präsidentin",
  "monsieur",
  "madame",
  "président",
  "présidente",
  "ministre",
  "señor",
  "señora",
  "presidente",
  "ministro",
  "ministra",
  "signor",
  "signora",
  "senhor",
  "senhora",
  "mevrouw",
]);

/**
 * Role nouns that, next to a name (apposition ", the X's ambassador," or "his counterpart, NAME"),
 * say the name is a person. Superset of the titles.
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  ...PERSON_TITLES,
  "counterpart",
  "official",
  "spokesman",
  "envoy",
  "diplomat",
  "lawmaker",
  "politician",
  "founder",
  "owner",
  "player",
  "striker",
  "midfielder",
  "defender",
  "goalkeeper",
  "actor",
  "actress",
  "singer",
  "author",
  "writer",
  "journalist",
  "reporter",
  "professor",
  "student",
  "teacher",
  "doctor",
  "lawyer",
  "analyst",
  "economist",
  "scientist",
  "researcher",
  "expert",
  "son",
  "daughter",
  "wife",
  "husband",
  "mother",
  "father",
  "brother",
  "sister",
  "boy",
  "girl",
  "man",
  "woman",
  "victim",
  "suspect",
  "mother-of",
  "father-of",
  "head",
  "chair",
  "star",
  "winner",
  "champion",
]);

/**
 * Acronyms of common nouns, written in capitals but naming no one ("TV", "CPU", "SUVs"): no entity
 * on their own. Lowercase, plurals included.
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  (
    "tv tvs pc pcs ok led leds lcd oled cpu cpus gpu gpus ram ssd usb hdmi gps suv suvs atv rv mri dna rna " +
    "gdp ipo ipos etf etfs ai vr ar pdf faq diy vip vips atm atms sms hd ev evs id ip iq qb mvp nft nfts " +
    "api apis os pe pr hr it ceo cfo coo cto rs"
  ).split(" "),
);

/** Heads of names that name nothing alone (unlike "Parliament", "Senate", "Police"). */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(
  (
    "street avenue road lane boulevard square department ministry office company corporation committee " +
    "agency association foundation center centre institute school college university hospital group bureau"
  ).split(" "),
);

/** Heads of public bodies whose names hold an "and" ("… Exchange Commission", "… Drug Administration"). */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  (
    "commission administration agency service services bureau enforcement board authority department office " +
    "council committee institute foundation association laboratory center centre protection prevention " +
    "development affairs"
  ).split(" "),
);

/** Last words of organisation names ("Shell Ltd", "World Health Organization", "Labour Party"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  "inc",
  "corp",
  "corporation",
  "co",
  "company",
  "ltd",
  "llc",
  "plc",
  "group",
  "holdings",
  "bank",
  "university",
  "college",
  "school",
  "institute",
  "academy",
  "agency",
  "association",
  "council",
  "committee",
  "commission",
  "ministry",
  "department",
  "office",
  "party",
  "union",
  "organization",
  "organisation",
  "organizations",
  "organisations",
  "foundation",
  "center",
  "centre",
  "hospital",
  "clinic",
  "infirmary",
  "court",
  "police",
  "army",
  "navy",
  "force",
  "forces",
  "guard",
  "times",
  "post",
  "news",
  // Newspapers' and magazines' heads ("San Francisco Chronicle", "Wall Street Journal", "Star Tribune").
  "chronicle",
  "journal",
  "herald",
  "tribune",
  "gazette",
  "magazine",
  "network",
  "media",
  "press",
  "club",
  "fc",
  "league",
  "airlines",
  "airways",
  "motors",
  "systems",
  "technologies",
  "labs",
  "service",
  "services",
  "authority",
  "board",
  "bureau",
  "congress",
  "parliament",
  "senate",
  "assembly",
  "government",
  "administration",
  "church",
  "museum",
  "gmbh",
  // Firms of entertainment and technology ("Dick Clark Productions", "Big Machine Records").
  "productions",
  "records",
  "studios",
  "pictures",
  "entertainment",
  "robotics",
  "ventures",
  "partners",
  "capital",
  "brotherhood",
  "embassy",
  // "White House", "Random House", "Opera House": an institution, never a person's surname in news.
  "house",
  "ag",
  "sa",
  "nv",
  "bv",
]);

/** First words of organisation names ("University of ...", "Ministry of ..."). */
export const ORG_PREFIXES: ReadonlySet<string> = new Set([
  "university",
  "bank",
  "ministry",
  "department",
  "board",
  "church",
  "house",
  "museum",
  "institute",
  "council",
  "federation",
]);

/** Last words of place names ("Mexico City", "Orange County", "Red Sea", "White Hart Lane"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  "city",
  "county",
  "province",
  "state",
  "states",
  "island",
  "islands",
  "river",
  "mountain",
  "mountains",
  "sea",
  "ocean",
  "lake",
  "bay",
  "valley",
  "peninsula",
  "republic",
  "kingdom",
  "street",
  "avenue",
  "road",
  "lane",
  "square",
  "bridge",
  "airport",
  "stadium",
  "park",
  "coast",
  "desert",
  "region",
  "district",
]);

/** First words that make a capitalised run a place ("North Korea", "West Bank", "Lake Tahoe"). */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "lake",
  "mount",
  "port",
  "fort",
  "san",
  "santa",
  "st",
  "saint",
  "new",
  "gulf",
  "cape",
]);

/** Last words of event, work and product names: not a person even with two capitalised words. */
export const OTHER_SUFFIXES: ReadonlySet<string> = new Set([
  "championship",
  "championships",
  "cup",
  "open",
  "games",
  "olympics",
  "classic",
  "war",
  "award",
  "awards",
  "final",
  "finals",
  "grant",
  "grants",
  "podcast",
  "prize",
  "festival",
  "summit",
  "act",
  "day",
  "week",
  "season",
  "series",
  "tour",
  "show",
  "league",
  // Products' model words ("MacBook Pro", "iPhone 11 Pro Max", "Galaxy Note 10 Plus").
  "pro",
  "max",
  "plus",
  "mini",
  "ultra",
  "lite",
  "edition",
  // Named days ("Black Friday", "Cyber Monday", "Super Tuesday").
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/** Words before a name that make it a place ("in Pyongyang", "nach Berlin", "à Paris"). */
export const PLACE_PREPOSITIONS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    "in",
    "at",
    "from",
    "to",
    "near",
    "across",
    "throughout",
    "into",
    "outside",
    "inside",
    "towards",
  ]),
  // Not "bei": "bei Siemens", "bei Peter Wittkamp" name an employer or a person as often as a place.
  de: new Set(["in", "aus", "nach"]),
  fr: new Set(["à", "en", "au", "aux"]),
  es: new Set(["en", "desde", "hacia"]),
  it: new Set(["a", "in", "da"]),
  pt: new Set(["em", "no", "na", "para"]),
  nl: new Set(["in", "naar", "uit"]),
  // "w Londynie", "we Włoszech", "do Moskwy"; "в Москве" (not "na", "z", "из": "na Twitterze", "z Markiem").
  pl: new Set(["w", "we", "do"]),
  ru: new Set(["в", "во"]),
};

/**
 * Country and continent names in English (plus a few alternative spellings). A gazetteer of this size
 * (about 3 KB) types the most frequent places in news that no cue around them marks.
 */
export const COUNTRIES: ReadonlySet<string> = new Set(
  (
    "afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain " +
    "bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria " +
    "burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus " +
    "czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon " +
    "gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india " +
    "indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait " +
    "kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi " +
    "malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro " +
    "morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman " +
    "pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa " +
    "senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria " +
    "taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay " +
    "uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe england scotland wales britain " +
    "europe asia africa america antarctica oceania australia gaza crimea kashmir tibet " +
    "us u.s. usa u.s.a. uk u.k. uae"
  ).split(" "),
);

/** Verbs that attribute speech, per language; "said X" / "X said" / "according to X". */
export const SPEECH_VERBS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    (
      "said says say told tells added adds asked asks wrote writes explained explains stated states noted notes " +
      "claimed claims insisted insists warned warns tweeted tweets announced announces declared declares replied " +
      "replies continued continues joked jokes argued argues recalled recalls admitted admits acknowledged " +
      "acknowledges confirmed confirms urged urges testified testifies posted posts read reads"
    ).split(" "),
  ),
  de: new Set(
    "sagte sagt sagten erklärte erklärt betonte betont meinte meint fügte schrieb schreibt so warnte kritisierte".split(
      " ",
    ),
  ),
  fr: new Set(
    "dit déclaré affirmé expliqué ajouté estimé souligné assuré indiqué déclare affirme explique ajoute estime souligne assure indique".split(
      " ",
    ),
  ),
  es: new Set(
    "dijo afirmó explicó declaró añadió aseguró señaló indicó dice afirma explica declara asegura".split(" "),
  ),
  it: new Set(
    "detto dichiarato spiegato aggiunto affermato sottolineato dice dichiara spiega aggiunge afferma".split(
      " ",
    ),
  ),
  pt: new Set("disse afirmou explicou declarou acrescentou disse diz afirma explica declara".split(" ")),
  nl: new Set("zei zegt verklaarde schreef aldus stelde vertelde".split(" ")),
};

/** "According to X" and its equivalents: the name after the phrase is the speaker. */
export const ACCORDING_TO: RegExp =
  /(?:[Aa]ccording to|[Ll]aut|[Ss]elon|[Ss]egún|[Ss]econdo|[Ss]egundo|[Vv]olgens)\s+/u;

/** Pronouns that stand for a person speaker ("he said"); resolved to the last person named before. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set([
  "he",
  "she",
  "er",
  "sie",
  "il",
  "elle",
  "él",
  "ella",
  "lui",
  "lei",
  "ele",
  "ela",
  "hij",
  "zij",
]);

/** Lowercase words that begin a sentence without naming anything ("Meanwhile, ...", "However, ...", "Sin embargo, ..."). */
export const LEADING_CONNECTIVES: ReadonlySet<string> = new Set([
  "meanwhile",
  "however",
  "moreover",
  "furthermore",
  "additionally",
  "also",
  "still",
  "nevertheless",
  "nonetheless",
  "indeed",
  "separately",
  "elsewhere",
  "similarly",
  "likewise",
  "instead",
  "besides",
  "then",
  "now",
  "so",
  "but",
  "and",
  "yet",
  "in addition",
  "in fact",
  "at the same time",
  "on the other hand",
  "by contrast",
  "in contrast",
  "in turn",
  "as a result",
  "of course",
  "for its part",
  "for his part",
  "for her part",
  "for their part",
  // The same set off by a comma in Spanish, Portuguese, French, Italian and German: "Sin embargo, el
  // ministro dijo …" is the minister's statement.
  "sin embargo",
  "además",
  "ahora bien",
  "de hecho",
  "por otro lado",
  "por su parte",
  "asimismo",
  "no entanto",
  "além disso",
  "por outro lado",
  "cependant",
  "toutefois",
  "par ailleurs",
  "en outre",
  "de plus",
  "en effet",
  "tuttavia",
  "inoltre",
  "infatti",
  "d'altra parte",
  "allerdings",
  "außerdem",
  "zudem",
  "indes",
]);

/**
 * Names in languages that capitalise every noun (German): a run of capitalised words there is as often
 * a noun phrase ("Erfüllung von Forderungen", "Spieltage der Bundesliga") or a role before a name
 * ("Konzernchef Robert Machtlinger", "Nachfolger Weikert") as a name. These rules keep the name.
 */
import type { Word } from "../words";
import {
  ADJECTIVE,
  FEMININE_ROLE,
  isInflectedAdjective,
  isTopicLike,
  PLACE_ADJECTIVE,
} from "./german-word-shapes";

/**
 * Particles of noble and Dutch names, joined only with their article ("Ursula von der Leyen", "Rafael
 * van der Vaart"): "von" alone between capitalised words is far more often the preposition
 * ("Erfüllung von Forderungen", "Lieferscheine von Zulieferern") than "Beatrix von Storch".
 */
const PARTICLES: ReadonlySet<string> = new Set(["von", "van"]);
const PARTICLE_ARTICLES: ReadonlySet<string> = new Set(["der", "den"]);

/**
 * Adjectives in "-ant"/"-ent", "-weit" and "-ern" (of a material), participles in "-iert" and "ge-…-t",
 * inflected ("Relevante", "Weltweite", "Silberne", "Interessierte", "Ungeimpfte", "Geplanten"): they open sentences before a noun
 * ("Relevante Dokumente"). Only read at a sentence's start, not in ADJECTIVE: nouns' plurals end so
 * too ("Dokumente", "Präsidenten"), and a noun opens no name either.
 */

/** A compound noun this long before a name is a role or a description ("Konzernchef", "Heimatstadt"). */
const ROLE_MIN_LETTERS = 10;
/** Endings of abstract nouns ("-ung", "-heit", "-keit", "-schaft", "-tion", "-tät", "-nis"): no surnames. */
const ABSTRACT_NOUN = /(?:ung|heit|keit|schaft|tion|tät|nis|ismus)(?:en|se)?$/u;

/**
 * How many words after `ws[j]` join the next capitalised word to the same name: 2 for a particle and
 * its article ("von der"), 1 for the article when `ws[j]` is the particle, capitalised ("Van der
 * Bellen"); 0 when the run ends at `ws[j]`. Articles alone never join here: "Spieltage
 * der Bundesliga" is a noun phrase.
 */
export function particleLength(ws: readonly Word[], j: number): number {
  // "Alexander Van der Bellen": the particle capitalised ends the run so far; its article joins.
  if (ws[j].capitalised && PARTICLES.has(ws[j].text.toLowerCase())) return surnameAfter(ws, j + 1) ? 1 : 0;
  const particle = ws[j + 1];
  if (!particle || !PARTICLES.has(particle.text)) return 0;
  return surnameAfter(ws, j + 2) ? 2 : 0;
}

/** Whether `ws[at]` is a particle's article ("der", "den") and a surname ends the name after it. */
function surnameAfter(ws: readonly Word[], at: number): boolean {
  const article = ws[at];
  const name = ws[at + 1];
  if (!article?.joined || !PARTICLE_ARTICLES.has(article.text)) return false;
  // "von der Leyen", not "von der Universität Warschau" nor "von der Stanford Universität": a surname is
  // no long compound noun and ends the name.
  if (!name?.capitalised || !name.joined || name.text.length >= ROLE_MIN_LETTERS) return false;
  const after = ws[at + 2];
  if (after?.capitalised && after.joined) return false;
  return !ABSTRACT_NOUN.test(name.text);
}

/**
 * A compound before a name that says it is a firm's or a club's ("Mobilfunkanbieter Freenet"); the word
 * alone is as often a plural ("Unternehmen Menschenrechte").
 */
const FIRM_DESCRIPTOR =
  /\p{L}{3,}-?(?:anbieter|hersteller|konzern|unternehmen|firma|händler|betreiber|zulieferer|dienstleister|verlag|klub|klubs|club|clubs|sender)$/u;

/** The generic words of FIRM_DESCRIPTOR's compounds, alone ("Verlag", "Unternehmen", "Konzern"). */
const FIRM_WORD =
  /^(?:anbieter|hersteller|konzern|unternehmen|firma|händler|betreiber|zulieferer|dienstleister|verlag|sender)$/u;

/**
 * "Kölner Verlag", "Münchner Unternehmen": a place's adjective before a firm's generic word describes a
 * firm and names none ("einem namhaften Kölner Verlag"); a name after it is the firm's ("Stuttgarter
 * Unternehmen Bosch").
 */
export function describesLocalFirm(words: readonly string[]): boolean {
  return words.length >= 2 && PLACE_ADJECTIVE.test(words[0]) && FIRM_WORD.test(words[1].toLowerCase());
}

/**
 * Whether `compound` describes the one-word name after it as a firm or a club ("Mobilfunkanbieter
 * Freenet", "Sportclubs Hertha"): the name then stands alone even when no full name owns it. Not when
 * that word is an abstract noun. (Firms take articles: "der Freenet".)
 */
export function describesFirm(compound: string, name: string): boolean {
  return FIRM_DESCRIPTOR.test(compound.toLowerCase()) && !ABSTRACT_NOUN.test(name);
}

/** A Romance connector inside a name (see runs.ts): what it joins is one name. */
const FOREIGN_CONNECTOR_WORD = /^(?:de|del|della|di|do|dos|du)$/u;

/**
 * How many words of a run come before its first Romance connector ("Agencia Española de Protección de
 * Datos" → 2): the name holds all that follows, so a role or a description ends before them.
 */
function beforeConnector(words: readonly string[]): number {
  const at = words.findIndex((w) => FOREIGN_CONNECTOR_WORD.test(w));
  return at < 0 ? words.length : at;
}

/**
 * How many leading words of a name are a role or a description rather than the name: the words up to
 * the last long compound noun that is not an adjective ("Hamburger Datenschutzbeauftragte Johannes
 * Caspar" → 2). At least one word always remains; a run with a particle is one name.
 */
export function rolePrefixLength(words: readonly string[]): number {
  // "FEI-Präsident Ingmar de Vos": a role is looked for before the word that a connector joins.
  const end = beforeConnector(words);
  let k = 0;
  for (let i = 0; i < end - 1; i++) {
    const w = words[i];
    if (PARTICLES.has(w)) return 0;
    const letters = w.replace(/[^\p{L}]/gu, "");
    const long = letters.length >= ROLE_MIN_LETTERS || /\p{L}-\p{L}/u.test(w) || isTopicLike(w);
    if (long && !ADJECTIVE.test(w.toLowerCase())) k = i + 1;
    // "Autorin Sonja Silberhorn", "Leiterin Özlem Gezer": a woman's role before a full name.
    else if (i < words.length - 2 && FEMININE_ROLE.test(w)) k = i + 1;
  }
  return k;
}

/** Lowercase German articles and article contractions: the capitalised word after one is a noun. */
const DETERMINERS: ReadonlySet<string> = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einen",
  "einem",
  "einer",
  "eines",
  "kein",
  "keine",
  "keinen",
  "keinem",
  "keiner",
  "im",
  "am",
  "zum",
  "zur",
  "vom",
  "beim",
  "ins",
  "ans",
  ...possessiveDeterminers(),
  ...inflectedDeterminers(),
]);

/**
 * Demonstratives and quantifiers that, like an article, stand before a noun ("allen Fragestellern",
 * "diesem Verein", "jeder Spieler", "mehreren Ländern"), every case form.
 */
function inflectedDeterminers(): string[] {
  const stems = ["dies", "jen", "jed", "all", "manch", "solch", "mehrer", "einig", "viel", "beid"];
  return stems.flatMap((s) => ["e", "en", "em", "er", "es"].map((e) => s + e));
}

/**
 * German possessive determiners, every case form ("ihrem Ehemann", "seines Sohnes", "unsere
 * Partei"): like an article, they say the capitalised word after them is a noun.
 */
function possessiveDeterminers(): string[] {
  const stems = ["mein", "dein", "sein", "ihr", "unser", "euer", "eur"];
  const endings = ["", "e", "en", "em", "er", "es"];
  // "euer" drops its "e" before an ending ("eure", "eurem"); "eur" alone is no word.
  return stems.flatMap((s) => endings.map((e) => s + e)).filter((w) => w !== "eur" && !/^euer./u.test(w));
}

/**
 * Capitalised words the article writes right after an article ("die Lage", "beim Sport", "einen
 * Kratzer"): common nouns, which a person's name never ends in. Organisations take articles too ("die
 * Deutsche Bank"), so their head words are told apart by the caller.
 */
export function articledNouns(tokens: readonly (readonly Word[])[]): Set<string> {
  const out = new Set<string>();
  for (const ws of tokens)
    for (let i = 1; i < ws.length; i++) {
      const w = ws[i];
      // Not after a name's particle: "von der Leyen", "Van der Bellen".
      if (!w.capitalised || !w.joined || w.acronym) continue;
      if (!DETERMINERS.has(ws[i - 1].text)) {
        if (roleAfterAdjective(ws, i)) out.add(w.text);
        continue;
      }
      if (ws[i - 1].text !== "der" || !PARTICLES.has(ws[i - 2]?.text.toLowerCase() ?? "")) out.add(w.text);
    }
  return out;
}

/**
 * Endings of nouns for people ("Leiter", "Ministers", "Autorin", "Direktor", "Vikar", "Polizist",
 * "Präsident", "Kandidat", "Philosoph", "Chef", "Ehefrau"): what a role before a name ends in, and
 * neither a given name like "Claudia" nor an English name's first word ("Body Mass Index").
 */
const AGENT_NOUN = /(?:er|ers|in|or|ar|ist|ent|eur|at|oph|ef|frau|mann)$/u;

/**
 * "Dormagens sportlicher Leiter Walter Haase", "die langjährige Pressesprecherin Anna Berger": a noun
 * after a lowercase inflected adjective, right before two capitalised words (a full name), is a role.
 */
function roleAfterAdjective(ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (prev.capitalised || !isInflectedAdjective(prev.text) || !AGENT_NOUN.test(ws[i].text)) return false;
  const [given, surname] = [ws[i + 1], ws[i + 2]];
  return !!(given?.capitalised && given.joined && surname?.capitalised && surname.joined);
}

/**
 * Whether an "-er" word is the adjective of a place the article names: "Pariser" of "Paris", "Kölner"
 * of "Köln", "Bremer" of "Bremen", "Dresdner" of "Dresden" (`capitalised`: the article's capitalised words).
 */
function namesPlace(adjective: string, capitalised: ReadonlySet<string>): boolean {
  const stem = adjective.slice(0, -2);
  return capitalised.has(stem) || capitalised.has(`${stem}en`) || capitalised.has(`${stem.slice(0, -1)}en`);
}

/** Leading words that are common nouns describing the name after them ("Weltstadt Salzburg", "Marke Yon-Ka"). */
export function articledPrefixLength(
  words: readonly string[],
  articled: ReadonlySet<string>,
  isHead: (lower: string) => boolean,
  capitalised: ReadonlySet<string>,
): number {
  // "Landgericht Berlin", "Süddeutschen Zeitung": an institution's name, not a description.
  if (words.some((w) => isHead(w.toLowerCase()))) return 0;
  // "Hellbrunner Allee", "Pariser Couture Woche": a place's adjective names the noun after it. Before a
  // full name the same shape is an agent noun ("dem Künstler Jacob Collier"): two or more capitalised
  // words that are no common nouns, the place unnamed ("Köln" would make "Kölner" its adjective).
  if (PLACE_ADJECTIVE.test(words[0])) {
    const rest = words.slice(1);
    const fullName = rest.length >= 2 && rest.every((w) => /^\p{Lu}/u.test(w) && !articled.has(w));
    if (!fullName || namesPlace(words[0], capitalised)) return 0;
  }
  let k = 0;
  const end = beforeConnector(words);
  while (k < end - 1 && articled.has(words[k])) {
    if (!ADJECTIVE.test(words[k].toLowerCase())) k++;
    // "der Ständige Vertreter Karsten Göwecke": an adjective and its noun before a full name.
    else if (k + 4 <= words.length && isFullName(words.slice(k + 2), articled)) k += 2;
    else break;
  }
  return k;
}

/** Two or three capitalised words, none a common noun: a given name and a surname. */
function isFullName(words: readonly string[], articled: ReadonlySet<string>): boolean {
  return words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !articled.has(w));
}

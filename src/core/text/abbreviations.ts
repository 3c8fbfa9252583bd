/**
 * Abbreviations that end in a period without ending the sentence, per language (lowercase, without
 * the final period). Two kinds, because they behave differently before a capital letter:
 * - `titles` stand before a name ("Dr. Smith", "Sra. García"): a period after them never ends a
 *   sentence;
 * - `others` ("Jan.", "Inc.", "bzw.", "г.") may end one ("He works for Apple Inc. The company…"):
 *   we split after them only when the next word is a common sentence opener (see sentences.ts).
 * Single letters (initials) and dotted acronyms ("U.S.", "p.m.", "z.B.") are recognised by shape, so
 * they are not listed.
 */

interface AbbreviationSet {
  titles: ReadonlySet<string>;
  others: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Abbreviations common to several languages (Latin, units, a name's "Jr." in any language's news). */
const SHARED_TITLES = "dr prof";
const SHARED_OTHERS = "etc ca nr vs vol fig cf approx tel art jr";

const RAW: Readonly<Record<string, { titles: string; others: string }>> = {
  en: {
    titles:
      "mr mrs ms mx messrs mmes spc pfc sen sens rep reps gov govs gen lt col maj capt cpt sgt cmdr adm rev hon pres supt det insp brig cpl pvt amb atty",
    others:
      "no nos st mt ft fr sr jr jan feb mar apr jun jul aug sep sept oct nov dec tues thur thurs inc ltd co corp bros llc plc dept univ assn ave blvd rd hwy pp ph mph yr yrs wk wks hr hrs sq oz lb lbs ft",
  },
  es: {
    titles: "sr sra srta sres sras d dña dra lic ing arq gral gob pdte",
    others:
      "ene feb mar abr may jun jul ago sep sept oct nov dic pág págs núm avda av aprox dcha izq cía admón ej tlf apdo",
  },
  fr: {
    titles: "m mm mme mmes mlle mlles pr me mgr ste st",
    others: "janv févr avr juil sept oct nov déc env av bd boul ex p pp chap éd éds cie vol apr dép",
  },
  de: {
    titles: "hr hrn fr frl dipl ing",
    others:
      "jan feb febr mär apr jun jul aug sep sept okt nov dez bzw ca evtl ggf usw vgl sog inkl exkl bspw str mio mrd tsd jh jhd abs abt allg zzgl gem geb gest insb mind",
  },
  it: {
    titles: "sig sigg sigra dott dott.ssa avv ing on geom rag arch mons",
    others: "gen feb mar apr mag giu lug ago set ott nov dic ecc pag pagg ca sec tel",
  },
  pt: {
    titles: "sr sra srta dra profa eng exmo exma",
    others: "jan fev mar abr mai jun jul ago set out nov dez pág págs nº av aprox ex cia ltda",
  },
  nl: {
    titles: "dhr mevr mw drs ir mr ing",
    others: "jan feb mrt apr jun jul aug sep sept okt nov dec bijv bv enz ca nr resp jl mln mld blz",
  },
  ru: {
    titles: "г-н г-жа",
    others: "г гг ул д им т тыс млн млрд руб долл кв см стр просп обл р ок ст чел",
  },
  pl: {
    titles: "p pp dr hab inż mgr ks gen płk mjr kpt por im",
    others: "np tzw tj itp itd ok godz mln mld tys zł ul al nr str wg ang ew pt ds tzn zob woj",
  },
  tr: {
    titles: "dr doç av sn yrd",
    others: "vb vs örn bkz yy sf no",
  },
};

const cache = new Map<string, AbbreviationSet>();

/** The abbreviation sets for a language (shared ones only, for languages not listed). */
export function abbreviationsFor(lang: string): AbbreviationSet {
  let found = cache.get(lang);
  if (!found) {
    const own = RAW[lang] ?? { titles: "", others: "" };
    found = {
      titles: set(`${SHARED_TITLES} ${own.titles}`),
      others: set(`${SHARED_OTHERS} ${own.others}`),
    };
    cache.set(lang, found);
  }
  return found;
}

/**
 * Languages that write ordinal numbers with a period ("am 28. September", "1. maja"): a period after a
 * one- or two-digit number is then taken as an abbreviation, not as the end of a sentence.
 */
export const ORDINAL_PERIOD_LANGUAGES: ReadonlySet<string> = new Set([
  "de",
  "pl",
  "tr",
  "cs",
  "sk",
  "sl",
  "hr",
  "sr",
  "bs",
  "hu",
  "fi",
  "da",
  "no",
  "nb",
  "et",
  "lv",
  "is",
]);

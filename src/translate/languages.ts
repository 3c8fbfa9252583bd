/**
 * Language codes. Clients may say ISO 639-1 ("es") or ISO 639-3 ("spa"), with or without a region
 * ("pt-BR"); inside the project a language has one canonical code: ISO 639-1 when it has one (as the
 * core's detection reports), else ISO 639-3. Providers speak their own dialects, mapped here:
 * Apertium uses ISO 639-3, m2m100 (Workers AI) and LibreTranslate use ISO 639-1.
 */

/** ISO 639-1 → ISO 639-3 for the languages the providers cover (Apertium's pairs, m2m100's 100). */
// biome-ignore format: a table reads better in rows
const ISO1_TO_ISO3: Readonly<Record<string, string>> = {
  af: "afr", am: "amh", an: "arg", ar: "ara", as: "asm", az: "aze", ba: "bak", be: "bel", bg: "bul",
  bn: "ben", br: "bre", bs: "bos", ca: "cat", co: "cos", cs: "ces", cv: "chv", cy: "cym", da: "dan",
  de: "deu", el: "ell", en: "eng", eo: "epo", es: "spa", et: "est", eu: "eus", fa: "fas", ff: "ful",
  fi: "fin", fo: "fao", fr: "fra", fy: "fry", ga: "gle", gd: "gla", gl: "glg", gn: "grn", gu: "guj",
  ha: "hau", he: "heb", hi: "hin", hr: "hrv", ht: "hat", hu: "hun", hy: "hye", id: "ind", ig: "ibo",
  is: "isl", it: "ita", ja: "jpn", jv: "jav", ka: "kat", kk: "kaz", km: "khm", kn: "kan", ko: "kor",
  ku: "kur", ky: "kir", la: "lat", lb: "ltz", lg: "lug", ln: "lin", lo: "lao", lt: "lit", lv: "lav",
  mg: "mlg", mk: "mkd", ml: "mal", mn: "mon", mr: "mar", ms: "msa", mt: "mlt", my: "mya", nb: "nob",
  ne: "nep", nl: "nld", nn: "nno", no: "nor", ny: "nya", oc: "oci", or: "ori", pa: "pan", pl: "pol",
  ps: "pus", pt: "por", rn: "run", ro: "ron", ru: "rus", rw: "kin", sc: "srd", sd: "snd", se: "sme",
  si: "sin", sk: "slk", sl: "slv", so: "som", sq: "sqi", sr: "srp", ss: "ssw", su: "sun", sv: "swe",
  sw: "swa", ta: "tam", te: "tel", tg: "tgk", th: "tha", tk: "tuk", tl: "tgl", tn: "tsn", tr: "tur",
  tt: "tat", ug: "uig", uk: "ukr", ur: "urd", uz: "uzb", vi: "vie", wo: "wol", xh: "xho", yi: "yid",
  yo: "yor", zh: "zho", zu: "zul",
};

/**
 * ISO 639-3 codes of individual languages that stand for a macrolanguage's 639-1 code (detectors such
 * as franc report "arb", "cmn", "pes"), so "arb" and "ara" both mean "ar".
 */
// biome-ignore format: a table reads better in rows
const ISO3_ALIASES: Readonly<Record<string, string>> = {
  arb: "ar", cmn: "zh", pes: "fa", prs: "fa", zsm: "ms", swh: "sw", npi: "ne", azj: "az", uzn: "uz",
  ekk: "et", lvs: "lv", khk: "mn", ydd: "yi", pbu: "ps", plt: "mg", fuv: "ff", als: "sq", gug: "gn",
};

const ISO3_TO_ISO1: Readonly<Record<string, string>> = {
  ...ISO3_ALIASES,
  ...Object.fromEntries(Object.entries(ISO1_TO_ISO3).map(([one, three]) => [three, one])),
};

/** A language tag: 2-3 letters, optional subtags ("pt-BR", "zh-Hant", Apertium's "cat_valencia"). */
const LANGUAGE_TAG = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * The canonical code of a language tag, or null when it is not one. Regions and variants are dropped
 * (providers translate to the language, not to a regional variant). Unknown but well-formed codes are
 * kept as they are: a provider may still support them, and the pair check says if it does not.
 */
export function canonicalLanguage(tag: string): string | null {
  const match = LANGUAGE_TAG.exec(tag.trim());
  if (!match) return null;
  const base = match[1].toLowerCase();
  if (base.length === 2) return base;
  return ISO3_TO_ISO1[base] ?? base;
}

/** ISO 639-3 code of a canonical code (Apertium's codes). */
export function iso639_3(lang: string): string {
  return lang.length === 2 ? (ISO1_TO_ISO3[lang] ?? lang) : lang;
}

/** The canonical codes a provider's list uses, deduplicated, sorted. */
export function sortedUnique(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort();
}

/**
 * The stemmers are Snowball's (`@orama/stemmers`, `porter2` for English): the expected stems below are
 * the ones `snowball-stemmers`, which they replaced, gave for the same words, so a change of package or
 * version that moves a stem shows here.
 */
import { describe, expect, it } from "vitest";
import { hasStemmer, stemmerFor } from "../../../src/core/text/stem";

const EXPECTED: Record<string, Array<[string, string]>> = {
  en: [
    ["running", "run"],
    ["generously", "generous"],
    ["nationalization", "nation"],
    ["skies", "sky"],
    ["dying", "die"],
    ["agreed", "agre"],
    ["ponies", "poni"],
    ["cities'", "citi"],
    ["succeeded", "succeed"],
    ["hopping", "hop"],
  ],
  de: [
    ["verhandlungen", "verhandl"],
    ["häuser", "haus"],
    ["aufeinanderfolgenden", "aufeinanderfolg"],
    ["möglichkeiten", "moglich"],
    ["kategorisch", "kategor"],
    ["straße", "strass"],
    ["bedürfnissen", "bedurfnis"],
    ["gelaufen", "gelauf"],
  ],
  fr: [
    ["continuellement", "continuel"],
    ["nationalisation", "nationalis"],
    ["chevaux", "cheval"],
    ["gouvernements", "gouvern"],
    ["majestueusement", "majestu"],
    ["impressionnantes", "impression"],
  ],
  es: [
    ["gobernaciones", "gobern"],
    ["rápidamente", "rapid"],
    ["corriendo", "corr"],
    ["ciudadanos", "ciudadan"],
    ["desarrollaron", "desarroll"],
  ],
  it: [
    ["abbandonata", "abbandon"],
    ["nazionalizzazione", "nazionalizz"],
    ["correndo", "corr"],
    ["governativi", "govern"],
  ],
  pt: [
    ["nacionalizações", "nacionaliz"],
    ["rapidamente", "rapid"],
    ["governantes", "govern"],
    ["correndo", "corr"],
  ],
  nl: [
    ["lichamelijk", "licham"],
    ["opgaven", "opgav"],
    ["regeringen", "reger"],
    ["fietsers", "fietser"],
  ],
  ru: [
    ["правительства", "правительств"],
    ["договорились", "договор"],
    ["переговоры", "переговор"],
    ["быстро", "быстр"],
  ],
  tr: [
    ["kitaplarımızdan", "kitap"],
    ["evlerde", "ev"],
    ["çocukların", "çocuk"],
  ],
  ar: [
    ["والمكتبات", "والمكتبا"],
    ["الحكومة", "حكوم"],
    ["بالمدرسة", "مدرس"],
  ],
  sv: [
    ["regeringarna", "regering"],
    ["springande", "spring"],
  ],
};

describe("stemmerFor", () => {
  it.each(Object.keys(EXPECTED))("gives Snowball's stems in %s", (lang) => {
    const stem = stemmerFor(lang);
    expect(hasStemmer(lang)).toBe(true);
    for (const [word, stemmed] of EXPECTED[lang]) expect(stem(word), word).toBe(stemmed);
  });
  it("reads Russian ё as е, as the newer Snowball does", () => {
    const stem = stemmerFor("ru");
    expect(stem("найдётся")).toBe(stem("найдется"));
  });
  it("leaves words of a language without a stemmer, and of Chinese, as they are", () => {
    for (const lang of ["zh", "ja", "cs", "xx"]) {
      expect(hasStemmer(lang)).toBe(false);
      expect(stemmerFor(lang)("Regierungen")).toBe("Regierungen");
    }
  });
});

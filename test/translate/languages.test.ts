import { describe, expect, it } from "vitest";
import { canonicalLanguage, iso639_3 } from "../../src/translate/languages";
import { M2M100_LANGUAGES } from "../../src/translate/workers-ai";

describe("language codes", () => {
  it("accepts ISO 639-1 and ISO 639-3 for the same language, with or without region", () => {
    for (const tag of ["es", "ES", "spa", "es-MX", "es_ES"]) expect(canonicalLanguage(tag)).toBe("es");
    expect(canonicalLanguage("deu")).toBe("de");
    expect(canonicalLanguage("pt-BR")).toBe("pt");
    expect(canonicalLanguage("cat_valencia")).toBe("ca");
  });

  it("maps individual-language 639-3 codes to their macrolanguage (what detectors report)", () => {
    expect(canonicalLanguage("arb")).toBe("ar");
    expect(canonicalLanguage("cmn")).toBe("zh");
    expect(canonicalLanguage("ara")).toBe("ar");
  });

  it("keeps 639-3 codes of languages without a 639-1 code, and rejects what is no language tag", () => {
    expect(canonicalLanguage("ast")).toBe("ast");
    for (const bad of ["", "e", "english", "12", "es--", "es es"]) expect(canonicalLanguage(bad)).toBeNull();
  });

  it("gives Apertium's ISO 639-3 codes", () => {
    expect(iso639_3("en")).toBe("eng");
    expect(iso639_3("es")).toBe("spa");
    expect(iso639_3("ast")).toBe("ast");
  });

  it("knows m2m100's 100 languages, canonically coded", () => {
    expect(M2M100_LANGUAGES).toHaveLength(100);
    expect(new Set(M2M100_LANGUAGES).size).toBe(100);
    expect(M2M100_LANGUAGES).toContain("nso");
    for (const code of M2M100_LANGUAGES) expect(canonicalLanguage(code)).toBe(code);
  });
});

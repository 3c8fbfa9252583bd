import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Env } from "../../src/config";
import { ApiError } from "../../src/errors";
import { translateSummary, translateTexts } from "../../src/translate/service";
import { forgetSupportedPairs } from "../../src/translate/supported-pairs";
import type { FailedTranslation, TranslatedSummary } from "../../src/translate/translation";
import { type FakeAi, fakeAi, fakeResult, freshId, never } from "./stand-ins";

function withAi(ai: FakeAi): Env {
  return { ...env, TRANSLATOR: "workers-ai", AI: ai as unknown as Ai };
}

beforeEach(() => forgetSupportedPairs());
afterEach(() => vi.restoreAllMocks());

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe("translating a summary result", () => {
  it("translates title, summary and facts (identical texts once), then answers from KV without the provider", async () => {
    const ai = fakeAi();
    const result = fakeResult(freshId());
    const first = (await translateSummary(withAi(ai), result, "es")) as TranslatedSummary;
    expect(first).toEqual({
      lang: "es",
      from: "en",
      provider: "workers-ai",
      title: "[es] Belarus and North Korea sign 3 agreements",
      summary: [
        "[es] A delegation of 15 officials met in Pyongyang.",
        "[es] The minister said trade grew by 40% in 2023.",
      ],
      keyFacts: ["[es] A delegation of 15 officials met in Pyongyang."],
      numbersMissing: [],
      cached: false,
    });
    // The key fact repeats a summary sentence: 3 distinct texts, 3 calls.
    expect(ai.calls).toHaveLength(3);
    const second = await translateSummary(withAi(ai), result, "es");
    expect(second).toEqual({ ...first, cached: true });
    expect(ai.calls).toHaveLength(3);
    // fresh skips the lookup.
    expect(await translateSummary(withAi(ai), result, "es", { fresh: true })).toEqual(first);
    expect(ai.calls).toHaveLength(6);
    // Another target language is another entry.
    await translateSummary(withAi(ai), result, "fr");
    expect(ai.calls).toHaveLength(9);
  });

  it("reports numbers the translation lost", async () => {
    const ai = fakeAi((i) => i.text.replace("15", "quince"));
    const t = (await translateSummary(withAi(ai), fakeResult(freshId()), "es")) as TranslatedSummary;
    expect(t.numbersMissing).toEqual([
      { field: "summary", index: 0, numbers: ["15"] },
      { field: "keyFacts", index: 0, numbers: ["15"] },
    ]);
  });

  it("keeps the summary when the provider fails: translation.error, and nothing cached", async () => {
    const result = fakeResult(freshId());
    const failing = fakeAi(() => {
      throw new Error("AiError: 3040: capacity exceeded");
    });
    const t = (await translateSummary(withAi(failing), result, "es")) as FailedTranslation;
    expect(t).toMatchObject({ lang: "es", from: "en", provider: "workers-ai" });
    expect(t.error).toMatch(/capacity exceeded/);
    expect(t).not.toHaveProperty("summary");
    // Not cached: the next call asks the (now working) provider.
    const ai = fakeAi();
    const again = (await translateSummary(withAi(ai), result, "es")) as TranslatedSummary;
    expect(again.cached).toBe(false);
    expect(ai.calls.length).toBeGreaterThan(0);
  });

  it("gives up after the timeout with translation.error, and caches nothing", async () => {
    const result = fakeResult(freshId());
    const t = (await translateSummary(withAi(fakeAi(never)), result, "es", {
      timeoutMs: 30,
    })) as FailedTranslation;
    expect(t.error).toMatch(/did not answer within 30 ms/);
    const ai = fakeAi();
    expect(((await translateSummary(withAi(ai), result, "es")) as TranslatedSummary).cached).toBe(false);
  });

  it("422 unsupported_language for a pair the provider lacks, listing the supported targets", async () => {
    const ai = fakeAi();
    const err = await apiError(translateSummary(withAi(ai), fakeResult(freshId()), "eu"));
    expect(err.status).toBe(422);
    expect(err.code).toBe("unsupported_language");
    const targets = err.details?.supportedTargets as string[];
    expect(targets).toHaveLength(99);
    expect(targets).toContain("es");
    expect(targets).not.toContain("en");
    expect(ai.calls).toHaveLength(0);
  });

  it("422 when the article's language is unknown; no provider call when it already is the target", async () => {
    const ai = fakeAi();
    const unknown = await apiError(
      translateSummary(withAi(ai), fakeResult(freshId(), { lang: "und" }), "es"),
    );
    expect(unknown.code).toBe("unsupported_language");
    const same = (await translateSummary(
      withAi(ai),
      fakeResult(freshId(), { lang: "es" }),
      "spa",
    )) as TranslatedSummary;
    expect(same.provider).toBe("none");
    expect(same.summary[0]).toBe("A delegation of 15 officials met in Pyongyang.");
    expect(ai.calls).toHaveLength(0);
  });

  it("503 translation_unavailable when no provider is configured or it lacks what it needs", async () => {
    const result = fakeResult(freshId());
    for (const overrides of [
      { TRANSLATOR: undefined },
      { TRANSLATOR: "deepl" },
      { TRANSLATOR: "workers-ai", AI: undefined },
      { TRANSLATOR: "libretranslate", TRANSLATOR_URL: "" },
    ]) {
      const err = await apiError(translateSummary({ ...env, ...overrides }, result, "es"));
      expect(err.status).toBe(503);
    }
  });

  it("still translates when the cache is broken (a miss, an unsaved write)", async () => {
    const broken = {
      get: () => Promise.reject(new Error("kv down")),
      put: () => Promise.reject(new Error("kv down")),
    } as unknown as KVNamespace;
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const t = await translateSummary({ ...withAi(fakeAi()), CACHE: broken }, fakeResult(freshId()), "es");
    expect((t as TranslatedSummary).summary).toHaveLength(2);
  });
});

describe("translating texts", () => {
  it("detects the source, translates in order, caches by content", async () => {
    const ai = fakeAi();
    const texts = ["The government announced new measures for students today.", "Prices rose 3%."];
    const out = await translateTexts(withAi(ai), texts, undefined, "de");
    expect(out).toEqual({
      from: "en",
      to: "de",
      provider: "workers-ai",
      texts: texts.map((t) => `[de] ${t}`),
      numbersMissing: [],
      cached: false,
    });
    expect((await translateTexts(withAi(ai), texts, undefined, "de")).cached).toBe(true);
    expect(ai.calls).toHaveLength(2);
  });

  it("502 when the provider fails, 504 when it times out", async () => {
    const failing = fakeAi(() => {
      throw new Error("boom");
    });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect((await apiError(translateTexts(withAi(failing), ["Hello there."], "en", "es"))).status).toBe(502);
    const slow = translateTexts(withAi(fakeAi(never)), ["Hello again."], "en", "es", { timeoutMs: 20 });
    expect((await apiError(slow)).status).toBe(504);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import seedHtml from "../../fixtures/seed-article.html?raw";
import type { Env } from "../../src/config";
import type { SummaryResult } from "../../src/service/result";
import { forgetSupportedPairs } from "../../src/translate/supported-pairs";
import type { FailedTranslation, TranslatedSummary } from "../../src/translate/translation";
import { call, callWithEnv, type ErrorJson, postJson } from "../helpers/worker";
import { APY_URL, apertiumAvailable, type FakeAi, fakeAi } from "./stand-ins";

type Translated = SummaryResult & { translation: TranslatedSummary };
type Failed = SummaryResult & { translation: FailedTranslation };

const SPANISH_WORD = /\b(el|la|los|las|de|del|que|en|y|un|una|con|por|para)\b/i;
const ENGLISH_WORD = /\b(the|and|of|with|has|have|was|were)\b/i;

const withAi = (ai: FakeAi): Partial<Env> => ({ TRANSLATOR: "workers-ai", AI: ai as unknown as Ai });
const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Spies on the worker's outgoing fetch (calls go through) and counts those to the APy. */
function countApyCalls() {
  const spy = vi.spyOn(globalThis, "fetch");
  return () =>
    spy.mock.calls.filter(([input]) =>
      String(input instanceof Request ? input.url : input).startsWith(APY_URL),
    ).length;
}

beforeEach(() => forgetSupportedPairs());
afterEach(() => vi.restoreAllMocks());

const available = await apertiumAvailable();

describe("POST /v1/summarize with to (real Apertium APy)", () => {
  it.skipIf(!available)(
    'to: "es" gives a Spanish title, summary and facts from Apertium, cached on the second call',
    async () => {
      const apyCalls = countApyCalls();
      const res = await postJson("/v1/summarize", { html: seedHtml, to: "es" });
      expect(res.status).toBe(200);
      const a = (await res.json()) as Translated;
      const t = a.translation;
      expect(t).toMatchObject({ lang: "es", from: "en", provider: "apertium", cached: false });
      expect(t.title).toMatch(/Corea del Norte/);
      expect(t.summary).toHaveLength(a.summary.length);
      expect(t.keyFacts).toHaveLength(a.keyFacts.length);
      for (const [i, s] of a.summary.entries()) {
        expect(t.summary[i]).not.toBe(s.text);
        expect(t.summary[i]).toMatch(SPANISH_WORD);
        expect(t.summary[i]).not.toMatch(ENGLISH_WORD);
      }
      for (const [i, f] of a.keyFacts.entries()) {
        expect(t.keyFacts[i]).not.toBe(f.text);
        expect(t.keyFacts[i]).not.toMatch(ENGLISH_WORD);
      }
      // The summary itself is untouched.
      expect(a.article.title).toContain("North Korea");
      expect(apyCalls()).toBeGreaterThan(0);
      const before = apyCalls();

      const again = (await (
        await postJson("/v1/summarize", { html: seedHtml, to: "spa" })
      ).json()) as Translated;
      expect(again.meta.cached).toBe(true);
      expect(again.translation).toEqual({ ...t, cached: true });
      expect(apyCalls()).toBe(before);
    },
  );

  it.skipIf(!available)("takes to as a query parameter with an HTML body", async () => {
    const res = await call("/v1/summarize?to=es&sentences=1&facts=1", {
      method: "POST",
      headers: { "content-type": "text/html; charset=utf-8" },
      body: seedHtml,
    });
    const body = (await res.json()) as Translated;
    expect(body.translation.summary).toHaveLength(1);
    expect(body.translation.summary[0]).toMatch(SPANISH_WORD);
  });

  it.skipIf(!available)(
    "422 for a pair Apertium lacks, naming the targets it has; the summary is still cached",
    async () => {
      const res = await postJson("/v1/summarize", { html: seedHtml, to: "fi", sentences: 4 });
      expect(res.status).toBe(422);
      const err = (
        (await res.json()) as { error: ErrorJson["error"] & { details: { supportedTargets: string[] } } }
      ).error;
      expect(err.code).toBe("unsupported_language");
      expect(err.details.supportedTargets).toEqual(["es"]);
      expect((await postJson("/v1/summarize", { html: seedHtml, sentences: 4 })).headers.get("X-Cache")).toBe(
        "HIT",
      );
    },
  );
});

describe("POST /v1/summarize with to: faults", () => {
  it("a failing provider leaves the summary intact: 200 with translation.error, and nothing cached", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const spy = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async () => new Response("busy", { status: 503 }));
    const res = await postJson("/v1/summarize", { html: seedHtml, to: "es", facts: 3 });
    expect(res.status).toBe(200);
    const a = (await res.json()) as Failed;
    expect(a.summary.length).toBeGreaterThan(0);
    expect(a.keyFacts.length).toBeGreaterThan(0);
    expect(a.translation).toMatchObject({ lang: "es", from: "en", provider: "apertium" });
    expect(a.translation.error).toMatch(/503/);
    expect(a.translation).not.toHaveProperty("summary");
    // Nothing was cached from the failure: the next request asks the provider again.
    const calls = spy.mock.calls.length;
    await postJson("/v1/summarize", { html: seedHtml, to: "es", facts: 3 });
    expect(spy.mock.calls.length).toBeGreaterThan(calls);
  });

  // workerd logs the refused connection as "uncaught" itself, although our code catches it.
  it("an unreachable provider is a failure too, not an error response", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const res = await callWithEnv(
      { TRANSLATOR_URL: "http://127.0.0.1:9" },
      "/v1/summarize",
      post({ html: seedHtml, to: "es", facts: 2 }),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as Failed).translation.error).toMatch(/could not be reached/);
  });

  it("422 with supported targets when the provider lacks the pair (stand-in Workers AI)", async () => {
    const ai = fakeAi();
    const res = await callWithEnv(withAi(ai), "/v1/summarize", post({ html: seedHtml, to: "eu", facts: 4 }));
    expect(res.status).toBe(422);
    const err = (await res.json()) as { error: { code: string; details: { supportedTargets: string[] } } };
    expect(err.error.code).toBe("unsupported_language");
    expect(err.error.details.supportedTargets).toContain("es");
    expect(ai.calls).toHaveLength(0);
  });

  it("400 for a malformed to, before any work; no translation without to; none needed for the same language", async () => {
    for (const to of ["Spanish!", 5, ""]) {
      expect((await postJson("/v1/summarize", { html: seedHtml, to })).status).toBe(400);
    }
    const plain = (await (await postJson("/v1/summarize", { html: seedHtml })).json()) as SummaryResult;
    expect(plain).not.toHaveProperty("translation");
    const same = (await (
      await postJson("/v1/summarize", { html: seedHtml, to: "eng" })
    ).json()) as Translated;
    expect(same.translation.provider).toBe("none");
    expect(same.translation.summary).toEqual(same.summary.map((s) => s.text));
  });
});

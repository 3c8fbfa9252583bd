import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Env } from "../../src/config";
import { forgetSupportedPairs } from "../../src/translate/supported-pairs";
import { call, callWithEnv, type ErrorJson } from "../helpers/worker";
import { apertiumAvailable, type FakeAi, fakeAi } from "./stand-ins";

const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

const withAi = (ai: FakeAi): Partial<Env> => ({ TRANSLATOR: "workers-ai", AI: ai as unknown as Ai });

beforeEach(() => forgetSupportedPairs());
afterEach(() => vi.restoreAllMocks());

async function errorOf(res: Response): Promise<ErrorJson["error"] & { details?: Record<string, unknown> }> {
  return ((await res.json()) as { error: ErrorJson["error"] & { details?: Record<string, unknown> } }).error;
}

describe("POST /v1/translate (stand-in Workers AI)", () => {
  it("translates one text, detecting its language; the same request again comes from the cache", async () => {
    const ai = fakeAi();
    const text = "The city council approved the new budget of 2.5 million euros on Tuesday.";
    const res = await callWithEnv(withAi(ai), "/v1/translate", post({ text, to: "spa" }));
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Cache")).toBe("MISS");
    expect(await res.json()).toEqual({
      from: "en",
      to: "es",
      provider: "workers-ai",
      text: `[es] ${text}`,
      numbersMissing: [],
      cached: false,
    });
    const again = await callWithEnv(withAi(ai), "/v1/translate", post({ text, to: "es" }));
    expect(again.headers.get("X-Cache")).toBe("HIT");
    expect(ai.calls).toHaveLength(1);
  });

  it("translates a list in order with the given source, and reports lost numbers per text", async () => {
    const ai = fakeAi((i) => (i.text.includes("7") ? "siete" : `es:${i.text}`));
    const res = await callWithEnv(
      withAi(ai),
      "/v1/translate",
      post({ texts: ["Uno 1.", "Siete 7."], from: "en", to: "es" }),
    );
    const body = (await res.json()) as { texts: string[]; numbersMissing: unknown[] };
    expect(body.texts).toEqual(["es:Uno 1.", "siete"]);
    expect(body.numbersMissing).toEqual([{ field: "texts", index: 1, numbers: ["7"] }]);
  });

  it("400 for a malformed request, 415 for a non-JSON body", async () => {
    const ai = fakeAi();
    for (const body of [
      { to: "es" },
      { text: "a", texts: ["b"], to: "es" },
      { text: "", to: "es" },
      { texts: [], to: "es" },
      { texts: ["a", 3], to: "es" },
      { text: "Hello.", to: "Spanish!" },
      { text: "Hello.", to: "es", form: "x" },
      { text: "Hello.", from: "??", to: "es" },
      { texts: Array.from({ length: 51 }, () => "a"), to: "es" },
      { text: "a".repeat(20_001), to: "es" },
    ]) {
      const res = await callWithEnv(withAi(ai), "/v1/translate", post(body));
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const res = await callWithEnv(withAi(ai), "/v1/translate", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "Hello",
    });
    expect(res.status).toBe(415);
    expect(ai.calls).toHaveLength(0);
  });

  it("422 with the supported targets for a pair the provider lacks; 502 when it fails; 503 unconfigured", async () => {
    let res = await callWithEnv(
      withAi(fakeAi()),
      "/v1/translate",
      post({ text: "Hello.", from: "en", to: "eu" }),
    );
    expect(res.status).toBe(422);
    const err = await errorOf(res);
    expect(err.code).toBe("unsupported_language");
    expect(err.details?.supportedTargets).toContain("es");
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const failing = fakeAi(() => {
      throw new Error("AiError: 5007: no such model");
    });
    res = await callWithEnv(withAi(failing), "/v1/translate", post({ text: "Hello.", from: "en", to: "es" }));
    expect(res.status).toBe(502);
    expect((await errorOf(res)).code).toBe("upstream_error");
    res = await callWithEnv({ TRANSLATOR: "" }, "/v1/translate", post({ text: "Hello.", to: "es" }));
    expect(res.status).toBe(503);
    expect((await errorOf(res)).code).toBe("translation_unavailable");
  });
});

describe("GET /v1/languages", () => {
  it("lists every source with its targets, or one source with ?from", async () => {
    let res = await callWithEnv(withAi(fakeAi()), "/v1/languages");
    expect(res.status).toBe(200);
    let body = (await res.json()) as {
      provider: string;
      languages: Array<{ code: string; targets: string[] }>;
    };
    expect(body.provider).toBe("workers-ai");
    expect(body.languages).toHaveLength(100);
    res = await callWithEnv(withAi(fakeAi()), "/v1/languages?from=eng");
    body = (await res.json()) as typeof body;
    expect(body.languages).toHaveLength(1);
    expect(body.languages[0].code).toBe("en");
    expect(body.languages[0].targets).toHaveLength(99);
  });

  it("502 when a self-hosted provider answers garbage", async () => {
    vi.spyOn(globalThis, "fetch").mockImplementation(
      async () => new Response("<html>oops</html>", { status: 500 }),
    );
    const res = await callWithEnv(
      { TRANSLATOR: "libretranslate", TRANSLATOR_URL: "https://libre.example" },
      "/v1/languages",
    );
    expect(res.status).toBe(502);
  });
});

const available = await apertiumAvailable();

describe("translation routes with the configured Apertium APy (wrangler.toml)", () => {
  it.skipIf(!available)("GET /v1/languages says apertium translates en to es", async () => {
    const res = await call("/v1/languages?from=en");
    expect(await res.json()).toEqual({ provider: "apertium", languages: [{ code: "en", targets: ["es"] }] });
  });

  it.skipIf(!available)(
    "POST /v1/translate gives Spanish; an uninstalled pair is 422 naming es",
    async () => {
      const res = await call(
        "/v1/translate",
        post({ texts: ["The government fell in 2019.", "Good morning"], to: "es" }),
      );
      expect(res.status).toBe(200);
      const body = (await res.json()) as { provider: string; texts: string[]; numbersMissing: unknown[] };
      expect(body.provider).toBe("apertium");
      expect(body.texts[0]).toMatch(/^El gobierno .*2019\.$/);
      expect(body.texts[1]).toMatch(/^Buenos días/);
      expect(body.numbersMissing).toEqual([]);
      const bad = await call("/v1/translate", post({ text: "Good morning", from: "en", to: "fi" }));
      expect(bad.status).toBe(422);
      expect((await errorOf(bad)).details?.supportedTargets).toEqual(["es"]);
    },
  );
});

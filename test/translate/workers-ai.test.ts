import { describe, expect, it } from "vitest";
import { TRANSLATE_CONCURRENCY } from "../../src/limits";
import { workersAiTranslator } from "../../src/translate/workers-ai";
import { fakeAi, never } from "./stand-ins";

const signal = () => AbortSignal.timeout(5000);

describe("Workers AI provider (stand-in AI binding)", () => {
  it("calls m2m100 with exactly { text, source_lang, target_lang } per text and returns translated_text in order", async () => {
    const ai = fakeAi();
    const out = await workersAiTranslator(ai).translate(["One.", "Two.", "Three."], "en", "es", signal());
    expect(out).toEqual(["[es] One.", "[es] Two.", "[es] Three."]);
    expect(ai.calls).toEqual([
      { text: "One.", source_lang: "en", target_lang: "es" },
      { text: "Two.", source_lang: "en", target_lang: "es" },
      { text: "Three.", source_lang: "en", target_lang: "es" },
    ]);
  });

  it("keeps at most TRANSLATE_CONCURRENCY calls in flight", async () => {
    const ai = fakeAi();
    const texts = Array.from({ length: TRANSLATE_CONCURRENCY * 3 }, (_, i) => `Text ${i}.`);
    const out = await workersAiTranslator(ai).translate(texts, "en", "de", signal());
    expect(out).toHaveLength(texts.length);
    expect(ai.maxInFlight).toBe(TRANSLATE_CONCURRENCY);
  });

  it("maps Northern Sotho to m2m100's own code and refuses languages the model lacks without a call", async () => {
    const ai = fakeAi();
    await workersAiTranslator(ai).translate(["Hi."], "en", "nso", signal());
    expect(ai.calls[0].target_lang).toBe("ns");
    await expect(workersAiTranslator(ai).translate(["Hi."], "en", "eu", signal())).rejects.toMatchObject({
      failure: "unsupported",
    });
    expect(ai.calls).toHaveLength(1);
  });

  it("lists every pair among its 100 languages", async () => {
    const pairs = await workersAiTranslator(fakeAi()).languages(signal());
    expect(pairs).toHaveLength(100 * 99);
    expect(pairs).toContainEqual({ from: "en", to: "es" });
  });

  it("turns a binding error into a failure, a missing answer into a failure, and a hang into a timeout", async () => {
    const failing = fakeAi(() => {
      throw new Error("AiError: 3040: capacity exceeded");
    });
    await expect(workersAiTranslator(failing).translate(["x"], "en", "es", signal())).rejects.toMatchObject({
      failure: "failed",
    });
    const empty = { run: async () => ({}) };
    await expect(workersAiTranslator(empty).translate(["x"], "en", "es", signal())).rejects.toMatchObject({
      failure: "failed",
    });
    const hanging = fakeAi(never);
    await expect(
      workersAiTranslator(hanging).translate(["x"], "en", "es", AbortSignal.timeout(20)),
    ).rejects.toMatchObject({ failure: "timeout" });
  });
});

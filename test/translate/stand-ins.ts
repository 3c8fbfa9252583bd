/** Stand-ins for translation tests: a Workers AI binding, a summary result, the real APy's address. */
import { expect } from "vitest";
import type { SummaryResult } from "../../src/service/result";
import { M2M100_MODEL, type M2m100Binding, type M2m100Input } from "../../src/translate/workers-ai";

/** The Apertium APy the CI starts (wrangler.toml's TRANSLATOR_URL). */
export const APY_URL = "http://127.0.0.1:2737";

/** Whether a real APy answers /listPairs with English → Spanish; logs why not. */
export async function apertiumAvailable(): Promise<boolean> {
  let why: string;
  try {
    const res = await fetch(`${APY_URL}/listPairs`, { signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as {
      responseData?: Array<{ sourceLanguage: string; targetLanguage: string }>;
    };
    if (body.responseData?.some((p) => p.sourceLanguage === "eng" && p.targetLanguage === "spa")) return true;
    why = "it answers /listPairs without eng→spa (apt-get install apertium-eng-spa)";
  } catch (err) {
    why = `nothing answers ${APY_URL}/listPairs (${String(err)})`;
  }
  console.warn(
    `SKIPPED: tests against a real Apertium APy, because ${why}. Start one with ` +
      "`apertium-apy -p 2737 /usr/share/apertium/modes` (.ci/run does).",
  );
  return false;
}

export interface FakeAi extends M2m100Binding {
  calls: M2m100Input[];
  /** Most calls in flight at once. */
  maxInFlight: number;
}

/**
 * A stand-in for the AI binding: checks the exact request shape of @cf/meta/m2m100-1.2b and answers
 * like the real model ({ translated_text }), with `answer` deciding the text (or throwing).
 */
export function fakeAi(
  answer: (input: M2m100Input) => string | Promise<string> = (i) => `[${i.target_lang}] ${i.text}`,
): FakeAi {
  let inFlight = 0;
  const ai: FakeAi = {
    calls: [],
    maxInFlight: 0,
    async run(model, inputs, options) {
      expect(model).toBe(M2M100_MODEL);
      expect(Object.keys(inputs).sort()).toEqual(["source_lang", "target_lang", "text"]);
      expect(typeof inputs.text).toBe("string");
      expect(inputs.source_lang).toMatch(/^[a-z]{2,3}$/);
      expect(inputs.target_lang).toMatch(/^[a-z]{2,3}$/);
      expect(options?.signal).toBeInstanceOf(AbortSignal);
      ai.calls.push(inputs);
      inFlight++;
      ai.maxInFlight = Math.max(ai.maxInFlight, inFlight);
      try {
        // A turn of the event loop, so parallel calls overlap as they would against the network.
        await new Promise((r) => setTimeout(r, 1));
        return { translated_text: await answer(inputs) };
      } finally {
        inFlight--;
      }
    },
  };
  return ai;
}

/** A never-settling answer, for timeouts. */
export const never = () => new Promise<string>(() => {});

/** A small summary result, as the pipeline would produce it (only the fields translation reads matter). */
export function fakeResult(id: string, overrides: Partial<SummaryResult["article"]> = {}): SummaryResult {
  const ref = { paragraph: 0, sentence: 0, start: 0, end: 10 };
  return {
    id,
    article: {
      title: "Belarus and North Korea sign 3 agreements",
      byline: null,
      publishedAt: "2024-04-19",
      siteName: null,
      url: null,
      lang: "en",
      description: null,
      wordCount: 120,
      readingMinutes: 1,
      ...overrides,
    },
    summary: [
      { ...ref, text: "A delegation of 15 officials met in Pyongyang.", score: 1 },
      { ...ref, text: "The minister said trade grew by 40% in 2023.", score: 0.5 },
    ],
    keyFacts: [
      {
        text: "A delegation of 15 officials met in Pyongyang.",
        kind: "event",
        source: ref,
        entities: [],
        numbers: [],
        dates: [],
        score: 1,
      },
    ],
    entities: [],
    quotes: [],
    meta: { version: "test", cached: false, createdAt: "2024-04-19T00:00:00.000Z", truncated: [] },
  };
}

/** A fresh id, so cache entries of one test never answer another. */
export function freshId(): string {
  return crypto.randomUUID().replace(/-/g, "").padEnd(64, "0");
}

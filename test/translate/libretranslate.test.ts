import { afterEach, describe, expect, it, vi } from "vitest";
import { libreTranslateTranslator } from "../../src/translate/libretranslate";
import { TranslatorError } from "../../src/translate/types";

const URL_ = "https://libre.example/";
const signal = () => AbortSignal.timeout(5000);

function stubFetch(handler: (req: Request) => Response | Promise<Response>) {
  return vi
    .spyOn(globalThis, "fetch")
    .mockImplementation(async (input, init) => handler(new Request(input, init)));
}

afterEach(() => vi.restoreAllMocks());

const LANGUAGES = [
  { code: "en", name: "English", targets: ["en", "es", "zh-Hans"] },
  { code: "es", name: "Spanish", targets: ["en"] },
  { code: "zh-Hans", name: "Chinese", targets: ["en"] },
];

describe("LibreTranslate provider (stubbed server)", () => {
  it("lists pairs from GET /languages in canonical codes", async () => {
    stubFetch((req) => {
      expect(req.method).toBe("GET");
      expect(req.url).toBe("https://libre.example/languages");
      return Response.json(LANGUAGES);
    });
    expect(await libreTranslateTranslator(URL_).languages(signal())).toEqual([
      { from: "en", to: "es" },
      { from: "en", to: "zh" },
      { from: "es", to: "en" },
      { from: "zh", to: "en" },
    ]);
  });

  it("translates a batch in one POST /translate { q: [...], source, target, format }, with the instance's own codes", async () => {
    const bodies: unknown[] = [];
    stubFetch(async (req) => {
      if (req.url.endsWith("/languages?api_key=k")) return Response.json(LANGUAGES);
      expect(req.method).toBe("POST");
      expect(req.url).toBe("https://libre.example/translate");
      expect(req.headers.get("content-type")).toBe("application/json");
      const body = (await req.json()) as { q: string[] };
      bodies.push(body);
      return Response.json({ translatedText: body.q.map((t) => `zh:${t}`) });
    });
    const t = libreTranslateTranslator(URL_, "k");
    await t.languages(signal());
    expect(await t.translate(["One.", "Two 2."], "en", "zh", signal())).toEqual(["zh:One.", "zh:Two 2."]);
    expect(bodies).toEqual([
      { q: ["One.", "Two 2."], source: "en", target: "zh-Hans", format: "text", api_key: "k" },
    ]);
  });

  it("reports an unsupported language as such, other errors and short answers as failures", async () => {
    const t = libreTranslateTranslator(URL_);
    stubFetch(() => Response.json({ error: "fi is not supported" }, { status: 400 }));
    await expect(t.translate(["x"], "en", "fi", signal())).rejects.toMatchObject({ failure: "unsupported" });
    vi.restoreAllMocks();
    stubFetch(() => Response.json({ error: "Invalid API key" }, { status: 403 }));
    await expect(t.translate(["x"], "en", "es", signal())).rejects.toMatchObject({ failure: "failed" });
    vi.restoreAllMocks();
    stubFetch(() => Response.json({ translatedText: ["only one"] }));
    const err = await t.translate(["x", "y"], "en", "es", signal()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TranslatorError);
    expect((err as TranslatorError).failure).toBe("failed");
  });
});

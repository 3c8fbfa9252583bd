import { afterEach, describe, expect, it, vi } from "vitest";
import { apertiumTranslator } from "../../src/translate/apertium";
import { TranslatorError } from "../../src/translate/types";
import { APY_URL, apertiumAvailable } from "./stand-ins";

const FAKE = "http://apy.test:2737/";
const signal = () => AbortSignal.timeout(5000);

function stubFetch(handler: (req: Request) => Response | Promise<Response>) {
  return vi
    .spyOn(globalThis, "fetch")
    .mockImplementation(async (input, init) => handler(new Request(input, init)));
}

const apy = (translatedText: string) =>
  Response.json({ responseData: { translatedText }, responseDetails: null, responseStatus: 200 });

afterEach(() => vi.restoreAllMocks());

/** The form a stubbed APy received. */
async function form(req: Request): Promise<URLSearchParams> {
  return new URLSearchParams(new TextDecoder().decode(await req.arrayBuffer()));
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TranslatorError);
  return (err as TranslatorError).failure;
}

describe("Apertium provider (stubbed APy)", () => {
  it("sends the whole batch in one POST: ISO 639-3 pair, unknown-word marks off, each text HTML-escaped in a <p>", async () => {
    const seen: Array<{ url: string; method: string; form: URLSearchParams }> = [];
    stubFetch(async (req) => {
      const sent = await form(req);
      seen.push({ url: req.url, method: req.method, form: sent });
      expect(req.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
      return apy(sent.get("q")?.replace(/Tom/g, "Tomás").replace(/<p>/g, "<p> ") ?? "");
    });
    const out = await apertiumTranslator(FAKE).translate(["Tom & Jerry", "x < 3"], "en", "es", signal());
    expect(seen).toHaveLength(1);
    expect(seen[0].url).toBe("http://apy.test:2737/translate");
    expect(seen[0].method).toBe("POST");
    expect(seen[0].form.get("langpair")).toBe("eng|spa");
    expect(seen[0].form.get("markUnknown")).toBe("no");
    expect(seen[0].form.get("q")).toBe("<p>Tom &amp; Jerry</p>\n<p>x &lt; 3</p>");
    // Entities decoded, the spaces APy adds trimmed.
    expect(out).toEqual(["Tomás & Jerry", "x < 3"]);
  });

  it("falls back to one request per text when the <p> tags do not come back intact", async () => {
    const qs: string[] = [];
    stubFetch(async (req) => {
      const sent = await form(req);
      const q = sent.get("q") ?? "";
      qs.push(q);
      return apy(q.startsWith("<p>") ? "mangled" : `es:${q}`);
    });
    const out = await apertiumTranslator(FAKE).translate(["one", "two", "three"], "en", "es", signal());
    expect(out).toEqual(["es:one", "es:two", "es:three"]);
    expect(qs).toHaveLength(4);
  });

  it("lists pairs in canonical codes, leaving out regional variants", async () => {
    stubFetch((req) => {
      expect(req.url).toBe("http://apy.test:2737/listPairs");
      return Response.json({
        responseData: [
          { sourceLanguage: "spa", targetLanguage: "eng" },
          { sourceLanguage: "spa", targetLanguage: "eng_US" },
          { sourceLanguage: "eng", targetLanguage: "spa" },
          { sourceLanguage: "ast", targetLanguage: "spa" },
        ],
        responseStatus: 200,
      });
    });
    expect(await apertiumTranslator(FAKE).languages(signal())).toEqual([
      { from: "es", to: "en" },
      { from: "en", to: "es" },
      { from: "ast", to: "es" },
    ]);
  });

  it("tells an uninstalled pair (unsupported) from a broken server (failed), an unreachable one and a slow one", async () => {
    const t = apertiumTranslator(FAKE);
    stubFetch(() =>
      Response.json(
        { status: "error", code: 400, explanation: "That pair is not installed" },
        { status: 400 },
      ),
    );
    expect(await failure(t.translate(["x"], "en", "fr", signal()))).toBe("unsupported");
    vi.restoreAllMocks();
    stubFetch(() => new Response("<html>Internal Server Error</html>", { status: 500 }));
    expect(await failure(t.translate(["x"], "en", "es", signal()))).toBe("failed");
    expect(await failure(t.languages(signal()))).toBe("failed");
    vi.restoreAllMocks();
    stubFetch(() => Promise.reject(new TypeError("connection refused")));
    expect(await failure(t.translate(["x"], "en", "es", signal()))).toBe("failed");
    vi.restoreAllMocks();
    stubFetch(
      (req) =>
        new Promise((_, reject) => req.signal.addEventListener("abort", () => reject(req.signal.reason))),
    );
    expect(await failure(t.translate(["x"], "en", "es", AbortSignal.timeout(20)))).toBe("timeout");
  });

  it("drops Apertium's # and @ word marks, unless the source has such characters itself", async () => {
    stubFetch(async (req) => {
      const q = (await form(req)).get("q") ?? "";
      return apy(q.replace("panel", "#panel").replace("curbing", "@curbing").replace("tag", "#tag"));
    });
    const out = await apertiumTranslator(FAKE).translate(
      ["this panel (curbing)", "see #tag"],
      "en",
      "es",
      signal(),
    );
    expect(out).toEqual(["this panel (curbing)", "see ##tag"]);
  });

  it("makes no call for an empty batch", async () => {
    const spy = stubFetch(() => apy(""));
    expect(await apertiumTranslator(FAKE).translate([], "en", "es", signal())).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
  });
});

const available = await apertiumAvailable();

describe("Apertium provider (real APy, eng→spa)", () => {
  it.skipIf(!available)("lists English → Spanish", async () => {
    expect(await apertiumTranslator(APY_URL).languages(signal())).toContainEqual({ from: "en", to: "es" });
  });

  it.skipIf(!available)(
    "translates a batch into Spanish, text by text, keeping numbers, & and <",
    async () => {
      const texts = [
        "The president met 15 officials in Minsk on April 19, 2024.",
        "North Korea sent 3,000 workers & 40 engineers",
        'He said: "the price is < 5 dollars".',
        "For the past 15 years, this panel has scrutinized the enforcement of UN sanctions.",
      ];
      const out = await apertiumTranslator(APY_URL).translate(texts, "en", "es", signal());
      expect(out).toHaveLength(4);
      expect(out[0]).toMatch(/presidente/);
      expect(out[0]).toMatch(/15/);
      expect(out[0]).toMatch(/2024/);
      expect(out[1]).toMatch(/Corea del Norte/);
      expect(out[1]).toMatch(/3,000/);
      expect(out[1]).toContain("&");
      expect(out[2]).toContain("< 5");
      // No markup and none of Apertium's word marks (*, #, @) left.
      for (const t of out) expect(t).not.toMatch(/<\/?p>|[*#@]/);
    },
  );

  it.skipIf(!available)("refuses a pair it does not have as unsupported", async () => {
    expect(await failure(apertiumTranslator(APY_URL).translate(["hello"], "en", "fi", signal()))).toBe(
      "unsupported",
    );
  });
});

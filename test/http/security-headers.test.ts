import { afterEach, describe, expect, it, vi } from "vitest";
import { MAX_BODY_BYTES } from "../../src/limits";
import { DEFAULT_CSP } from "../../src/middleware/security-headers";
import { DOCS_CSP } from "../../src/routes/docs";
import { PLAYGROUND_CSP } from "../../src/routes/playground";
import { call, callWithEnv, postJson } from "../helpers/worker";

afterEach(() => vi.restoreAllMocks());

/** Headers hono's secure-headers adds (with our X-Frame-Options) that every response must carry. */
const EVERY_RESPONSE: Record<string, string | RegExp> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "strict-transport-security": /^max-age=\d+/,
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

function expectSecurityHeaders(res: Response, csp: string): void {
  for (const [name, value] of Object.entries(EVERY_RESPONSE)) {
    const got = res.headers.get(name);
    if (typeof value === "string") expect(got, name).toBe(value);
    else expect(got, name).toMatch(value);
  }
  expect(res.headers.get("content-security-policy")).toBe(csp);
}

const json = { "content-type": "application/json" };

describe("security headers on every response", () => {
  it.each<[string, () => Promise<Response>, number, string]>([
    ["GET /health", () => call("/health"), 200, DEFAULT_CSP],
    ["GET /openapi.json", () => call("/openapi.json"), 200, DEFAULT_CSP],
    ["GET /docs", () => call("/docs"), 200, DOCS_CSP],
    ["GET /docs.css", () => call("/docs.css"), 200, DEFAULT_CSP],
    ["GET / (playground)", () => call("/"), 200, PLAYGROUND_CSP],
    ["GET /playground.js", () => call("/playground.js"), 200, DEFAULT_CSP],
    ["404 no such route", () => call("/nowhere"), 404, DEFAULT_CSP],
    [
      "400 invalid JSON",
      () => call("/v1/summarize", { method: "POST", headers: json, body: "{" }),
      400,
      DEFAULT_CSP,
    ],
    [
      "413 body too large",
      () => call("/v1/summarize", { method: "POST", headers: json, body: "x".repeat(MAX_BODY_BYTES + 1) }),
      413,
      DEFAULT_CSP,
    ],
    [
      "415 media type",
      () => call("/v1/summarize", { method: "POST", headers: { "content-type": "image/png" }, body: "x" }),
      415,
      DEFAULT_CSP,
    ],
    ["401 no API key", () => callWithEnv({ API_KEYS: "k1" }, "/v1/summaries/x"), 401, DEFAULT_CSP],
    [
      "429 rate limited",
      () =>
        callWithEnv({ RATE_LIMITER: { limit: async () => ({ success: false }) } }, "/v1/summaries/x", {
          headers: { "cf-connecting-ip": "203.0.113.5" },
        }),
      429,
      DEFAULT_CSP,
    ],
    ["422 no article", () => postJson("/v1/summarize", { html: "<p>hi</p>" }), 422, DEFAULT_CSP],
  ])("%s", async (_name, send, status, csp) => {
    const res = await send();
    expect(res.status).toBe(status);
    expectSecurityHeaders(res, csp);
  });

  it("GET /docs loads nothing but its own stylesheet: no script, no inline style, no outside URL", async () => {
    const res = await call("/docs");
    expect(DOCS_CSP).toContain("default-src 'none'");
    expect(DOCS_CSP).toContain("style-src 'self'");
    expect(DOCS_CSP).not.toMatch(/unsafe|https?:|\*/);
    const found = {
      scripts: 0,
      styleElements: 0,
      styleAttributes: 0,
      handlers: 0,
      stylesheets: [] as string[],
    };
    const urls: string[] = [];
    await new HTMLRewriter()
      .on("*", {
        element(e) {
          if (e.hasAttribute("style")) found.styleAttributes++;
          for (const [name, value] of e.attributes) {
            if (name.startsWith("on")) found.handlers++;
            if (name === "src" || name === "href") urls.push(value);
          }
        },
      })
      .on("script", { element: () => void found.scripts++ })
      .on("style", { element: () => void found.styleElements++ })
      .on('link[rel="stylesheet"]', {
        element: (e) => void found.stylesheets.push(e.getAttribute("href") ?? ""),
      })
      .transform(res)
      .text();
    expect(found).toEqual({
      scripts: 0,
      styleElements: 0,
      styleAttributes: 0,
      handlers: 0,
      stylesheets: ["/docs.css"],
    });
    // Every URL is a path on this worker (not protocol-relative, no scheme).
    for (const url of urls) expect(url).toMatch(/^\/(?!\/)/);
    const css = await call("/docs.css");
    expect(css.status).toBe(200);
    expect(await css.text()).not.toMatch(/url\(|@import/);
  });
});

/** Markup a client (or a site we fetch) may send, in every place an error message can quote. */
const MARKUP = `<script>alert(1)</script><img src=x onerror=alert(2)>&amp;"'`;

describe("errors never echo input unescaped", () => {
  it.each<[string, () => Promise<Response>, number]>([
    ["an unknown JSON field", () => postJson("/v1/summarize", { html: "<p>x</p>", [MARKUP]: 1 }), 400],
    ["a lang option", () => postJson("/v1/summarize", { text: "Hello there.", lang: MARKUP }), 400],
    ["a translation target", () => postJson("/v1/summarize", { text: "Hello there.", to: MARKUP }), 400],
    [
      "a url",
      () => postJson("/v1/summarize", { url: `https://x.example/${MARKUP}`.replace("https", "javascript") }),
      400,
    ],
    [
      "a content type",
      () =>
        call("/v1/summarize", {
          method: "POST",
          headers: { "content-type": `text/${MARKUP.replace(/[\s"]/g, "")}` },
          body: "x",
        }),
      415,
    ],
    ["a feed id", () => call(`/v1/feeds/${encodeURIComponent(MARKUP)}`), 400],
    ["a path", () => call(`/v1/${encodeURIComponent(MARKUP)}`), 404],
    [
      "a query option",
      () =>
        call(`/v1/summarize?sentences=${encodeURIComponent(MARKUP)}`, {
          method: "POST",
          headers: { "content-type": "text/plain" },
          body: "Hello there.",
        }),
      400,
    ],
  ])("%s", async (_name, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/json");
    const raw = await res.text();
    expect(raw).not.toMatch(/[<>]/);
    expect(() => JSON.parse(raw)).not.toThrow();
  });

  it("an upstream content type quoted in the message is escaped, and still reads the same once parsed", async () => {
    vi.spyOn(globalThis, "fetch").mockImplementation(
      async () => new Response("x", { headers: { "content-type": "application/<b>evil</b>" } }),
    );
    const res = await postJson("/v1/summarize", { url: "https://news.example/odd" });
    expect(res.status).toBe(422);
    const raw = await res.text();
    expect(raw).not.toMatch(/[<>]/);
    expect(raw).toContain("\\u003cb\\u003e");
    expect((JSON.parse(raw) as { error: { message: string } }).error.message).toContain(
      "application/<b>evil</b>",
    );
  });
});

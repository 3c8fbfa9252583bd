import { afterEach, describe, expect, it, vi } from "vitest";
import seedHtml from "../../fixtures/seed-article.html?raw";
import type { SummaryResult } from "../../src/service/result";
import { type ErrorJson, postJson } from "../helpers/worker";

/** Replaces the worker's outgoing fetch; the handler sees each request. */
function stubFetch(handler: (req: Request) => Response | Promise<Response>) {
  return vi
    .spyOn(globalThis, "fetch")
    .mockImplementation(async (input, init) => handler(new Request(input, init)));
}

afterEach(() => vi.restoreAllMocks());

async function code(res: Response): Promise<string> {
  return ((await res.json()) as ErrorJson).error.code;
}

describe("POST /v1/summarize with a url", () => {
  it("fetches the page once with our User-Agent, follows a redirect, and caches by URL", async () => {
    const seen: string[] = [];
    const spy = stubFetch((req) => {
      seen.push(req.url);
      expect(req.headers.get("user-agent")).toMatch(/^precis\//);
      if (req.url === "https://news.example/old") {
        return new Response(null, { status: 301, headers: { location: "/story" } });
      }
      return new Response(seedHtml, { headers: { "content-type": "text/html; charset=utf-8" } });
    });
    const res = await postJson("/v1/summarize", { url: "https://news.example/old#top" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as SummaryResult;
    expect(body.summary.length).toBe(3);
    expect(seen).toEqual(["https://news.example/old", "https://news.example/story"]);
    const again = await postJson("/v1/summarize", { url: "https://news.example/old" });
    expect(again.headers.get("X-Cache")).toBe("HIT");
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("decodes a fetched page by its <meta charset> when the header has none", async () => {
    const sentence = "Le gouvernement a annoncé des mesures. Les élèves reçoivent une aide financière.";
    const page = `<html><head><meta charset="iso-8859-1"><title>Été</title></head><body><article><p>${sentence}</p><p>${sentence}</p></article></body></html>`;
    const latin1 = Uint8Array.from(page, (ch) => ch.charCodeAt(0));
    stubFetch(() => new Response(latin1, { headers: { "content-type": "text/html" } }));
    const res = await postJson("/v1/summarize", { url: "https://news.example/fr", include: "text" });
    const body = (await res.json()) as SummaryResult;
    expect(body.paragraphs?.[0].text ?? "").toContain("élèves reçoivent");
  });

  it("400 for schemes other than http(s), credentials, and private addresses", async () => {
    const spy = stubFetch(() => new Response("x"));
    for (const url of [
      "ftp://news.example/a",
      "file:///etc/passwd",
      "https://user:pw@news.example/a",
      "http://localhost:8787/",
      "http://127.0.0.1/",
      "http://10.1.2.3/",
      "http://169.254.169.254/latest/meta-data",
      "http://[::1]/",
      "not a url",
    ]) {
      const res = await postJson("/v1/summarize", { url });
      expect(res.status, url).toBe(400);
      expect(await code(res)).toBe("invalid_url");
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it("refuses a redirect to a private address", async () => {
    stubFetch(() => new Response(null, { status: 302, headers: { location: "http://127.0.0.1/admin" } }));
    const res = await postJson("/v1/summarize", { url: "https://news.example/redirect-inside" });
    expect(res.status).toBe(400);
  });

  it("502 when the page answers an error or redirects too often", async () => {
    stubFetch(() => new Response("gone", { status: 500 }));
    let res = await postJson("/v1/summarize", { url: "https://news.example/broken" });
    expect(res.status).toBe(502);
    expect(await code(res)).toBe("upstream_error");

    stubFetch((req) => new Response(null, { status: 302, headers: { location: `${req.url}x` } }));
    res = await postJson("/v1/summarize", { url: "https://news.example/loop" });
    expect(res.status).toBe(502);
    expect(await code(res)).toBe("too_many_redirects");

    stubFetch(() => {
      throw new TypeError("network connection lost");
    });
    res = await postJson("/v1/summarize", { url: "https://news.example/down" });
    expect(res.status).toBe(502);
  });

  it("504 when fetching the page times out", async () => {
    stubFetch(() => {
      throw new DOMException("The operation timed out.", "TimeoutError");
    });
    const res = await postJson("/v1/summarize", { url: "https://news.example/slow" });
    expect(res.status).toBe(504);
    expect(await code(res)).toBe("upstream_timeout");
  });

  it("422 when the url serves something other than HTML", async () => {
    stubFetch(() => new Response("%PDF-1.4", { headers: { "content-type": "application/pdf" } }));
    const res = await postJson("/v1/summarize", { url: "https://news.example/report.pdf" });
    expect(res.status).toBe(422);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import seedHtml from "../../fixtures/seed-article.html?raw";
import seedText from "../../fixtures/seed-article.txt?raw";
import { limitNote } from "../../src/core/limit-notes";
import { summarizeHtml } from "../../src/core/pipeline";
import type { LimitName } from "../../src/core/types";
import {
  FETCH_MAX_BYTES,
  MAX_BODY_BYTES,
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_HTML_CHARS,
  MAX_SUMMARY_SENTENCES,
  MAX_TEXT_CHARS,
} from "../../src/limits";
import type { SummaryResult } from "../../src/service/result";
import { call, postJson } from "../helpers/worker";

afterEach(() => vi.restoreAllMocks());

/** The seed page with `extra` inserted just before </body> (after the article). */
function seedWith(extra: string): string {
  const at = seedHtml.lastIndexOf("</body>");
  return seedHtml.slice(0, at) + extra + seedHtml.slice(at);
}

async function postHtml(html: string, query = ""): Promise<Response> {
  return call(`/v1/summarize?fresh=true${query}`, {
    method: "POST",
    headers: { "content-type": "text/html; charset=utf-8" },
    body: html,
  });
}

const plain = summarizeHtml(seedHtml);

describe("processing limits degrade the answer and say so in meta.limits", () => {
  it("a page within every limit has empty meta.limits and meta.truncated", async () => {
    const res = await postHtml(seedHtml);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SummaryResult;
    expect(body.meta.limits).toEqual([]);
    expect(body.meta.truncated).toEqual([]);
  });

  it("htmlChars: only the first MAX_HTML_CHARS characters are read; the article before the cut is kept", async () => {
    // An HTML comment after the article pushes the page past the limit (still under MAX_BODY_BYTES).
    const html = seedWith(`<!--${"x".repeat(MAX_HTML_CHARS)}-->`);
    expect(html.length).toBeGreaterThan(MAX_HTML_CHARS);
    expect(new TextEncoder().encode(html).length).toBeLessThan(MAX_BODY_BYTES);
    const res = await postHtml(html);
    expect(res.status).toBe(200);
    const body = (await res.json()) as SummaryResult;
    expect(body.meta.limits).toEqual([{ limit: "htmlChars", max: MAX_HTML_CHARS, actual: html.length }]);
    expect(body.meta.truncated).toEqual([`html cut at ${MAX_HTML_CHARS} characters (of ${html.length})`]);
    expect(body.article.title).toBe(plain.article.title);
    expect(body.summary.map((s) => s.text)).toEqual(plain.summary.map((s) => s.text));
  });

  it("elements: elements past MAX_ELEMENTS are flattened, the article (before them) is still found", async () => {
    const html = seedWith(`<div>${"<span>x</span>".repeat(MAX_ELEMENTS)}</div>`);
    const body = (await (await postHtml(html)).json()) as SummaryResult;
    expect(body.meta.limits).toEqual([{ limit: "elements", max: MAX_ELEMENTS }]);
    expect(body.meta.truncated[0]).toContain(`${MAX_ELEMENTS}`);
    expect(body.summary.map((s) => s.text)).toEqual(plain.summary.map((s) => s.text));
  });

  it("depth: nesting past MAX_DEPTH is flattened, and the text inside it is still summarised", async () => {
    const lines = seedText
      .split("\n")
      .map((p) => p.trim())
      .filter((p) => p.length > 80);
    const paragraphs = lines.map((p) => `<p>${p}</p>`).join("");
    const depth = MAX_DEPTH + 50;
    const html = `<html><body>${"<div>".repeat(depth)}${paragraphs}${"</div>".repeat(depth)}</body></html>`;
    const body = (await (await postHtml(html)).json()) as SummaryResult;
    expect(body.meta.limits).toEqual([{ limit: "depth", max: MAX_DEPTH }]);
    expect(body.summary.length).toBe(3);
    // The flattened paragraphs read as one text, their words still apart (not "LicensorA delegation").
    for (const s of body.summary) expect(lines.join(" ")).toContain(s.text);
  });

  it("textChars: a text longer than MAX_TEXT_CHARS is summarised from its first MAX_TEXT_CHARS characters", async () => {
    const paragraph = "The council approved the new budget for the harbour district on Monday. ".repeat(8);
    const count = Math.ceil((MAX_TEXT_CHARS * 1.5) / paragraph.length);
    const text = Array.from({ length: count }, (_, i) => `Paragraph ${i}. ${paragraph}`).join("\n\n");
    const res = await call("/v1/summarize?fresh=true&include=text", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: text,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as SummaryResult;
    const hit = body.meta.limits?.find((l) => l.limit === "textChars");
    expect(hit?.max).toBe(MAX_TEXT_CHARS);
    expect(hit?.actual).toBeGreaterThan(MAX_TEXT_CHARS);
    const kept = (body.paragraphs ?? []).reduce((n, p) => n + p.text.length, 0);
    expect(kept).toBe(MAX_TEXT_CHARS);
  });

  it("summarySentences: only the first MAX_SUMMARY_SENTENCES sentences compete for the summary", async () => {
    const sentences = Array.from(
      { length: MAX_SUMMARY_SENTENCES + 100 },
      (_, i) => `Report number ${i + 1} describes the harbour, the budget and the council vote.`,
    );
    const text = sentences.join(" ");
    const res = await call("/v1/summarize?fresh=true", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: text,
    });
    const body = (await res.json()) as SummaryResult;
    expect(body.meta.limits).toEqual([
      { limit: "summarySentences", max: MAX_SUMMARY_SENTENCES, actual: MAX_SUMMARY_SENTENCES + 100 },
    ]);
    // No summary sentence comes from past the cut.
    for (const s of body.summary) {
      const n = Number(/Report number (\d+)/.exec(s.text)?.[1]);
      expect(n).toBeLessThanOrEqual(MAX_SUMMARY_SENTENCES);
    }
  });

  it("fetchBytes: a fetched page larger than FETCH_MAX_BYTES is cut and reported; the cached answer says so too", async () => {
    const html = seedWith(`<!--${"y".repeat(FETCH_MAX_BYTES)}-->`);
    vi.spyOn(globalThis, "fetch").mockImplementation(
      async () => new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } }),
    );
    const first = await postJson("/v1/summarize", { url: "https://news.example/huge-page" });
    expect(first.status).toBe(200);
    const body = (await first.json()) as SummaryResult;
    expect(body.meta.limits?.[0]).toEqual({ limit: "fetchBytes", max: FETCH_MAX_BYTES });
    expect(body.meta.truncated[0]).toBe(`fetched page cut at ${FETCH_MAX_BYTES} bytes`);
    expect(body.summary.map((s) => s.text)).toEqual(plain.summary.map((s) => s.text));
    const again = await postJson("/v1/summarize", { url: "https://news.example/huge-page" });
    expect(again.headers.get("X-Cache")).toBe("HIT");
    expect(((await again.json()) as SummaryResult).meta.limits).toEqual(body.meta.limits);
  });

  it("a request-level limit is an error, not a degraded answer: a body over MAX_BODY_BYTES is 413", async () => {
    const res = await postHtml("x".repeat(MAX_BODY_BYTES + 1));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");
  });
});

describe("the OpenAPI spec documents the limits", () => {
  it("meta.limits items name every limit the service reports, each with a sentence for meta.truncated", async () => {
    const spec = (await (await call("/openapi.json")).json()) as {
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> };
    };
    const names = spec.components.schemas.LimitHit.properties.limit.enum ?? [];
    const all: LimitName[] = [
      "htmlChars",
      "elements",
      "depth",
      "textChars",
      "summarySentences",
      "fetchBytes",
    ];
    expect([...names].sort()).toEqual([...all].sort());
    for (const limit of all) expect(limitNote({ limit, max: 7 })).toContain("7");
    const meta = spec.components.schemas.SummaryResult.properties.meta as unknown as {
      properties: { limits: { items: { $ref: string } } };
    };
    expect(meta.properties.limits.items.$ref).toBe("#/components/schemas/LimitHit");
  });
});

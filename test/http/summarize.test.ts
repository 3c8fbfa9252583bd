import { describe, expect, it } from "vitest";
import seedHtml from "../../fixtures/seed-article.html?raw";
import type { SummaryResult } from "../../src/service/result";
import { call, postJson } from "../helpers/worker";

const seedText = "Belarus and North Korea";

describe("POST /v1/summarize with a JSON html body", () => {
  it("answers the article, a summary in reading order and key facts; MISS then HIT with the same id", async () => {
    const first = await postJson("/v1/summarize", { html: seedHtml, url: "https://news.example/belarus" });
    expect(first.status).toBe(200);
    expect(first.headers.get("X-Cache")).toBe("MISS");
    const a = (await first.json()) as SummaryResult;
    expect(a.id).toMatch(/^[0-9a-f]{64}$/);
    expect(a.article.title).toContain(seedText);
    expect(a.article.lang).toBe("en");
    expect(a.article.wordCount).toBeGreaterThan(200);
    expect(a.article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(a.summary).toHaveLength(3);
    const order = a.summary.map((s) => s.start);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    for (const s of a.summary) {
      expect(typeof s.score).toBe("number");
      expect(s.paragraph).toBeGreaterThanOrEqual(0);
    }
    expect(a.keyFacts.length).toBeGreaterThan(0);
    expect(a.keyFacts.length).toBeLessThanOrEqual(5);
    expect(a.meta.cached).toBe(false);
    expect(a).not.toHaveProperty("paragraphs");

    const second = await postJson("/v1/summarize", { html: seedHtml, url: "https://news.example/belarus" });
    expect(second.headers.get("X-Cache")).toBe("HIT");
    const b = (await second.json()) as SummaryResult;
    expect(b.id).toBe(a.id);
    expect(b.meta.cached).toBe(true);
    expect(b.summary).toEqual(a.summary);
  });

  it("keeps the article's paragraphs and none of the page's boilerplate (include=text)", async () => {
    const res = await postJson("/v1/summarize", { html: seedHtml, include: "text" });
    const body = (await res.json()) as SummaryResult;
    const text = (body.paragraphs ?? []).map((p) => p.text).join("\n");
    expect(text).toContain("A delegation from Belarus recently met with North Korean officials");
    expect(text).toContain("Russia has announced it will not extend the mandate");
    expect(text).not.toMatch(/cookie/i);
    expect(text).not.toContain("Related content");
    expect(text).not.toContain("Images source");
    // The summary offsets index the paragraphs joined by blank lines.
    const joined = (body.paragraphs ?? []).map((p) => p.text).join("\n\n");
    for (const s of body.summary) expect(joined.slice(s.start, s.end)).toBe(s.text);
  });

  it("honours sentences and facts, and different options give a different id", async () => {
    const res = await postJson("/v1/summarize", { html: seedHtml, sentences: 2, facts: 1 });
    const body = (await res.json()) as SummaryResult;
    expect(body.summary).toHaveLength(2);
    expect(body.keyFacts).toHaveLength(1);
    const other = (await (
      await postJson("/v1/summarize", { html: seedHtml, sentences: 4 })
    ).json()) as SummaryResult;
    expect(other.id).not.toBe(body.id);
  });

  it("fresh: true bypasses the cache", async () => {
    await postJson("/v1/summarize", { html: seedHtml, facts: 2 });
    const res = await postJson("/v1/summarize", { html: seedHtml, facts: 2, fresh: true });
    expect(res.headers.get("X-Cache")).toBe("MISS");
  });
});

describe("POST /v1/summarize with other bodies", () => {
  it("takes the page itself as text/html with options in the query", async () => {
    const res = await call("/v1/summarize?sentences=1&facts=0", {
      method: "POST",
      headers: { "content-type": "text/html; charset=utf-8" },
      body: seedHtml,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as SummaryResult;
    expect(body.summary).toHaveLength(1);
    expect(body.keyFacts).toHaveLength(0);
  });

  it("takes plain text in JSON, paragraphs separated by blank lines", async () => {
    const text = [
      "The city council approved a new budget of $12 million on Monday after a long debate.",
      "Mayor Ana Lopez said the money would go to schools and roads. Critics said it was too little.",
      "The budget takes effect on January 1, 2025, and will be reviewed in six months.",
    ].join("\n\n");
    const res = await postJson("/v1/summarize", { text, title: "Council passes budget", sentences: 2 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as SummaryResult;
    expect(body.article.title).toBe("Council passes budget");
    expect(body.summary).toHaveLength(2);
    for (const s of body.summary) expect(text).toContain(s.text);
  });

  it("decodes a windows-1251 page by the charset in its Content-Type", async () => {
    const paragraph =
      "Правительство объявило о новых мерах поддержки экономики. Министр финансов заявил, что бюджет увеличится на 5 процентов в следующем году. Эксперты считают, что это поможет малому бизнесу.";
    const page = `<html><head><title>Новости</title></head><body><article><h1>Новые меры</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const res = await call("/v1/summarize", {
      method: "POST",
      headers: { "content-type": "text/html; charset=windows-1251" },
      body: encodeCp1251(page),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as SummaryResult;
    expect(body.summary[0].text).toMatch(/[А-Яа-я]/);
    expect(body.article.lang).toBe("ru");
  });
});

describe("GET /v1/summaries/:id", () => {
  it("returns a stored result by id, and 404 for an unknown one", async () => {
    const made = (await (
      await postJson("/v1/summarize", { html: seedHtml, sentences: 5 })
    ).json()) as SummaryResult;
    const res = await call(`/v1/summaries/${made.id}?include=text`);
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Cache")).toBe("HIT");
    const body = (await res.json()) as SummaryResult;
    expect(body.summary).toEqual(made.summary);
    expect(body.paragraphs?.length).toBeGreaterThan(3);
    const missing = await call(`/v1/summaries/${"0".repeat(64)}`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect((await call("/v1/summaries/not-an-id")).status).toBe(404);
  });
});

/** Cyrillic → windows-1251 bytes (ASCII passes through), enough for test pages. */
function encodeCp1251(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out[i] = c;
    else if (c >= 0x410 && c <= 0x44f) out[i] = c - 0x410 + 0xc0;
    else if (c === 0x401) out[i] = 0xa8;
    else if (c === 0x451) out[i] = 0xb8;
    else out[i] = 0x3f;
  }
  return out;
}

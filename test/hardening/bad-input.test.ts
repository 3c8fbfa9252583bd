/**
 * Every case of the bad-input corpus (fixtures/bad-input) through the core and through the HTTP API
 * (raw HTML body and JSON body): no exception, no 5xx, a sensible answer — an article made of the
 * input's own text, or 422 `no_article` for pages without one, or 413 past the body limit — and the
 * charset cases decode the right characters. Time is measured by `npm run bench:bad-input`, not here.
 */
import { describe, expect, it } from "vitest";
import { decodeHtml } from "../../src/core/charset";
import { summarizeHtml } from "../../src/core/pipeline";
import { articleText } from "../../src/core/text/article-text";
import type { Block } from "../../src/core/types";
import { call, type ErrorJson, postJson } from "../helpers/worker";
import { expectConsistent, expectWordsFromInput, searchableInput, squash } from "./check";
import { BAD_INPUT_CASES, type BadInputCase, caseBytes } from "./corpus";

/** The largest cases take a second or two in workerd. */
const TIMEOUT_MS = 60_000;

function decoded(c: BadInputCase): string {
  return decodeHtml(caseBytes(c), c.contentType ?? "text/html").html;
}

function expectContains(text: string, c: BadInputCase): void {
  for (const s of c.contains ?? []) expect(squash(text), `${c.name}: "${s}"`).toContain(s);
}

describe("bad input through the core (decodeHtml + summarizeHtml)", () => {
  for (const c of BAD_INPUT_CASES) {
    it(`${c.name}: ${c.checks}`, { timeout: TIMEOUT_MS }, () => {
      const html = decoded(c);
      const result = summarizeHtml(html);
      const text = articleText(result.blocks);
      const hasArticle = result.blocks.length > 0 && result.article.wordCount > 0;
      if (c.expect === "article") expect(hasArticle, "an article").toBe(true);
      if (c.expect === "no_article") expect(hasArticle, "no article").toBe(false);
      expectContains(text, c);
      expectConsistent(result, searchableInput(html));
      // The same input gives the same output (no state carried between calls).
      expect(summarizeHtml(html)).toEqual(result);
    });
  }
});

interface ApiResult {
  summary: Array<{ text: string }>;
  keyFacts: Array<{ text: string }>;
  paragraphs: Block[];
  meta: { truncated: string[] };
}

async function expectSensible(res: Response, c: BadInputCase, input: string): Promise<void> {
  expect(res.status, "never a 5xx").toBeLessThan(500);
  expect(res.headers.get("content-type")).toContain("application/json");
  if (c.httpStatus) {
    expect(res.status).toBe(c.httpStatus);
    expect(((await res.json()) as ErrorJson).error.code).toBe("payload_too_large");
    return;
  }
  const allowed = c.expect === "article" ? [200] : c.expect === "no_article" ? [422] : [200, 422];
  expect(allowed, `status ${res.status}`).toContain(res.status);
  if (res.status === 422) {
    expect(((await res.json()) as ErrorJson).error.code).toBe("no_article");
    return;
  }
  const body = (await res.json()) as ApiResult;
  expectContains(articleText(body.paragraphs), c);
  for (const s of body.summary) expectWordsFromInput(s.text, input, "summary sentence");
  for (const f of body.keyFacts) expectWordsFromInput(f.text, input, "key fact");
}

describe("bad input through POST /v1/summarize", () => {
  for (const c of BAD_INPUT_CASES) {
    it(`${c.name} as a raw body (${c.contentType ?? "text/html"})`, { timeout: TIMEOUT_MS }, async () => {
      const res = await call("/v1/summarize?include=text&fresh=true", {
        method: "POST",
        headers: { "content-type": c.contentType ?? "text/html" },
        body: caseBytes(c),
      });
      await expectSensible(res, c, searchableInput(decoded(c)));
    });

    it(`${c.name} as JSON`, { timeout: TIMEOUT_MS }, async () => {
      const html = decoded(c);
      const res = await postJson("/v1/summarize", { html, include: "text", fresh: true });
      await expectSensible(res, c, searchableInput(html));
    });
  }
});

import { describe, expect, it } from "vitest";
import noArticleHtml from "../../fixtures/no-article.html?raw";
import { MAX_BODY_BYTES } from "../../src/limits";
import { call, type ErrorJson, postJson } from "../helpers/worker";

async function expectError(res: Response, status: number, code: string): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = (await res.json()) as ErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error.message;
}

describe("client errors are JSON with the right status", () => {
  it("400 for a body that is not JSON, or not an object", async () => {
    const bad = { method: "POST", headers: { "content-type": "application/json" } };
    await expectError(await call("/v1/summarize", { ...bad, body: "{nope" }), 400, "invalid_json");
    await expectError(await call("/v1/summarize", { ...bad, body: "[1,2]" }), 400, "invalid_json");
    await expectError(await call("/v1/summarize", { ...bad, body: "" }), 400, "invalid_json");
  });

  it("400 for a missing input, two inputs, unknown fields and options out of range", async () => {
    await expectError(await postJson("/v1/summarize", {}), 400, "bad_request");
    await expectError(await postJson("/v1/summarize", { html: "<p>x</p>", text: "x" }), 400, "bad_request");
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", sentence: 2 }),
      400,
      "invalid_option",
    );
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", sentences: 0 }),
      400,
      "invalid_option",
    );
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", sentences: 21 }),
      400,
      "invalid_option",
    );
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", sentences: 2.5 }),
      400,
      "invalid_option",
    );
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", facts: -1 }),
      400,
      "invalid_option",
    );
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", facts: "3" }),
      400,
      "invalid_option",
    );
    await expectError(await postJson("/v1/summarize", { html: 42 }), 400, "invalid_option");
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", lang: "english!" }),
      400,
      "invalid_option",
    );
    await expectError(await postJson("/v1/summarize", { html: "<p>x</p>", ratio: 2 }), 400, "invalid_option");
    await expectError(
      await postJson("/v1/summarize", { html: "<p>x</p>", fresh: "yes" }),
      400,
      "invalid_option",
    );
    await expectError(
      await call("/v1/summarize?sentences=abc", {
        method: "POST",
        headers: { "content-type": "text/html" },
        body: "<p>x</p>",
      }),
      400,
      "invalid_option",
    );
  });

  it("does not echo markup from a client's field name", async () => {
    const message = await expectError(
      await postJson("/v1/summarize", { html: "x", "<script>alert(1)</script>": 1 }),
      400,
      "invalid_option",
    );
    expect(message).not.toContain("<script>");
  });

  it("413 for a body over the limit, by Content-Length and by streaming", async () => {
    const big = "a".repeat(MAX_BODY_BYTES + 1);
    await expectError(
      await call("/v1/summarize", { method: "POST", headers: { "content-type": "text/html" }, body: big }),
      413,
      "payload_too_large",
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new Uint8Array(1024 * 1024).fill(97);
        for (let i = 0; i < 6; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    await expectError(
      await call("/v1/summarize", { method: "POST", headers: { "content-type": "text/html" }, body: stream }),
      413,
      "payload_too_large",
    );
  });

  it("415 for other content types or none", async () => {
    await expectError(
      await call("/v1/summarize", {
        method: "POST",
        headers: { "content-type": "application/pdf" },
        body: "%PDF",
      }),
      415,
      "unsupported_media_type",
    );
    await expectError(
      await call("/v1/summarize", { method: "POST", body: new Uint8Array([1, 2]) }),
      415,
      "unsupported_media_type",
    );
  });

  it("422 for a page without an article, an empty page and an empty text", async () => {
    await expectError(await postJson("/v1/summarize", { html: noArticleHtml }), 422, "no_article");
    await expectError(await postJson("/v1/summarize", { html: "" }), 422, "no_article");
    await expectError(await postJson("/v1/summarize", { text: "   \n\n  " }), 422, "no_article");
    await expectError(
      await postJson("/v1/summarize", { html: "<script>var a = 1;</script>" }),
      422,
      "no_article",
    );
    // A text that is only the site's cookie notice: nothing to summarise.
    await expectError(
      await postJson("/v1/summarize", {
        text: "Datenschutz & Cookies: Diese Website verwendet Cookies.\n\nWenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.",
      }),
      422,
      "no_article",
    );
  });

  it("404 JSON for unknown routes and 404 for wrong methods on known paths", async () => {
    await expectError(await call("/nope"), 404, "not_found");
    await expectError(await call("/v1/summarize"), 404, "not_found");
  });
});

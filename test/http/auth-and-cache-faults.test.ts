import { describe, expect, it } from "vitest";
import seedHtml from "../../fixtures/seed-article.html?raw";
import type { SummaryResult } from "../../src/service/result";
import { callWithEnv, type ErrorJson } from "../helpers/worker";

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

describe("API keys", () => {
  const keys = { API_KEYS: "key-one, key-two" };

  it("401 without a key or with a wrong one, when keys are configured", async () => {
    let res = await callWithEnv(keys, "/v1/summarize", json({ html: seedHtml }));
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorJson).error.code).toBe("unauthorized");
    res = await callWithEnv(
      keys,
      "/v1/summarize",
      json({ html: seedHtml }, { authorization: "Bearer key-three" }),
    );
    expect(res.status).toBe(401);
    res = await callWithEnv(keys, "/v1/summarize", json({ html: seedHtml }, { authorization: "Basic a2V5" }));
    expect(res.status).toBe(401);
  });

  it("200 with any configured key; /health and /docs stay open", async () => {
    const res = await callWithEnv(
      keys,
      "/v1/summarize",
      json({ html: seedHtml }, { authorization: "Bearer key-two" }),
    );
    expect(res.status).toBe(200);
    expect((await callWithEnv(keys, "/health")).status).toBe(200);
    expect((await callWithEnv(keys, "/openapi.json")).status).toBe(200);
  });

  it("checks the key before reading a large body", async () => {
    const res = await callWithEnv(keys, "/v1/summarize", {
      method: "POST",
      headers: { "content-type": "text/html" },
      body: "a".repeat(6 * 1024 * 1024),
    });
    expect(res.status).toBe(401);
  });
});

describe("a failing KV degrades, it does not fail the request", () => {
  const broken = {
    get: async () => {
      throw new Error("KV GET failed: 500 Internal Server Error");
    },
    put: async () => {
      throw new Error("KV PUT failed: 429 Too Many Requests");
    },
  } as unknown as KVNamespace;

  it("computes and answers the result when KV reads and writes throw", async () => {
    const res = await callWithEnv({ CACHE: broken }, "/v1/summarize", json({ html: seedHtml }));
    expect(res.status).toBe(200);
    expect(res.headers.get("X-Cache")).toBe("MISS");
    const body = (await res.json()) as SummaryResult;
    expect(body.summary.length).toBe(3);
  });

  it("answers 404, not 500, for a stored id when KV is down", async () => {
    const res = await callWithEnv({ CACHE: broken }, `/v1/summaries/${"a".repeat(64)}`);
    expect(res.status).toBe(404);
  });
});

import { describe, expect, it } from "vitest";
import { call } from "../helpers/worker";

describe("service endpoints", () => {
  it("GET /health answers ok with the algorithm version", async () => {
    const res = await call("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", version: expect.any(String) });
  });

  it("GET /openapi.json describes every v1 route", async () => {
    const spec = (await (await call("/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(["/v1/summarize", "/v1/summaries/{id}", "/health"]),
    );
  });

  it("GET /docs is an HTML page under a strict Content-Security-Policy that loads only its own stylesheet", async () => {
    const res = await call("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const page = await res.text();
    expect(page).toContain("/v1/summarize");
    expect(page).not.toMatch(/<script/i);
    expect((await call("/docs.css")).headers.get("content-type")).toContain("text/css");
  });
});

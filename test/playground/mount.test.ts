import { describe, expect, it } from "vitest";
import { PLAYGROUND_CSP } from "../../src/routes/playground";
import { call, callWithEnv } from "../helpers/worker";

describe("the playground through the worker", () => {
  it("answers GET / with the page and its CSP, and serves its script and stylesheet", async () => {
    const page = await call("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toBe(PLAYGROUND_CSP);
    expect(await page.text()).toContain('<script src="/playground.js" defer></script>');
    expect((await call("/playground.js")).headers.get("content-type")).toMatch(/^text\/javascript/);
    expect((await call("/playground.css")).headers.get("content-type")).toMatch(/^text\/css/);
  });

  it("stays open when API keys are configured (the key goes with the API calls, typed into the page)", async () => {
    const page = await callWithEnv({ API_KEYS: "k1" }, "/");
    expect(page.status).toBe(200);
    const api = await callWithEnv({ API_KEYS: "k1" }, "/v1/languages");
    expect(api.status).toBe(401);
  });
});

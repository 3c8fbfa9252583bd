/**
 * HTTP-level fuzzing of the API with fast-check: random methods, paths, query strings, content types
 * (missing, multipart, charset parameters, junk) and bodies (random bytes, JSON of random shapes, the
 * summarize fields with wrong types, huge, negative and NaN-like values, nested objects). For every
 * request: never a 5xx; every 4xx is a JSON `{ error: { code, message } }`; markup sent in the request
 * never comes back unescaped in an error or an HTML page.
 *
 * Out of scope here (no network in tests): `url` inputs, `to` (translation), /v1/translate,
 * /v1/languages and feed refreshes, whose upstream failures are 5xx by design (502/503/504); outgoing
 * fetch is stubbed to fail the test if anything tries it. The rate limiter is unbound (every request
 * would otherwise soon be a 429): it has its own tests.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import { callWithEnv } from "../helpers/worker";

const SEED = 8088;
const RUNS = 400;
const TIMEOUT_MS = 60_000;

/** Markup that must never come back as it was sent (it would run in a browser showing the error). */
const MARKER = "<script>alert(1)</script>";
const MARKER_FOUND = /<script>alert/i;

const METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"];
const PATH_ARB = fc.oneof(
  fc.constantFrom(
    "/v1/summarize",
    "/v1/summarize/",
    `/v1/summaries/${"0".repeat(64)}`,
    "/v1/summaries/../../etc/passwd",
    "/v1/feeds",
    "/v1/feeds/news",
    "/v1/feeds/news/items",
    "/v1/nope",
    "/",
    "/docs",
    "/health",
    "/openapi.json",
    "//v1//summarize",
    "/V1/SUMMARIZE",
  ),
  fc.string({ maxLength: 30 }).map((s) => `/v1/${encodeURIComponent(s)}`),
  fc.constant(`/v1/feeds/${encodeURIComponent(MARKER)}`),
  fc.constant(`/v1/summaries/${encodeURIComponent(MARKER)}`),
  fc.constant(`/${encodeURIComponent(MARKER)}`),
);

const NUMBERISH = fc.oneof(
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-1",
    "0",
    "1.5",
    "0x10",
    "",
    " ",
    "3 ",
    "abc",
    MARKER,
  ),
  fc.integer().map(String),
  fc.double().map(String),
);
const QUERY_ARB = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom("sentences", "facts", "ratio", "lang", "fresh", "include", "limit", "title"),
        fc.string({ maxLength: 10 }),
      ),
      NUMBERISH,
    ),
    { maxLength: 4 },
  )
  .map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : ""));

const CONTENT_TYPES = fc.constantFrom(
  null,
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=utf-16",
  "application/ld+json",
  "text/html",
  "text/html; charset=windows-1251",
  "text/html; charset=x-unknown",
  'text/html; charset="shift_jis"',
  "text/plain",
  "text/plain; charset=iso-8859-1",
  "multipart/form-data; boundary=xyz",
  "application/x-www-form-urlencoded",
  "application/octet-stream",
  "text/html;;;charset",
  "*/*",
  `text/html; x=${MARKER}`,
  MARKER,
);

/** Values of every JSON type, and the hostile ones for options. */
const WILD_VALUE: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    "NaN",
    "Infinity",
    "",
    " ",
    MARKER,
    "<p>Short text.</p>",
    [],
    {},
    ["text"],
    ["text", MARKER],
    { nested: { deeper: [1, 2, { x: MARKER }] } },
  ),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const ARTICLE = `<article><h1>Bridge reopens</h1><p>The old bridge reopened on Monday after repairs that took eleven months, the council said.</p><p>Traffic is expected to return to normal by the end of the week, officials added.</p></article>`;

/** A summarize-like JSON object: real fields (each maybe of a wrong type), unknown ones, junk keys. */
const SUMMARIZE_OBJECT = fc
  .record(
    {
      html: fc.oneof(fc.constant(ARTICLE), WILD_VALUE),
      text: fc.oneof(fc.constant("The old bridge reopened on Monday. Traffic returned."), WILD_VALUE),
      title: WILD_VALUE,
      sentences: WILD_VALUE,
      facts: WILD_VALUE,
      lang: fc.oneof(fc.constantFrom("en", "pt-BR", "xx", "english!", MARKER), WILD_VALUE),
      ratio: WILD_VALUE,
      fresh: WILD_VALUE,
      include: WILD_VALUE,
      [MARKER]: WILD_VALUE,
      sentence: WILD_VALUE,
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const BODY_ARB: fc.Arbitrary<Uint8Array | string | null> = fc.oneof(
  fc.constant(null),
  SUMMARIZE_OBJECT,
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    "{",
    "[]",
    "null",
    '"str"',
    "1e999",
    '{"html": "<p>x</p>", "html": 5}',
    '{"__proto__": {"sentences": 5}, "html": "<p>x</p>"}',
    '{"constructor": {"prototype": {}}}',
    `--xyz\r\nContent-Disposition: form-data; name="html"\r\n\r\n${ARTICLE}\r\n--xyz--`,
    ARTICLE,
    `${"[".repeat(5000)}${"]".repeat(5000)}`,
    `{"html": ${JSON.stringify(MARKER)}}`,
  ),
);

/** Most requests aim at POST /v1/summarize (where bodies are read); the rest anywhere. */
const REQUEST_ARB = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      method: fc.constant("POST"),
      path: fc.constant("/v1/summarize"),
      query: QUERY_ARB,
      contentType: CONTENT_TYPES,
      body: BODY_ARB,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: fc.constantFrom(...METHODS),
      path: PATH_ARB,
      query: QUERY_ARB,
      contentType: CONTENT_TYPES,
      body: BODY_ARB,
    }),
  },
);

type FuzzRequest = typeof REQUEST_ARB extends fc.Arbitrary<infer T> ? T : never;

let fetchSpy: MockInstance<typeof fetch>;
beforeAll(() => {
  fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async () => {
    throw new Error("the fuzzer never fetches");
  });
});
afterAll(() => {
  fetchSpy.mockRestore();
});

async function send(r: FuzzRequest): Promise<Response> {
  const headers: Record<string, string> = {};
  if (r.contentType !== null) headers["content-type"] = r.contentType;
  const hasBody = r.body !== null && r.method !== "GET" && r.method !== "HEAD";
  return callWithEnv({ RATE_LIMITER: undefined }, r.path + r.query, {
    method: r.method,
    headers,
    body: hasBody ? (r.body as BodyInit) : undefined,
  });
}

async function checkResponse(r: FuzzRequest, res: Response): Promise<void> {
  const what = `${r.method} ${r.path}${r.query} [${r.contentType}] → ${res.status}`;
  expect(res.status, `never a 5xx: ${what}`).toBeLessThan(500);
  const type = res.headers.get("content-type") ?? "";
  const body = await res.text();
  if (res.status >= 400 && r.method !== "HEAD") {
    expect(type, `JSON error: ${what}`).toContain("application/json");
    const json = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof json.error?.code, `error.code: ${what}`).toBe("string");
    expect(typeof json.error?.message, `error.message: ${what}`).toBe("string");
    expect(String(json.error?.message).length).toBeGreaterThan(0);
    expect(body, `no markup echoed: ${what}`).not.toMatch(MARKER_FOUND);
  }
  if (type.includes("text/html"))
    expect(body, `no markup echoed in a page: ${what}`).not.toMatch(MARKER_FOUND);
}

describe("HTTP fuzzing", () => {
  it("answers random requests without a 5xx, with JSON errors, echoing no markup", {
    timeout: TIMEOUT_MS,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(REQUEST_ARB, async (r) => checkResponse(r, await send(r))),
      { seed: SEED, numRuns: RUNS },
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("rejects every wrong type of every summarize option with a 400 JSON error", {
    timeout: TIMEOUT_MS,
  }, async () => {
    const wrong: Record<string, unknown[]> = {
      sentences: [0, 21, -1, 2.5, "3", "NaN", "Infinity", [], {}, true, 1e308],
      facts: [-1, 21, 1.5, "3", [], {}, true, -1e308],
      ratio: [0, -0.5, 1.01, "0.5", [], {}, true, 1e308],
      lang: [42, "english!", "", [], {}, true, MARKER],
      fresh: ["yes", 1, [], {}, MARKER],
      include: ["html", 5, ["paragraphs"], {}, MARKER],
      title: [5, [], {}, true],
      html: [5, [], {}, true],
    };
    for (const [field, values] of Object.entries(wrong)) {
      for (const value of values) {
        const body = JSON.stringify({ html: ARTICLE, ...{ [field]: value } });
        const r: FuzzRequest = {
          method: "POST",
          path: "/v1/summarize",
          query: "",
          contentType: "application/json",
          body,
        };
        const res = await send(r);
        expect(res.status, `${field}=${JSON.stringify(value)}`).toBe(400);
        await checkResponse(r, res);
      }
    }
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import type { FeedView, ItemView } from "../../src/feeds/items-view";
import { FEED_INTERVAL_DEFAULT_MINUTES, FEED_ITEMS_LIMIT_MAX } from "../../src/limits";
import type { TranslatedSummary } from "../../src/translate/translation";
import { callWithEnv, type ErrorJson } from "../helpers/worker";
import { fakeAi } from "../translate/stand-ins";
import { feedFiles } from "./feed-files";
import { articlePage, drain, feedResponse, serve, type TestEnv, testEnv } from "./harness";

afterEach(() => vi.restoreAllMocks());

const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

async function code(res: Response): Promise<string> {
  return ((await res.json()) as ErrorJson).error.code;
}

describe("the feed registry: FEEDS configuration and PUT/DELETE /v1/feeds/:id", () => {
  it("adds, updates, lists and deletes API feeds next to configured ones", async () => {
    const env = testEnv({ FEEDS: "cfg-one=https://feeds.example/one.xml" });
    let res = await callWithEnv(
      env,
      "/v1/feeds/api-two",
      json("PUT", { url: "https://feeds.example/two.xml" }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      id: "api-two",
      url: "https://feeds.example/two.xml",
      source: "api",
      intervalMinutes: FEED_INTERVAL_DEFAULT_MINUTES,
      state: { lastFetchedAt: null, lastError: null, itemCount: 0 },
    });
    res = await callWithEnv(
      env,
      "/v1/feeds/api-two",
      json("PUT", { url: "https://feeds.example/two.xml", intervalMinutes: 60 }),
    );
    expect(res.status).toBe(200);

    const list = (await (await callWithEnv(env, "/v1/feeds")).json()) as { feeds: FeedView[] };
    const mine = list.feeds.filter((f) => f.id === "cfg-one" || f.id === "api-two");
    expect(mine.map((f) => [f.id, f.source, f.url, f.intervalMinutes])).toEqual([
      ["cfg-one", "config", "https://feeds.example/one.xml", FEED_INTERVAL_DEFAULT_MINUTES],
      ["api-two", "api", "https://feeds.example/two.xml", 60],
    ]);
    expect(mine[0].state).not.toHaveProperty("etag");

    expect((await callWithEnv(env, "/v1/feeds/api-two", { method: "DELETE" })).status).toBe(204);
    expect((await callWithEnv(env, "/v1/feeds/api-two")).status).toBe(404);
    expect((await callWithEnv(env, "/v1/feeds/api-two", { method: "DELETE" })).status).toBe(404);
  });

  it("409 for configured feeds; 400 for bad ids, urls, fields and intervals", async () => {
    const env = testEnv({ FEEDS: "cfg-one=https://feeds.example/one.xml" });
    let res = await callWithEnv(
      env,
      "/v1/feeds/cfg-one",
      json("PUT", { url: "https://feeds.example/x.xml" }),
    );
    expect(res.status).toBe(409);
    expect(await code(res)).toBe("conflict");
    expect((await callWithEnv(env, "/v1/feeds/cfg-one", { method: "DELETE" })).status).toBe(409);
    for (const [path, body, status, errorCode] of [
      ["/v1/feeds/Bad%20Id", { url: "https://feeds.example/x.xml" }, 400, "invalid_option"],
      ["/v1/feeds/ok", {}, 400, "invalid_url"],
      ["/v1/feeds/ok", { url: "ftp://feeds.example/x.xml" }, 400, "invalid_url"],
      ["/v1/feeds/ok", { url: "http://127.0.0.1/feed" }, 400, "invalid_url"],
      ["/v1/feeds/ok", { url: "https://feeds.example/x.xml", interval: 5 }, 400, "invalid_option"],
      ["/v1/feeds/ok", { url: "https://feeds.example/x.xml", intervalMinutes: 1 }, 400, "invalid_option"],
    ] as const) {
      res = await callWithEnv(env, path, json("PUT", body));
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(await code(res)).toBe(errorCode);
    }
  });

  it("needs an API key when keys are set", async () => {
    const env = testEnv({ API_KEYS: "k1" });
    const put = json("PUT", { url: "https://feeds.example/k.xml" });
    expect((await callWithEnv(env, "/v1/feeds/keyed", put)).status).toBe(401);
    expect((await callWithEnv(env, "/v1/feeds")).status).toBe(401);
    const authed = json("PUT", { url: "https://feeds.example/k.xml" }, { authorization: "Bearer k1" });
    expect((await callWithEnv(env, "/v1/feeds/keyed", authed)).status).toBe(201);
    const del = { method: "DELETE", headers: { authorization: "Bearer k1" } };
    expect((await callWithEnv(env, "/v1/feeds/keyed", del)).status).toBe(204);
  });

  it("reads FEEDS as id=url pairs (commas inside URLs kept) or JSON", async () => {
    const pairs = testEnv({ FEEDS: "a=https://feeds.example/a.xml?x=1,2, b=https://feeds.example/b.xml" });
    const ids = async (e: TestEnv) =>
      ((await (await callWithEnv(e, "/v1/feeds")).json()) as { feeds: FeedView[] }).feeds
        .filter((f) => f.source === "config")
        .map((f) => [f.id, f.url, f.intervalMinutes]);
    expect(await ids(pairs)).toEqual([
      ["a", "https://feeds.example/a.xml?x=1,2", FEED_INTERVAL_DEFAULT_MINUTES],
      ["b", "https://feeds.example/b.xml", FEED_INTERVAL_DEFAULT_MINUTES],
    ]);
    const asJson = testEnv({
      FEEDS: JSON.stringify([
        { id: "c", url: "https://feeds.example/c.json", intervalMinutes: 30 },
        { id: "BAD" },
      ]),
    });
    expect(await ids(asJson)).toEqual([["c", "https://feeds.example/c.json", 30]]);
  });
});

describe("POST /v1/feeds/:id/refresh and GET /v1/feeds/:id/items", () => {
  it("refresh queues the feed at once, even when it is not due", async () => {
    const env = testEnv({ FEEDS: "now=https://feeds.example/now.xml" });
    const res = await callWithEnv(env, "/v1/feeds/now/refresh", { method: "POST" });
    expect(res.status).toBe(202);
    expect(env.FEED_QUEUE.pending).toEqual([
      { kind: "feed", feedId: "now", url: "https://feeds.example/now.xml" },
    ]);
    expect((await callWithEnv(env, "/v1/feeds/none/refresh", { method: "POST" })).status).toBe(404);
  });

  it("validates limit; 404 for an unknown feed", async () => {
    const env = testEnv({ FEEDS: "lim=https://feeds.example/lim.xml" });
    for (const limit of ["0", String(FEED_ITEMS_LIMIT_MAX + 1), "2.5", "x"]) {
      const res = await callWithEnv(env, `/v1/feeds/lim/items?limit=${limit}`);
      expect(res.status, limit).toBe(400);
    }
    expect((await callWithEnv(env, "/v1/feeds/lim/items")).status).toBe(200);
    expect((await callWithEnv(env, "/v1/feeds/unknown-feed/items")).status).toBe(404);
  });

  it("`to` translates each item's title, summary and key facts, as /v1/summarize does", async () => {
    const ai = fakeAi();
    const env = testEnv({
      FEEDS: "rundschau=https://rundschau.test/news-atom.xml",
      TRANSLATOR: "workers-ai",
      AI: ai as unknown as Ai,
    });
    serve((req) => {
      if (req.url === "https://rundschau.test/news-atom.xml")
        return feedResponse(feedFiles.atomDe, "application/atom+xml", '"h1"');
      return articlePage("Eine Meldung");
    });
    await callWithEnv(env, "/v1/feeds/rundschau/refresh", { method: "POST" });
    await drain(env);
    const res = await callWithEnv(env, "/v1/feeds/rundschau/items?limit=2&to=es");
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Array<ItemView & { translation: TranslatedSummary }> };
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item.translation).toMatchObject({ lang: "es", from: "en", provider: "workers-ai" });
      expect(item.translation.summary).toEqual(item.summary.map((s) => `[es] ${s.text}`));
    }
    expect((await callWithEnv(env, "/v1/feeds/rundschau/items?to=1234")).status).toBe(400);
  });
});

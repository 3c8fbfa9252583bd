import { afterEach, describe, expect, it, vi } from "vitest";
import type { FeedView, ItemView } from "../../src/feeds/items-view";
import { FEED_MAX_ITEMS_PER_RUN } from "../../src/limits";
import type { SummaryResult } from "../../src/service/result";
import { callWithEnv } from "../helpers/worker";
import { feedFiles } from "./feed-files";
import { articlePage, deliver, drain, feedResponse, runCron, serve, testEnv } from "./harness";

afterEach(() => vi.restoreAllMocks());

const LEDGER_URL = "https://feeds.example/ledger.rss";
// Consumers stamp their work with the real clock, so cron times are taken from it too.
const T0 = new Date();
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

interface ItemsJson {
  feed: { id: string; url: string };
  items: ItemView[];
}

/** [title, link, ISO date] of the newest `n` items of the news feed, read with plain regular expressions. */
function newestLedgerEntries(n: number): Array<[string, string, string]> {
  const xml = new TextDecoder().decode(feedFiles.rss2News);
  const field = (item: string, tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(item)?.[1] ?? "";
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)]
    .map((m): [string, string, string] => [
      field(m[1], "title")
        .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .replace(/&amp;/g, "&"),
      field(m[1], "link"),
      new Date(field(m[1], "pubDate")).toISOString(),
    ])
    .sort((a, b) => (a[2] < b[2] ? 1 : a[2] > b[2] ? -1 : 0))
    .slice(0, n);
}

/** A feed server for the news feed: honours If-None-Match, serves every article page. */
function ledgerServer() {
  return serve((req) => {
    if (req.url === LEDGER_URL) {
      if (req.headers.get("if-none-match") === '"g1"') return new Response(null, { status: 304 });
      return feedResponse(feedFiles.rss2News, "application/rss+xml; charset=utf-8", '"g1"');
    }
    if (req.url.startsWith("https://www.northernledger.example/"))
      return articlePage(`Article at ${new URL(req.url).pathname}`);
    return new Response("not found", { status: 404 });
  });
}

describe("a full run: cron → feed queue → item queue → KV → GET /v1/feeds/:id/items", () => {
  it("summarises the newest entries (capped per run), lists them newest first, and a 304 run adds nothing", async () => {
    const env = testEnv({ FEEDS: `ledger=${LEDGER_URL}` });
    const seen = ledgerServer();

    await runCron(env, T0);
    expect(env.FEED_QUEUE.pending).toEqual([{ kind: "feed", feedId: "ledger", url: LEDGER_URL }]);
    const first = await drain(env);
    expect(first.every((d) => d.outcome === "ack")).toBe(true);
    const items = first.filter((d) => d.body.kind === "item");
    expect(items).toHaveLength(FEED_MAX_ITEMS_PER_RUN);
    // Every outgoing request (feed and pages) carries our User-Agent.
    expect(seen.length).toBe(1 + FEED_MAX_ITEMS_PER_RUN);
    for (const r of seen) expect(r.headers.get("user-agent")).toMatch(/^precis\//);

    const res = await callWithEnv(env, "/v1/feeds/ledger/items?limit=50");
    expect(res.status).toBe(200);
    const body = (await res.json()) as ItemsJson;
    expect(body.items).toHaveLength(FEED_MAX_ITEMS_PER_RUN);
    // Independent reading of the file (regular expressions): the newest entries by pubDate.
    expect(body.items.map((i) => [i.title, i.link, i.publishedAt])).toEqual(
      newestLedgerEntries(FEED_MAX_ITEMS_PER_RUN),
    );
    const top = body.items[0];
    expect(top.title).toBe("Tottenham 2-2 Villa: late equaliser keeps top-four race open – as it happened");
    expect(top.publishedAt).toBe("2024-03-12T21:58:03.000Z");
    expect(top.source).toBe("page");
    expect(top.summary.length).toBeGreaterThan(0);
    expect(top.summary.map((s) => s.text).join(" ")).toMatch(/Belarus|North Korea|Pyongyang/);
    const dates = body.items.map((i) => i.publishedAt ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new Set(body.items.map((i) => i.id)).size).toBe(FEED_MAX_ITEMS_PER_RUN);

    // Same core, same cache: the API answers the page from the result the item consumer stored.
    const api = await callWithEnv(env, "/v1/summarize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: top.link }),
    });
    expect(api.headers.get("X-Cache")).toBe("HIT");
    expect(((await api.json()) as SummaryResult).id).toBe(top.resultId);

    // limit
    const two = (await (await callWithEnv(env, "/v1/feeds/ledger/items?limit=2")).json()) as ItemsJson;
    expect(two.items.map((i) => i.id)).toEqual(body.items.slice(0, 2).map((i) => i.id));

    // Not due yet five minutes later; due after its 15-minute interval: conditional GET → 304 → nothing new.
    await runCron(env, minutes(5));
    expect(env.FEED_QUEUE.pending).toHaveLength(0);
    await runCron(env, minutes(15));
    expect(env.FEED_QUEUE.pending).toHaveLength(1);
    const before = seen.length;
    const second = await drain(env);
    expect(second.map((d) => d.body.kind)).toEqual(["feed"]);
    expect(seen.length).toBe(before + 1);
    expect(seen[before].headers.get("if-none-match")).toBe('"g1"');
    expect(seen[before].headers.get("if-modified-since")).toBe("Wed, 31 Jan 2018 08:00:00 GMT");
    const after = (await (await callWithEnv(env, "/v1/feeds/ledger/items?limit=50")).json()) as ItemsJson;
    expect(after.items.map((i) => i.id)).toEqual(body.items.map((i) => i.id));

    const list = (await (await callWithEnv(env, "/v1/feeds")).json()) as { feeds: FeedView[] };
    const ledger = list.feeds.find((f) => f.id === "ledger");
    expect(ledger).toMatchObject({
      url: LEDGER_URL,
      source: "config",
      intervalMinutes: 15,
      state: {
        lastStatus: 304,
        lastError: null,
        lastFetchedAt: expect.any(String),
        itemCount: FEED_MAX_ITEMS_PER_RUN,
        title: "The Northern Ledger",
      },
    });
  });

  it("processing an item twice neither duplicates it in the index nor summarises it again", async () => {
    const env = testEnv({ FEEDS: `twice=${LEDGER_URL}` });
    const seen = ledgerServer();
    await runCron(env, T0);
    const feedRun = await deliver(env, "precis-feeds", env.FEED_QUEUE.take());
    expect(feedRun[0].outcome).toBe("ack");
    const itemMessages = env.ITEM_QUEUE.take();
    await deliver(env, "precis-items", itemMessages);
    const fetchesAfterFirst = seen.length;
    // Same messages again (at-least-once delivery), one of them in the same batch twice.
    const again = await deliver(env, "precis-items", [...itemMessages, itemMessages[0]]);
    expect(again.every((d) => d.outcome === "ack")).toBe(true);
    expect(seen.length).toBe(fetchesAfterFirst);
    const body = (await (await callWithEnv(env, "/v1/feeds/twice/items?limit=50")).json()) as ItemsJson;
    expect(body.items).toHaveLength(itemMessages.length);
    expect(new Set(body.items.map((i) => i.id)).size).toBe(itemMessages.length);
  });
});

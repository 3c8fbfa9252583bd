import { env as baseEnv } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FeedView, ItemView } from "../../src/feeds/items-view";
import { QUEUE_MAX_RETRIES } from "../../src/feeds/queues";
import { RETRY_BASE_DELAY_SECONDS } from "../../src/feeds/retry";
import type { FailedItemRecord, FeedMessage, ItemMessage } from "../../src/feeds/types";
import { FEED_MAX_BYTES } from "../../src/limits";
import { callWithEnv } from "../helpers/worker";
import { feedFiles } from "./feed-files";
import { articlePage, deliver, drain, feedResponse, runCron, serve, type TestEnv, testEnv } from "./harness";

afterEach(() => vi.restoreAllMocks());

const LAST_ATTEMPT = QUEUE_MAX_RETRIES + 1;

async function feedState(env: TestEnv, id: string): Promise<FeedView["state"]> {
  const res = await callWithEnv(env, `/v1/feeds/${id}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as FeedView).state;
}

async function listedItems(env: TestEnv, id: string): Promise<ItemView[]> {
  const res = await callWithEnv(env, `/v1/feeds/${id}/items?limit=50`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: ItemView[] }).items;
}

const feedMessage = (feedId: string, url: string): FeedMessage => ({ kind: "feed", feedId, url });

describe("a feed that is not a feed, or fails", () => {
  it("records its error and does not stop the other feeds of the batch", async () => {
    const env = testEnv({
      FEEDS:
        "okjson=https://feeds.example/ok.json,htmlpage=https://feeds.example/moved,gone=https://feeds.example/gone.xml",
    });
    serve((req) => {
      if (req.url === "https://feeds.example/ok.json")
        return feedResponse(feedFiles.jsonStandard, "application/feed+json", '"j1"');
      // An HTML page where the feed used to be ("Document Moved", answered with 200).
      if (req.url === "https://feeds.example/moved")
        return new Response(feedFiles.movedPage, { headers: { "content-type": "text/html" } });
      if (req.url === "https://feeds.example/gone.xml") return new Response("gone", { status: 404 });
      return articlePage("An article");
    });
    await runCron(env, new Date());
    expect(env.FEED_QUEUE.pending.map((m) => m.feedId).sort()).toEqual(["gone", "htmlpage", "okjson"]);
    const deliveries = await drain(env);
    expect(deliveries.every((d) => d.outcome === "ack")).toBe(true);

    const html = await feedState(env, "htmlpage");
    expect(html.lastStatus).toBe(200);
    expect(html.lastError).toMatch(/not a readable RSS, Atom, RDF or JSON feed/);
    expect(html.itemCount).toBe(0);
    const gone = await feedState(env, "gone");
    expect(gone).toMatchObject({ lastStatus: 404, lastError: "the feed answered HTTP 404" });
    const ok = await feedState(env, "okjson");
    expect(ok).toMatchObject({ lastStatus: 200, lastError: null, itemCount: 2, title: "Harbourside Daily" });
    expect((await listedItems(env, "okjson")).map((i) => i.title)).toEqual([
      "Tram extension to the airport approved",
      "Fire destroys part of the old fish market",
    ]);
  });

  it("refuses a feed larger than FEED_MAX_BYTES without reading on", async () => {
    const env = testEnv({ FEEDS: "huge=https://feeds.example/huge.xml" });
    serve(
      () =>
        new Response(new Uint8Array(FEED_MAX_BYTES + 1).fill(0x20), {
          headers: { "content-type": "text/xml" },
        }),
    );
    const [d] = await deliver(env, "precis-feeds", [feedMessage("huge", "https://feeds.example/huge.xml")]);
    expect(d.outcome).toBe("ack");
    expect((await feedState(env, "huge")).lastError).toBe(`the feed is larger than ${FEED_MAX_BYTES} bytes`);
  });
});

describe("retries: 429 and 5xx with backoff, Retry-After honoured, then the dead-letter queue", () => {
  it("a 429 is retried no sooner than Retry-After; the feed is not queued again meanwhile", async () => {
    const env = testEnv({ FEEDS: "limited=https://feeds.example/limited.xml" });
    serve(() => new Response("slow down", { status: 429, headers: { "retry-after": "600" } }));
    await runCron(env, new Date());
    const [d] = await drain(env);
    expect(d).toMatchObject({ outcome: "retry", delaySeconds: 600 });
    const state = await feedState(env, "limited");
    expect(state.lastStatus).toBe(429);
    expect(state.lastError).toBe(`the feed answered HTTP 429 (attempt 1 of ${LAST_ATTEMPT})`);
    // The message is still in flight: the next cron tick does not queue the feed a second time.
    await runCron(env, new Date(Date.now() + 20 * 60_000));
    expect(env.FEED_QUEUE.pending).toHaveLength(0);
  });

  it("a 5xx backs off exponentially; a retried message that then succeeds is processed normally", async () => {
    const env = testEnv({ FEEDS: "flaky=https://feeds.example/flaky.xml" });
    let up = false;
    serve((req) => {
      if (req.url === "https://feeds.example/flaky.xml") {
        return up
          ? feedResponse(feedFiles.rdfNews, "application/rdf+xml", '"r1"')
          : new Response("down", { status: 503 });
      }
      return articlePage("Bitwire story");
    });
    const message = feedMessage("flaky", "https://feeds.example/flaky.xml");
    expect((await deliver(env, "precis-feeds", [message], 1))[0]).toMatchObject({
      outcome: "retry",
      delaySeconds: RETRY_BASE_DELAY_SECONDS,
    });
    expect((await deliver(env, "precis-feeds", [message], 3))[0]).toMatchObject({
      outcome: "retry",
      delaySeconds: RETRY_BASE_DELAY_SECONDS * 4,
    });
    expect(env.ITEM_QUEUE.pending).toHaveLength(0);
    up = true;
    expect((await deliver(env, "precis-feeds", [message], 4))[0].outcome).toBe("ack");
    expect(env.ITEM_QUEUE.pending).toHaveLength(3);
    await drain(env);
    expect(await feedState(env, "flaky")).toMatchObject({ lastError: null, lastStatus: 200, itemCount: 3 });
    expect(await listedItems(env, "flaky")).toHaveLength(3);
  });

  it("on the last attempt the message is still retried (the platform moves it to the dead-letter queue)", async () => {
    const env = testEnv({ FEEDS: "dead=https://feeds.example/dead.xml" });
    serve(() => new Response("down", { status: 502 }));
    const [d] = await deliver(
      env,
      "precis-feeds",
      [feedMessage("dead", "https://feeds.example/dead.xml")],
      LAST_ATTEMPT,
    );
    expect(d.outcome).toBe("retry");
    expect((await feedState(env, "dead")).lastError).toBe(
      `the feed answered HTTP 502 (attempt ${LAST_ATTEMPT} of ${LAST_ATTEMPT}; moved to the dead-letter queue)`,
    );
  });

  it("a message for a feed deleted since it was queued is dropped without fetching", async () => {
    const env = testEnv();
    const seen = serve(() => new Response("unexpected"));
    const [d] = await deliver(env, "precis-feeds", [
      feedMessage("nosuchfeed", "https://feeds.example/x.xml"),
    ]);
    expect(d.outcome).toBe("ack");
    expect(seen).toHaveLength(0);
  });
});

describe("a failing article page", () => {
  it("falls back to the feed's own full content; a teaser-only entry is recorded as failed, not retried", async () => {
    // JSON Feed: the newest item carries 84 words (a teaser), the older one 239 (the whole article). Its
    // links are relative, so they resolve to this test's own host (no page of it is in the cache).
    const env = testEnv({ FEEDS: "jsonfeed=https://jsonfeed.test/feed.json" });
    serve((req) => {
      if (req.url === "https://jsonfeed.test/feed.json")
        return feedResponse(feedFiles.jsonRelative, "application/feed+json", '"j1"');
      return new Response("not found", { status: 404 });
    });
    await runCron(env, new Date());
    const deliveries = await drain(env);
    expect(deliveries.map((d) => [d.body.kind, d.outcome])).toEqual([
      ["feed", "ack"],
      ["item", "ack"],
      ["item", "ack"],
    ]);
    const items = await listedItems(env, "jsonfeed");
    expect(items.map((i) => [i.title, i.source, i.link])).toEqual([
      [
        "Northbridge library reopens after a year of repairs",
        "feed",
        "https://jsonfeed.test/2024/06/07/library-reopens.html",
      ],
    ]);
    expect(items[0].summary.map((s) => s.text).join(" ")).toMatch(/library/i);
    const teaser = deliveries[1].body as ItemMessage;
    expect(teaser.title).toBe("Market square to lose half its parking spaces");
    const failed = (await baseEnv.CACHE.get(
      `feed:item:jsonfeed:${teaser.itemId}`,
      "json",
    )) as FailedItemRecord;
    expect(failed).toMatchObject({ failed: true });
    expect(failed.error).toMatch(/^upstream_error: .*HTTP 404/);
  });

  it("a page answering 503 is retried with backoff; on the last attempt the failure is recorded", async () => {
    const env = testEnv();
    serve(() => new Response("busy", { status: 503 }));
    const item: ItemMessage = {
      kind: "item",
      feedId: "pages",
      itemId: "0123456789abcdef0123456789abcdef",
      title: "A story",
      link: "https://news.example/story",
      publishedAt: null,
      content: "Only a teaser.",
    };
    const [first] = await deliver(env, "precis-items", [item], 2);
    expect(first).toMatchObject({ outcome: "retry", delaySeconds: RETRY_BASE_DELAY_SECONDS * 2 });
    expect(await baseEnv.CACHE.get(`feed:item:pages:${item.itemId}`)).toBeNull();
    const [last] = await deliver(env, "precis-items", [item], LAST_ATTEMPT);
    expect(last.outcome).toBe("retry");
    const failed = (await baseEnv.CACHE.get(`feed:item:pages:${item.itemId}`, "json")) as FailedItemRecord;
    expect(failed.error).toMatch(/HTTP 503/);
  });
});

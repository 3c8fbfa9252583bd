import { describe, expect, it } from "vitest";
import { type Candidate, mergeIndex, selectNew } from "../../src/feeds/index-update";
import { entryKey, itemId } from "../../src/feeds/item-key";
import { contentWords, FEED_FULL_CONTENT_MIN_WORDS, feedContentInput } from "../../src/feeds/item-run";
import {
  DEAD_LETTER_QUEUE_NAME,
  FEED_QUEUE_NAME,
  ITEM_QUEUE_NAME,
  QUEUE_MAX_RETRIES,
} from "../../src/feeds/queues";
import { parseRetryAfter, RETRY_MAX_DELAY_SECONDS, retryDelaySeconds } from "../../src/feeds/retry";
import { DUE_SLACK_SECONDS, isDue } from "../../src/feeds/schedule";
import { SEND_BATCH_MAX_BYTES, SEND_BATCH_MAX_MESSAGES, toBatches } from "../../src/feeds/send";
import { emptyState } from "../../src/feeds/store";
import type { FeedEntry, ItemMessage } from "../../src/feeds/types";
import { FEED_INDEX_MAX, FEED_MAX_ITEMS_PER_RUN } from "../../src/limits";
import wranglerToml from "../../wrangler.toml?raw";

const entry = (over: Partial<FeedEntry>): FeedEntry => ({
  guid: null,
  title: null,
  link: null,
  publishedAt: null,
  content: null,
  ...over,
});
const candidate = (id: string, at: string): Candidate => ({ id, at, entry: entry({ guid: id }) });
const iso = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();

describe("new entries and the bounded index", () => {
  it("selects unseen entries newest first, at most FEED_MAX_ITEMS_PER_RUN, each id once", () => {
    const index = [{ id: "seen", at: iso(5) }];
    const many = Array.from({ length: FEED_MAX_ITEMS_PER_RUN + 5 }, (_, i) =>
      candidate(`n${i}`, iso(100 + i)),
    );
    const picked = selectNew([candidate("seen", iso(5)), ...many, candidate("n3", iso(103))], index);
    expect(picked).toHaveLength(FEED_MAX_ITEMS_PER_RUN);
    expect(picked[0].id).toBe(`n${FEED_MAX_ITEMS_PER_RUN + 4}`);
    expect(picked.map((c) => c.id)).not.toContain("seen");
    expect(new Set(picked.map((c) => c.id)).size).toBe(picked.length);
  });

  it("with a full index, skips entries older than everything it keeps (history, not news)", () => {
    const index = Array.from({ length: FEED_INDEX_MAX }, (_, i) => ({ id: `k${i}`, at: iso(1000 - i) }));
    const oldest = index[index.length - 1].at;
    const picked = selectNew([candidate("older", iso(1)), candidate("newer", iso(2000))], index);
    expect(picked.map((c) => c.id)).toEqual(["newer"]);
    expect(oldest > iso(1)).toBe(true);
  });

  it("merges without duplicates, newest first, bounded by FEED_INDEX_MAX", () => {
    const index = Array.from({ length: FEED_INDEX_MAX }, (_, i) => ({ id: `k${i}`, at: iso(1000 - i) }));
    const merged = mergeIndex(index, [candidate("k0", iso(1000)), candidate("fresh", iso(5000))]);
    expect(merged).toHaveLength(FEED_INDEX_MAX);
    expect(merged[0].id).toBe("fresh");
    expect(merged.filter((e) => e.id === "k0")).toHaveLength(1);
    expect(merged.map((e) => e.id)).not.toContain(`k${FEED_INDEX_MAX - 1}`);
  });
});

describe("item keys", () => {
  it("guid first, then link, then title and content; nothing → no key", async () => {
    expect(entryKey(entry({ guid: "g", link: "https://a/1" }))).toBe("guid:g");
    expect(entryKey(entry({ link: "https://a/1", title: "t" }))).toBe("link:https://a/1");
    expect(entryKey(entry({ title: "t", content: "c" }))).toBe("text:t\nc");
    expect(entryKey(entry({}))).toBeNull();
    const a = await itemId("feed-a", "guid:g");
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(await itemId("feed-a", "guid:g")).toBe(a);
    expect(await itemId("feed-b", "guid:g")).not.toBe(a);
  });
});

describe("sendBatch limits", () => {
  it("at most 100 messages and about 256 KB per call, order kept", () => {
    const small = Array.from({ length: 250 }, (_, i) => ({ i }));
    expect(toBatches(small).map((b) => b.length)).toEqual([
      SEND_BATCH_MAX_MESSAGES,
      SEND_BATCH_MAX_MESSAGES,
      50,
    ]);
    const big = Array.from({ length: 20 }, (_, i) => ({ i, content: "x".repeat(30_000) }));
    const batches = toBatches(big);
    for (const b of batches) expect(JSON.stringify(b).length).toBeLessThanOrEqual(SEND_BATCH_MAX_BYTES + 100);
    expect(batches.flat().map((m) => m.i)).toEqual(big.map((m) => m.i));
    expect(batches.length).toBeGreaterThan(2);
  });
});

describe("retry timing and due feeds", () => {
  it("backs off exponentially, honours Retry-After (seconds or date), caps the delay", () => {
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(a, null))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(1, 600)).toBe(600);
    expect(retryDelaySeconds(4, 10)).toBe(240);
    expect(retryDelaySeconds(20, null)).toBe(RETRY_MAX_DELAY_SECONDS);
    const now = new Date("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:05:00 GMT", now)).toBe(300);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("a feed is due after its interval (less the cron slack), never while a message is in flight", () => {
    const feed = { id: "f", url: "https://x/f", intervalMinutes: 15, source: "config" as const };
    const now = new Date("2026-01-01T01:00:00Z");
    const at = (secondsAgo: number) => ({
      ...emptyState(),
      lastAttemptAt: new Date(now.getTime() - secondsAgo * 1000).toISOString(),
    });
    expect(isDue(feed, emptyState(), false, now)).toBe(true);
    expect(isDue(feed, at(15 * 60 - DUE_SLACK_SECONDS), false, now)).toBe(true);
    expect(isDue(feed, at(15 * 60 - DUE_SLACK_SECONDS - 1), false, now)).toBe(false);
    expect(isDue(feed, at(3600), true, now)).toBe(false);
  });
});

describe("the feed's own content as a fallback", () => {
  const message = (content: string | null): ItemMessage => ({
    kind: "item",
    feedId: "f",
    itemId: "i",
    title: 'A "title" & more',
    link: "https://news.example/a",
    publishedAt: "2026-01-01T00:00:00.000Z",
    content,
  });

  it("is used only when long enough to be the article, with title, date and link in a small page", () => {
    const long = Array.from({ length: FEED_FULL_CONTENT_MIN_WORDS }, (_, i) => `word${i}`).join(" ");
    expect(feedContentInput(message(null))).toBeNull();
    expect(feedContentInput(message("<p>A short teaser.</p>"))).toBeNull();
    const input = feedContentInput(message(`<p>${long}</p>`));
    expect(input).toMatchObject({ kind: "html", url: "https://news.example/a" });
    const html = input?.kind === "html" ? input.html : "";
    expect(html).toContain("<title>A &quot;title&quot; &amp; more</title>");
    expect(html).toContain('content="2026-01-01T00:00:00.000Z"');
    expect(html).toContain(`<p>${long}</p>`);
    // Plain text becomes paragraphs.
    const text = feedContentInput(message(`${long}\n\nSecond paragraph & more`));
    expect(text?.kind === "html" && text.html).toContain("<p>Second paragraph &amp; more</p>");
    expect(contentWords("<p>one <b>two</b></p> three")).toBe(3);
  });
});

describe("wrangler.toml declares what the code relies on", () => {
  it("the cron, both queues with their consumers, max_retries and the dead-letter queue", () => {
    expect(wranglerToml).toMatch(/\[triggers\]\s*\ncrons = \["[^"]+"\]/);
    for (const [binding, queue] of [
      ["FEED_QUEUE", FEED_QUEUE_NAME],
      ["ITEM_QUEUE", ITEM_QUEUE_NAME],
    ]) {
      expect(wranglerToml).toMatch(
        new RegExp(`\\[\\[queues\\.producers\\]\\]\\s*binding = "${binding}"\\s*queue = "${queue}"`),
      );
      const consumer =
        new RegExp(`\\[\\[queues\\.consumers\\]\\]\\s*queue = "${queue}"[^[]*`).exec(wranglerToml)?.[0] ?? "";
      expect(consumer).toContain(`max_retries = ${QUEUE_MAX_RETRIES}`);
      expect(consumer).toContain(`dead_letter_queue = "${DEAD_LETTER_QUEUE_NAME}"`);
    }
  });
});

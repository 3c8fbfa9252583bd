import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Env } from "../../src/config";
import { runItem } from "../../src/feeds/item-run";
import { RETRY_BASE_DELAY_SECONDS } from "../../src/feeds/retry";
import type { ItemMessage } from "../../src/feeds/types";
import { fetchPage } from "../../src/fetch/fetch-page";

afterEach(() => vi.restoreAllMocks());

function serve(res: () => Response) {
  vi.spyOn(globalThis, "fetch").mockImplementation(async () => res());
}

const message: ItemMessage = {
  kind: "item",
  feedId: "news",
  itemId: "item-1",
  title: "A story",
  link: "https://news.example/story",
  publishedAt: null,
  content: null,
};

describe("an article page's Retry-After reaches whoever retries", () => {
  it("fetchPage reports the upstream status and Retry-After in the error's details", async () => {
    serve(() => new Response("busy", { status: 503, headers: { "retry-after": "120" } }));
    const err = await fetchPage("https://news.example/story", { allowPrivate: false }).catch((e) => e);
    expect(err.code).toBe("upstream_error");
    expect(err.details).toEqual({ status: 503, retryAfterSeconds: 120 });
  });

  it("leaves Retry-After out when the site sends none", async () => {
    serve(() => new Response("gone", { status: 404 }));
    const err = await fetchPage("https://news.example/story", { allowPrivate: false }).catch((e) => e);
    expect(err.details).toEqual({ status: 404 });
  });

  it("the item consumer waits as long as a 429 page asks, rather than the shorter backoff", async () => {
    serve(() => new Response("slow down", { status: 429, headers: { "retry-after": "900" } }));
    const outcome = await runItem(env as unknown as Env, message, 1);
    expect(RETRY_BASE_DELAY_SECONDS).toBeLessThan(900);
    expect(outcome).toEqual({ action: "retry", delaySeconds: 900 });
  });

  it("without Retry-After the item consumer falls back to exponential backoff", async () => {
    serve(() => new Response("oops", { status: 500 }));
    const outcome = await runItem(env as unknown as Env, { ...message, itemId: "item-2" }, 2);
    expect(outcome).toEqual({ action: "retry", delaySeconds: RETRY_BASE_DELAY_SECONDS * 2 });
  });
});

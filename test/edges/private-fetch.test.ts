import { afterEach, describe, expect, it, vi } from "vitest";
import { FeedFetchError, fetchFeed } from "../../src/feeds/fetch-feed";
import { fetchPage } from "../../src/fetch/fetch-page";
import { callWithEnv } from "../helpers/worker";

afterEach(() => vi.restoreAllMocks());

/** One URL per kind of address that server-side fetching must refuse (literal or `localhost`). */
const PRIVATE_URLS: Array<[string, string]> = [
  ["localhost", "http://localhost:8787/a"],
  ["a *.localhost name", "http://admin.localhost/a"],
  ["IPv4 loopback", "http://127.0.0.1/a"],
  ["IPv4 loopback, other address", "http://127.10.0.2/a"],
  ["unspecified 0.0.0.0", "http://0.0.0.0/a"],
  ["private 10/8", "http://10.1.2.3/a"],
  ["private 172.16/12", "https://172.20.0.1/a"],
  ["private 192.168/16", "http://192.168.0.10/a"],
  ["link-local (cloud metadata)", "http://169.254.169.254/latest/meta-data"],
  ["IPv6 loopback", "http://[::1]/a"],
  ["IPv6 link-local", "http://[fe80::1]/a"],
  ["IPv6 unique-local", "http://[fd00::5]/a"],
  ["IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]/a"],
  ["decimal IPv4 (URL normalises it)", "http://2130706433/a"],
];

/** Outgoing fetch stand-in: answers every request with `body`, counting calls. */
function stubFetch(body: string, type: string) {
  return vi
    .spyOn(globalThis, "fetch")
    .mockImplementation(async () => new Response(body, { headers: { "content-type": type } }));
}

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title><link>https://news.example/a</link></item></channel></rss>`;

describe("url fetching refuses loopback, private and link-local addresses unless ALLOW_PRIVATE_FETCH", () => {
  it.each(PRIVATE_URLS)("article page: %s", async (_kind, url) => {
    const spy = stubFetch("<p>x</p>", "text/html");
    await expect(fetchPage(url, { allowPrivate: false })).rejects.toMatchObject({ code: "invalid_url" });
    expect(spy).not.toHaveBeenCalled();
    await expect(fetchPage(url, { allowPrivate: true })).resolves.toMatchObject({ html: "<p>x</p>" });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it.each(PRIVATE_URLS)("feed document: %s", async (_kind, url) => {
    const spy = stubFetch(RSS, "application/rss+xml");
    const refused = fetchFeed(url, { allowPrivate: false });
    await expect(refused).rejects.toBeInstanceOf(FeedFetchError);
    // Permanent: the queue does not retry it.
    await expect(refused).rejects.toMatchObject({ transient: false });
    expect(spy).not.toHaveBeenCalled();
    await expect(fetchFeed(url, { allowPrivate: true })).resolves.toMatchObject({ status: 200 });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("a feed that redirects to a private address is refused at the redirect", async () => {
    const seen: string[] = [];
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
      seen.push(new Request(input).url);
      return new Response(null, { status: 302, headers: { location: "http://169.254.169.254/feed" } });
    });
    await expect(fetchFeed("https://news.example/feed", { allowPrivate: false })).rejects.toMatchObject({
      transient: false,
    });
    expect(seen).toEqual(["https://news.example/feed"]);
  });

  it("registering a feed (PUT /v1/feeds/:id) refuses a private URL, and accepts it when allowed", async () => {
    const put = (allow: string, url: string) =>
      callWithEnv({ ALLOW_PRIVATE_FETCH: allow }, "/v1/feeds/private-check", {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url }),
      });
    for (const [, url] of PRIVATE_URLS) {
      const res = await put("false", url);
      expect(res.status, url).toBe(400);
    }
    const allowed = await put("true", "http://127.0.0.1:8000/feed.xml");
    expect(allowed.status).toBeLessThan(300);
    await callWithEnv({ ALLOW_PRIVATE_FETCH: "true" }, "/v1/feeds/private-check", { method: "DELETE" });
  });

  it("public addresses next to the private ranges are fetched", async () => {
    const spy = stubFetch("<p>x</p>", "text/html");
    for (const url of [
      "http://172.32.0.1/a",
      "http://8.8.8.8/a",
      "http://[2606:4700::1111]/a",
      "https://news.example/a",
    ]) {
      await expect(fetchPage(url, { allowPrivate: false })).resolves.toMatchObject({ html: "<p>x</p>" });
    }
    expect(spy).toHaveBeenCalledTimes(4);
  });
});

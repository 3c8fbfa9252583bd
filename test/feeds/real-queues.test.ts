import { afterEach, expect, it, vi } from "vitest";
import type { ItemView } from "../../src/feeds/items-view";
import { call } from "../helpers/worker";
import { feedFiles } from "./feed-files";
import { articlePage, feedResponse, serve } from "./harness";

afterEach(() => vi.restoreAllMocks());

it("through the real local queues of wrangler.toml: refresh → feed consumer → item consumer → items", {
  timeout: 60_000,
}, async () => {
  serve((req) => {
    if (req.url === "https://rdf.test/bitwire.rdf")
      return feedResponse(feedFiles.rdfNews, "application/rdf+xml", '"s1"');
    return articlePage("A Bitwire story");
  });
  const put = await call("/v1/feeds/bitwire", {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url: "https://rdf.test/bitwire.rdf" }),
  });
  expect(put.status).toBe(201);
  expect((await call("/v1/feeds/bitwire/refresh", { method: "POST" })).status).toBe(202);
  let items: ItemView[] = [];
  for (let i = 0; i < 100 && items.length < 3; i++) {
    await new Promise((r) => setTimeout(r, 250));
    items = ((await (await call("/v1/feeds/bitwire/items")).json()) as { items: ItemView[] }).items;
  }
  expect(items.map((i) => i.title)).toEqual([
    "Undersea Cable Cuts Outpace a Shrinking Fleet of Repair Ships",
    "City Switches 40,000 Streetlights to Open Source Controllers & Saves 30%",
    "Court Rules Retailer Must Pay for E-Bike Battery Recall",
  ]);
});

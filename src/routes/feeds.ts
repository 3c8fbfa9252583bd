/**
 * Feeds (issue 7): the registry (`GET /v1/feeds`, `PUT`/`DELETE /v1/feeds/:id`), a feed's latest
 * summarised items (`GET /v1/feeds/:id/items`) and an immediate run (`POST /v1/feeds/:id/refresh`).
 * Like every /v1 route they need an API key when keys are set (middleware in app.ts).
 */
import { Hono } from "hono";
import type { AppEnv, Env } from "../config";
import { ApiError } from "../errors";
import { feedView, itemViews, latestItems } from "../feeds/items-view";
import { clampInterval, configFeeds, FEED_ID, findFeed, listFeeds } from "../feeds/registry";
import { queueFeeds } from "../feeds/schedule";
import { deleteFeedData, getDefinition, putDefinition } from "../feeds/store";
import type { FeedDefinition } from "../feeds/types";
import { checkFetchUrl } from "../fetch/fetch-page";
import {
  FEED_INTERVAL_MAX_MINUTES,
  FEED_INTERVAL_MIN_MINUTES,
  FEED_ITEMS_LIMIT_DEFAULT,
  FEED_ITEMS_LIMIT_MAX,
  FEEDS_MAX,
} from "../limits";
import { readLanguageOption } from "../translate/service";
import { readJsonObject } from "./json-body";
import { bodyType } from "./summarize-request";

const PUT_FIELDS = new Set(["url", "intervalMinutes"]);

export const feedsRoutes = new Hono<AppEnv>()
  .get("/feeds", async function listAll(c) {
    const feeds = await listFeeds(c.env);
    return c.json({ feeds: await Promise.all(feeds.map((f) => feedView(c.env, f))) });
  })
  .get("/feeds/:id", async function getOne(c) {
    return c.json(await feedView(c.env, await existing(c.env, c.req.param("id"))));
  })
  .put("/feeds/:id", async function put(c) {
    const id = checkId(c.req.param("id"));
    if (configFeeds(c.env).some((f) => f.id === id)) {
      throw new ApiError("conflict", "this feed is defined in the FEEDS configuration; change it there");
    }
    const body = await readBody(c.req.raw);
    const feed: FeedDefinition = {
      id,
      url: checkFetchUrl(readUrl(body.url), c.env.ALLOW_PRIVATE_FETCH === "true").href,
      intervalMinutes: readInterval(body.intervalMinutes),
      source: "api",
    };
    const before = await getDefinition(c.env.CACHE, id);
    if (!before && (await listFeeds(c.env)).length >= FEEDS_MAX) {
      throw new ApiError("conflict", `the registry already holds ${FEEDS_MAX} feeds`);
    }
    // A new URL is a new feed: its validators and items do not carry over.
    if (before && before.url !== feed.url) await deleteFeedData(c.env.CACHE, id);
    if (!(await putDefinition(c.env.CACHE, feed)))
      throw new ApiError("internal", "the feed could not be stored");
    return c.json(await feedView(c.env, feed), before ? 200 : 201);
  })
  .delete("/feeds/:id", async function remove(c) {
    const feed = await existing(c.env, c.req.param("id"));
    if (feed.source === "config") {
      throw new ApiError("conflict", "this feed is defined in the FEEDS configuration; remove it there");
    }
    await deleteFeedData(c.env.CACHE, feed.id);
    return c.body(null, 204);
  })
  .get("/feeds/:id/items", async function items(c) {
    const feed = await existing(c.env, c.req.param("id"));
    const limit = readLimit(c.req.query("limit"));
    const toQuery = c.req.query("to");
    const to = toQuery === undefined ? undefined : readLanguageOption(toQuery, "to");
    const records = await latestItems(c.env, feed.id, limit);
    return c.json({ feed: { id: feed.id, url: feed.url }, items: await itemViews(c.env, records, to) });
  })
  .post("/feeds/:id/refresh", async function refresh(c) {
    const feed = await existing(c.env, c.req.param("id"));
    await queueFeeds(c.env, [feed], new Date());
    return c.json({ id: feed.id, queued: true }, 202);
  });

function checkId(id: string): string {
  if (!FEED_ID.test(id)) {
    throw new ApiError("invalid_option", "a feed id is 1-64 lowercase letters, digits, '-' or '_'");
  }
  return id;
}

async function existing(env: Env, id: string): Promise<FeedDefinition> {
  const feed = await findFeed(env, checkId(id));
  if (!feed) throw new ApiError("not_found", `no feed "${id}"`);
  return feed;
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  if (bodyType(req.headers.get("content-type") ?? undefined) !== "json") {
    throw new ApiError("unsupported_media_type", "send application/json (see /docs)");
  }
  return readJsonObject(req, PUT_FIELDS);
}

function readUrl(value: unknown): string {
  if (typeof value !== "string") throw new ApiError("invalid_url", "url (the feed's address) is required");
  return value;
}

function readInterval(value: unknown): number {
  if (value === undefined || value === null) return clampInterval(undefined);
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < FEED_INTERVAL_MIN_MINUTES ||
    value > FEED_INTERVAL_MAX_MINUTES
  ) {
    throw new ApiError(
      "invalid_option",
      `intervalMinutes must be an integer from ${FEED_INTERVAL_MIN_MINUTES} to ${FEED_INTERVAL_MAX_MINUTES}`,
    );
  }
  return value;
}

function readLimit(value: string | undefined): number {
  if (value === undefined || value === "") return FEED_ITEMS_LIMIT_DEFAULT;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > FEED_ITEMS_LIMIT_MAX) {
    throw new ApiError("invalid_option", `limit must be an integer from 1 to ${FEED_ITEMS_LIMIT_MAX}`);
  }
  return n;
}

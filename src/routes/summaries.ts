import { Hono } from "hono";
import { isResultId, resultKey } from "../cache/keys";
import { kvGetJson } from "../cache/kv";
import type { AppEnv } from "../config";
import { ApiError } from "../errors";
import { type SummaryResult, toResponseResult } from "../service/result";

/** `GET /v1/summaries/:id`: a result from the cache; 404 when absent, expired or never computed. */
export const summariesRoutes = new Hono<AppEnv>().get("/summaries/:id", async function getSummary(c) {
  const id = c.req.param("id");
  const stored = isResultId(id) ? await kvGetJson<SummaryResult>(c.env.CACHE, resultKey(id)) : null;
  if (!stored) throw new ApiError("not_found", "no summary with this id (it may have expired)");
  c.header("X-Cache", "HIT");
  return c.json(toResponseResult(stored, true, c.req.query("include") === "text"));
});

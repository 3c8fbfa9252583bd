import { Hono } from "hono";
import type { AppEnv } from "../config";
import { toResponseResult } from "../service/result";
import { summarizeInput } from "../service/summarize";
import { readSummarizeRequest } from "./summarize-request";

/** `POST /v1/summarize`: article (HTML, text or URL) → summary and key facts, through the cache. */
export const summarizeRoutes = new Hono<AppEnv>().post("/summarize", async function summarize(c) {
  const request = await readSummarizeRequest(c.req.raw, new URL(c.req.url).searchParams);
  const outcome = await summarizeInput(c.env, request.input, request.options, request.fresh);
  c.header("X-Cache", outcome.cached ? "HIT" : "MISS");
  return c.json(toResponseResult(outcome.result, outcome.cached, request.includeText));
});

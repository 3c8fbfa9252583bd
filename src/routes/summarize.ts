import { Hono } from "hono";
import type { AppEnv } from "../config";
import { toResponseResult } from "../service/result";
import { summarizeInput } from "../service/summarize";
import { readLanguageOption, translateSummary } from "../translate/service";
import { readSummarizeRequest } from "./summarize-request";

/** `POST /v1/summarize`: article (HTML, text or URL) → summary and key facts, through the cache. */
export const summarizeRoutes = new Hono<AppEnv>().post("/summarize", async function summarize(c) {
  const request = await readSummarizeRequest(c.req.raw, new URL(c.req.url).searchParams);
  // Checked before the work, so a malformed `to` costs nothing.
  const to = request.extra.to === undefined ? undefined : readLanguageOption(request.extra.to, "to");
  const outcome = await summarizeInput(c.env, request.input, request.options, request.fresh);
  c.header("X-Cache", outcome.cached ? "HIT" : "MISS");
  const body = toResponseResult(outcome.result, outcome.cached, request.includeText);
  if (to === undefined) return c.json(body);
  return c.json({
    ...body,
    translation: await translateSummary(c.env, outcome.result, to, { fresh: request.fresh }),
  });
});

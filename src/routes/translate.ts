/**
 * `POST /v1/translate`: any text into another language with the configured provider, cached.
 * `GET /v1/languages`: what that provider can translate.
 */
import { Hono } from "hono";
import type { AppEnv } from "../config";
import { ApiError } from "../errors";
import { TRANSLATE_MAX_CHARS, TRANSLATE_MAX_TEXTS } from "../limits";
import { sortedUnique } from "../translate/languages";
import { listLanguagePairs, readLanguageOption, translateTexts } from "../translate/service";
import { targetsFrom } from "../translate/supported-pairs";
import { readJsonObject } from "./json-body";
import { bodyType } from "./summarize-request";

const FIELDS = new Set(["text", "texts", "from", "to"]);

export const translateRoutes = new Hono<AppEnv>()
  .post("/translate", async function translate(c) {
    const body = await readBody(c.req.raw);
    const { texts, single } = readTexts(body);
    const to = readLanguageOption(body.to, "to");
    const from =
      body.from === undefined || body.from === null ? undefined : readLanguageOption(body.from, "from");
    const out = await translateTexts(c.env, texts, from, to);
    c.header("X-Cache", out.cached ? "HIT" : "MISS");
    const { texts: translated, ...rest } = out;
    return c.json(single ? { ...rest, text: translated[0] } : { ...rest, texts: translated });
  })
  .get("/languages", async function languages(c) {
    const fromQuery = c.req.query("from");
    const from = fromQuery === undefined ? undefined : readLanguageOption(fromQuery, "from");
    const { provider, pairs } = await listLanguagePairs(c.env);
    const sources = sortedUnique(pairs.map((p) => p.from)).filter(
      (code) => from === undefined || code === from,
    );
    return c.json({
      provider,
      languages: sources.map((code) => ({ code, targets: targetsFrom(pairs, code) })),
    });
  });

async function readBody(req: Request): Promise<Record<string, unknown>> {
  if (bodyType(req.headers.get("content-type") ?? undefined) !== "json") {
    throw new ApiError("unsupported_media_type", "send application/json (see /docs)");
  }
  return readJsonObject(req, FIELDS);
}

/** `text` (one string) or `texts` (a list), non-empty and within the limits. */
function readTexts(body: Record<string, unknown>): { texts: string[]; single: boolean } {
  if ((body.text === undefined) === (body.texts === undefined)) {
    throw new ApiError("bad_request", "give either text or texts");
  }
  const single = body.text !== undefined;
  const texts = single ? [body.text] : body.texts;
  if (
    !Array.isArray(texts) ||
    texts.length === 0 ||
    !texts.every((t) => typeof t === "string" && t.trim() !== "")
  ) {
    throw new ApiError(
      "invalid_option",
      single ? "text must be a non-empty string" : "texts must be a list of non-empty strings",
    );
  }
  if (texts.length > TRANSLATE_MAX_TEXTS) {
    throw new ApiError("invalid_option", `at most ${TRANSLATE_MAX_TEXTS} texts per request`);
  }
  const chars = texts.reduce((n: number, t: string) => n + t.length, 0);
  if (chars > TRANSLATE_MAX_CHARS) {
    throw new ApiError("invalid_option", `at most ${TRANSLATE_MAX_CHARS} characters per request`);
  }
  return { texts, single };
}

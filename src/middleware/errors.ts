import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../config";
import { ApiError, errorBody } from "../errors";

/**
 * Every error becomes `{ error: { code, message } }` with its status. Anything unexpected is logged
 * and answered 500 without internals; client input is meant never to reach that branch.
 */
export const onError: ErrorHandler<AppEnv> = function onError(err, c: Context) {
  if (err instanceof ApiError) return c.json(err.toBody(), err.status);
  if (err instanceof HTTPException) {
    const res = err.getResponse();
    if (res.headers.get("content-type")?.includes("application/json")) {
      // Already our JSON shape (auth middleware): keep status and headers, make the status 401 throughout.
      const status = res.status === 400 ? 401 : res.status;
      return new Response(res.body, { status, headers: res.headers });
    }
    return c.json(errorBody("bad_request", err.message || "bad request"), err.status);
  }
  console.error("unhandled error", err);
  return c.json(errorBody("internal", "internal error"), 500);
};

export const onNotFound: NotFoundHandler<AppEnv> = function onNotFound(c) {
  return c.json(errorBody("not_found", "no such route (see /docs)"), 404);
};

import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../config";
import { ApiError, type ErrorBody, errorBody } from "../errors";

/**
 * An error as JSON with `<`, `>` and `&` written as `\u003c`-style escapes: every JSON reader gets the
 * same message back, but the bytes hold no markup, so a message that quotes client or upstream input
 * (a field name, a content type) cannot become HTML even where a body is sniffed or embedded.
 */
export function errorResponse(body: ErrorBody, status: ContentfulStatusCode, headers?: Headers): Response {
  const json = JSON.stringify(body).replace(
    /[<>&]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  const out = new Headers(headers);
  out.set("Content-Type", "application/json; charset=utf-8");
  return new Response(json, { status, headers: out });
}

/**
 * Every error becomes `{ error: { code, message } }` with its status. Anything unexpected is logged
 * and answered 500 without internals; client input is meant never to reach that branch.
 */
export const onError: ErrorHandler<AppEnv> = function onError(err, _c: Context) {
  if (err instanceof ApiError) return errorResponse(err.toBody(), err.status);
  if (err instanceof HTTPException) {
    const res = err.getResponse();
    if (res.headers.get("content-type")?.includes("application/json")) {
      // Already our JSON shape (auth middleware): keep status and headers, make the status 401 throughout.
      const status = res.status === 400 ? 401 : res.status;
      return new Response(res.body, { status, headers: res.headers });
    }
    return errorResponse(errorBody("bad_request", err.message || "bad request"), err.status);
  }
  console.error("unhandled error", err);
  return errorResponse(errorBody("internal", "internal error"), 500);
};

export const onNotFound: NotFoundHandler<AppEnv> = function onNotFound() {
  return errorResponse(errorBody("not_found", "no such route (see /docs)"), 404);
};

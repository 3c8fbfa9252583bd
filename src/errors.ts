import type { ContentfulStatusCode } from "hono/utils/http-status";

/** Machine-readable error codes of the API; each maps to exactly one HTTP status. */
export const ERRORS = {
  bad_request: 400,
  invalid_json: 400,
  invalid_option: 400,
  invalid_url: 400,
  unauthorized: 401,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  no_article: 422,
  unsupported_language: 422,
  rate_limited: 429,
  internal: 500,
  upstream_error: 502,
  too_many_redirects: 502,
  upstream_timeout: 504,
  translation_unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERRORS;

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

/** An error meant for the client: routes throw it, `app.onError` turns it into JSON with its status. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: ContentfulStatusCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = ERRORS[code];
    this.details = details;
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

/** JSON error body for a code, for places that build a Response directly. */
export function errorBody(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

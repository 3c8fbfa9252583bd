import type { MiddlewareHandler } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { type AppEnv, apiKeys } from "../config";
import { errorBody } from "../errors";

/**
 * API keys: when the `API_KEYS` secret is set, requests need `Authorization: Bearer <key>` (401
 * otherwise). Hono's bearer-auth compares keys in constant time. When unset, the API is open.
 */
export const apiKeyAuth: MiddlewareHandler<AppEnv> = async function apiKeyAuth(c, next) {
  const keys = apiKeys(c.env);
  if (keys.length === 0) return next();
  const missing = errorBody("unauthorized", "send Authorization: Bearer <api key>");
  const invalid = errorBody("unauthorized", "the API key is not valid");
  return bearerAuth<AppEnv>({
    token: keys,
    noAuthenticationHeader: { message: missing },
    invalidAuthenticationHeader: { message: missing },
    invalidToken: { message: invalid },
  })(c, next);
};

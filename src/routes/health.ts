import { Hono } from "hono";
import type { AppEnv } from "../config";
import { ALGORITHM_VERSION } from "../core/version";

/** `GET /health`: liveness, with the algorithm version the cache keys carry. */
export const healthRoutes = new Hono<AppEnv>().get("/health", (c) =>
  c.json({ status: "ok", version: ALGORITHM_VERSION }),
);

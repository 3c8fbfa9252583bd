/**
 * The Hono app: middleware, routes, error handling. Routes are mounted from one file per resource;
 * the worker entry (index.ts) adds the scheduled and queue handlers around it.
 */
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./config";
import { errorBody } from "./errors";
import { MAX_BODY_BYTES } from "./limits";
import { apiKeyAuth } from "./middleware/api-key";
import { onError, onNotFound } from "./middleware/errors";
import { rateLimit } from "./middleware/rate-limit";
import { securityHeaders } from "./middleware/security-headers";
import { docsRoutes } from "./routes/docs";
import { feedsRoutes } from "./routes/feeds";
import { healthRoutes } from "./routes/health";
import { playgroundRoutes } from "./routes/playground";
import { summariesRoutes } from "./routes/summaries";
import { summarizeRoutes } from "./routes/summarize";
import { translateRoutes } from "./routes/translate";

export const app = new Hono<AppEnv>();

// Security headers on every response, errors included (routes' own CSPs are kept).
app.use("*", securityHeaders);
// Authenticate before reading any body, so unauthenticated clients cannot make us buffer 5 MB.
app.use("/v1/*", apiKeyAuth);
// Then count the request against its API key (or client IP): RATE_LIMITER, off when unbound.
app.use("/v1/*", rateLimit);
app.use(
  "/v1/*",
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json(errorBody("payload_too_large", `the body is larger than ${MAX_BODY_BYTES} bytes`), 413),
  }),
);

app.route("/", healthRoutes);
app.route("/", docsRoutes);
app.route("/", playgroundRoutes);
app.route("/v1", summarizeRoutes);
app.route("/v1", summariesRoutes);
app.route("/v1", translateRoutes);
app.route("/v1", feedsRoutes);

app.onError(onError);
app.notFound(onNotFound);

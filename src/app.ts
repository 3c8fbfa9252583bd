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
import { docsRoutes } from "./routes/docs";
import { healthRoutes } from "./routes/health";
import { summariesRoutes } from "./routes/summaries";
import { summarizeRoutes } from "./routes/summarize";

export const app = new Hono<AppEnv>();

// Authenticate before reading any body, so unauthenticated clients cannot make us buffer 5 MB.
app.use("/v1/*", apiKeyAuth);
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
app.route("/v1", summarizeRoutes);
app.route("/v1", summariesRoutes);

app.onError(onError);
app.notFound(onNotFound);

/** Worker entry: the HTTP app (later: scheduled feed runs and queue consumers). */
import { app } from "./app";
import type { Env } from "./config";

export default {
  fetch: app.fetch,
} satisfies ExportedHandler<Env>;

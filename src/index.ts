/** Worker entry: the HTTP app, the scheduled feed runs (Cron Trigger) and the queue consumers. */
import { app } from "./app";
import type { Env } from "./config";
import { handleQueue } from "./feeds/queue";
import { scheduleDueFeeds } from "./feeds/schedule";

export default {
  fetch: app.fetch,
  async scheduled(controller, env) {
    await scheduleDueFeeds(env, new Date(controller.scheduledTime));
  },
  queue: handleQueue,
} satisfies ExportedHandler<Env>;

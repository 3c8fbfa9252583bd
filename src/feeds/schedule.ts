/**
 * The scheduled run (Cron Trigger) and manual refresh: find the feeds that are due and queue one
 * fetch message per feed. The work itself happens in the queue consumers, spread over machines.
 */
import type { Env } from "../config";
import { FEEDS_MAX } from "../limits";
import { listFeeds } from "./registry";
import { sendAll } from "./send";
import { getState, isQueued, markQueued } from "./store";
import type { FeedDefinition, FeedMessage, FeedState } from "./types";

/**
 * Cron ticks do not land exactly on a feed's interval: a feed fetched a few seconds after one tick
 * would otherwise miss the tick that completes its interval and wait a whole extra period.
 */
export const DUE_SLACK_SECONDS = 60;

/** Due: no fetch message in flight, and its interval has passed since the last attempt. */
export function isDue(feed: FeedDefinition, state: FeedState, queued: boolean, now: Date): boolean {
  if (queued) return false;
  if (!state.lastAttemptAt) return true;
  const elapsed = now.getTime() - Date.parse(state.lastAttemptAt);
  return elapsed >= (feed.intervalMinutes * 60 - DUE_SLACK_SECONDS) * 1000;
}

export function feedMessage(feed: FeedDefinition): FeedMessage {
  return { kind: "feed", feedId: feed.id, url: feed.url };
}

/** Queues every due feed; returns their ids. */
export async function scheduleDueFeeds(env: Env, now: Date): Promise<string[]> {
  const feeds = await listFeeds(env);
  if (feeds.length > FEEDS_MAX) {
    console.warn(`${feeds.length} feeds exceed FEEDS_MAX (${FEEDS_MAX}): this run may exceed the KV budget`);
  }
  const flags = await Promise.all(
    feeds.map(async (f) => {
      const [state, queued] = await Promise.all([getState(env.CACHE, f.id), isQueued(env.CACHE, f.id)]);
      return isDue(f, state, queued, now);
    }),
  );
  const due = feeds.filter((_, i) => flags[i]);
  await queueFeeds(env, due, now);
  return due.map((f) => f.id);
}

/** Queues fetch messages (sendBatch, at most 100 a call) and marks the feeds as queued. */
export async function queueFeeds(env: Env, feeds: FeedDefinition[], now: Date): Promise<void> {
  if (feeds.length === 0) return;
  await sendAll(env.FEED_QUEUE, feeds.map(feedMessage));
  await Promise.all(feeds.map((f) => markQueued(env.CACHE, f.id, now)));
}

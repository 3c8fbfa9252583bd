/**
 * The feed consumer's work for one message: fetch the feed (conditional GET), parse it, queue one
 * item message per new entry, then record the index and the state. A feed that fails records its
 * error in its own state and never affects the other messages of the batch.
 */
import type { Env } from "../config";
import { FEED_ITEM_CONTENT_MAX_CHARS } from "../limits";
import { decodeFeed } from "./decode";
import { FeedFetchError, fetchFeed } from "./fetch-feed";
import { type Candidate, mergeIndex, selectNew, sortTime } from "./index-update";
import { entryKey, itemId } from "./item-key";
import { FeedParseError, parseFeedText } from "./parse";
import { ACK, isLastAttempt, type MessageOutcome, QUEUE_MAX_RETRIES } from "./queues";
import { findFeed } from "./registry";
import { retryDelaySeconds } from "./retry";
import { sendAll } from "./send";
import { clearQueued, getIndex, getState, putIndex, putState } from "./store";
import type { FeedEntry, FeedMessage, FeedState, ItemMessage } from "./types";

export async function runFeed(
  env: Env,
  message: FeedMessage,
  attempts: number,
  now = new Date(),
): Promise<MessageOutcome> {
  const kv = env.CACHE;
  const feed = await findFeed(env, message.feedId);
  // Deleted, or moved to another URL since queued (a newer message carries the new URL).
  if (!feed || feed.url !== message.url) return ACK;
  const state: FeedState = { ...(await getState(kv, feed.id)), lastAttemptAt: now.toISOString() };

  let fetched: Awaited<ReturnType<typeof fetchFeed>>;
  try {
    fetched = await fetchFeed(feed.url, {
      allowPrivate: env.ALLOW_PRIVATE_FETCH === "true",
      validators: { etag: state.etag, lastModified: state.lastModified },
      now,
    });
  } catch (err) {
    if (!(err instanceof FeedFetchError)) throw err;
    const outcome: MessageOutcome = err.transient
      ? { action: "retry", delaySeconds: retryDelaySeconds(attempts, err.retryAfterSeconds) }
      : ACK;
    const retryNote = err.transient
      ? ` (attempt ${attempts} of ${QUEUE_MAX_RETRIES + 1}${lastNote(attempts)})`
      : "";
    await finish(
      kv,
      feed.id,
      { ...state, lastStatus: err.status, lastError: err.message + retryNote },
      outcome,
    );
    return outcome;
  }

  if (fetched.status === 304) {
    await finish(
      kv,
      feed.id,
      { ...state, lastFetchedAt: now.toISOString(), lastStatus: 304, lastError: null, lastNewItems: 0 },
      ACK,
    );
    return ACK;
  }

  const answered = { ...state, lastFetchedAt: now.toISOString(), lastStatus: 200 };
  let entries: FeedEntry[];
  let title: string | null;
  try {
    const parsed = parseFeedText(decodeFeed(fetched.bytes, fetched.contentType).text, fetched.url);
    entries = parsed.entries;
    title = parsed.title;
  } catch (err) {
    if (!(err instanceof FeedParseError)) throw err;
    // Validators are dropped: the next run fetches the whole document again.
    await finish(kv, feed.id, { ...answered, lastError: err.message, etag: null, lastModified: null }, ACK);
    return ACK;
  }

  const index = await getIndex(kv, feed.id);
  const added = selectNew(await candidates(feed.id, entries, now), index);
  // Queue first, then record: a failure in between re-finds the same entries next time, and the
  // item consumer's per-item key makes the second delivery a no-op.
  await sendAll(
    env.ITEM_QUEUE,
    added.map((c) => itemMessage(feed.id, c)),
  );
  const nextIndex = mergeIndex(index, added);
  if (added.length > 0 && !(await putIndex(kv, feed.id, nextIndex))) {
    // Without the index, keeping the validators would make the next run answer 304 and lose the items.
    return { action: "retry", delaySeconds: retryDelaySeconds(attempts, null) };
  }
  await finish(
    kv,
    feed.id,
    {
      ...answered,
      lastError: null,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      title,
      itemCount: nextIndex.length,
      lastNewItems: added.length,
    },
    ACK,
  );
  return ACK;
}

function lastNote(attempts: number): string {
  return isLastAttempt(attempts) ? "; moved to the dead-letter queue" : "";
}

/** Records the state; the queued mark goes once the message is done with (acked). */
async function finish(kv: KVNamespace, id: string, state: FeedState, outcome: MessageOutcome): Promise<void> {
  await putState(kv, id, state);
  if (outcome.action === "ack") await clearQueued(kv, id);
}

async function candidates(feedId: string, entries: FeedEntry[], now: Date): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for (const entry of entries) {
    const key = entryKey(entry);
    if (key) out.push({ id: await itemId(feedId, key), at: sortTime(entry, now), entry });
  }
  return out;
}

function itemMessage(feedId: string, c: Candidate): ItemMessage {
  return {
    kind: "item",
    feedId,
    itemId: c.id,
    title: c.entry.title,
    link: c.entry.link,
    publishedAt: c.entry.publishedAt,
    content: c.entry.content?.slice(0, FEED_ITEM_CONTENT_MAX_CHARS) ?? null,
  };
}

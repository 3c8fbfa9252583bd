/**
 * The queue handler: each message is processed on its own and acknowledged or retried on its own, so
 * one failing feed or page never holds back (or repeats) the others of its batch.
 */
import type { Env } from "../config";
import { runFeed } from "./feed-run";
import { runItem } from "./item-run";
import type { MessageOutcome } from "./queues";
import { retryDelaySeconds } from "./retry";
import type { QueueMessage } from "./types";

export async function handleQueue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
  await Promise.all(batch.messages.map((message) => handleMessage(message, env)));
}

async function handleMessage(message: Message<unknown>, env: Env): Promise<void> {
  let outcome: MessageOutcome;
  try {
    outcome = await process(message.body, message.attempts, env);
  } catch (err) {
    // Unexpected (KV or queue failures, bugs): try again later; the dead-letter queue keeps it in the end.
    console.error(`queue message ${message.id} failed`, err);
    outcome = { action: "retry", delaySeconds: retryDelaySeconds(message.attempts, null) };
  }
  if (outcome.action === "ack") message.ack();
  else message.retry({ delaySeconds: outcome.delaySeconds });
}

function process(body: unknown, attempts: number, env: Env): Promise<MessageOutcome> {
  const m = body as Partial<QueueMessage> | null;
  if (m?.kind === "feed" && typeof m.feedId === "string" && typeof m.url === "string") {
    return runFeed(env, m as QueueMessage & { kind: "feed" }, attempts);
  }
  if (m?.kind === "item" && typeof m.feedId === "string" && typeof m.itemId === "string") {
    return runItem(env, m as QueueMessage & { kind: "item" }, attempts);
  }
  // A message we cannot read will not become readable: drop it rather than loop.
  console.warn(`dropping an unreadable queue message: ${JSON.stringify(body)?.slice(0, 200)}`);
  return Promise.resolve({ action: "ack" });
}

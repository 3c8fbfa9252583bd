/**
 * Queue settings the code relies on. They must match wrangler.toml (test/feeds/wrangler-config.test.ts
 * checks that they do).
 */

/** `max_retries` of both consumers: a message is delivered at most this + 1 times, then dead-lettered. */
export const QUEUE_MAX_RETRIES = 5;
export const FEED_QUEUE_NAME = "precis-feeds";
export const ITEM_QUEUE_NAME = "precis-items";
export const DEAD_LETTER_QUEUE_NAME = "precis-dlq";

/** What to do with one message. */
export type MessageOutcome = { action: "ack" } | { action: "retry"; delaySeconds: number };

export const ACK: MessageOutcome = { action: "ack" };

/** True on a message's last delivery: a retry now sends it to the dead-letter queue. */
export function isLastAttempt(attempts: number): boolean {
  return attempts >= QUEUE_MAX_RETRIES + 1;
}

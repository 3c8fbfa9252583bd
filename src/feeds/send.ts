/**
 * Sending messages in as few `sendBatch` calls as the platform allows: at most 100 messages and
 * 256 KB per call (Cloudflare Queues limits).
 */

export const SEND_BATCH_MAX_MESSAGES = 100;
/** 256 KB per batch, less a margin for the platform's per-message overhead. */
export const SEND_BATCH_MAX_BYTES = 250_000;

const encoder = new TextEncoder();

/** Splits messages into batches within both limits, in order. */
export function toBatches<T>(messages: T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const m of messages) {
    const size = encoder.encode(JSON.stringify(m)).length;
    if (
      current.length > 0 &&
      (current.length >= SEND_BATCH_MAX_MESSAGES || bytes + size > SEND_BATCH_MAX_BYTES)
    ) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Sends every message; a failing call throws (the caller's message is then retried). */
export async function sendAll<T>(queue: Queue<T>, messages: T[]): Promise<void> {
  for (const batch of toBatches(messages)) {
    await queue.sendBatch(batch.map((body) => ({ body, contentType: "json" as const })));
  }
}

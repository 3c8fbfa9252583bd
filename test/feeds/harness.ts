/**
 * Running the feed machinery inside workerd without timers or network: the worker's own `scheduled`
 * and `queue` handlers with queues that capture what is sent (then delivered batch by batch with
 * `createMessageBatch`), and a stubbed outgoing fetch that serves our feed fixtures.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
} from "cloudflare:test";
import { env } from "cloudflare:workers";
import { vi } from "vitest";
import seedText from "../../fixtures/seed-article.txt?raw";
import type { Env } from "../../src/config";
import type { FeedMessage, ItemMessage, QueueMessage } from "../../src/feeds/types";
import worker from "../../src/index";

/** A queue producer that keeps what is sent, counting `sendBatch` calls and their sizes. */
export class CapturingQueue<T> {
  pending: T[] = [];
  batchSizes: number[] = [];

  async send(body: T): Promise<void> {
    this.pending.push(body);
    this.batchSizes.push(1);
  }

  async sendBatch(messages: Iterable<{ body: T }>): Promise<void> {
    const list = [...messages];
    if (list.length > 100) throw new Error("sendBatch takes at most 100 messages");
    this.pending.push(...list.map((m) => m.body));
    this.batchSizes.push(list.length);
  }

  take(): T[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

export interface TestEnv extends Env {
  FEED_QUEUE: Queue<FeedMessage> & CapturingQueue<FeedMessage>;
  ITEM_QUEUE: Queue<ItemMessage> & CapturingQueue<ItemMessage>;
}

/** The worker's bindings (local KV from wrangler.toml) with capturing queues and some vars replaced. */
export function testEnv(overrides: Partial<Env> = {}): TestEnv {
  return {
    ...env,
    ...overrides,
    FEED_QUEUE: new CapturingQueue<FeedMessage>(),
    ITEM_QUEUE: new CapturingQueue<ItemMessage>(),
  } as unknown as TestEnv;
}

/** Fires the cron handler at `time`. */
export async function runCron(e: TestEnv, time: Date): Promise<void> {
  const controller = createScheduledController({ scheduledTime: time, cron: "*/5 * * * *" });
  await worker.scheduled(controller, e);
}

export interface Delivery {
  body: QueueMessage;
  attempts: number;
  outcome: "ack" | "retry" | "none";
  delaySeconds?: number;
}

let messageCounter = 0;

/** Delivers messages as one batch to the worker's queue handler; reports each message's outcome. */
export async function deliver(
  e: TestEnv,
  queue: string,
  bodies: QueueMessage[],
  attempts = 1,
): Promise<Delivery[]> {
  if (bodies.length === 0) return [];
  const messages = bodies.map((body) => ({
    id: `m${++messageCounter}`,
    timestamp: new Date(),
    attempts,
    body,
  }));
  const batch = createMessageBatch<QueueMessage>(queue, messages);
  // getQueueResult reports which messages were retried but not their delays: watch retry() for those.
  const delays = new Map<string, number | undefined>();
  for (const m of batch.messages) {
    const retry = m.retry.bind(m);
    m.retry = (options?: QueueRetryOptions) => {
      delays.set(m.id, options?.delaySeconds);
      retry(options);
    };
  }
  const ctx = createExecutionContext();
  await worker.queue(batch as MessageBatch<unknown>, e);
  const result = await getQueueResult(batch, ctx);
  return messages.map((m) => {
    if (result.retryMessages.some((r) => r.msgId === m.id)) {
      return { body: m.body, attempts, outcome: "retry", delaySeconds: delays.get(m.id) };
    }
    return { body: m.body, attempts, outcome: result.explicitAcks.includes(m.id) ? "ack" : "none" };
  });
}

/** Delivers everything queued (feeds, then the items they queue) until both queues are empty. */
export async function drain(e: TestEnv): Promise<Delivery[]> {
  const all: Delivery[] = [];
  for (;;) {
    const feeds = e.FEED_QUEUE.take();
    const items = e.ITEM_QUEUE.take();
    if (feeds.length === 0 && items.length === 0) return all;
    all.push(...(await deliver(e, "precis-feeds", feeds)));
    all.push(...(await deliver(e, "precis-items", items)));
  }
}

export interface SeenRequest {
  url: string;
  headers: Headers;
}

/** Stubs the worker's outgoing fetch with `route`; records every request. */
export function serve(route: (req: Request) => Response | Promise<Response>): SeenRequest[] {
  const seen: SeenRequest[] = [];
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const req = new Request(input, init);
    seen.push({ url: req.url, headers: req.headers });
    return route(req);
  });
  return seen;
}

/** The seed article's prose paragraphs (real news text), without its title lines, caption and subheads. */
const SEED_PARAGRAPHS = seedText
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter((p) => !p.includes("\n") && /[.!?"”]$/.test(p) && p.split(/\s+/).length > 12);

/** A news article page: the given title over the seed article's real paragraphs. */
export function articlePage(title: string): Response {
  const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = SEED_PARAGRAPHS.map((p) => `<p>${escapeText(p)}</p>`).join("\n");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(title)}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escapeText(title)}</h1>${body}</article></main>
<footer>© News</footer></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

/** A feed file as a server would send it, with validators. */
export function feedResponse(bytes: Uint8Array, contentType: string, etag: string): Response {
  return new Response(bytes, {
    headers: { "content-type": contentType, etag, "last-modified": "Wed, 31 Jan 2018 08:00:00 GMT" },
  });
}

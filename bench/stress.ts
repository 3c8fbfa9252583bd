/**
 * Load test of the worker as it runs locally: starts `wrangler dev` (local mode, free port, throwaway
 * state), waits until it answers, then drives it from this process with autocannon at several
 * concurrency levels for a bounded time each, with a mix of requests:
 *   hit        the same page again and again (answered from the KV cache)
 *   miss       unique pages (a fixture or a Zyte corpus page with a unique comment, so the cache key
 *              changes) as JSON or as an HTML body, with varying `sentences`
 *   invalid    bad JSON, wrong types, unknown fields, options out of range, 415, no article (422)
 *   oversized  a body over MAX_BODY_BYTES (413)
 *   limited    one client address over and over: 200 until the rate limit, then 429 with Retry-After
 * Every 200 is checked against the core's own output for that input, computed in this process (same
 * title, summary and key facts); every other answer against its expected status and error code.
 * Prints requests/s, p50/p99 latency and status counts per kind and level. Exits non-zero on any 5xx,
 * wrong answer, socket error or timeout. Stops wrangler at the end, always.
 * Usage: npx tsx bench/stress.ts [--duration SECONDS] [--levels 1,8,32] [--zyte N]
 */
import { readdirSync, readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import autocannon from "autocannon";
import { type LocalWorker, startLocalWorker } from "../e2e/local-worker";
import { decodeHtml } from "../src/core/charset";
import { summarizeHtml } from "../src/core/pipeline";
import { MAX_BODY_BYTES, RATE_LIMIT_PERIOD_SECONDS } from "../src/limits";
import { EXTRACTION_DATA } from "./lib/extraction-data";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
/** Seconds per concurrency level. */
const DURATION_S = Number(arg("--duration", "10"));
const LEVELS = arg("--levels", "1,8,32").split(",").map(Number);
/** Zyte corpus pages among the miss inputs (real page sizes; the fixtures are small). */
const ZYTE_PAGES = Number(arg("--zyte", "24"));
/** Share of each kind in the mix (weights). */
const MIX: Array<[Kind, number]> = [
  ["hit", 40],
  ["miss", 25],
  ["invalid", 20],
  ["oversized", 5],
  ["limited", 10],
];
/** A request slower than this counts as a timeout (a failure). */
const REQUEST_TIMEOUT_S = 30;
const SENTENCE_OPTIONS = [2, 3, 5];

type Kind = "hit" | "miss" | "invalid" | "oversized" | "limited";

/** What a request expects back. `result` means a 200 with exactly this title, summary and facts. */
type Expect =
  | { status: 200; result: Fingerprint }
  | { status: number; code: string }
  | { status: 200 | 429; result: Fingerprint; limited: true };

interface Fingerprint {
  title: string | null;
  summary: string[];
  keyFacts: string[];
}

interface Planned {
  kind: Kind;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  expect: Expect;
}

// ---------------------------------------------------------------------------------------------
// Inputs and their expected answers (computed in-process with the core).

interface PageInput {
  name: string;
  /** UTF-8 (or legacy-charset) bytes as sent, and the content type saying which. */
  bytes: Buffer;
  contentType: string;
  /** Expected answer per `sentences` value: a fingerprint, or null for "no article" (422). */
  expected: Map<number, Fingerprint | null>;
  /** The decoded page as a JSON string's inside, so a JSON body costs a concatenation, not a stringify. */
  jsonHtml: string;
}

function fingerprint(r: {
  article: { title: string | null };
  summary: { text: string }[];
  keyFacts: { text: string }[];
}) {
  return {
    title: r.article.title,
    summary: r.summary.map((s) => s.text),
    keyFacts: r.keyFacts.map((f) => f.text),
  };
}

/** What the service answers for these bytes: decoded like the route does, then the core. */
function coreAnswer(bytes: Buffer, contentType: string, sentences: number): Fingerprint | null {
  const { html } = decodeHtml(new Uint8Array(bytes), contentType);
  const r = summarizeHtml(html, { sentences, facts: 5 });
  return r.blocks.length === 0 || r.article.wordCount === 0 ? null : fingerprint(r);
}

function pageInput(name: string, bytes: Buffer, contentType: string): PageInput {
  const expected = new Map(SENTENCE_OPTIONS.map((n) => [n, coreAnswer(bytes, contentType, n)] as const));
  const html = decodeHtml(new Uint8Array(bytes), contentType).html;
  return { name, bytes, contentType, expected, jsonHtml: JSON.stringify(html).slice(1, -1) };
}

/** A unique comment in front of the page: a new cache key, the same article. */
function uniqueVariant(page: PageInput, n: number): Buffer {
  return Buffer.concat([Buffer.from(uniqueComment(n)), page.bytes]);
}

function uniqueComment(n: number): string {
  return `<!-- stress ${RUN_ID} ${n} -->\n`;
}

/** The same variant as a JSON body: what the route decodes from `uniqueVariant` (checked at start). */
function uniqueJsonBody(page: PageInput, n: number, sentences: number): Buffer {
  const head = JSON.stringify(uniqueComment(n)).slice(1, -1);
  return Buffer.from(`{"html":"${head}${page.jsonHtml}","sentences":${sentences}}`);
}

const RUN_ID = Date.now().toString(36);

function loadInputs(): PageInput[] {
  const fixtures = readdirSync(join(ROOT, "fixtures")).filter((f) => f.endsWith(".html"));
  const pages = fixtures.map((f) => {
    const bytes = readFileSync(join(ROOT, "fixtures", f));
    const type = f.includes("1251") ? "text/html; charset=windows-1251" : "text/html; charset=utf-8";
    return pageInput(`fixtures/${f}`, bytes, type);
  });
  const zyteDir = join(EXTRACTION_DATA, "scrapinghub", "html");
  const zyte = readdirSync(zyteDir)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .slice(0, ZYTE_PAGES);
  for (const f of zyte) {
    const raw = gunzipSync(readFileSync(join(zyteDir, f)));
    // Sent as UTF-8 whatever the page's own charset was.
    const html = decodeHtml(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)).html;
    pages.push(pageInput(`zyte/${f.slice(0, 12)}`, Buffer.from(html, "utf8"), "text/html; charset=utf-8"));
  }
  // The unique comment must not change the answer, and the JSON body must hold the page as the HTML
  // body would decode: check both once per page here.
  for (const p of pages) {
    const decoded = decodeHtml(new Uint8Array(uniqueVariant(p, 0)), p.contentType).html;
    const fromJson = (JSON.parse(uniqueJsonBody(p, 0, 3).toString()) as { html: string }).html;
    if (decoded !== fromJson) throw new Error(`the JSON variant of ${p.name} differs from its HTML variant`);
    const variant = coreAnswer(uniqueVariant(p, 0), p.contentType, 3);
    if (JSON.stringify(variant) !== JSON.stringify(p.expected.get(3))) {
      throw new Error(`a comment in front of ${p.name} changes the core's answer; pick another variant`);
    }
  }
  return pages;
}

// ---------------------------------------------------------------------------------------------
// The request mix.

const JSON_TYPE = { "content-type": "application/json" };

/** Invalid requests and what each must answer. */
const INVALID: Array<{
  name: string;
  headers: Record<string, string>;
  body: string;
  status: number;
  code: string;
}> = [
  { name: "bad JSON", headers: JSON_TYPE, body: '{"html": "<p>x</p>"', status: 400, code: "invalid_json" },
  { name: "JSON array", headers: JSON_TYPE, body: "[1,2,3]", status: 400, code: "invalid_json" },
  {
    name: "html not a string",
    headers: JSON_TYPE,
    body: '{"html": 42}',
    status: 400,
    code: "invalid_option",
  },
  {
    name: "sentences a string",
    headers: JSON_TYPE,
    body: '{"text": "Hi.", "sentences": "3"}',
    status: 400,
    code: "invalid_option",
  },
  {
    name: "sentences out of range",
    headers: JSON_TYPE,
    body: '{"text": "Hi.", "sentences": 99}',
    status: 400,
    code: "invalid_option",
  },
  {
    name: "unknown field",
    headers: JSON_TYPE,
    body: '{"html": "<p>x</p>", "sentence": 2}',
    status: 400,
    code: "invalid_option",
  },
  { name: "no input", headers: JSON_TYPE, body: "{}", status: 400, code: "bad_request" },
  {
    name: "url scheme",
    headers: JSON_TYPE,
    body: '{"url": "file:///etc/passwd"}',
    status: 400,
    code: "invalid_url",
  },
  {
    name: "private url",
    headers: JSON_TYPE,
    body: '{"url": "http://169.254.169.254/"}',
    status: 400,
    code: "invalid_url",
  },
  {
    name: "415 image",
    headers: { "content-type": "image/png" },
    body: "\x89PNG",
    status: 415,
    code: "unsupported_media_type",
  },
  { name: "415 none", headers: {}, body: "hello", status: 415, code: "unsupported_media_type" },
  {
    name: "no article",
    headers: JSON_TYPE,
    body: '{"html": "<nav><a href=/>Home</a></nav>"}',
    status: 422,
    code: "no_article",
  },
];

const OVERSIZED = Buffer.alloc(MAX_BODY_BYTES + 1024, "x");

/** A fresh client address per request, so only the `limited` kind meets the rate limit. */
let addressCounter = 0;
function freshAddress(): string {
  const n = addressCounter++;
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}
/** The one address of the `limited` kind (the burst phase uses its own). */
let limitedAddress = "203.0.113.1";

class Planner {
  private n = 0;
  private readonly weights: number;

  constructor(
    private readonly pages: PageInput[],
    private readonly hit: { body: Buffer; expected: Fingerprint; id: string },
  ) {
    this.weights = MIX.reduce((s, [, w]) => s + w, 0);
  }

  /** Only `limited` requests (the rate-limit burst) instead of the mix. */
  onlyLimited = false;

  /** Deterministic interleaving of the kinds by weight (no randomness: runs compare). */
  next(): Planned {
    const n = this.n++;
    if (this.onlyLimited) return this.plan("limited", n);
    let slot = (n * 7919) % this.weights;
    let kind: Kind = "hit";
    for (const [k, w] of MIX) {
      if (slot < w) {
        kind = k;
        break;
      }
      slot -= w;
    }
    return this.plan(kind, n);
  }

  private plan(kind: Kind, n: number): Planned {
    const ip = { "cf-connecting-ip": freshAddress() };
    switch (kind) {
      case "hit":
        return {
          kind,
          method: "POST",
          path: "/v1/summarize",
          headers: { ...JSON_TYPE, ...ip },
          body: this.hit.body,
          expect: { status: 200, result: this.hit.expected },
        };
      case "miss": {
        const page = this.pages[n % this.pages.length];
        const sentences = SENTENCE_OPTIONS[Math.floor(n / this.pages.length) % SENTENCE_OPTIONS.length];
        const expected = page.expected.get(sentences) ?? null;
        const expect: Expect = expected
          ? { status: 200, result: expected }
          : { status: 422, code: "no_article" };
        if (n % 2 === 0) {
          return {
            kind,
            method: "POST",
            path: `/v1/summarize?sentences=${sentences}`,
            headers: { "content-type": page.contentType, ...ip },
            body: uniqueVariant(page, n),
            expect,
          };
        }
        // As JSON: the page decoded the way the route would decode it.
        return {
          kind,
          method: "POST",
          path: "/v1/summarize",
          headers: { ...JSON_TYPE, ...ip },
          body: uniqueJsonBody(page, n, sentences),
          expect,
        };
      }
      case "invalid": {
        const bad = INVALID[n % INVALID.length];
        return {
          kind,
          method: "POST",
          path: "/v1/summarize",
          headers: { ...bad.headers, ...ip },
          body: Buffer.from(bad.body, "latin1"),
          expect: { status: bad.status, code: bad.code },
        };
      }
      case "oversized":
        return {
          kind,
          method: "POST",
          path: "/v1/summarize",
          headers: { "content-type": "text/html", ...ip },
          body: OVERSIZED,
          expect: { status: 413, code: "payload_too_large" },
        };
      case "limited":
        return {
          kind,
          method: "GET",
          path: `/v1/summaries/${this.hit.id}`,
          headers: { "cf-connecting-ip": limitedAddress },
          expect: { status: 200, result: this.hit.expected, limited: true },
        };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Checking answers.

interface KindStats {
  statuses: Map<number, number>;
  latencies: number[];
  wrong: number;
  examples: string[];
}

function newStats(): Record<Kind, KindStats> {
  const out = {} as Record<Kind, KindStats>;
  for (const [k] of MIX) out[k] = { statuses: new Map(), latencies: [], wrong: 0, examples: [] };
  return out;
}

/** Null when the answer is what `expect` says, else why not. */
function check(
  expect: Expect,
  status: number,
  body: string,
  headers: Record<string, string | string[]>,
): string | null {
  if ("limited" in expect && status === 429) {
    if (String(headers["retry-after"]) !== String(RATE_LIMIT_PERIOD_SECONDS))
      return "429 without Retry-After";
    return errorCode(body) === "rate_limited" ? null : `429 with body ${body.slice(0, 120)}`;
  }
  if (status !== expect.status) return `status ${status}, expected ${expect.status}: ${body.slice(0, 160)}`;
  if ("result" in expect) {
    let got: Fingerprint;
    try {
      got = fingerprint(JSON.parse(body));
    } catch {
      return `200 with a body that is not a result: ${body.slice(0, 160)}`;
    }
    if (JSON.stringify(got) !== JSON.stringify(expect.result)) {
      return `200 differs from the core: ${JSON.stringify(got).slice(0, 200)} vs ${JSON.stringify(expect.result).slice(0, 200)}`;
    }
    return null;
  }
  const code = errorCode(body);
  return code === expect.code ? null : `error code ${code}, expected ${expect.code}`;
}

function errorCode(body: string): string | null {
  try {
    return (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The local worker.

/** Local mode; no translation provider is needed; fetching rules as deployed (private addresses refused). */
async function startWorker(): Promise<LocalWorker> {
  const worker = await startLocalWorker(ROOT, {
    statePrefix: "precis-stress-",
    extraArgs: ["--local", "--var", "ALLOW_PRIVATE_FETCH:false"],
  });
  stopOnExit = worker.stop;
  return worker;
}

/** Set once wrangler runs: called on Ctrl-C and on any failure, so wrangler never outlives us. */
let stopOnExit: (() => Promise<void>) | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void (stopOnExit?.() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Running a level.

interface LevelReport {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  untracked: number;
  /** This process's CPU time over the level's wall time (1 = one core): what the driver took itself. */
  driverCpu: number;
  stats: Record<Kind, KindStats>;
}

async function runLevel(
  origin: string,
  planner: Planner,
  connections: number,
  amount?: number,
): Promise<LevelReport> {
  const stats = newStats();
  let untracked = 0;
  type Ctx = { planned?: Planned; start?: number };
  const instance = autocannon({
    url: origin,
    connections,
    ...(amount ? { amount } : { duration: DURATION_S }),
    timeout: REQUEST_TIMEOUT_S,
    requests: [
      {
        setupRequest(req, context) {
          const ctx = context as Ctx;
          const p = planner.next();
          ctx.planned = p;
          ctx.start = performance.now();
          return { ...req, method: p.method, path: p.path, headers: p.headers, body: p.body };
        },
        onResponse(status, body, context, headers) {
          const ctx = context as Ctx;
          const p = ctx.planned;
          if (!p || ctx.start === undefined) {
            untracked++;
            return;
          }
          const s = stats[p.kind];
          s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
          s.latencies.push(performance.now() - ctx.start);
          // autocannon keeps the header names as sent: compare them lowercased.
          const lower = Object.fromEntries(
            Object.entries(headers as object).map(([k, v]) => [k.toLowerCase(), v]),
          );
          const why = check(p.expect, status, body, lower as Record<string, string | string[]>);
          if (why) {
            s.wrong++;
            if (s.examples.length < 3) s.examples.push(`${p.method} ${p.path}: ${why}`);
          }
          ctx.planned = undefined;
        },
      },
    ],
  });
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const result = await instance;
  const cpu = process.cpuUsage(cpuBefore);
  const driverCpu = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
  return {
    driverCpu,
    connections,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    untracked,
    stats,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function printLevel(r: LevelReport, title: string): void {
  console.log(
    `\n${title}: ${r.requests} requests, ${r.rps.toFixed(1)} req/s, ` +
      `latency p50 ${r.p50} ms, p99 ${r.p99} ms; socket errors ${r.errors}, timeouts ${r.timeouts}; ` +
      `driver CPU ${(r.driverCpu * 100).toFixed(0)}% of a core`,
  );
  console.log(
    `  ${"kind".padEnd(10)} ${"count".padStart(6)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)}  statuses   wrong`,
  );
  for (const [kind] of MIX) {
    const s = r.stats[kind];
    if (s.latencies.length === 0) continue;
    const sorted = [...s.latencies].sort((a, b) => a - b);
    const statuses = [...s.statuses.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([st, c]) => `${st}×${c}`)
      .join(" ");
    console.log(
      `  ${kind.padEnd(10)} ${String(sorted.length).padStart(6)} ${percentile(sorted, 50).toFixed(1).padStart(8)} ` +
        `${percentile(sorted, 99).toFixed(1).padStart(8)}  ${statuses.padEnd(10)} ${s.wrong}`,
    );
    for (const e of s.examples) console.log(`      ! ${e}`);
  }
}

/** True when a level had no 5xx, no wrong answer, no socket error and no timeout (else prints why). */
function levelOk(r: LevelReport): boolean {
  const fivexx = Object.values(r.stats).reduce(
    (n, s) => n + [...s.statuses.entries()].filter(([st]) => st >= 500).reduce((m, [, c]) => m + c, 0),
    0,
  );
  const wrong = Object.values(r.stats).reduce((n, s) => n + s.wrong, 0);
  // One request per connection may be cut off when the time is up (autocannon stops mid-flight).
  const lost = Math.max(0, r.untracked - r.connections);
  if (fivexx + wrong + r.errors + r.timeouts + lost === 0) return true;
  console.log(
    `  FAIL: ${fivexx} 5xx, ${wrong} wrong answers, ${r.errors} socket errors, ${r.timeouts} timeouts, ${lost} lost`,
  );
  return false;
}

/** Connections of the rate-limit burst. */
const BURST_CONNECTIONS = 8;

/** `simple.limit` of the `[[ratelimits]]` block in wrangler.toml; null when there is none. */
function configuredRateLimit(): number | null {
  const toml = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
  const m = /^\[\[ratelimits\]\][^[]*?\blimit\s*=\s*(\d+)/m.exec(toml);
  return m ? Number(m[1]) : null;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  console.log(
    `Preparing inputs and the core's expected answers in-process (${ZYTE_PAGES} Zyte pages + fixtures)...`,
  );
  const pages = loadInputs();
  const seed = readFileSync(join(ROOT, "fixtures/seed-article.html"), "utf8");
  const hitExpected = coreAnswer(Buffer.from(seed), "text/html; charset=utf-8", 3);
  if (!hitExpected) throw new Error("the seed page has no article");
  const hitBody = Buffer.from(JSON.stringify({ html: seed, sentences: 3 }));

  console.log("Starting wrangler dev (local)...");
  const worker = await startWorker();
  let failures = 0;
  try {
    // Warm-up: caches the hit page (and learns its id for the `limited` kind), compiles everything.
    const warm = await fetch(`${worker.origin}/v1/summarize`, {
      method: "POST",
      headers: JSON_TYPE,
      body: hitBody,
    });
    const warmBody = (await warm.json()) as { id: string };
    if (warm.status !== 200) throw new Error(`warm-up answered ${warm.status}`);
    const planner = new Planner(pages, { body: hitBody, expected: hitExpected, id: warmBody.id });
    console.log(
      `worker at ${worker.origin}; machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}, load average ${loadavg()[0].toFixed(2)} at start; ` +
        `${DURATION_S} s per level, levels ${LEVELS.join(", ")}; mix ${MIX.map(([k, w]) => `${k} ${w}`).join(", ")}`,
    );
    for (const connections of LEVELS) {
      const r = await runLevel(worker.origin, planner, connections);
      printLevel(r, `concurrency ${connections}, ${DURATION_S} s`);
      if (!levelOk(r)) failures++;
    }
    // The mix rarely reaches the rate limit at local speeds: one address, 2 × limit + 10 requests.
    const limit = configuredRateLimit();
    if (limit !== null) {
      planner.onlyLimited = true;
      limitedAddress = "203.0.113.250";
      const r = await runLevel(worker.origin, planner, BURST_CONNECTIONS, 2 * limit + 10);
      printLevel(
        r,
        `rate-limit burst (limit ${limit} per ${RATE_LIMIT_PERIOD_SECONDS} s), one address, concurrency ${BURST_CONNECTIONS}`,
      );
      const refused = r.stats.limited.statuses.get(429) ?? 0;
      if (refused === 0) console.log("  FAIL: no request was refused");
      if (!levelOk(r) || refused === 0) failures++;
    } else {
      console.log("\nrate limiting is not bound in wrangler.toml: no burst phase");
    }
  } finally {
    await worker.stop();
  }
  console.log(
    failures === 0
      ? "\nstress: OK (no 5xx, every answer as expected)"
      : `\nstress: FAILED at ${failures} level(s)`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (err) => {
    console.error(err);
    await stopOnExit?.();
    process.exit(1);
  },
);

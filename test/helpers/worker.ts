import { env, exports } from "cloudflare:workers";
import { app } from "../../src/app";
import type { Env } from "../../src/config";

const BASE = "http://precis.test";

/** Sends a request through the real worker entry (wrangler.toml bindings, local KV). */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(BASE + path, init));
}

/** POST a JSON body to the worker. */
export function postJson(path: string, body: unknown): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** Sends a request through the same Hono app with some bindings replaced (API keys, a broken KV). */
export function callWithEnv(overrides: Partial<Env>, path: string, init?: RequestInit): Promise<Response> {
  const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
  return Promise.resolve(app.fetch(new Request(BASE + path, init), { ...env, ...overrides }, ctx));
}

export interface ErrorJson {
  error: { code: string; message: string };
}

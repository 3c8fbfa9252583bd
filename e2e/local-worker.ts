/**
 * Runs the worker locally with `wrangler dev` for the browser test and the load test (bench/stress.ts):
 * free ports, a throwaway KV directory (every run starts with an empty cache), and the process group
 * stopped afterwards.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `wrangler dev` bundles the worker and starts workerd; on a cold machine that takes a while. */
const START_TIMEOUT_MS = 90_000;
const POLL_INTERVAL_MS = 250;
/** Lines of wrangler's output kept for the error message when it does not come up. */
const LOG_LINES_KEPT = 60;

export interface LocalWorker {
  origin: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function isUp(origin: string): Promise<boolean> {
  try {
    const res = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

export interface LocalWorkerOptions {
  /** More `wrangler dev` arguments, e.g. `["--var", "ALLOW_PRIVATE_FETCH:false"]`. */
  extraArgs?: string[];
  /** Prefix of the throwaway state directory's name. */
  statePrefix?: string;
}

/** Starts `wrangler dev` from the repository root and resolves when /health answers. */
export async function startLocalWorker(root: string, options: LocalWorkerOptions = {}): Promise<LocalWorker> {
  const port = await freePort();
  const inspectorPort = await freePort();
  const state = mkdtempSync(join(tmpdir(), options.statePrefix ?? "precis-e2e-"));
  const origin = `http://127.0.0.1:${port}`;
  const log: string[] = [];
  const child: ChildProcess = spawn(
    join(root, "node_modules/.bin/wrangler"),
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--inspector-port",
      String(inspectorPort),
      "--persist-to",
      state,
      "--show-interactive-dev-session=false",
      "--log-level",
      "warn",
      ...(options.extraArgs ?? []),
    ],
    {
      cwd: root,
      // Own process group, so stopping it also stops the workerd it starts.
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1", FORCE_COLOR: "0" },
    },
  );
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split("\n").filter(Boolean));
    log.splice(0, Math.max(0, log.length - LOG_LINES_KEPT));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (exited === null && child.pid !== undefined) {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (exited === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
    rmSync(state, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) break;
    if (await isUp(origin)) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  await stop();
  const why = exited !== null ? `exited with ${exited}` : `did not answer /health in ${START_TIMEOUT_MS} ms`;
  throw new Error(`wrangler dev ${why}; its last output:\n${log.join("\n")}`);
}

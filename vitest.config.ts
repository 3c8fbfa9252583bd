import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { configDefaults, defineConfig } from "vitest/config";
import { bytesImport } from "./test/feeds/bytes-import.js";

/** Run in Node, not workerd: the browser test (e2e/) and `*.node.test.ts` files. */
const NODE_TESTS = ["e2e/**/*.test.ts", "test/**/*.node.test.ts"];

export default defineConfig({
  test: {
    projects: [
      // Most tests run inside workerd. Plugins are per project: at the root they would reach the node one too.
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } }), bytesImport()],
        test: {
          name: "workerd",
          include: ["test/**/*.test.ts"],
          setupFiles: ["./test/fast-check-seed.ts"],
          exclude: [...configDefaults.exclude, ...NODE_TESTS],
        },
      },
      // Tests that need the host (a browser, child processes, node:vm) run in plain Node.
      {
        test: {
          name: "node",
          include: NODE_TESTS,
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

// Tells `cloudflare:workers` / `cloudflare:test` what this worker's env and exports are, so tests get
// typed `env` and `exports.default`. The bindings themselves are declared once, in src/config.ts.
type PrecisWorkerEnv = import("./config").Env;

declare namespace Cloudflare {
  interface GlobalProps {
    mainModule: typeof import("./index");
  }
  interface Env extends PrecisWorkerEnv {}
}

declare module "*?raw" {
  const content: string;
  export default content;
}

import { Hono } from "hono";
import type { AppEnv } from "../config";
import { renderPlayground } from "../playground/page";
import { PLAYGROUND_JS } from "../playground/script";
import { PLAYGROUND_CSS } from "../playground/styles";

/**
 * The playground's policy: its own script and stylesheet, calls to this worker's API, nothing from
 * anywhere else, no inline code, never framed. `img-src data:` is only for the empty favicon.
 */
export const PLAYGROUND_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Script and stylesheet change only with a deploy; an hour of caching keeps repeat visits quick. */
const ASSET_CACHE_CONTROL = "public, max-age=3600";

/** `GET /` (the playground page), `/playground.js` and `/playground.css`. */
export const playgroundRoutes = new Hono<AppEnv>()
  .get("/", (c) => {
    c.header("Content-Security-Policy", PLAYGROUND_CSP);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    return c.html(renderPlayground());
  })
  .get("/playground.js", (c) => {
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", ASSET_CACHE_CONTROL);
    c.header("X-Content-Type-Options", "nosniff");
    return c.body(PLAYGROUND_JS);
  })
  .get("/playground.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", ASSET_CACHE_CONTROL);
    c.header("X-Content-Type-Options", "nosniff");
    return c.body(PLAYGROUND_CSS);
  });

import { Hono } from "hono";
import { html, raw } from "hono/html";
import type { AppEnv } from "../config";
import { openApiSpec } from "./openapi";

/** The docs page loads nothing but its own stylesheet: no scripts, no outside assets. */
export const DOCS_CSP =
  "default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code,pre{font-family:ui-monospace,monospace;background:#f3f3f3;border-radius:4px}
pre{padding:.75rem;overflow-x:auto}h2{margin-top:2.5rem;border-top:1px solid #ddd;padding-top:1rem}
.method{font-weight:700;text-transform:uppercase}table{border-collapse:collapse}td,th{padding:.2rem .6rem;border:1px solid #ddd;text-align:left}`;

type Operation = {
  summary?: string;
  parameters?: Array<{ name: string; in: string; description?: string; schema?: unknown }>;
  responses?: Record<string, { description: string }>;
};

function renderOperation(path: string, method: string, op: Operation) {
  const params = op.parameters ?? [];
  return html`<h2><span class="method">${method}</span> <code>${path}</code></h2>
<p>${op.summary ?? ""}</p>
${
  params.length
    ? html`<table><tr><th>parameter</th><th>in</th><th>schema</th><th>about</th></tr>
${params.map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.in}</td><td><code>${JSON.stringify(p.schema ?? {})}</code></td><td>${p.description ?? ""}</td></tr>`)}</table>`
    : ""
}
<table><tr><th>status</th><th>meaning</th></tr>
${Object.entries(op.responses ?? {}).map(([status, r]) => html`<tr><td>${status}</td><td>${r.description}</td></tr>`)}</table>`;
}

function renderDocs() {
  const paths = openApiSpec.paths as Record<string, Record<string, Operation>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => renderOperation(path, method, op)),
  );
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>precis API</title><link rel="stylesheet" href="/docs.css"></head>
<body><h1>precis API v1</h1>
<p>${openApiSpec.info.description}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a>.</p>
<h2>Example</h2>
<pre>${raw(`curl -s localhost:8787/v1/summarize -H 'content-type: application/json' \\
  -d '{"url":"https://example.com/news/article","sentences":3,"facts":5}'`)}</pre>
${ops}
</body></html>`;
}

/** `/openapi.json` (the spec) and `/docs` (the spec as a page). */
export const docsRoutes = new Hono<AppEnv>()
  .get("/openapi.json", (c) => c.json(openApiSpec))
  .get("/docs", (c) => {
    c.header("Content-Security-Policy", DOCS_CSP);
    return c.html(renderDocs());
  })
  .get("/docs.css", (c) => {
    c.header("Content-Type", "text/css; charset=utf-8");
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(DOCS_CSS);
  });

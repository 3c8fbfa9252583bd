/**
 * The playground's markup: a form and empty result containers that /playground.js fills from the
 * API's answer. Static apart from the option ranges (from limits.ts, so the form and the API agree);
 * no inline script or style, so the page runs under a CSP without 'unsafe-inline'.
 */
import { html } from "hono/html";
import {
  FACTS_DEFAULT,
  FACTS_MAX,
  FACTS_MIN,
  SENTENCES_DEFAULT,
  SENTENCES_MAX,
  SENTENCES_MIN,
} from "../limits";

export function renderPlayground() {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>precis playground</title>
<meta name="description" content="Summarise a news article and see where each summary sentence and key fact came from.">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/playground.css">
<script src="/playground.js" defer></script>
</head>
<body>
<a class="skip" href="#form">Skip to the form</a>
<div class="wrap">
<header class="top">
<h1>precis</h1>
<p>Give a news page's URL or paste its HTML: see the clean article text, an extractive summary and key facts, each one highlighted where it came from.</p>
<nav aria-label="Documentation"><a href="/docs">API reference</a></nav>
</header>
<noscript><p class="error">This page needs JavaScript to call the API. The API itself is described at <a href="/docs">/docs</a>.</p></noscript>
<main class="layout">
<form id="form" aria-describedby="form-about">
<p id="form-about" class="hint">Calls <code>POST /v1/summarize</code> on this worker with <code>include: "text"</code>.</p>
<fieldset>
<legend>Article</legend>
<label for="url">Page URL</label>
<input id="url" name="url" type="url" inputmode="url" autocomplete="url" placeholder="https://news.example/story" aria-describedby="url-hint">
<span id="url-hint" class="hint">Fetched by the worker. With pasted HTML it is only the page's address (links, canonical URL).</span>
<label for="html">Or paste the page's HTML</label>
<textarea id="html" name="html" rows="8" spellcheck="false" autocomplete="off" aria-describedby="html-hint"></textarea>
<span id="html-hint" class="hint">Used instead of fetching when filled.</span>
</fieldset>
<fieldset>
<legend>Options</legend>
<div class="options">
<div><label for="sentences">Summary sentences</label>
<input id="sentences" name="sentences" type="number" inputmode="numeric" min="${SENTENCES_MIN}" max="${SENTENCES_MAX}" value="${SENTENCES_DEFAULT}"></div>
<div><label for="facts">Key facts</label>
<input id="facts" name="facts" type="number" inputmode="numeric" min="${FACTS_MIN}" max="${FACTS_MAX}" value="${FACTS_DEFAULT}"></div>
<div><label for="to">Translate to</label>
<input id="to" name="to" type="text" list="languages" autocomplete="off" autocapitalize="none" spellcheck="false" placeholder="none, or e.g. es" aria-describedby="to-hint"></div>
</div>
<datalist id="languages"></datalist>
<span id="to-hint" class="hint">A language code (ISO 639-1 or 639-3); empty for no translation.</span>
<div class="check"><input id="fresh" name="fresh" type="checkbox"><label for="fresh">Skip the cache (fresh result)</label></div>
</fieldset>
<details class="key">
<summary>API key</summary>
<label for="apikey">API key (only when the service requires one)</label>
<input id="apikey" name="apikey" type="password" autocomplete="off" spellcheck="false" aria-describedby="apikey-hint">
<span id="apikey-hint" class="hint">Sent as <code>Authorization: Bearer</code>; kept in this tab's session storage only.</span>
</details>
<button id="submit" type="submit">Summarize</button>
<p id="status" class="status" role="status" aria-live="polite"></p>
</form>
<div id="output">
<div id="error" class="error" role="alert" tabindex="-1" hidden>
<p id="error-message" class="error-message"></p>
<p id="error-detail"></p>
</div>
<div id="placeholder">
<h2>What you will see</h2>
<p>The article's title, byline, date and language; the summary sentences (S1, S2…) and key facts (F1, F2…) with their kinds; the translation when you ask for one; whether the answer came from the cache and how long it took; and the extracted article text with every summary sentence and key fact marked where it came from.</p>
</div>
<section id="result" aria-labelledby="result-title" hidden>
<h2 id="result-title" tabindex="-1"></h2>
<div class="cols">
<div>
<h2>Article</h2>
<dl id="result-meta" class="meta"></dl>
</div>
<div>
<h2>This request</h2>
<dl id="result-run" class="meta"></dl>
</div>
</div>
<h2 id="summary-heading">Summary</h2>
<ol id="result-summary" class="items summary" aria-labelledby="summary-heading"></ol>
<h2 id="facts-heading">Key facts</h2>
<ol id="result-facts" class="items facts" aria-labelledby="facts-heading"></ol>
<p id="result-no-facts" hidden>No key facts were asked for or found.</p>
<section id="translation" class="translation" aria-labelledby="translation-heading" hidden>
<h2 id="translation-heading">Translation</h2>
<p id="translation-about" class="hint"></p>
<p id="translation-error" class="warn" hidden></p>
<div id="translation-body">
<p id="translation-title"></p>
<h3>Summary</h3>
<ol id="translation-summary" class="items summary"></ol>
<h3>Key facts</h3>
<ol id="translation-facts" class="items facts"></ol>
<ul id="translation-numbers" class="warn"></ul>
</div>
</section>
<h2 id="text-heading">Article text, with where the summary and facts came from</h2>
<ul class="legend" aria-label="Legend">
<li><span class="tag tag-summary">S1</span><mark class="hl hl-summary">underlined, yellow</mark>: a summary sentence</li>
<li><span class="tag tag-fact">F1</span><mark class="hl hl-fact">double rule, blue</mark>: a key fact</li>
</ul>
<div id="result-text" class="article-text" aria-labelledby="text-heading"></div>
<details class="raw">
<summary>Request and response JSON</summary>
<h3>Request body</h3>
<pre id="result-request" class="json"></pre>
<h3>Response body</h3>
<pre id="result-json" class="json"></pre>
</details>
</section>
</div>
</main>
</div>
</body>
</html>`;
}

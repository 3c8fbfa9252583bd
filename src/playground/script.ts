/**
 * The playground's browser script, served at /playground.js (the CSP allows no inline script).
 * Plain ES2020 in a string, so the page needs no build step; it is kept free of backticks and
 * dollar-brace so `String.raw` carries it verbatim.
 *
 * Rules it keeps:
 * - API data reaches the page through `textContent` and `createElement` only, never as markup.
 * - Every error shows the API's own message (or what failed on the way), never a blank page.
 * - The pure helpers (`articleText`, `highlightRanges`, `segmentText`) are top-level function
 *   declarations that touch no DOM, so a Node test can load this script in a `vm` context and
 *   check them (test/playground/highlight.node.test.ts).
 */
export const PLAYGROUND_JS = String.raw`"use strict";

/** Offsets in a result index the article text: its paragraphs joined by a blank line. */
var BLOCK_SEPARATOR = "\n\n";
/** Where the optional API key is kept: this tab only, gone when it closes. */
var API_KEY_STORAGE = "precis.apiKey";
/** Pasted HTML shown in the request preview is cut to this many characters. */
var PREVIEW_HTML_CHARS = 300;
/** A non-JSON error body is shown up to this many characters. */
var ERROR_BODY_CHARS = 300;

function articleText(paragraphs) {
  return paragraphs.map(function (p) { return p.text; }).join(BLOCK_SEPARATOR);
}

/**
 * The ranges to highlight: each summary sentence, and each key fact (its kept pieces when the fact
 * was trimmed, else its source sentence). Ranges are clipped to the text; empty ones are dropped.
 */
function highlightRanges(result, textLength) {
  var ranges = [];
  function add(kind, index, start, end) {
    if (typeof start !== "number" || typeof end !== "number") return;
    var s = Math.max(0, start);
    var e = Math.min(textLength, end);
    if (e > s) ranges.push({ kind: kind, index: index, start: s, end: e });
  }
  (result.summary || []).forEach(function (s, i) { add("summary", i, s.start, s.end); });
  (result.keyFacts || []).forEach(function (f, i) {
    var pieces = Array.isArray(f.pieces) && f.pieces.length > 0 ? f.pieces : [f.source || {}];
    pieces.forEach(function (p) { add("fact", i, p.start, p.end); });
  });
  return ranges;
}

function numbersAscending(a, b) { return a - b; }

/**
 * Cuts [from, to) of the article text into runs covered by the same ranges. Each run lists the
 * summary and fact indexes over it, and in "opens" the ranges whose first piece starts there
 * (where the S/F tag goes). Ranges may overlap: a key fact is often a summary sentence, or part of one.
 */
function segmentText(from, to, ranges) {
  var inside = ranges.filter(function (r) { return r.start < to && r.end > from; });
  var firstStart = {};
  ranges.forEach(function (r) {
    var key = r.kind + r.index;
    if (!(key in firstStart) || r.start < firstStart[key]) firstStart[key] = r.start;
  });
  var cuts = [from, to];
  inside.forEach(function (r) {
    if (r.start > from) cuts.push(r.start);
    if (r.end < to) cuts.push(r.end);
  });
  cuts = cuts.sort(numbersAscending).filter(function (c, i, all) { return i === 0 || c !== all[i - 1]; });
  var runs = [];
  for (var k = 0; k + 1 < cuts.length; k++) {
    var a = cuts[k];
    var b = cuts[k + 1];
    // Every range boundary is a cut, so a range touching [a, b) covers all of it.
    var over = inside.filter(function (r) { return r.start <= a && r.end >= b; });
    var opened = {};
    var opens = [];
    inside.forEach(function (r) {
      var key = r.kind + r.index;
      if (r.start === a && firstStart[key] === a && !opened[key]) {
        opened[key] = true;
        opens.push({ kind: r.kind, index: r.index });
      }
    });
    runs.push({
      start: a,
      end: b,
      summary: indexesOf(over, "summary"),
      facts: indexesOf(over, "fact"),
      opens: opens.sort(function (x, y) {
        return x.kind === y.kind ? x.index - y.index : x.kind === "summary" ? -1 : 1;
      }),
    });
  }
  return runs;
}

function indexesOf(ranges, kind) {
  var seen = [];
  ranges.forEach(function (r) { if (r.kind === kind && seen.indexOf(r.index) < 0) seen.push(r.index); });
  return seen.sort(numbersAscending);
}

/* ---------- DOM ---------- */

function byId(id) {
  var node = document.getElementById(id);
  if (!node) throw new Error("the page has no #" + id);
  return node;
}

function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function tagLabel(kind, index) {
  return (kind === "summary" ? "S" : "F") + (index + 1);
}

function tagName(kind, index) {
  return (kind === "summary" ? "Summary sentence " : "Key fact ") + (index + 1);
}

/** The S1/F1 tag: in the text it links to the list entry, in the list to the text. */
function tagLink(kind, index, inText) {
  var label = tagLabel(kind, index).toLowerCase();
  var link = el("a", "tag tag-" + kind, tagLabel(kind, index));
  link.id = (inText ? "at-" : "item-") + label;
  link.href = "#" + (inText ? "item-" : "at-") + label;
  link.setAttribute(
    "aria-label",
    tagName(kind, index) + (inText ? " (go to the list)" : " (show in the article text)"),
  );
  return link;
}

function languageName(code) {
  if (!code) return "";
  try {
    var names = new Intl.DisplayNames(["en"], { type: "language" });
    var name = names.of(code);
    return name && name !== code ? name : "";
  } catch (e) {
    return "";
  }
}

function withLanguageName(code) {
  var name = languageName(code);
  return name ? code + " (" + name + ")" : code;
}

function addRow(dl, term, value) {
  dl.appendChild(el("dt", "", term));
  var dd = el("dd", "", value === null || value === undefined || value === "" ? "not given" : value);
  dl.appendChild(dd);
  return dd;
}

function blockElement(block) {
  switch (block.kind) {
    case "heading": return el("h3", "b-heading");
    case "quote": return el("blockquote", "b-quote");
    case "preformatted": return el("pre", "b-pre");
    case "listItem": return el("p", "b-list li");
    case "tableRow": return el("p", "b-row");
    default: return el("p", "b-paragraph");
  }
}

function describeRun(run) {
  var parts = run.summary.map(function (i) { return tagName("summary", i); })
    .concat(run.facts.map(function (i) { return tagName("fact", i); }));
  return parts.join("; ");
}

function renderText(container, paragraphs, ranges) {
  clear(container);
  var start = 0;
  paragraphs.forEach(function (block) {
    var node = blockElement(block);
    var end = start + block.text.length;
    var blockStart = start;
    segmentText(blockStart, end, ranges).forEach(function (run) {
      run.opens.forEach(function (o) { node.appendChild(tagLink(o.kind, o.index, true)); });
      var text = block.text.slice(run.start - blockStart, run.end - blockStart);
      if (run.summary.length === 0 && run.facts.length === 0) {
        node.appendChild(document.createTextNode(text));
        return;
      }
      var cls = "hl" + (run.summary.length ? " hl-summary" : "") + (run.facts.length ? " hl-fact" : "");
      var mark = el("mark", cls, text);
      if (run.summary.length) mark.setAttribute("data-summary", run.summary.join(" "));
      if (run.facts.length) mark.setAttribute("data-fact", run.facts.join(" "));
      mark.title = describeRun(run);
      node.appendChild(mark);
    });
    container.appendChild(node);
    start = end + BLOCK_SEPARATOR.length;
  });
  if (paragraphs.length === 0) container.appendChild(el("p", "", "The answer holds no article text."));
}

function renderMeta(dl, article) {
  clear(dl);
  addRow(dl, "Byline", article.byline);
  var date = addRow(dl, "Published", null);
  if (article.publishedAt) {
    clear(date);
    var time = el("time", "", article.publishedAt);
    time.setAttribute("datetime", article.publishedAt);
    date.appendChild(time);
  }
  addRow(dl, "Language", article.lang ? withLanguageName(article.lang) : null);
  addRow(dl, "Site", article.siteName);
  addRow(dl, "URL", article.url);
  if (typeof article.wordCount === "number") {
    addRow(dl, "Length", article.wordCount + " words, about " + article.readingMinutes + " min to read");
  }
}

function renderRun(dl, run) {
  clear(dl);
  addRow(dl, "HTTP status", String(run.status));
  var cache = run.xCache || (run.result.meta && run.result.meta.cached ? "HIT" : "MISS");
  addRow(dl, "Cache", cache + (cache === "HIT" ? " (stored result)" : " (computed now)"));
  addRow(dl, "Time", Math.round(run.ms) + " ms, request to parsed answer, measured in this browser");
  var meta = run.result.meta || {};
  addRow(dl, "Result id", run.result.id);
  addRow(dl, "Algorithm", meta.version);
  addRow(dl, "Computed at", meta.createdAt);
  var cut = Array.isArray(meta.truncated) && meta.truncated.length ? meta.truncated.join("; ") : "nothing";
  addRow(dl, "Input cut", cut);
}

function renderSummary(list, summary) {
  clear(list);
  summary.forEach(function (s, i) {
    var li = el("li");
    li.appendChild(tagLink("summary", i, false));
    li.appendChild(el("span", "item-text", s.text));
    list.appendChild(li);
  });
}

function factDetails(fact) {
  var parts = [];
  if (fact.quote && fact.quote.speaker) parts.push("Quote by " + fact.quote.speaker);
  if (Array.isArray(fact.entities) && fact.entities.length) {
    parts.push("Entities: " + fact.entities.map(function (e) { return e.text + " (" + e.type + ")"; }).join(", "));
  }
  if (Array.isArray(fact.numbers) && fact.numbers.length) {
    parts.push("Numbers: " + fact.numbers.map(function (n) { return n.text; }).join(", "));
  }
  if (Array.isArray(fact.dates) && fact.dates.length) {
    parts.push("Dates: " + fact.dates.map(function (d) { return d.iso ? d.text + " (" + d.iso + ")" : d.text; }).join(", "));
  }
  return parts.join(" · ");
}

function renderFacts(list, empty, facts) {
  clear(list);
  facts.forEach(function (f, i) {
    var li = el("li");
    li.appendChild(tagLink("fact", i, false));
    li.appendChild(el("span", "kind kind-" + f.kind, f.kind));
    li.appendChild(el("span", "item-text", f.text));
    var details = factDetails(f);
    if (details) li.appendChild(el("span", "fact-details", details));
    list.appendChild(li);
  });
  list.hidden = facts.length === 0;
  empty.hidden = facts.length > 0;
}

/** Translated sentences, tagged like the originals they stand for (S1 is the first summary sentence). */
function renderTranslatedList(list, kind, texts) {
  clear(list);
  (texts || []).forEach(function (t, i) {
    var li = el("li");
    li.appendChild(el("span", "tag tag-" + kind, tagLabel(kind, i)));
    li.appendChild(el("span", "item-text", t));
    list.appendChild(li);
  });
}

var FIELD_NAMES = { title: "Title", summary: "Summary sentence", keyFacts: "Key fact", texts: "Text" };

function renderTranslation(t) {
  var section = byId("translation");
  section.hidden = !t;
  if (!t) return;
  var about = "From " + withLanguageName(t.from) + " to " + withLanguageName(t.lang) + ", by " + t.provider;
  byId("translation-about").textContent = about + (t.cached ? " (from the cache)." : ".");
  var error = byId("translation-error");
  var body = byId("translation-body");
  error.hidden = !t.error;
  body.hidden = !!t.error;
  if (t.error) {
    error.textContent = "The translation failed: " + t.error;
    return;
  }
  byId("translation-title").textContent = t.title ? "Title: " + t.title : "";
  renderTranslatedList(byId("translation-summary"), "summary", t.summary);
  renderTranslatedList(byId("translation-facts"), "fact", t.keyFacts);
  var numbers = byId("translation-numbers");
  clear(numbers);
  (t.numbersMissing || []).forEach(function (m) {
    var where = FIELD_NAMES[m.field] || m.field;
    var label = m.field === "title" ? where : where + " " + (m.index + 1);
    numbers.appendChild(el("li", "", label + " lost numbers in translation: " + m.numbers.join(", ")));
  });
}

function showResult(result, request, response) {
  var paragraphs = Array.isArray(result.paragraphs) ? result.paragraphs : [];
  var text = articleText(paragraphs);
  var article = result.article || {};
  byId("result-title").textContent = article.title || "(the page gives no title)";
  renderMeta(byId("result-meta"), article);
  renderRun(byId("result-run"), { status: response.status, xCache: response.xCache, ms: response.ms, result: result });
  renderSummary(byId("result-summary"), result.summary || []);
  renderFacts(byId("result-facts"), byId("result-no-facts"), result.keyFacts || []);
  renderTranslation(result.translation);
  renderText(byId("result-text"), paragraphs, highlightRanges(result, text.length));
  byId("result-request").textContent = JSON.stringify(previewRequest(request), null, 2);
  byId("result-json").textContent = JSON.stringify(result, null, 2);
  byId("placeholder").hidden = true;
  byId("error").hidden = true;
  byId("result").hidden = false;
  byId("result-title").focus();
}

function previewRequest(body) {
  var copy = Object.assign({}, body);
  if (typeof copy.html === "string" && copy.html.length > PREVIEW_HTML_CHARS) {
    copy.html = copy.html.slice(0, PREVIEW_HTML_CHARS) + "… (" + body.html.length + " characters in all)";
  }
  return copy;
}

/** Shows a failure: the API's own message when it sent one. */
function showError(message, detail) {
  byId("error-message").textContent = message;
  byId("error-detail").textContent = detail || "";
  byId("error-detail").hidden = !detail;
  byId("result").hidden = true;
  byId("placeholder").hidden = true;
  var box = byId("error");
  box.hidden = false;
  box.focus();
}

function apiErrorText(status, statusText, data, rawText) {
  var err = data && typeof data === "object" ? data.error : null;
  if (err && typeof err.message === "string") {
    var detail = "HTTP " + status + " · " + err.code;
    var d = err.details;
    if (d && Array.isArray(d.supportedTargets)) {
      detail += " · languages it can translate into: " + (d.supportedTargets.join(", ") || "none");
    } else if (d && typeof d === "object") {
      detail += " · " + JSON.stringify(d);
    }
    return { message: err.message, detail: detail };
  }
  var body = (rawText || "").trim().slice(0, ERROR_BODY_CHARS);
  return {
    message: "The service answered HTTP " + status + (statusText ? " " + statusText : "") + " without an error message.",
    detail: body,
  };
}

/* ---------- form ---------- */

function numberField(id) {
  var value = byId(id).value.trim();
  return value === "" ? undefined : Number(value);
}

/** The request body; fields left empty are left out, so the API's own checks and messages apply. */
function requestBody() {
  var body = { include: "text" };
  var url = byId("url").value.trim();
  var html = byId("html").value;
  if (html.trim() !== "") body.html = html;
  if (url !== "") body.url = url;
  var sentences = numberField("sentences");
  if (sentences !== undefined) body.sentences = sentences;
  var facts = numberField("facts");
  if (facts !== undefined) body.facts = facts;
  var to = byId("to").value.trim();
  if (to !== "") body.to = to;
  if (byId("fresh").checked) body.fresh = true;
  return body;
}

function authHeaders() {
  var key = byId("apikey").value.trim();
  return key ? { authorization: "Bearer " + key } : {};
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

var busy = false;

function setBusy(on, message) {
  busy = on;
  byId("submit").disabled = on;
  byId("output").setAttribute("aria-busy", on ? "true" : "false");
  byId("status").textContent = message;
}

async function onSubmit(event) {
  event.preventDefault();
  if (busy) return;
  var body = requestBody();
  setBusy(true, "Summarizing…");
  var started = performance.now();
  var res;
  var raw;
  try {
    res = await fetch("/v1/summarize", {
      method: "POST",
      headers: Object.assign({ "content-type": "application/json", accept: "application/json" }, authHeaders()),
      body: JSON.stringify(body),
    });
    raw = await res.text();
  } catch (err) {
    setBusy(false, "The request failed.");
    showError("Could not reach the service: " + (err && err.message ? err.message : String(err)), "");
    return;
  }
  var ms = performance.now() - started;
  var data = parseJson(raw);
  if (!res.ok || !data || data.error) {
    var shown = apiErrorText(res.status, res.statusText, data, raw);
    setBusy(false, "Failed with HTTP " + res.status + ".");
    showError(shown.message, shown.detail);
    return;
  }
  try {
    var xCache = res.headers.get("x-cache");
    showResult(data, body, { status: res.status, xCache: xCache, ms: ms });
    setBusy(false, "Done in " + Math.round(ms) + " ms" + (xCache ? " (cache " + xCache + ")." : "."));
  } catch (err) {
    setBusy(false, "The answer could not be shown.");
    showError("The answer could not be shown: " + (err && err.message ? err.message : String(err)), "");
  }
}

/** Fills the language suggestions from GET /v1/languages; without a provider there are none. */
async function loadLanguages() {
  try {
    var res = await fetch("/v1/languages", { headers: Object.assign({ accept: "application/json" }, authHeaders()) });
    if (!res.ok) return;
    var data = await res.json();
    var codes = [];
    (data.languages || []).forEach(function (l) {
      (l.targets || []).forEach(function (t) { if (typeof t === "string" && codes.indexOf(t) < 0) codes.push(t); });
    });
    var list = byId("languages");
    clear(list);
    codes.sort().forEach(function (code) {
      var option = el("option");
      option.value = code;
      var name = languageName(code);
      if (name) option.label = name;
      list.appendChild(option);
    });
  } catch (e) {
    // Suggestions only: the field still takes any code, and the API says when it cannot translate.
  }
}

function keepApiKey() {
  var input = byId("apikey");
  try {
    input.value = sessionStorage.getItem(API_KEY_STORAGE) || "";
    if (input.value) input.closest("details").open = true;
  } catch (e) {
    // Storage blocked: the key then lasts as long as the page.
  }
  // A new key may open the language list that a missing one was refused.
  input.addEventListener("change", loadLanguages);
  input.addEventListener("input", function () {
    try {
      if (input.value) sessionStorage.setItem(API_KEY_STORAGE, input.value);
      else sessionStorage.removeItem(API_KEY_STORAGE);
    } catch (e) {
      // as above
    }
  });
}

function start() {
  byId("form").addEventListener("submit", onSubmit);
  keepApiKey();
  loadLanguages();
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
`;

/**
 * Extraction evaluation, ours and @mozilla/readability on linkedom side by side, in one run:
 *  - Zyte article-extraction-benchmark (181 news pages): F1 / precision / recall / accuracy with the
 *    benchmark's own shingle metric (bench/lib/shingles.ts), which reproduces the published scores
 *    from output/*.json (printed as a check);
 *  - trafilatura's evaluation corpus (990 pages): its with/without snippet metric, and the share of
 *    pages whose title, author and date match the corpus's hand-set metadata where it gives them;
 *  - Mozilla Readability's test pages (130): share of pages whose title, byline, published time and
 *    language match the expected metadata, and whether non-article pages are recognised.
 * Usage: [DIGITS=5] npx tsx bench/eval-extract.ts [--only zyte|trafilatura|mozilla] [--no-baseline]
 *          [--worst N] [--page ID-or-file-or-name]
 */
import { writeFileSync } from "node:fs";
import { normaliseDate } from "../src/core/extract/dates";
import { extractArticleStrict } from "../src/core/extract/index";
import { normaliseLang } from "../src/core/extract/metadata";
import { articleText } from "../src/core/text/article-text";
import type { Article } from "../src/core/types";
import {
  loadMozilla,
  loadTrafilatura,
  loadZyte,
  loadZyteOutput,
  type TrafilaturaPage,
} from "./lib/extraction-data";
import { sameAuthor, sameDay, sameTitle } from "./lib/metadata-match";
import { runReadability } from "./lib/readability-baseline";
import {
  type CorpusScore,
  type PageScore,
  pageF1,
  pagePrecisionRecall,
  scoreCorpus,
  scorePage,
} from "./lib/shingles";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? "") : null;
};
const only = flag("--only");
const baseline = !args.includes("--no-baseline");
const worst = Number(flag("--worst") ?? 0);
const pageArg = flag("--page");
/** Writes per-page results (ours) to this JSON file, to compare two versions page by page. */
const dumpFile = flag("--dump");
const dump: Record<string, unknown> = {};

/** Published tools re-scored with our metric, to check it against the published figures. */
const PUBLISHED = ["rs_trafilatura", "trafilatura", "newspaper", "readability_js", "goose3", "justext"];

let failures = 0;
function ours(html: string, url?: string): Article {
  try {
    return extractArticleStrict(html, { url });
  } catch (e) {
    failures++;
    console.error(`THROWS on ${url}: ${(e as Error).stack}`);
    return {
      title: null,
      byline: null,
      publishedAt: null,
      siteName: null,
      url: null,
      lang: null,
      description: null,
      blocks: [],
    };
  }
}

/** Decimals printed (DIGITS=5 tells apart changes smaller than the third decimal). */
const pct = (x: number) => x.toFixed(Number(process.env.DIGITS ?? 3));
function row(name: string, s: CorpusScore) {
  console.log(
    `  ${name.padEnd(30)} F1 ${pct(s.f1)}  precision ${pct(s.precision)}  recall ${pct(s.recall)}  accuracy ${pct(s.accuracy)}`,
  );
}

function zyte() {
  const pages = loadZyte();
  console.log(`\nZyte article-extraction-benchmark (${pages.length} pages; shingle metric)`);
  for (const tool of PUBLISHED) {
    const out = loadZyteOutput(tool);
    row(`${tool} (published output)`, scoreCorpus(pages.map((p) => scorePage(p.truth, out[p.id] ?? ""))));
  }
  const scores: Array<{ id: string; url: string; s: PageScore; text: string }> = [];
  for (const p of pages) {
    const text = articleText(ours(p.html, p.url).blocks);
    scores.push({ id: p.id, url: p.url, s: scorePage(p.truth, text), text });
    dump[p.id] = { f1: pageF1(scores[scores.length - 1].s), url: p.url };
  }
  if (baseline) {
    row(
      "Readability.js + linkedom (run)",
      scoreCorpus(pages.map((p) => scorePage(p.truth, runReadability(p.html).text))),
    );
  }
  row("precis (ours)", scoreCorpus(scores.map((x) => x.s)));
  if (worst > 0) {
    const sorted = [...scores].sort((a, b) => pageF1(a.s) - pageF1(b.s)).slice(0, worst);
    for (const x of sorted) {
      const { precision, recall } = pagePrecisionRecall(x.s);
      console.log(
        `    F1 ${pct(pageF1(x.s))} P ${pct(precision ?? 0)} R ${pct(recall ?? 0)} ${x.id.slice(0, 12)} ${x.url}`,
      );
    }
  }
  if (pageArg) {
    const p = pages.find((x) => x.id.startsWith(pageArg));
    if (p) {
      const a = ours(p.html, p.url);
      console.log(`--- ours (${p.url})\n${a.blocks.map((b) => `[${b.kind}] ${b.text}`).join("\n")}`);
      console.log(`--- truth\n${p.truth}`);
    }
  }
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

function trafilatura() {
  const pages = loadTrafilatura();
  console.log(`\ntrafilatura evaluation corpus (${pages.length} pages; with/without snippets)`);
  type Got = { text: string; title: string | null; byline: string | null; date: string | null };
  const systems: Array<[string, (html: string, url: string) => Got]> = [];
  if (baseline)
    systems.push([
      "Readability.js + linkedom (run)",
      (html) => {
        const r = runReadability(html);
        return { text: r.text, title: r.title, byline: r.byline, date: r.publishedTime };
      },
    ]);
  systems.push([
    "precis (ours)",
    (html, url) => {
      const a = ours(html, url);
      return { text: articleText(a.blocks), title: a.title, byline: a.byline, date: a.publishedAt };
    },
  ]);
  const metaRows: string[] = [];
  for (const [name, run] of systems) {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    let tn = 0;
    const perPage: Array<{ url: string; miss: string[]; extra: string[] }> = [];
    const meta = new MetaTally();
    for (const p of pages) {
      const got = run(p.html, p.url);
      meta.add(p, got, worst > 0 && name.startsWith("precis"));
      const text = norm(got.text);
      const miss: string[] = [];
      const extra: string[] = [];
      for (const w of p.with) {
        if (text.includes(norm(w))) tp++;
        else {
          fn++;
          miss.push(w);
        }
      }
      for (const w of p.without) {
        if (text.includes(norm(w))) {
          fp++;
          extra.push(w);
        } else tn++;
      }
      perPage.push({ url: p.url, miss, extra });
      if (name.startsWith("precis")) dump[p.url] = { miss, extra };
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    const accuracy = (tp + tn) / (tp + tn + fp + fn);
    row(name, { f1, precision, recall, accuracy, pages: pages.length });
    metaRows.push(`  ${name.padEnd(30)} ${meta.summary()}`);
    if (worst > 0 && name.startsWith("precis")) {
      for (const m of meta.misses.slice(0, worst * 3)) console.log(m);
      const bad = perPage
        .filter((x) => x.miss.length + x.extra.length > 0)
        .sort((a, b) => b.miss.length + b.extra.length - (a.miss.length + a.extra.length))
        .slice(0, worst);
      for (const b of bad)
        console.log(
          `    -${b.miss.length} +${b.extra.length} ${b.url}  miss=${JSON.stringify(b.miss.slice(0, 2))} extra=${JSON.stringify(b.extra.slice(0, 2))}`,
        );
    }
  }
  console.log("  metadata matches on the pages that give a value (title / author / date):");
  for (const r of metaRows) console.log(r);
  if (pageArg) {
    const p = pages.find((x) => x.file.startsWith(pageArg) || x.url.includes(pageArg));
    if (p) {
      console.log(
        `--- ours (${p.url})\n${ours(p.html, p.url)
          .blocks.map((b) => `[${b.kind}] ${b.text}`)
          .join("\n")}`,
      );
      console.log(`--- with ${JSON.stringify(p.with)}\n--- without ${JSON.stringify(p.without)}`);
    }
  }
}

/** Title, author and date matches against trafilatura's hand-set metadata (bench/lib/metadata-match.ts). */
class MetaTally {
  hits = { title: 0, author: 0, date: 0 };
  given = { title: 0, author: 0, date: 0 };
  misses: string[] = [];

  add(
    page: TrafilaturaPage,
    got: { title: string | null; byline: string | null; date: string | null },
    keepMisses: boolean,
  ) {
    const checks = [
      ["title", got.title, page.meta.title, sameTitle],
      ["author", got.byline, page.meta.author, sameAuthor],
      ["date", got.date, page.meta.date, sameDay],
    ] as const;
    for (const [field, value, expected, same] of checks) {
      if (expected === null) continue;
      this.given[field]++;
      if (same(value, expected)) this.hits[field]++;
      else if (keepMisses)
        this.misses.push(
          `    ${field}: got ${JSON.stringify(value)} expected ${JSON.stringify(expected)}  ${page.file}`,
        );
    }
  }

  summary(): string {
    const share = (f: keyof MetaTally["hits"]) =>
      `${f} ${pct(this.given[f] ? this.hits[f] / this.given[f] : 0)} (${this.given[f]})`;
    return `${share("title")}  ${share("author")}  ${share("date")}`;
  }
}

/** Same instant (or same day for date-only values). */
function sameDate(a: string | null, b: string | null): boolean {
  const x = normaliseDate(a);
  const y = normaliseDate(b);
  if (x === null || y === null) return x === y;
  if (x.length === 10 || y.length === 10) return x.slice(0, 10) === y.slice(0, 10);
  const tx = Date.parse(x);
  const ty = Date.parse(y);
  return Number.isNaN(tx) || Number.isNaN(ty) ? x === y : tx === ty;
}
const sameText = (a: string | null, b: string | null) => (a ? norm(a) : null) === (b ? norm(b) : null);
const sameLang = (a: string | null, b: string | null) => normaliseLang(a) === normaliseLang(b);

function mozilla() {
  const pages = loadMozilla();
  console.log(
    `\nMozilla Readability test pages (${pages.length}): metadata matches (all pages / pages with a value)`,
  );
  type Got = {
    title: string | null;
    byline: string | null;
    date: string | null;
    lang: string | null;
    article: boolean;
  };
  const systems: Array<[string, (html: string) => Got]> = [];
  if (baseline) {
    systems.push([
      "Readability.js + linkedom (run)",
      (html) => {
        const r = runReadability(html, true);
        return {
          title: r.title,
          byline: r.byline,
          date: r.publishedTime,
          lang: r.lang,
          article: r.readerable,
        };
      },
    ]);
  }
  systems.push([
    "precis (ours)",
    (html) => {
      const a = ours(html);
      return {
        title: a.title,
        byline: a.byline,
        date: a.publishedAt,
        lang: a.lang,
        article: a.blocks.length > 0,
      };
    },
  ]);
  const fields = ["title", "byline", "date", "lang"] as const;
  for (const [name, run] of systems) {
    const hit = { title: 0, byline: 0, date: 0, lang: 0 };
    const hitWithValue = { title: 0, byline: 0, date: 0, lang: 0 };
    const withValue = { title: 0, byline: 0, date: 0, lang: 0 };
    let readerableRight = 0;
    let nonArticles = 0;
    let nonArticlesRight = 0;
    const misses: string[] = [];
    for (const p of pages) {
      const got = run(p.html);
      const e = p.expected;
      const expected = { title: e.title, byline: e.byline, date: e.publishedTime, lang: e.lang };
      const same = {
        title: sameText(got.title, expected.title),
        byline: sameText(got.byline, expected.byline),
        date: sameDate(got.date, expected.date),
        lang: sameLang(got.lang, expected.lang),
      };
      for (const f of fields) {
        if (same[f]) hit[f]++;
        if (expected[f]) {
          withValue[f]++;
          if (same[f]) hitWithValue[f]++;
        }
        if (!same[f] && worst > 0 && name.startsWith("precis")) {
          misses.push(
            `    ${p.name} ${f}: got ${JSON.stringify(got[f])} expected ${JSON.stringify(expected[f])}`,
          );
        }
      }
      if (got.article === e.readerable) readerableRight++;
      if (!e.readerable) {
        nonArticles++;
        if (!got.article) nonArticlesRight++;
      }
    }
    const share = (f: (typeof fields)[number]) =>
      `${f} ${pct(hit[f] / pages.length)} / ${pct(withValue[f] ? hitWithValue[f] / withValue[f] : 0)} (${withValue[f]})`;
    console.log(`  ${name.padEnd(30)} ${fields.map(share).join("  ")}`);
    console.log(
      `  ${"".padEnd(30)} article/non-article right ${pct(readerableRight / pages.length)}; non-articles recognised ${nonArticlesRight}/${nonArticles}`,
    );
    for (const m of misses.slice(0, worst * 4)) console.log(m);
  }
}

if (!only || only === "zyte") zyte();
if (!only || only === "trafilatura") trafilatura();
if (!only || only === "mozilla") mozilla();
if (dumpFile) writeFileSync(dumpFile, JSON.stringify(dump, null, 1));
console.log(`\nextractor exceptions: ${failures}`);
if (failures > 0) process.exitCode = 1;

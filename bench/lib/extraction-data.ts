/**
 * Loaders for the three extraction corpora in ../shared/data/extraction (read-only, never copied into
 * the repository). Pages are decoded from bytes with the service's own charset logic (decodeHtml), as
 * a fetched page would be.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeHtml } from "../../src/core/charset";

export const EXTRACTION_DATA = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../shared/data/extraction",
);

function readHtml(path: string): string {
  const raw = readFileSync(path);
  const bytes = path.endsWith(".gz") ? gunzipSync(raw) : raw;
  return decodeHtml(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)).html;
}

export interface ZytePage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

/** The Zyte / Scrapinghub article-extraction-benchmark: 181 news pages with their article body. */
export function loadZyte(): ZytePage[] {
  const dir = join(EXTRACTION_DATA, "scrapinghub");
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url,
      html: readHtml(join(dir, "html", `${id}.html.gz`)),
      truth: truth[id].articleBody,
    }));
}

/** A published tool output of the Zyte benchmark (`output/<tool>.json`): id → article body. */
export function loadZyteOutput(tool: string): Record<string, string> {
  const raw = JSON.parse(
    readFileSync(join(EXTRACTION_DATA, "scrapinghub", "output", `${tool}.json`), "utf8"),
  );
  const out = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
  const result: Record<string, string> = {};
  for (const [id, v] of Object.entries(out)) result[id] = v?.articleBody ?? "";
  return result;
}

export interface TrafilaturaPage {
  url: string;
  file: string;
  html: string;
  with: string[];
  without: string[];
  /** The corpus's hand-set metadata, where the page has it ("" or absent: not given). */
  meta: { title: string | null; author: string | null; date: string | null };
}

/** trafilatura's evaluation corpus: 990 pages with snippets that must / must not be extracted. */
export function loadTrafilatura(): TrafilaturaPage[] {
  const dir = join(EXTRACTION_DATA, "trafilatura-eval");
  const data = JSON.parse(readFileSync(join(dir, "evaldata.json"), "utf8")) as Record<
    string,
    {
      file: string;
      with: string[];
      without: string[];
      title?: string | null;
      author?: string | string[] | null;
      date?: string | null;
    }
  >;
  const given = (x: string | string[] | null | undefined) => {
    const s = Array.isArray(x) ? x.join(", ") : x;
    return s?.trim() ? s.trim() : null;
  };
  return Object.entries(data).map(([url, v]) => {
    const evalPath = join(dir, "eval", `${v.file}.gz`);
    const path = existsSync(evalPath) ? evalPath : join(dir, "cache", `${v.file}.gz`);
    return {
      url,
      file: v.file,
      html: readHtml(path),
      with: v.with,
      without: v.without,
      meta: { title: given(v.title), author: given(v.author), date: given(v.date) },
    };
  });
}

export interface MozillaExpected {
  title: string | null;
  byline: string | null;
  lang: string | null;
  publishedTime: string | null;
  siteName: string | null;
  readerable: boolean;
}

export interface MozillaPage {
  name: string;
  html: string;
  expected: MozillaExpected;
}

/** Mozilla Readability's test pages with their expected metadata. */
export function loadMozilla(): MozillaPage[] {
  const dir = join(EXTRACTION_DATA, "readability-pages");
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "source.html")))
    .sort()
    .map((name) => ({
      name,
      // The corpus stores every page as UTF-8 (some still declare their original charset).
      html: readFileSync(join(dir, name, "source.html"), "utf8"),
      expected: JSON.parse(
        readFileSync(join(dir, name, "expected-metadata.json"), "utf8"),
      ) as MozillaExpected,
    }));
}

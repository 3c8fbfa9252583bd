/**
 * The playground end to end: the worker under `wrangler dev`, the page in headless Chromium
 * (Debian's /usr/bin/chromium driven by playwright-core). Screenshots go to artifacts/.
 * Skipped, with the reason printed, where Chromium is not installed (.ci/run installs it).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page, type Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SummaryResult } from "../src/service/result";
import { type LocalWorker, startLocalWorker } from "./local-worker";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ARTIFACTS = join(ROOT, "artifacts");
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** The local Apertium server wrangler.toml points translation at (see the translation README). */
const APERTIUM = "http://127.0.0.1:2737/listPairs";

/** Chromium's console line for an answer with an error status. */
const HTTP_STATUS_NOTICE = /^Failed to load resource: the server responded with a status of \d+/;

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `SKIPPED: the playground browser test, because ${CHROMIUM} does not exist ` +
      "(install Debian's chromium: apt-get install chromium; .ci/run does).",
  );
}
const apertiumUp =
  hasChromium &&
  (await fetch(APERTIUM, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.ok,
    () => false,
  ));
if (hasChromium && !apertiumUp) {
  console.warn(`SKIPPED: the playground translation check, because nothing answers ${APERTIUM}.`);
}

const SEED_PAGE = join(ROOT, "fixtures/seed-article.html");
const NO_ARTICLE_PAGE = join(ROOT, "fixtures/no-article.html");
/** A page of links and nothing to read, when the extraction fixtures do not include one. */
const LINKS_ONLY_PAGE = `<!doctype html><html><head><title>Links</title></head><body><nav><ul>
<li><a href="/a">Home</a></li><li><a href="/b">World</a></li><li><a href="/c">Sport</a></li>
</ul></nav><footer><a href="/d">Contact</a></footer></body></html>`;

type Shown = SummaryResult & { translation?: { summary?: string[]; keyFacts?: string[]; error?: string } };

describe.skipIf(!hasChromium)(`the playground in headless Chromium (skipped without ${CHROMIUM})`, () => {
  let seedHtml: string;
  let noArticleHtml: string;
  let worker: LocalWorker;
  let browser: Browser;
  let context: BrowserContext;
  /** Console errors, uncaught exceptions and CSP violations of the current page; each test expects none. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    seedHtml = readFileSync(SEED_PAGE, "utf8");
    noArticleHtml = existsSync(NO_ARTICLE_PAGE) ? readFileSync(NO_ARTICLE_PAGE, "utf8") : LINKS_ONLY_PAGE;
    mkdirSync(ARTIFACTS, { recursive: true });
    worker = await startLocalWorker(ROOT);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  async function openPage(viewport: { width: number; height: number }): Promise<Page> {
    context = await browser.newContext({ viewport });
    const page = await context.newPage();
    pageErrors.length = 0;
    page.on("console", (m) => {
      // Chromium logs every non-2xx answer; the page handles those (an API error, or no translation
      // provider for the language list). Anything else, CSP refusals included, is an error.
      if (m.type() === "error" && !HTTP_STATUS_NOTICE.test(m.text())) pageErrors.push(m.text());
    });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${worker.origin}/`);
    return page;
  }

  /** Presses the button and waits for the API's answer and for the page to show it. */
  async function submit(page: Page, press: () => Promise<void>): Promise<Response> {
    const answered = page.waitForResponse((r) => r.url().endsWith("/v1/summarize"));
    await press();
    const response = await answered;
    await page.locator("#submit:not([disabled])").waitFor();
    return response;
  }

  async function pasteSeedAndSubmit(page: Page, to?: string): Promise<Shown> {
    await page.getByLabel("Or paste the page's HTML").fill(seedHtml);
    if (to) await page.getByLabel("Translate to").fill(to);
    const response = await submit(page, () => page.getByRole("button", { name: "Summarize" }).click());
    expect(response.status()).toBe(200);
    await page.locator("#result").waitFor({ state: "visible" });
    return (await response.json()) as Shown;
  }

  /** Text of the marks carrying an index, joined in document order. */
  function markedText(page: Page, attribute: "data-summary" | "data-fact", index: number) {
    return page
      .locator(`#result-text mark[${attribute}~="${index}"]`)
      .allTextContents()
      .then((t) => t.join(""));
  }

  it("pastes the seed page, presses Summarize, and shows the summary and facts highlighted where they came from", async () => {
    const page = await openPage({ width: 1366, height: 900 });
    const result = await pasteSeedAndSubmit(page);
    const text = (result.paragraphs ?? []).map((p) => p.text).join("\n\n");
    expect(result.summary.length).toBeGreaterThan(0);
    expect(result.keyFacts.length).toBeGreaterThan(0);

    await expect(page.locator("#result-title").textContent()).resolves.toBe(result.article.title);
    await expect(page.locator("#result-summary .item-text").allTextContents()).resolves.toEqual(
      result.summary.map((s) => s.text),
    );
    await expect(page.locator("#result-facts .item-text").allTextContents()).resolves.toEqual(
      result.keyFacts.map((f) => f.text),
    );
    await expect(page.locator("#result-facts .kind").allTextContents()).resolves.toEqual(
      result.keyFacts.map((f) => f.kind),
    );
    // Each summary sentence is marked in the article text exactly where its offsets say, and that
    // is the sentence itself.
    for (const [i, s] of result.summary.entries()) {
      const marked = await markedText(page, "data-summary", i);
      expect(marked).toBe(text.slice(s.start, s.end));
      expect(marked).toBe(s.text);
    }
    // Each key fact is marked over its kept pieces (or its whole source sentence).
    for (const [i, f] of result.keyFacts.entries()) {
      const pieces = f.pieces?.length ? f.pieces : [f.source];
      expect(await markedText(page, "data-fact", i)).toBe(
        pieces.map((p) => text.slice(p.start, p.end)).join(""),
      );
    }
    // Text tags (not colour alone) name each highlight and link it to its list entry.
    const tags = await page.locator("#result-text a.tag").allTextContents();
    expect(tags.sort()).toEqual(
      [...result.summary.map((_, i) => `S${i + 1}`), ...result.keyFacts.map((_, i) => `F${i + 1}`)].sort(),
    );
    const run = await page.locator("#result-run").textContent();
    expect(run).toContain("MISS");
    expect(run).toMatch(/\d+ ms/);
    await expect(page.locator("#result-meta").textContent()).resolves.toContain(result.article.lang ?? "");
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "playground.png"), fullPage: true });

    // The same request again comes from the cache, and the page says so.
    await submit(page, () => page.getByRole("button", { name: "Summarize" }).click());
    await expect(page.locator("#result-run").textContent()).resolves.toContain("HIT");
    await context.close();
  });

  it("shows the API's 422 message for a page with no article, not a blank page", async () => {
    const page = await openPage({ width: 1366, height: 900 });
    await page.getByLabel("Or paste the page's HTML").fill(noArticleHtml);
    const response = await submit(page, () => page.getByRole("button", { name: "Summarize" }).click());
    expect(response.status()).toBe(422);
    const api = (await response.json()) as { error: { code: string; message: string } };
    expect(api.error.code).toBe("no_article");
    const alert = page.getByRole("alert");
    await alert.waitFor({ state: "visible" });
    await expect(page.locator("#error-message").textContent()).resolves.toBe(api.error.message);
    await expect(page.locator("#error-detail").textContent()).resolves.toBe("HTTP 422 · no_article");
    await expect(page.locator("#result").isHidden()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "playground-no-article.png") });
    await context.close();
  });

  it("works from the keyboard: Enter in the URL field submits, and an empty form shows the API's 400 message", async () => {
    const page = await openPage({ width: 1366, height: 900 });
    await page.getByLabel("Page URL").focus();
    const response = await submit(page, () => page.keyboard.press("Enter"));
    expect(response.status()).toBe(400);
    const api = (await response.json()) as { error: { message: string } };
    await expect(page.locator("#error-message").textContent()).resolves.toBe(api.error.message);
    // The alert takes the focus, so a screen reader and a keyboard user land on it.
    await expect(page.locator("#error:focus").count()).resolves.toBe(1);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("fits a phone's width without sideways scrolling", async () => {
    const page = await openPage({ width: 390, height: 844 });
    const result = await pasteSeedAndSubmit(page);
    await expect(page.locator("#result-summary li").count()).resolves.toBe(result.summary.length);
    // Typed by hand: this project's TypeScript has no DOM library (it targets workerd). Strings would
    // not do: the page's CSP forbids evaluating them.
    const overflow = await page
      .locator("html")
      .evaluate((root: { scrollWidth: number; clientWidth: number }) => root.scrollWidth - root.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "playground-phone.png"), fullPage: true });
    await context.close();
  });

  it.skipIf(!apertiumUp)("shows the translation when a target language is asked for", async () => {
    const page = await openPage({ width: 1366, height: 900 });
    const result = await pasteSeedAndSubmit(page, "es");
    const translation = result.translation;
    expect(translation?.error).toBeUndefined();
    await page.locator("#translation").waitFor({ state: "visible" });
    await expect(page.locator("#translation-summary .item-text").allTextContents()).resolves.toEqual(
      translation?.summary,
    );
    await expect(page.locator("#translation-facts .item-text").allTextContents()).resolves.toEqual(
      translation?.keyFacts,
    );
    expect(translation?.summary).not.toEqual(result.summary.map((s) => s.text));
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "playground-translation.png"), fullPage: true });
    await context.close();
  });
});

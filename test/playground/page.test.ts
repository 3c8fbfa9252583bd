import { describe, expect, it } from "vitest";
import { PLAYGROUND_JS } from "../../src/playground/script";
import { PLAYGROUND_CSS } from "../../src/playground/styles";
import { playgroundRoutes } from "../../src/routes/playground";

/** What the page's markup holds, read with workerd's own HTML parser. */
interface PageParts {
  ids: Set<string>;
  labelFor: Set<string>;
  /** Form controls a person fills: [tag, id, type]. */
  controls: Array<{ tag: string; id: string | null; type: string | null }>;
  scripts: Array<{ src: string | null; inline: string }>;
  styleElements: number;
  styleAttributes: number;
  inlineHandlers: string[];
  /** Every src and href in the page. */
  urls: string[];
  links: Array<{ href: string; text: string }>;
}

async function readPage(html: string): Promise<PageParts> {
  const parts: PageParts = {
    ids: new Set(),
    labelFor: new Set(),
    controls: [],
    scripts: [],
    styleElements: 0,
    styleAttributes: 0,
    inlineHandlers: [],
    urls: [],
    links: [],
  };
  let currentLink: { href: string; text: string } | null = null;
  await new HTMLRewriter()
    .on("*", {
      element(e) {
        const id = e.getAttribute("id");
        if (id) parts.ids.add(id);
        if (e.hasAttribute("style")) parts.styleAttributes++;
        for (const [name] of e.attributes) if (name.startsWith("on")) parts.inlineHandlers.push(name);
        for (const attr of ["src", "href"]) {
          const v = e.getAttribute(attr);
          if (v !== null) parts.urls.push(v);
        }
      },
    })
    .on("label[for]", { element: (e) => void parts.labelFor.add(e.getAttribute("for") ?? "") })
    .on("input, textarea, select", {
      element: (e) =>
        void parts.controls.push({ tag: e.tagName, id: e.getAttribute("id"), type: e.getAttribute("type") }),
    })
    .on("script", {
      element(e) {
        const entry = { src: e.getAttribute("src"), inline: "" };
        parts.scripts.push(entry);
      },
      text(t) {
        const last = parts.scripts[parts.scripts.length - 1];
        if (last) last.inline += t.text;
      },
    })
    .on("style", { element: () => void parts.styleElements++ })
    .on("a[href]", {
      element(e) {
        currentLink = { href: e.getAttribute("href") ?? "", text: "" };
        parts.links.push(currentLink);
      },
      text(t) {
        if (currentLink) currentLink.text += t.text;
      },
    })
    .transform(new Response(html))
    .text();
  return parts;
}

async function getPage() {
  const res = await playgroundRoutes.request("/");
  return { res, html: await res.text() };
}

describe("GET / (the playground page)", () => {
  it("is HTML under a strict Content-Security-Policy: own script, style and API only, no inline code", async () => {
    const { res } = await getPage();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    const csp = res.headers.get("content-security-policy") ?? "";
    const directives = Object.fromEntries(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(" ")];
      }),
    );
    expect(directives).toMatchObject({
      "default-src": "'none'",
      "script-src": "'self'",
      "style-src": "'self'",
      "connect-src": "'self'",
      "base-uri": "'none'",
      "frame-ancestors": "'none'",
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("has no inline script, style or event handler, and loads only /playground.js and /playground.css", async () => {
    const page = await readPage((await getPage()).html);
    expect(page.scripts).toEqual([{ src: "/playground.js", inline: "" }]);
    expect(page.styleElements).toBe(0);
    expect(page.styleAttributes).toBe(0);
    expect(page.inlineHandlers).toEqual([]);
    expect(page.urls).toContain("/playground.css");
    // Nothing from outside the worker: every URL is a path, a fragment or the empty data: favicon.
    for (const url of page.urls) expect(url).toMatch(/^(\/(?!\/)|#|data:,$)/);
  });

  it("links to the API reference at /docs", async () => {
    const page = await readPage((await getPage()).html);
    expect(page.links).toContainEqual({ href: "/docs", text: "API reference" });
  });

  it("labels every form control with a <label for>, including URL, HTML, sentences, facts and target language", async () => {
    const page = await readPage((await getPage()).html);
    const ids = page.controls.map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(["url", "html", "sentences", "facts", "to", "fresh", "apikey"]),
    );
    for (const control of page.controls) {
      expect(control.id, `${control.tag} without an id`).not.toBeNull();
      expect(page.labelFor.has(control.id ?? ""), `no label for #${control.id}`).toBe(true);
    }
    expect(page.ids.has("submit")).toBe(true);
  });

  it("bounds the number fields with the API's limits", async () => {
    const { html } = await getPage();
    expect(html).toMatch(/id="sentences"[^>]*min="1" max="20" value="3"/);
    expect(html).toMatch(/id="facts"[^>]*min="0" max="20" value="5"/);
  });

  it("has every element the script looks up by id (the script throws on a missing one)", async () => {
    const page = await readPage((await getPage()).html);
    const used = [...PLAYGROUND_JS.matchAll(/byId\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(15);
    const missing = used.filter((id) => !page.ids.has(id));
    expect(missing).toEqual([]);
  });
});

describe("the playground's script and stylesheet", () => {
  it("serves /playground.js as JavaScript and /playground.css as CSS, both cacheable", async () => {
    const js = await playgroundRoutes.request("/playground.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(js.headers.get("cache-control")).toContain("max-age");
    expect(await js.text()).toBe(PLAYGROUND_JS);
    const css = await playgroundRoutes.request("/playground.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await css.text()).toBe(PLAYGROUND_CSS);
  });

  it("never writes markup from strings: no innerHTML, outerHTML, insertAdjacentHTML or document.write", () => {
    expect(PLAYGROUND_JS).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it("calls only this worker's API, with the article text included", () => {
    const fetched = [...PLAYGROUND_JS.matchAll(/fetch\("([^"]+)"/g)].map((m) => m[1]);
    expect(fetched.sort()).toEqual(["/v1/languages", "/v1/summarize"]);
    expect(PLAYGROUND_JS).toContain('include: "text"');
  });

  it("takes nothing from outside the worker in the stylesheet (no url(), no @import)", () => {
    expect(PLAYGROUND_CSS).not.toMatch(/url\(|@import/);
  });
});

/** Titles without the site's name around the headline (src/core/extract/titles.ts, site-names.ts). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/core/extract/index";
import { isSiteName, siteSpellings } from "../../../src/core/extract/site-names";

const BODY =
  "<p>The harbour board met on Monday and voted to change the ferry timetable for the winter months.</p>";

/** The title read from a page with this <head> content and these elements before the body text. */
function titleOf(head: string, top = "", url?: string): string | null {
  return extractArticle(`<html><head>${head}</head><body>${top}<article>${BODY}</article></body></html>`, {
    url,
  }).title;
}

describe("the site's name in the document title", () => {
  it("drops a short headline's site part when it is the host name", () => {
    const title = "<title>Wahlzensur: Angriff auf Universitäten | harbourpost.net</title>";
    expect(titleOf(title, "", "https://www.harbourpost.net/blog/x/")).toBe(
      "Wahlzensur: Angriff auf Universitäten",
    );
  });

  it("drops it when it is the declared site name, written apart or together", () => {
    expect(
      titleOf("<title>Ferry winter timetable | Harbour Post</title>", "", "https://harbourpost.example/a"),
    ).toBe("Ferry winter timetable");
    expect(
      titleOf(
        '<title>Bee Simulator | Spiele-Datenbank</title><meta name="application-name" content="Spiele-Datenbank">',
      ),
    ).toBe("Bee Simulator");
  });

  it("drops a leading site part and everything after a trailing one", () => {
    expect(
      titleOf("<title>Harbour Post's Home | Ferry fares rise</title>", "", "https://harbourpost.example/"),
    ).toBe("Ferry fares rise");
    expect(
      titleOf(
        "<title>Ferry fares rise : Harbour Post | News from the coast | Since 2005</title>",
        "",
        "https://harbourpost.example/",
      ),
    ).toBe("Ferry fares rise");
  });

  it("keeps the part the page's <h1> repeats", () => {
    const title = "<title>Uberspace und Let’s Encrypt – Am Rande der Realität</title>";
    expect(titleOf(title, "<h1>Uberspace und Let's Encrypt</h1>")).toBe("Uberspace und Let’s Encrypt");
  });

  it("keeps a title whole when the <h1> repeats it whole, even if its first word is the site's name", () => {
    const title = "<title>Welpen kaufen – Tipps zu jeder Hunderasse | Welpen</title>";
    expect(
      titleOf(title, "<h1>Welpen kaufen – Tipps zu jeder Hunderasse</h1>", "https://welpenkaufen.example/"),
    ).toBe("Welpen kaufen – Tipps zu jeder Hunderasse");
  });

  it("does not take the site's logo heading for the headline", () => {
    const title = "<title>Muffin Grundrezept : Muffin Rezepte</title>";
    const logo = '<h1 class="logo"><a href="/">Muffin Rezepte</a></h1>';
    expect(titleOf(title, logo)).toBe("Muffin Grundrezept : Muffin Rezepte");
    const home = '<h1><a href="/" rel="home">Muffin Rezepte</a></h1>';
    expect(titleOf(title, home)).toBe("Muffin Grundrezept : Muffin Rezepte");
  });

  it("keeps a home page's title that is only the site's name", () => {
    expect(titleOf("<title>Harbour Post - News</title>", "", "https://harbourpost.example/")).toBe(
      "Harbour Post - News",
    );
  });
});

describe("the declared titles", () => {
  it("are taken as declared, the site's name included (as Readability, whose outputs the Mozilla pages hold)", () => {
    const og =
      '<meta property="og:title" content="Ferry winter timetable | Harbour Post"><meta property="og:site_name" content="Harbour Post">';
    expect(titleOf(og)).toBe("Ferry winter timetable | Harbour Post");
    const doc =
      '<title>Ferry winter timetable | Harbour Post</title><meta property="og:site_name" content="Harbour Post">';
    expect(titleOf(doc)).toBe("Ferry winter timetable");
  });

  it("takes the headline out of a 'Site: Headline' title when the <h1> repeats it", () => {
    const og =
      '<meta property="og:title" content="The Space Review: Seeking a bigger role for a big rocket">';
    expect(titleOf(og, "<h1>Seeking a bigger role for a big rocket</h1>")).toBe(
      "Seeking a bigger role for a big rocket",
    );
  });

  it("takes JSON-LD's name over its headline when only the name is the page's <h1>, in any case", () => {
    // Wikipedia's JSON-LD gives the article's short description as its headline.
    const ld =
      '<title>t-distributed stochastic neighbor embedding - Wikipedia</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","name":"T-distributed stochastic neighbor embedding","headline":"technique for dimensionality reduction"}</script>';
    expect(titleOf(ld, "<h1>t-distributed stochastic neighbor embedding</h1>")).toBe(
      "T-distributed stochastic neighbor embedding",
    );
  });
});

describe("a title that is only the site's name", () => {
  it("gives way to the page's <h1>", () => {
    const head = '<title>Harbour Post</title><meta property="og:site_name" content="Harbour Post">';
    expect(titleOf(head, "<h1>Ferry fares rise in winter</h1>")).toBe("Ferry fares rise in winter");
  });

  it("stays when an <h1> repeats it or there is none", () => {
    const head = '<title>Ferry fares rise</title><meta name="application-name" content="Ferry fares rise">';
    expect(titleOf(head, "<h1>Morning Show</h1><h1>Ferry fares rise</h1>")).toBe("Ferry fares rise");
    expect(titleOf('<title>Harbour Post</title><meta property="og:site_name" content="Harbour Post">')).toBe(
      "Harbour Post",
    );
  });
});

describe("isSiteName", () => {
  const sites = siteSpellings(["The Japan Times"], "https://www.apple.com/newsroom/");
  it.each(["The Japan Times", "Japan Times", "Apple", "apple.com"])("%s is the site's name", (part) => {
    expect(isSiteName(part, sites)).toBe(true);
  });
  it.each(["Apple's future plans", "Times", "News"])("%s is not", (part) => {
    expect(isSiteName(part, sites)).toBe(false);
  });
});

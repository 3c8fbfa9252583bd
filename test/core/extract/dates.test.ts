/** The publication date read from the line near the headline (src/core/extract/dates.ts, dateNearHeadline). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/core/extract/index";

const BODY =
  "<p>The harbour board met on Monday and voted to change the ferry timetable for the winter months.</p>".repeat(
    3,
  );

/** The date of a page whose article holds these elements between the headline and the body. */
const dateOf = (beforeBody: string, afterBody = "", afterArticle = "") =>
  extractArticle(
    `<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>${beforeBody}${BODY}${afterBody}</article>${afterArticle}</body></html>`,
  ).publishedAt;

describe("a date written near the headline without markup", () => {
  it("is read from the short line under the headline", () => {
    expect(dateOf("<p>Benni 10. September 2017</p>")).toBe("2017-09-10");
    expect(dateOf("<div>VON MORITZ GATHMANN am 21. April 2020</div>")).toBe("2020-04-21");
  });

  it("is read from a line broken off by <br>", () => {
    expect(
      dateOf(
        "<p>Veröffentlicht am 16.08.2019<br>Dauer: 1 Stunde 4 Minuten, Lizenz: CC-BY 4.0, Downloads: 22.273</p>",
      ),
    ).toBe("2019-08-16");
  });

  it("is not read from a sentence that mentions a day", () => {
    expect(dateOf("", "<p>Die nächste Ausgabe erscheint am 6. November 2023.</p>")).toBeNull();
  });

  it("is not read from a fact table's labelled row, readers' comments or the page footer", () => {
    expect(dateOf("<table><tr><th>Founded</th><td>February 28, 1998</td></tr></table>")).toBeNull();
    expect(dateOf("", '<div class="comments"><p>Anna, 3. March 2021</p></div>')).toBeNull();
    expect(dateOf("", "", "<footer><p>Updated 3 March 2021</p></footer>")).toBeNull();
  });
});

describe("a <time datetime> in readers' comments", () => {
  it("is the comment's day, not the story's", () => {
    const comment =
      '<div class="comments-area"><p>Peter: <time datetime="2019-08-24T03:36:11+02:00">24. August 2019</time></p></div>';
    expect(dateOf("<p>Veröffentlicht am 16.08.2019</p>", comment)).toBe("2019-08-16");
  });
});

/** An author written as plain text near the headline (src/core/extract/byline-line.ts). */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/core/extract/index";

const BODY =
  "<p>The harbour board met on Monday and voted to change the ferry timetable for the winter months.</p>".repeat(
    3,
  );

/** The byline of a page without byline markup whose article holds this line under the headline. */
const bylineOf = (line: string, after = "") =>
  extractArticle(
    `<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>${line}${BODY}${after}</article></body></html>`,
  ).byline;

describe("an author named in a line near the headline", () => {
  it.each([
    ["<p>Posted by Konstantin</p>", "Konstantin"],
    ["<div>von Daniela Obers</div>", "Daniela Obers"],
    ["<span>06.11.2023 13:30 von Olga</span>", "Olga"],
    ["<div>Datum: 03.11.2021 Autor: Peter Maahn</div>", "Peter Maahn"],
    ["<div>By Nathan Willis March 25, 2015</div>", "Nathan Willis"],
  ])("%s → %s", (line, name) => {
    expect(bylineOf(line)).toBe(name);
  });

  it.each([
    "<p>Herstellung von Windenergieanlagen</p>",
    "<p>von Experten</p>",
    "<h2>Von Experten Empfohlen</h2>",
  ])("%s names nobody", (line) => {
    expect(bylineOf(line)).toBeNull();
  });

  it("is not read from readers' comments", () => {
    expect(bylineOf("", '<div class="comments"><p>Posted by Anna Amsel</p></div>')).toBeNull();
  });
});

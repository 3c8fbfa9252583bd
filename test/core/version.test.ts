/**
 * ALGORITHM_VERSION is part of every cache key: when extraction, summary or facts change what they
 * return, results cached by the old code must not be served. This test pins a digest of the pipeline's
 * output on our fixtures to the version, so a change of output cannot land without a new version.
 * When it fails: bump ALGORITHM_VERSION (src/core/version.ts) and record the new version and digest
 * below, both printed in the failure message.
 */
import { describe, expect, it } from "vitest";
import blogPost from "../../fixtures/blog-post-de.html?raw";
import cjk from "../../fixtures/cjk-article.html?raw";
import comments from "../../fixtures/comments-section.html?raw";
import dropCap from "../../fixtures/drop-cap.html?raw";
import jsonLd from "../../fixtures/jsonld-article.html?raw";
import listsTable from "../../fixtures/lists-table.html?raw";
import nextStories from "../../fixtures/next-story-teasers.html?raw";
import paywall from "../../fixtures/paywall-teaser.html?raw";
import photoCredits from "../../fixtures/photo-credits.html?raw";
import seed from "../../fixtures/seed-article.html?raw";
import seedText from "../../fixtures/seed-article.txt?raw";
import shortParagraphs from "../../fixtures/short-paragraphs.html?raw";
import tableLayout from "../../fixtures/table-layout.html?raw";
import teaserList from "../../fixtures/teaser-list.html?raw";
import { summarizeHtml, summarizeText } from "../../src/core/pipeline";
import { ALGORITHM_VERSION } from "../../src/core/version";

/** The version and the digest of its output; see the header for when and how to update them. */
const PINNED = {
  version: "10",
  digest: "afdb4d342463115f157233c20b39080628bf7cb871bad5acb1ad2510b778f43a",
};

const PAGES = [
  blogPost,
  cjk,
  comments,
  dropCap,
  jsonLd,
  listsTable,
  nextStories,
  paywall,
  photoCredits,
  seed,
  shortParagraphs,
  tableLayout,
  teaserList,
];

async function outputDigest(): Promise<string> {
  const outputs = [
    ...PAGES.map((html) => summarizeHtml(html, { sentences: 3, facts: 5 })),
    summarizeText(seedText, { sentences: 3, facts: 5 }),
  ];
  const bytes = new TextEncoder().encode(JSON.stringify(outputs));
  const hash = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

describe("ALGORITHM_VERSION", () => {
  it("changes whenever the pipeline's output on the fixtures does", async () => {
    const digest = await outputDigest();
    const message = `outputs ${digest === PINNED.digest ? "unchanged" : "changed"}: ALGORITHM_VERSION is "${ALGORITHM_VERSION}"; pin { version: "${ALGORITHM_VERSION}", digest: "${digest}" } after bumping it if the output changed`;
    if (digest === PINNED.digest) expect(ALGORITHM_VERSION, message).toBe(PINNED.version);
    else expect(ALGORITHM_VERSION, message).not.toBe(PINNED.version);
    expect(digest, message).toBe(PINNED.digest);
  });
});

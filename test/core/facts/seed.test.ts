/**
 * The seed article (Belarus/North Korea, April 19, 2024) must yield the facts a reader would pick:
 * who met whom and when, where the trip went, and Russia ending the UN panel of experts' mandate.
 */
import { describe, expect, it } from "vitest";
import seedHtml from "../../../fixtures/seed-article.html?raw";
import seedText from "../../../fixtures/seed-article.txt?raw";
import { extractFacts } from "../../../src/core/facts/index";
import { summarizeHtml } from "../../../src/core/pipeline";
import { textToBlocks } from "../../../src/core/plain-text";
import { summarize } from "../../../src/core/summarize/index";
import { analyseText } from "../../../src/core/text/analyse";

const TITLE = "Belarus and North Korea Flex Diplomatic Muscles Amid Sanctions Scuffle";
const PUBLISHED = "2024-04-19T06:27:00-04:00";

function seedFacts(facts = 5) {
  const doc = analyseText(textToBlocks(seedText), TITLE);
  // Beside the summary, as the pipeline runs it: the facts must hold up while complementing it.
  const summary = summarize(doc, { sentences: 3 });
  return { doc, result: extractFacts(doc, summary, { facts, publishedAt: PUBLISHED, title: TITLE }) };
}

describe("key facts of the seed article", () => {
  it("names both ministers of the Belarus-North Korea meeting and says when", () => {
    const { result } = seedFacts();
    const meeting = result.keyFacts.find(
      (f) => f.text.includes("Yevgeny Shestakov") && f.text.includes("Lim Chun Il"),
    );
    expect(meeting).toBeDefined();
    expect(meeting?.dates.map((d) => d.text)).toContain("last Thursday");
    // Published on Friday April 19, 2024: "last Thursday" is April 18.
    expect(meeting?.dates[0].iso).toBe("2024-04-18");
    expect(meeting?.entities.filter((e) => e.type === "person").map((e) => e.text)).toEqual([
      "Yevgeny Shestakov",
      "Lim Chun Il",
    ]);
  });

  it("says where the visit took place (Pyongyang)", () => {
    const { result } = seedFacts();
    const place = result.keyFacts.find((f) =>
      f.entities.some((e) => e.text === "Pyongyang" && e.type === "place"),
    );
    expect(place).toBeDefined();
  });

  it("reports Russia not extending the panel of experts' mandate, next to its 15 years", () => {
    const { doc, result } = seedFacts();
    const russia = result.keyFacts.find((f) => /Russia .*will not extend the mandate/.test(f.text));
    expect(russia).toBeDefined();
    const at = doc.sentences.findIndex(
      (s) => s.start <= (russia?.source.start ?? -1) && s.end >= (russia?.source.end ?? -1),
    );
    const around = [doc.sentences[at - 1], doc.sentences[at], doc.sentences[at + 1]]
      .map((s) => s?.text ?? "")
      .join(" ");
    expect(around).toContain("15 years");
  });

  it("lists the people, places and organisations with their mention counts", () => {
    const { result } = seedFacts();
    const byName = new Map(result.entities.map((e) => [e.text, e]));
    expect(byName.get("North Korea")?.type).toBe("place");
    expect(byName.get("Pyongyang")?.type).toBe("place");
    expect(byName.get("KCNA")?.type).toBe("organization");
    expect(byName.get("Kim Son Gyong")?.type).toBe("person");
    expect(byName.get("Linda Thomas-Greenfield")?.type).toBe("person");
    // "Shestakov's trip" counts for the full name.
    expect(byName.get("Yevgeny Shestakov")?.mentions).toBe(2);
    expect(byName.has("Shestakov")).toBe(false);
    // Most prominent first.
    expect(result.entities[0].text).toBe("North Korea");
  });

  it("gives no scare quotes as quotes", () => {
    const { result } = seedFacts();
    expect(result.quotes.map((q) => q.text)).not.toContain("unlawful");
    expect(result.quotes.map((q) => q.text)).not.toContain("strengthen ties");
  });
});

describe("key facts of the seed article's web page, as the API answers it", () => {
  // The page (fixtures/seed-article.html) wraps the same text in navigation, captions, a share bar and
  // related links; its metadata gives the title and the publication date.
  const { keyFacts } = summarizeHtml(seedHtml);

  it("has the meeting with both ministers named and its date resolved", () => {
    const meeting = keyFacts.find(
      (f) => f.text.includes("Yevgeny Shestakov") && f.text.includes("Lim Chun Il"),
    );
    expect(meeting?.dates.map((d) => [d.text, d.iso])).toEqual([["last Thursday", "2024-04-18"]]);
  });

  it("calls the delegation's visit an event: 'the two nations' is a written-out count, not a quantity", () => {
    const visit = keyFacts.find((f) => f.text.startsWith("A delegation from Belarus"));
    expect(visit?.kind).toBe("event");
  });

  it("says where the visit went and that Russia ends the panel's mandate", () => {
    expect(keyFacts.some((f) => f.entities.some((e) => e.text === "Pyongyang" && e.type === "place"))).toBe(
      true,
    );
    expect(keyFacts.some((f) => /Russia .*will not extend the mandate/.test(f.text))).toBe(true);
  });
});

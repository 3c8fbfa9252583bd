/** A site's calls to the reader are told from the story's sentences, and no summary quotes them. */
import { describe, expect, it } from "vitest";
import { summarize } from "../../../src/core/summarize/index";
import { analyseText } from "../../../src/core/text/analyse";
import { isCallToAction } from "../../../src/core/text/call-to-action";

describe("isCallToAction", () => {
  it("knows calls to click, subscribe, follow and sign up, in several languages", () => {
    for (const s of [
      "Sign up for the free daily newsletter.",
      "Click through for the whole thing.",
      "Click here to get more information or download this game.",
      "Follow us to stay up to date on industry trends.",
      "Check back for regular news roundups and subscribe to our YouTube channel for video updates.",
      "Scroll down for corny jokes and silly jokes, many of which have been sent to us by readers.",
      "To view the full story, please subscribe to The Haitian Times.",
      "Folgen Sie uns auf Twitter.",
      "Abonnez-vous à notre lettre d'information.",
      "Suscríbete a nuestro boletín.",
      // Written without its accent, as sites often do.
      "Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas nuestras actualizaciones",
    ])
      expect(isCallToAction(s), s).toBe(true);
  });
  it("knows a site's appeals for support", () => {
    for (const s of [
      "Support our journalism with a subscription.",
      "If you value our content, consider a donation.",
      "Você pode apoiar a TV 247 e o site Brasil 247 de diversas formas.",
      "A você que chegou até aqui, agradecemos muito por valorizar nosso conteúdo.",
      "Unterstützen Sie unabhängigen Journalismus.",
    ])
      expect(isCallToAction(s), s).toBe(true);
    for (const s of ["Support for the measure grew in March.", "You can support the bill, the senator said."])
      expect(isCallToAction(s), s).toBe(false);
  });
  it("knows a site's rights notices, and not a sentence about copyright or a lede that opens with a credit", () => {
    for (const s of [
      "© 2019 Science X Network",
      "Copyright 2019 Hawaii News Now.",
      "©2015 The Hollywood Reporter.",
      "All Rights Reserved.",
      "Alle Rechte vorbehalten.",
      "This material may not be published, broadcast, rewritten, or redistributed.",
      "Written permission must be obtained before reprint in online or print media.",
      "REPRINTING CONTENT WITHOUT PERMISSION AND/OR PAYMENT IS THEFT AND PUNISHABLE BY LAW.",
      "This article is the copyrighted property of Breaking Belize News.",
    ])
      expect(isCallToAction(s), s).toBe(true);
    for (const s of [
      "Thicke and Pharrell Williams lost the copyright suit on March 10th.",
      "Copyright law protects the expression of an idea, not the idea itself.",
      "© NordexHamburg (iwr-pressedienst) - Die vermehrte Stromerzeugung aus erneuerbaren Energien hat einen erheblichen Einfluss auf das elektrische Netz.",
      "The paper may not be published until the review is over, its editor said.",
    ])
      expect(isCallToAction(s), s).toBe(false);
  });
  it("knows a site's cookie notices, and not a story about cookies or consent", () => {
    for (const s of [
      "Datenschutz & Cookies: Diese Website verwendet Cookies.",
      "Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.",
      "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren.",
      "We use cookies to give you the best experience on our website.",
      "By continuing to browse, you agree to the use of cookies.",
      "Ce site utilise des cookies pour améliorer votre expérience.",
      "Du kannst Deine Zustimmung an dieser Stelle jederzeit widerrufen.",
    ])
      expect(isCallToAction(s), s).toBe(true);
    for (const s of [
      "Team Cookie or Team Boo Boo Kitty?",
      "The bakery sold 4,000 cookies on Saturday, its owner said.",
      "Prosecutors asked whether Assange would consent to be interviewed in London.",
    ])
      expect(isCallToAction(s), s).toBe(false);
  });
  it("knows a site's advertising disclosures", () => {
    for (const s of [
      "*Werbung.",
      "#Werbung!",
      "[Anzeige]",
      "[Werbung] Schweighart, M., Thiele, C.",
      "Dieser Beitrag enthält Werbung für MYMARINI.",
      "This post contains affiliate links.",
    ])
      expect(isCallToAction(s), s).toBe(true);
    for (const s of ["Werbung nervt.", "Sponsored posts are on the rise, the study found."])
      expect(isCallToAction(s), s).toBe(false);
  });
  it("leaves the story's sentences that use the same words", () => {
    for (const s of [
      "The council voted to subscribe to the regional water scheme.",
      "Fans who follow us on tour say the show has changed.",
      "Users can sign up for the service from Monday, the company said.",
      "Clicking the button twice crashed the app, testers found.",
    ])
      expect(isCallToAction(s), s).toBe(false);
  });
});

describe("a call to the reader opening the article", () => {
  it("is never a summary sentence, however early", () => {
    const blocks = [
      "Sign up for our free daily newsletter.",
      "The harbour ferry will run every two hours from Monday, the operator said on Thursday.",
      "The company blamed a shortage of engineers and the cost of fuel, which has risen by a third.",
      "Island councillors called the change a blow to workers who commute to the mainland.",
      "The summer timetable, with sailings every hour, is due to return in April.",
    ].map((text) => ({ kind: "paragraph" as const, text }));
    const summary = summarize(analyseText(blocks, null, "en"), { sentences: 3 });
    expect(summary).toHaveLength(3);
    expect(summary.map((s) => s.text)).not.toContain("Sign up for our free daily newsletter.");
  });
});

describe("a page whose text is only the site's notices", () => {
  it("has no summary, though a text of labels alone still has one", () => {
    const notices = [
      "Datenschutz & Cookies: Diese Website verwendet Cookies.",
      "Wenn du die Website weiterhin nutzt, stimmst du der Verwendung von Cookies zu.",
    ].map((text) => ({ kind: "paragraph" as const, text }));
    expect(summarize(analyseText(notices, null, "de"), { sentences: 3 })).toEqual([]);
    // One-line paragraphs without final punctuation: labels, no prose, yet all the text there is.
    const labels = ["Harbour ferry cut to every two hours", "Summer timetable back in April"].map((text) => ({
      kind: "paragraph" as const,
      text,
    }));
    expect(summarize(analyseText(labels, null, "en"), { sentences: 1 })).toHaveLength(1);
  });
});

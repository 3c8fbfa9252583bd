/**
 * One difficulty per fixture: metadata only in JSON-LD, a charset, no article, paywall, CJK, lists, an
 * old table layout with a photo caption above the headline, a "latest news" list of teasers above the
 * story in the same content area.
 */
import { describe, expect, it } from "vitest";
import blogPost from "../../../fixtures/blog-post-de.html?raw";
import cjk from "../../../fixtures/cjk-article.html?raw";
import comments from "../../../fixtures/comments-section.html?raw";
import cookieNotice from "../../../fixtures/cookie-notice.html?raw";
import dropCap from "../../../fixtures/drop-cap.html?raw";
import jsonLd from "../../../fixtures/jsonld-article.html?raw";
import listsTable from "../../../fixtures/lists-table.html?raw";
import liveTicker from "../../../fixtures/live-ticker.html?raw";
import nextStories from "../../../fixtures/next-story-teasers.html?raw";
import noArticle from "../../../fixtures/no-article.html?raw";
import paywall from "../../../fixtures/paywall-teaser.html?raw";
import photoCredits from "../../../fixtures/photo-credits.html?raw";
import recipe from "../../../fixtures/recipe-ingredients.html?raw";
import relatedBox from "../../../fixtures/related-box.html?raw";
import shortParagraphs from "../../../fixtures/short-paragraphs.html?raw";
import tableLayout from "../../../fixtures/table-layout.html?raw";
import teaserList from "../../../fixtures/teaser-list.html?raw";
import cp1251 from "../../../fixtures/windows-1251.html?bytes";
import { decodeHtml } from "../../../src/core/charset";
import { extractArticle } from "../../../src/core/extract/index";
import { isRelatedHeading } from "../../../src/core/extract/related";
import { articleText } from "../../../src/core/text/article-text";

describe("metadata only in JSON-LD (@graph with references)", () => {
  const a = extractArticle(jsonLd, { url: "https://coastal.example/n?id=1" });
  it("reads headline, authors through @id references, date, language and the article URL", () => {
    expect(a.title).toBe("Harbour town votes to restore its tidal mill");
    expect(a.byline).toBe("Maria Hendriks, Tom Ruiz");
    expect(a.publishedAt).toBe("2023-09-02T14:05:00+02:00");
    expect(a.lang).toBe("nl");
    expect(a.siteName).toBe("Coastal Chronicle");
    expect(a.url).toBe("https://coastal.example/news/tidal-mill");
    expect(a.blocks).toHaveLength(3);
  });
});

describe("a German blog post (WordPress-style theme: labels around the author, date only in the text)", () => {
  const a = extractArticle(blogPost);
  it("reads the author out of its label, passing over the 'admin' meta tag", () => {
    expect(a.byline).toBe("Chris Jung");
  });
  it("reads the date from the post's meta line and decodes the JSON-LD title, as the page declares it", () => {
    expect(a.publishedAt).toBe("2023-03-14");
    expect(a.title).toBe("Radweg am Mühlbach wird im Frühjahr verbreitert – Stadtteilblog Nordend");
  });
  it("keeps the five paragraphs and none of the affiliate notice, comments, share bar or author box", () => {
    const text = articleText(a.blocks);
    expect(a.blocks).toHaveLength(5);
    expect(text).toContain("420.000 Euro");
    expect(text).not.toMatch(/Affiliate|Endlich|Teilen mit|Zeige alle Beiträge|Neueste Beiträge/);
  });
});

describe("a windows-1251 page, decoded from its bytes", () => {
  it("gives readable Cyrillic text and metadata", () => {
    const { html, charset } = decodeHtml(cp1251, null);
    expect(charset).toBe("windows-1251");
    const a = extractArticle(html);
    expect(a.title).toBe("В Казани открылся новый мост через Казанку");
    expect(a.byline).toBe("Ирина Смирнова");
    expect(a.lang).toBe("ru");
    expect(a.publishedAt).toBe("2023-10-12T18:40:00+03:00");
    expect(a.blocks.map((b) => b.text.slice(0, 12))).toEqual([
      "В четверг в ",
      "По словам мэ",
      "Движение общ",
    ]);
    expect(articleText(a.blocks)).not.toContain("Главная");
  });
});

describe("pages without an article", () => {
  it("gives no blocks for a home page of links", () => {
    const a = extractArticle(noArticle);
    expect(a.blocks).toEqual([]);
    expect(a.siteName).toBe("Metro Daily");
  });

  it("gives no blocks for empty, text-only or broken input", () => {
    for (const input of [
      "",
      "   ",
      "<html><body></body></html>",
      "<<<>>>",
      "<p>Hello</p>",
      "\u0000\uffff<div",
    ]) {
      expect(extractArticle(input).blocks, JSON.stringify(input)).toEqual([]);
    }
  });
});

describe("a paywalled page", () => {
  const text = articleText(extractArticle(paywall).blocks);
  it("keeps the visible teaser and drops the hidden part and the subscription prompt", () => {
    expect(text).toContain("Dock workers at the country's two largest container ports");
    expect(text).toContain("Shipping lines have already started");
    expect(text).not.toContain("Hidden text of the paid part");
    expect(text).not.toContain("Subscribe");
    expect(text).not.toContain("$1 a week");
  });
});

describe("a Chinese page", () => {
  const a = extractArticle(cjk);
  it("is an article although its paragraphs are short in characters", () => {
    expect(a.blocks.map((b) => b.text)).toEqual([
      "市图书馆宣布，从下月起每周五和周六晚上开放到十一点。",
      "馆长表示，这一决定是根据读者问卷调查作出的，很多上班族希望在周末前有更多时间来馆学习。",
      "新的时间表将试行三个月，之后再评估效果。",
    ]);
    expect(a.lang).toBe("zh");
    expect(a.publishedAt).toBe("2024-03-08T20:15:00");
  });
});

describe("lists, a table and a quote inside the article", () => {
  const a = extractArticle(listsTable);
  it("marks headings with levels, list items, table rows and quotes", () => {
    expect(a.blocks.map((b) => (b.level ? `${b.kind}${b.level}` : b.kind))).toEqual([
      "paragraph",
      "heading2",
      "listItem",
      "listItem",
      "listItem",
      "heading3",
      "tableRow",
      "tableRow",
      "tableRow",
      "quote",
      "paragraph",
    ]);
    expect(a.blocks[2].text).toBe("Deposits are capped at two months' rent.");
    expect(a.blocks[7].text).toBe("up to €800 | €1,600");
    expect(articleText(a.blocks)).not.toContain("Money");
  });
});

describe("short paragraphs", () => {
  it("keeps one-line paragraphs between longer ones", () => {
    const texts = extractArticle(shortParagraphs).blocks.map((b) => b.text);
    expect(texts).toContain("No one was hurt.");
    expect(texts).toContain('"Stay home," said the mayor.');
    expect(texts).toHaveLength(5);
  });
  it("drops the page's labels among them: a slideshow counter, 'Advert', a 'Read more' link, a paywall's prompt, a 'Follow us' line, a PHP warning", () => {
    const texts = extractArticle(shortParagraphs).blocks.map((b) => b.text);
    const labels = [
      "Image 1 of 3",
      "Advert",
      "Read more",
      "Subscribe now to our digital edition for the full story.",
    ];
    for (const label of labels) expect(texts).not.toContain(label);
    expect(texts.filter((t) => t.startsWith("Follow the Coast Courier") || t.startsWith("Warning:"))).toEqual(
      [],
    );
  });
});

describe("ad slots' labels between paragraphs", () => {
  it("drops 'CONTINUA DEPOIS DA PUBLICIDADE', 'Anzeige symplr', 'Werbung:', '[ad#ad-2]', 'Story continues below advertisement'", () => {
    const paragraphs = [
      "O ministro da Defesa, Paulo Sérgio Nogueira, enviou nesta segunda-feira um ofício ao tribunal eleitoral com novas sugestões.",
      "CONTINUA DEPOIS DA PUBLICIDADE",
      "Segundo o documento, as Forças Armadas querem participar da fiscalização das urnas em todas as etapas do processo.",
      "Anzeige symplr",
      "O tribunal ainda não respondeu ao pedido, mas técnicos avaliam as propostas com cautela desde a semana passada.",
      "Werbung:",
      "[ad#ad-2]",
      "Story continues below advertisement",
      "A decisão final deve ser tomada pelo plenário do tribunal até o fim do mês, segundo assessores do presidente da corte.",
    ];
    const html = `<html lang="pt"><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const texts = extractArticle(html).blocks.map((b) => b.text);
    expect(texts).toEqual(paragraphs.filter((_, i) => i % 2 === 0 && i !== 6));
  });
});

describe("a Chinese caption between paragraphs", () => {
  it("drops the paragraph that opens on 图为 ('the picture shows')", () => {
    const story = [
      "在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播，关注国家的发展和变化。",
      "但是，随着年龄和阅历的增长，学子对两会的关注点在出国前后发生了很大的变化，他们更关心就业和教育。",
      "不少学子时刻关注着国内动态，寻找回国发展的契机，而两会正是一个提供最新最全面信息的窗口。",
    ];
    const caption = "图为马素湘在澳大利亚悉尼游玩时的近影。";
    const html = `<html lang="zh"><body><article>${[story[0], caption, story[1], story[2]].map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    expect(extractArticle(html).blocks.map((b) => b.text)).toEqual(story);
  });
});

describe("an ad written with Cyrillic look-alike letters", () => {
  it("drops the paragraph ('Аdvеrtіѕе wіth …'); Russian prose with a Latin brand name stays", () => {
    const story = [
      "The Pan American Health Organization warned on Wednesday that the Americas cannot ignore the risk of further surges.",
      "Президент встретился с главой компании Apple в Москве и обсудил планы по открытию нового офиса в городе.",
      "With 240 million people in the Americas yet to receive a single shot, the gaps will keep the region at risk, the director said.",
    ];
    const ad =
      "Аdvеrtіѕе wіth thе most visited news site ~ Wе оffеr fullу сuѕtоmіzаblе аnd flехіblе dіgіtаl mаrkеtіng расkаgеѕ.";
    const html = `<html><body><article>${[story[0], ad, story[1], story[2]].map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    expect(extractArticle(html).blocks.map((b) => b.text)).toEqual(story);
  });
});

describe("a paywall's prompt inside the article's container", () => {
  it("ends the article at 'To view the full story, please subscribe': the offer after it is not the story", () => {
    const story = [
      "WEST PALM BEACH — The family of a ranked junior tennis player, diagnosed with a rare illness, has launched a crowdfunding effort to help with his treatment.",
      "“He is functioning at the level of an 80-year-old man, because his body cannot tolerate anything physical,” said his mother, Camille.",
      "His older brother started the fundraising page earlier this month to raise money for his medical care and to make the public aware of the disease.",
    ];
    const offer = [
      "To view the full story, please subscribe to The Courier. You can choose a $60 Annual Subscription or a $5 Weekly Pass.",
      "When you join The Courier family, you’ll get unlimited digital access to high-quality journalism you won’t get anywhere else. We’ve been at this for 20 years.",
      "First-time subscribers also receive a special welcome gift handmade by expert artisans! Do it for the culture and support local businesses.",
    ];
    const html = `<html><body><article>${[...story, ...offer].map((p) => `<p>${p}</p>`).join("")}<ul><li>Instant access to special reports</li><li>Local news from our communities</li></ul></article></body></html>`;
    expect(extractArticle(html).blocks.map((b) => b.text)).toEqual(story);
  });
});

describe("a cookie notice named by a compound id above the article", () => {
  it("drops the notice ('cookieinfo', 'consentbar', 'dialogCookieWarning') and keeps the story", () => {
    const text = articleText(extractArticle(cookieNotice).blocks);
    expect(text).toContain("The harbour ferry will run every 40 minutes");
    expect(text).not.toContain("We use cookies");
    expect(text).not.toContain("privacy choices");
    expect(text).not.toContain("Accept all and continue");
  });
});

describe("a comments section under the article", () => {
  const a = extractArticle(comments);
  it("keeps the article and leaves out the comments and their authors", () => {
    const text = articleText(a.blocks);
    expect(a.blocks).toHaveLength(3);
    expect(text).not.toContain("birdwatcher77");
    expect(text).not.toContain("wonderful discovery");
    expect(a.byline).toBeNull();
  });
});

describe("an old table layout: photo caption above the headline, byline and date set as a heading", () => {
  const a = extractArticle(tableLayout);
  it("takes the <h1> as the title when the page title only adds the site's name before a colon", () => {
    expect(a.title).toBe("Ferry operator orders two electric boats for the island route");
  });
  it("reads the byline's first line as the name and the date from the element named for it", () => {
    expect(a.byline).toBe("Miriam Holt");
    expect(a.publishedAt).toBe("2019-11-18");
  });
  it("keeps only the paragraphs: no caption (above the headline, or repeating a photo's alt text), headline, byline or date line", () => {
    expect(a.blocks.map((b) => b.kind)).toEqual(Array(5).fill("paragraph"));
    expect(a.blocks[0].text.startsWith("Island Link, the company")).toBe(true);
    const text = articleText(a.blocks);
    for (const chrome of [
      "credit:",
      "by Miriam Holt",
      "Monday, November 18",
      "Subscribe",
      "Copyright",
      "where the chargers will stand",
    ]) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe("a list of teasers of other stories above the story, in the same content area", () => {
  it("keeps the story and drops the teasers (a headline link, then text cut short with '...')", () => {
    const a = extractArticle(teaserList);
    const texts = a.blocks.map((b) => b.text);
    expect(texts).toHaveLength(4);
    expect(texts[0].startsWith("PORTMORE: Ferry crews on the Skerry route")).toBe(true);
    expect(articleText(a.blocks)).not.toContain("Bridge repairs start in March");
  });
});

describe("a live ticker whose entries are named like readers' comments ('match-live-comment')", () => {
  it("keeps the entries: a run of look-alike entries without links holding the text is the article", () => {
    const text = articleText(extractArticle(liveTicker).blocks);
    expect(text).toContain("It is all over at the Old Quay!");
    expect(text).toContain("An early goal for the home side");
    expect(text).not.toMatch(/Other matches|Northgate|Privacy/);
  });

  it("still leaves out a thread of readers' comments, which carry reply links", () => {
    const withReplies = liveTicker.replace(
      /<\/div>\n {4}<\/div>/g,
      '</div><a href="#reply">Reply</a>\n    </div>',
    );
    expect(withReplies).toContain("Reply");
    expect(extractArticle(withReplies).blocks).toEqual([]);
  });
});

describe("a recipe whose ingredients sit in a box apart from the method", () => {
  const lines = (html: string) => extractArticle(html).blocks.map((b) => `${b.kind}: ${b.text}`);

  it("puts the declared ingredients (JSON-LD recipeIngredient) before the method, a line per item", () => {
    const got = lines(recipe);
    expect(got.slice(0, 4)).toEqual([
      "heading: Ingredients",
      "heading: For the base",
      "listItem: 250 g plain flour",
      "listItem: 125 g cold butter",
    ]);
    expect(got).toContain("listItem: 50 g rolled oats");
    expect(got).toContain("listItem: 50 g flaked almonds");
    expect(got.join("\n")).toContain("Rub the butter into the flour");
    expect(got.join("\n")).not.toMatch(/Recalculate|Servings|More autumn bakes|Privacy/);
  });

  it("finds them by microdata too (itemprop=recipeIngredient, on a page with a recipe's meta tags)", () => {
    const microdata = recipe
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, "")
      .replace(
        '<main class="recipe-page">',
        '<main class="recipe-page" itemscope itemtype="https://schema.org/Recipe"><meta itemprop="totalTime" content="PT60M">',
      )
      .replace(/<tr><td/g, '<tr itemprop="recipeIngredient"><td');
    expect(microdata).not.toContain("ld+json");
    expect(lines(microdata)).toContain("listItem: 8 ripe plums, halved and stoned");
  });

  it("adds nothing to a page without a recipe's declaration", () => {
    const plain = recipe.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, "");
    expect(lines(plain).join("\n")).not.toContain("plain flour");
  });
});

describe("related posts under a 'you may like' heading, with no class name that says so", () => {
  const a = extractArticle(relatedBox);
  it("drops the box the heading opens, and keeps the article around a 'Related' box inside it", () => {
    const texts = a.blocks.map((b) => b.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toMatch(/^Por isso, reserve/);
    expect(texts.join(" ")).not.toMatch(/Você pode gostar|pessimismo|Família unida|Related/);
  });
  it("knows such headings in several languages, and not a title that merely uses the words", () => {
    for (const h of [
      "You may also like",
      "Leia também:",
      "Mehr zum Thema",
      "Related Posts",
      "À lire aussi »",
    ])
      expect(isRelatedHeading(h)).toBe(true);
    for (const h of ["See also", "The related question of cost", "More than a game"])
      expect(isRelatedHeading(h)).toBe(false);
  });
  it("drops a link card to another story under such a cue ('Also on rt.com', 'READ MORE:'), not the article's own sentence", () => {
    const story = (p: string) => `<html><body><article><h1>Clashes near the fuel plant</h1>
      <p>Three people have died during protests against the interim government, officials said on Tuesday, after clashes near a fuel plant.</p>
      ${p}
      <p>The public defender's office said another 30 people had been injured, but the circumstances of the deaths remained unclear.</p>
      </article></body></html>`;
    // A link card between the paragraphs, as some sites set it (no paragraph of its own).
    const teaser =
      '<a class="card-big" href="/news/1"><span class="card-sub">Also on rt.com</span> <span class="card-title">Journalists from the party threatened with sedition arrests</span></a>';
    const texts = (html: string) => extractArticle(html).blocks.map((b) => b.text);
    expect(texts(story(teaser)).join(" ")).not.toMatch(/sedition/);
    const more =
      '<a class="card-big" href="/news/2"><span>READ MORE:</span> <span>Police open an inquiry into the shooting at the plant</span></a>';
    expect(texts(story(more)).join(" ")).not.toMatch(/inquiry/);
    const own =
      '<p>Read more: the ombudsman\'s <a href="/report">report</a>, published in March, counted 30 people injured in the first week.</p>';
    expect(texts(story(own)).join(" ")).toMatch(/counted 30 people injured/);
  });
});

describe("a drop cap set apart from its paragraph (<span>F</span><p>erry …)", () => {
  const a = extractArticle(dropCap);
  it("joins the letter back to the word it starts", () => {
    expect(a.blocks[0].text).toMatch(/^Ferry services between Northshore/);
    expect(a.blocks.map((b) => b.text)).not.toContain("F");
  });
});

describe("photo captions closed by a credit ('… Foto: Lahntal Bote/Klaus Berg')", () => {
  const a = extractArticle(photoCredits);
  const texts = a.blocks.map((b) => b.text);
  it("leaves the caption out and keeps the prose around it", () => {
    expect(texts.some((t) => t.includes("durchschneidet das Band"))).toBe(false);
    expect(texts[0]).toMatch(/^Nach zwei Jahren Bauzeit/);
    expect(texts).toHaveLength(5);
  });
  it("keeps a sentence that names a photo in the middle ('(Foto: Archiv)')", () => {
    expect(texts).toContain("Der alte Steg am Wehr (Foto: Archiv) wird im kommenden Jahr abgerissen.");
  });
  it("keeps the caption when the page is only a line under its picture (a paywall's teaser)", () => {
    const teaser = `<html><body><article><h1>Prison escape fears</h1>
      <p>Northward prison is considered a Category C facility, yet more than half the inmates are classed as Category B. Photo: Ana Cruz</p>
      <p>A senior prison official has said in a sworn affidavit that anyone with enough determination could escape.</p>
      </article></body></html>`;
    expect(extractArticle(teaser).blocks.map((b) => b.text)[0]).toMatch(/Photo: Ana Cruz$/);
  });
});

describe("a short post followed by the next stories' teasers (class 'nextstory', excerpts ending '[…]')", () => {
  const a = extractArticle(nextStories);
  it("keeps the post and leaves the other stories' excerpts out", () => {
    expect(a.blocks).toHaveLength(1);
    expect(a.blocks[0].text).toMatch(/^Ashford Hill's council voted on Tuesday/);
  });
});

describe("a reference list under the article (class 'references', 'reflist')", () => {
  it("is left out: its citations are no part of what the article says", () => {
    const html = `<html><body><div id="content"><h1>Harbour tides</h1>
      <p>The harbour's tides are among the strongest on the coast, and the mill used them for three centuries until it closed in 1921.[1]</p>
      <p>Engineers now plan to restore the mill so that it can grind flour for visitors again from next summer.[2]</p>
      <p>The council has set aside 1.2 million euros for the work, and a trust of local volunteers will run the mill once it reopens.</p>
      <p>Repairs to the sluice gates come first: the old oak gates have rotted, and new ones must be made by hand to the original design.</p>
      <p>Visitors will be able to watch the wheel turn at high tide from a new platform on the quay, which opens in the spring.</p>
      <h2>References</h2>
      <div class="reflist"><ol class="references">
        <li>^ Smith, J. (2019). Tide Mills of the North. Harbour Press. ISBN 9781404207196.</li>
        <li>^ "Mill to grind again". Coastal Chronicle. 2 September 2023. Retrieved 2023-09-03.</li>
      </ol></div></div></body></html>`;
    const texts = extractArticle(html).blocks.map((b) => b.text);
    expect(texts.join(" ")).toMatch(/grind flour for visitors/);
    expect(texts.join(" ")).not.toMatch(/ISBN|Retrieved/);
  });
});

describe("an advertisers' disclosure among the paragraphs", () => {
  it("is a label of the page, up to a few sentences long, not the article's prose", () => {
    const disclosure =
      "This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products. Terms apply to the offers listed on this page. For an explanation of our Advertising Policy, visit this page.";
    const html = `<html><body><article><h1>Airline sets a new date for its alliance membership</h1>
      <p>${disclosure}</p>
      <p>Alaska Airlines has a new date for when it will be a full member of the Oneworld alliance: March 31, 2021.</p>
      <p>The carrier had planned to join in the summer, but the pandemic slowed the work on its systems and lounges.</p>
      <p>Frequent flyers on other Oneworld members will have access to Alaska's network and lounges from that day.</p>
      </article></body></html>`;
    const texts = extractArticle(html).blocks.map((b) => b.text);
    expect(texts).not.toContain(disclosure);
    expect(texts[0]).toMatch(/^Alaska Airlines has a new date/);
  });
});

describe("soft hyphens set as break hints ('can&shy;di&shy;da&shy;ture')", () => {
  it("are left out of the text, so words and names stay whole", () => {
    const html = `<html><body><article><h1>Une candidature collective</h1>
      <p>En réac&shy;tion à la can&shy;di&shy;da&shy;ture du conseiller d’Em­ma­nuel Macron, plus de 2500 chercheurs annoncent faire acte de candidature collectivement.</p>
      <p>L’initiative se veut une réappropriation par les acteurs de la recherche de l’évaluation de leur travail, disent ses auteurs.</p>
      </article></body></html>`;
    const text = extractArticle(html)
      .blocks.map((b) => b.text)
      .join(" ");
    expect(text).not.toContain("\u00ad");
    expect(text).toContain("la candidature du conseiller d’Emmanuel Macron");
  });
});

import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/text/sentences";

/** Splits and returns the sentence texts (and checks every span is a trimmed slice of the input). */
function split(text: string, lang = "en"): string[] {
  return splitSentences(text, lang).map(({ start, end }) => {
    const s = text.slice(start, end);
    expect(s).toBe(s.trim());
    expect(s.length).toBeGreaterThan(0);
    return s;
  });
}

// Hard cases of news prose, each with the split a careful reader makes. They run in workerd, where
// Intl.Segmenter gets several of them wrong (Dr., Jan., ordinals, Japanese brackets).
const CASES: Array<[name: string, lang: string, text: string, expected: string[]]> = [
  [
    "titles and month abbreviations",
    "en",
    "Dr. Smith met Mr. Jones on Jan. 5 in Washington. They talked for an hour.",
    ["Dr. Smith met Mr. Jones on Jan. 5 in Washington.", "They talked for an hour."],
  ],
  [
    "dotted acronyms inside and at the end of a sentence",
    "en",
    "The U.S. Army left at 3 p.m. on Friday. Officials said it was the last unit in the U.S. The base closed.",
    [
      "The U.S. Army left at 3 p.m. on Friday.",
      "Officials said it was the last unit in the U.S.",
      "The base closed.",
    ],
  ],
  [
    "a name's Jr. in another language's text",
    "de",
    "Chris Eubank Jr. (England) steigt am Wochenende in den Ring. Er kämpft in Cardiff.",
    ["Chris Eubank Jr. (England) steigt am Wochenende in den Ring.", "Er kämpft in Cardiff."],
  ],
  [
    "a day and month with the date's period (German)",
    "de",
    "Die Aktion läuft vom 9.1. -10.2.2023 in Steinheim. Das war am 9.1. Danach kam nichts.",
    ["Die Aktion läuft vom 9.1. -10.2.2023 in Steinheim.", "Das war am 9.1.", "Danach kam nichts."],
  ],
  [
    "a contraction's last letter before a full stop is no initial",
    "en",
    "Reaching Mars, however, hasn’t. Why? They don't. She can’t.",
    ["Reaching Mars, however, hasn’t.", "Why?", "They don't.", "She can’t."],
  ],
  [
    "a.m./p.m. before a sentence opener",
    "en",
    "The blast happened at 10 a.m. It was heard miles away.",
    ["The blast happened at 10 a.m.", "It was heard miles away."],
  ],
  [
    "initials",
    "en",
    "George W. Bush praised J. K. Rowling. She thanked him.",
    ["George W. Bush praised J. K. Rowling.", "She thanked him."],
  ],
  [
    "company suffix ending a sentence",
    "en",
    "He joined Apple Inc. The company did not comment.",
    ["He joined Apple Inc.", "The company did not comment."],
  ],
  [
    "decimals, money and percentages",
    "en",
    "Profits rose 3.5% to $1.13bn. Shares fell 0.7 points.",
    ["Profits rose 3.5% to $1.13bn.", "Shares fell 0.7 points."],
  ],
  [
    "quotes: inner punctuation goes on, closing quote stays with its sentence",
    "en",
    '"I thought I was going to help," she told CNN. "Thanks!" he said. "We will win." The crowd cheered.',
    [
      '"I thought I was going to help," she told CNN.',
      '"Thanks!" he said.',
      '"We will win."',
      "The crowd cheered.",
    ],
  ],
  [
    "curly quotes",
    "en",
    "“It is over,” he said. “We lost.” Then he left.",
    ["“It is over,” he said.", "“We lost.”", "Then he left."],
  ],
  [
    "parentheses",
    "en",
    "The law passed (the vote was 52 to 48). It takes effect in May. (Reporting by Jane Doe.) More to come.",
    [
      "The law passed (the vote was 52 to 48).",
      "It takes effect in May.",
      "(Reporting by Jane Doe.)",
      "More to come.",
    ],
  ],
  [
    "ellipsis: before a lowercase word it goes on, before a capital it ends",
    "en",
    "He paused... and then spoke. She waited… Nothing happened.",
    ["He paused... and then spoke.", "She waited…", "Nothing happened."],
  ],
  [
    "question and exclamation marks",
    "en",
    "Will it work? Nobody knows! We will see.",
    ["Will it work?", "Nobody knows!", "We will see."],
  ],
  [
    "an exclamation inside dashes goes on before a lowercase word",
    "en",
    "Stir in a new law, then -- boom! -- the debate explodes. He left. -- The end came.",
    ["Stir in a new law, then -- boom! -- the debate explodes.", "He left.", "-- The end came."],
  ],
  [
    "URLs, e-mail and U.S.-led stay whole",
    "en",
    "Read more at cnn.com/world. The U.S.-led coalition wrote to info@example.org yesterday.",
    ["Read more at cnn.com/world.", "The U.S.-led coalition wrote to info@example.org yesterday."],
  ],
  [
    "e.g. and No. before a number",
    "en",
    "Some teams, e.g. the Jets, lost. He wore No. 23 all season.",
    ["Some teams, e.g. the Jets, lost.", "He wore No. 23 all season."],
  ],
  [
    "bullet-like lines and numbered lists",
    "en",
    "Key points:\n• Prices rose\n• Wages fell. Unions protested\n1. First item\n2. Second item",
    ["Key points:", "• Prices rose", "• Wages fell.", "Unions protested", "1. First item", "2. Second item"],
  ],
  [
    "German ordinal dates and z. B.",
    "de",
    "Am 28. September kam er nach Berlin. Er sah z. B. das Rathaus. Das war 1990. Danach ging er.",
    ["Am 28. September kam er nach Berlin.", "Er sah z. B. das Rathaus.", "Das war 1990.", "Danach ging er."],
  ],
  [
    "German three-digit ordinals before a noun, and a count that ends a sentence",
    "de",
    "Zum 100. Geburtstag erschien das Buch. Es waren 400. Die Zahl stieg.",
    ["Zum 100. Geburtstag erschien das Buch.", "Es waren 400.", "Die Zahl stieg."],
  ],
  [
    "German Dr. and bzw.",
    "de",
    "Laut Dr. Müller steigen die Preise bzw. Mieten. Die Regierung widerspricht.",
    ["Laut Dr. Müller steigen die Preise bzw. Mieten.", "Die Regierung widerspricht."],
  ],
  [
    "citation markers after a full stop",
    "en",
    "The community supports free software, with minor exceptions.[1] It is backed by a foundation.[2][3] Critics disagree.",
    [
      "The community supports free software, with minor exceptions.[1]",
      "It is backed by a foundation.[2][3]",
      "Critics disagree.",
    ],
  ],
  [
    "Polish im. before a name and ds. before a noun",
    "pl",
    "Jest absolwentem Uniwersytetu im. Adama Mickiewicza. Pracuje jako menedżer ds. komunikacji w Poznaniu.",
    [
      "Jest absolwentem Uniwersytetu im. Adama Mickiewicza.",
      "Pracuje jako menedżer ds. komunikacji w Poznaniu.",
    ],
  ],
  [
    "French guillemets with spaces and M.",
    "fr",
    "Il a déclaré : « Nous viendrons. » Puis il est parti. M. Dupont a confirmé.",
    ["Il a déclaré : « Nous viendrons. »", "Puis il est parti.", "M. Dupont a confirmé."],
  ],
  [
    "Spanish inverted marks and Sra.",
    "es",
    "¿Quién ganó? La Sra. García dijo que no lo sabe. ¡Qué sorpresa!",
    ["¿Quién ganó?", "La Sra. García dijo que no lo sabe.", "¡Qué sorpresa!"],
  ],
  [
    "Russian abbreviations",
    "ru",
    "В 2024 г. в Москве открыли музей. Его посетили тыс. человек. Это рекорд.",
    ["В 2024 г. в Москве открыли музей.", "Его посетили тыс. человек.", "Это рекорд."],
  ],
  [
    "Chinese: no spaces, full-width marks, closing quote kept",
    "zh",
    "北京时间今天上午，他说：“我们会来。”然后离开了。这是第三句！",
    ["北京时间今天上午，他说：“我们会来。”", "然后离开了。", "这是第三句！"],
  ],
  [
    "Japanese: opening bracket starts the next sentence, quotative と continues",
    "ja",
    "東京都は今日、新しい計画を発表した。「来年から始める。」と知事は述べた。詳細は未定だ。",
    ["東京都は今日、新しい計画を発表した。", "「来年から始める。」と知事は述べた。", "詳細は未定だ。"],
  ],
  [
    "a short quoted slogan or title holds its own full stops when the sentence goes on after it",
    "en",
    "South Dakota’s viral “Meth. We’re on it.” campaign drew mockery. He shouted “Stop! Now!” and ran. She said: “We won. It was hard.” The crowd cheered.",
    [
      "South Dakota’s viral “Meth. We’re on it.” campaign drew mockery.",
      "He shouted “Stop! Now!” and ran.",
      "She said: “We won.",
      "It was hard.”",
      "The crowd cheered.",
    ],
  ],
  [
    "the short quote rule reads guillemets and low-high quotes too, and each closes with its own mark",
    "de",
    "Die Kampagne „Halt. Stopp.“ wirkte kaum. Er rief «Nein. Nie.» und ging. Sie schrieb „Ja. Gut.» Dann kam er.",
    [
      "Die Kampagne „Halt. Stopp.“ wirkte kaum.",
      "Er rief «Nein. Nie.» und ging.",
      "Sie schrieb „Ja.",
      "Gut.»",
      "Dann kam er.",
    ],
  ],
  [
    "Japanese: a sentence opening with と (ところが, とはいえ) after 。 is a new one",
    "ja",
    "東京は晴れだった。ところが大阪は雨だった。とはいえ、気温は高い。",
    ["東京は晴れだった。", "ところが大阪は雨だった。", "とはいえ、気温は高い。"],
  ],
  [
    "Arabic question mark and period",
    "ar",
    "هل ستنجح الخطة؟ قال الوزير إنها ستنجح. وأضاف أن التنفيذ يبدأ غدا.",
    ["هل ستنجح الخطة؟", "قال الوزير إنها ستنجح.", "وأضاف أن التنفيذ يبدأ غدا."],
  ],
];

describe("splitSentences: hard cases of news prose", () => {
  for (const [name, lang, text, expected] of CASES) {
    it(`${lang}: ${name}`, () => {
      expect(split(text, lang)).toEqual(expected);
    });
  }
});

describe("splitSentences: edge inputs", () => {
  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("", "en")).toEqual([]);
    expect(splitSentences("  \n\n \t", "en")).toEqual([]);
  });

  it("drops punctuation-only fragments such as separators", () => {
    expect(split("First part.\n* * *\nSecond part.")).toEqual(["First part.", "Second part."]);
  });

  it("keeps a text without terminal punctuation as one sentence", () => {
    expect(split("Breaking news from the capital")).toEqual(["Breaking news from the capital"]);
  });

  it("offsets index the original text, including leading white space and blank lines", () => {
    const text = "  One here.  Two there.\n\nThree.";
    const spans = splitSentences(text, "en");
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual([
      "One here.",
      "Two there.",
      "Three.",
    ]);
    expect(spans[0].start).toBe(2);
  });

  it("unknown language still splits on punctuation and keeps titles shared by all languages", () => {
    expect(split("Dr. Lee arrived. He spoke.", "und")).toEqual(["Dr. Lee arrived.", "He spoke."]);
  });
});

/**
 * Beyond English: numbers, dates, quotes with speakers and capitalised names in German and French;
 * Japanese facts (no spaces: its sentences are as long as a spaced language's, not three "words").
 */
import { describe, expect, it } from "vitest";
import { factsOfParagraphs } from "./paragraph-facts";

const facts = factsOfParagraphs;

describe("facts in other languages", () => {
  it("German: amounts, weekdays, „…“ quotes and names (not every capitalised noun)", () => {
    const r = facts(
      [
        "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin ein Hilfspaket von 2,5 Milliarden Euro angekündigt. Das Paket soll 40.000 Familien zugutekommen.",
        "„Wir lassen niemanden allein“, sagte Scholz vor Journalisten. Die Opposition kritisierte den Plan. Friedrich Merz sprach von einem „Wahlgeschenk“.",
        "Der Bundestag soll am 19. April 2024 über das Gesetz abstimmen. Die Kosten stiegen im vergangenen Jahr um 12 Prozent.",
      ],
      "de",
    );
    const money = r.keyFacts.find((f) => f.numbers.some((n) => n.unit === "EUR"));
    expect(money?.numbers[0]).toEqual({ text: "2,5 Milliarden Euro", value: 2.5e9, unit: "EUR" });
    expect(money?.dates).toEqual([{ text: "Dienstag", iso: "2024-04-16" }]);
    expect(r.quotes).toEqual([
      expect.objectContaining({ speaker: "Olaf Scholz", text: "Wir lassen niemanden allein" }),
    ]);
    expect(r.entities.map((e) => e.text)).toEqual(["Olaf Scholz", "Friedrich Merz"]);
    expect(r.entities[0].mentions).toBe(2);
  });

  it("types institutions and places by their head noun: first in Romance names, last in German", () => {
    const type = (paragraphs: string[], lang: string, name: string) =>
      facts(paragraphs, lang).entities.find((e) => e.text === name)?.type;
    const es = [
      "La Corte Suprema rechazó el recurso el martes. El Poder Judicial anunció cambios y los vecinos de la Calle Alcalá protestaron.",
    ];
    expect(type(es, "es", "Corte Suprema")).toBe("organization");
    expect(type(es, "es", "Poder Judicial")).toBe("organization");
    expect(type(es, "es", "Calle Alcalá")).toBe("place");
    const de = ["Das Thüringer Verfassungsgericht entschied am Dienstag, sagte Anna Schmidt."];
    expect(type(de, "de", "Thüringer Verfassungsgericht")).toBe("organization");
    expect(type(de, "de", "Anna Schmidt")).toBe("person");
  });

  it("keeps Spanish names joined by a preposition and an article ('de la', 'por el')", () => {
    const es = facts(
      [
        "El periodista ganó el premio Nobel de la Paz el año pasado. La Universidad de la República abrió sus puertas. El partido Juntos por el Cambio votó en contra.",
      ],
      "es",
    ).entities.map((e) => e.text);
    expect(es).toEqual(
      expect.arrayContaining(["Nobel de la Paz", "Universidad de la República", "Juntos por el Cambio"]),
    );
  });

  it("keeps Italian names joined by an articled preposition ('dello', 'degli')", () => {
    const it = facts(
      [
        "Netflix ospiterà il remake de I Cavalieri dello Zodiaco, dopo il successo de Il Signore degli Anelli. I Cavalieri dello Zodiaco tornano nel 2025.",
      ],
      "it",
    ).entities.map((e) => e.text);
    expect(it).toContain("Cavalieri dello Zodiaco");
    expect(it).toContain("Signore degli Anelli");
  });

  it("German: roles before names, noun phrases and genitives are not names", () => {
    const r = facts(
      [
        "Konzernchef Robert Machtlinger stellte am Dienstag die Zahlen vor. Nachfolger Weikert widersprach der Darstellung von Thomas Weikert nicht.",
        "Die Erfüllung von Forderungen sei schwierig, sagte Machtlinger. Grundlose Berichte über Kims Gesundheitszustand kursierten, nachdem Kim Jong Un fehlte.",
        "Ursula von der Leyen reiste nach Brüssel. Die Spieltage der Bundesliga wurden verlegt, und Luftfahrtzulieferer FACC meldete Rekorde. FACC wächst.",
        "Hunderte Kinder warteten, und Millionen Euro fehlten.",
        "Forscher um Aneta Afelt von der Universität Warschau warnten. Jürgen Kerner widersprach.",
        "Oliver Kalkofe lachte. Das sagte Schriftsteller Kristof Magnusson am Montag.",
      ],
      "de",
    );
    const names = r.entities.map((e) => e.text);
    expect(names).toEqual(
      expect.arrayContaining([
        "Robert Machtlinger",
        "Thomas Weikert",
        "Kim Jong Un",
        "Ursula von der Leyen",
        "FACC",
      ]),
    );
    for (const junk of [
      /Konzernchef/,
      /Nachfolger/,
      /Erfüllung/,
      /Grundlose/,
      /Kims/,
      /Spieltage/,
      /Luftfahrt/,
    ])
      expect(names.filter((n) => junk.test(n))).toEqual([]);
    expect(r.entities.find((e) => e.text === "Thomas Weikert")?.mentions).toBe(2);
  });

  it("German: nouns the article writes after an article end no name; institutions and place names stay", () => {
    const r = facts(
      [
        "Beim Sport hilft die Musik. Sport Musik ist ein Thema, sagte Anna Berger am Montag.",
        "Anfang Juli stieg die Zahl. Die Lage Ihrer Unterkunft ist gut, und den Männern Schulterzucken war egal.",
        "Die Deutsche Bank und die Süddeutschen Zeitung berichteten über die Hellbrunner Allee. Die Allee ist lang.",
      ],
      "de",
    );
    const names = r.entities.map((e) => e.text);
    expect(names).toEqual(
      expect.arrayContaining(["Anna Berger", "Deutsche Bank", "Süddeutschen Zeitung", "Hellbrunner Allee"]),
    );
    for (const junk of [/Sport/, /Juli/, /Lage|Unterkunft/, /Männern|Schulterzucken/])
      expect(names.filter((n) => junk.test(n))).toEqual([]);
    expect(r.entities.find((e) => e.text === "Hellbrunner Allee")?.type).toBe("place");
  });

  it("French: « … » quotes with inverted attribution, dates and percentages", () => {
    const r = facts(
      [
        "Le président Emmanuel Macron a annoncé jeudi à Paris un plan de 3 milliards d'euros pour les hôpitaux. « Nous devons agir maintenant pour nos soignants », a déclaré Macron.",
        "Selon le ministère de la Santé, 15 % des postes restent vacants. La réforme sera examinée le 2 mai 2024 par l'Assemblée nationale.",
      ],
      "fr",
    );
    expect(r.quotes[0]).toMatchObject({
      speaker: "Emmanuel Macron",
      text: "Nous devons agir maintenant pour nos soignants",
    });
    const all = r.keyFacts.flatMap((f) => [...f.numbers, ...f.dates]);
    expect(all).toContainEqual({ text: "3 milliards d'euros", value: 3e9, unit: "EUR" });
    expect(all).toContainEqual({ text: "15 %", value: 15, unit: "%" });
    expect(all).toContainEqual({ text: "2 mai 2024", iso: "2024-05-02" });
    expect(all).toContainEqual({ text: "jeudi", iso: "2024-04-18" });
    expect(r.entities.find((e) => e.text === "Paris")?.type).toBe("place");
  });

  it("Japanese: sentences written without spaces are facts, with their numbers, dates and 「」 quotes", () => {
    const r = facts(
      [
        "東京都は18日、来年4月から都内の公立小学校で給食を無償にすると発表した。対象は約60万人で、費用は年間約300億円を見込む。",
        "知事は記者会見で「子育ての負担を減らしたい」と述べた。都議会は来月、関連する予算案を審議する。",
      ],
      "ja",
    );
    expect(r.keyFacts.length).toBeGreaterThanOrEqual(3);
    const numbers = r.keyFacts.flatMap((f) => f.numbers);
    expect(numbers).toContainEqual({ text: "300億円", value: 3e10, unit: "JPY" });
    expect(numbers).toContainEqual({ text: "60万人", value: 6e5, unit: "人" });
    expect(r.keyFacts.flatMap((f) => f.dates)).toContainEqual({ text: "18日", iso: "2024-04-18" });
    expect(r.quotes.map((q) => q.text)).toContain("子育ての負担を減らしたい");
    for (const f of r.keyFacts) expect(f.text.endsWith("。")).toBe(true);
  });

  it("Russian and Polish: a name's case forms are one name, a people is not its country, an opening adverb is no name's", () => {
    const ru = facts(
      [
        "Модель Полина Порижкова снималась у многих режиссёров. В 2018 году Полине исполнилось 53 года.",
        "Тогда трудно было найти журнал без фотографий Полины. Журналы печатали фотографии Полины везде.",
      ],
      "ru",
    ).entities;
    expect(ru.filter((e) => /^Полин/u.test(e.text))).toHaveLength(1);
    const pl = facts(
      [
        "Według mediów Rosjanie sugerują, że Rosja nie wstrzyma dostaw. W marcu Rosjanie podpisali umowę z Finlandią.",
        "Dziś Rosja ostrzega Finlandię, a w Finlandii trwa debata o dostawach z Rosji.",
      ],
      "pl",
    ).entities.map((e) => e.text);
    expect(pl.filter((t) => /^Finland/u.test(t))).toHaveLength(1);
    expect(pl.some((t) => t.startsWith("Rosjan"))).toBe(true);
    expect(pl.some((t) => t === "Rosja" || t === "Rosji")).toBe(true);
    // A sentence's opening adverb ("Dziś", today) joins no name; a party's letters stay one ("PO").
    expect(pl.some((t) => t.startsWith("Dziś"))).toBe(false);
    const party = facts(["W najnowszym sondażu partia PO prowadzi przed PiS, a PO zyskuje poparcie."], "pl");
    expect(party.entities.map((e) => e.text)).toContain("PO");
  });

  it("ends a Latin-script name where Japanese or Chinese written onto it begins ('App Storeにない…', 'DeepMind的')", () => {
    const ja = facts(
      [
        "脱獄すれば、App Storeにない非公式アプリを利用することもできるようになるとのことです。この名前は Apple Inc.の商標です。Apple社は何も発表していない。",
      ],
      "ja",
    ).entities.map((e) => e.text);
    expect(ja).toContain("App Store");
    expect(ja).toContain("Apple Inc.");
    for (const name of ja) expect(name).not.toMatch(/[\p{Script=Hiragana}\p{Script=Han}]/u);
    const zh = facts(["DeepMind的AlphaGo AI能够打败围棋冠军，也跟这些神经网络有很大关系。"], "zh").entities;
    for (const e of zh) expect(e.text).not.toMatch(/\p{Script=Han}/u);
  });
});

/**
 * Names in Polish and Russian, which inflect them by case: case forms of one name, openings and roles
 * glued to a name, institutions in oblique cases.
 */
import { describe, expect, it } from "vitest";
import { isCaseFormOf } from "../../../src/core/facts/entities/slavic-forms";
import { factsOfParagraphs } from "./paragraph-facts";

function entities(paragraphs: string[], lang: string) {
  return factsOfParagraphs(paragraphs, lang).entities;
}

function typeOf(paragraphs: string[], lang: string, name: string) {
  return entities(paragraphs, lang).find((e) => e.text === name)?.type;
}

describe("Slavic names", () => {
  it("a country in an oblique case is a place ('w Polsce', 'we Włoszech', 'w Nowej Zelandii', 'в Германии')", () => {
    const pl = [
      "Bezrobocie w Polsce spadło, a we Włoszech i w Nowej Zelandii wzrosło. Dane zebrał urząd.",
      "Rząd w Polsce ogłosił plan, którego we Włoszech nikt nie zna. W Nowej Zelandii też nie.",
    ];
    expect(typeOf(pl, "pl", "Polsce")).toBe("place");
    expect(typeOf(pl, "pl", "Włoszech")).toBe("place");
    expect(typeOf(pl, "pl", "Nowej Zelandii")).toBe("place");
    const ru = ["Он играл в Германии. Потом в Германии начался новый сезон."];
    expect(typeOf(ru, "ru", "Германии")).toBe("place");
  });

  it("a people is no case form of its country ('Rosjanie', 'Austriacy')", () => {
    expect(isCaseFormOf("polsce", "polska")).toBe(true);
    expect(isCaseFormOf("rosji", "rosja")).toBe(true);
    expect(isCaseFormOf("rosjanie", "rosja")).toBe(false);
    expect(isCaseFormOf("austriacy", "austria")).toBe(false);
  });

  it("an institution's name in any case is an organisation ('Unii Europejskiej', 'Partię Pracy', 'Polskiego Związku Niewidomych')", () => {
    const pl = [
      "Rozwiązanie zaproponowane przez Partię Pracy poparli posłowie. Stopa bezrobocia jest najniższa w całej Unii Europejskiej.",
      "Dziękujemy Polskiemu Związkowi Głuchych i członkom Polskiego Związku Niewidomych. Wiceprzewodniczący Unii Europejskiej milczał.",
    ];
    expect(typeOf(pl, "pl", "Partię Pracy")).toBe("organization");
    expect(typeOf(pl, "pl", "Unii Europejskiej")).toBe("organization");
    expect(typeOf(pl, "pl", "Polskiego Związku Niewidomych")).toBe("organization");
    const ru = ["Решение поддержал Фонд Сороса. Потом Фонда Сороса не стало в стране."];
    expect(typeOf(ru, "ru", "Фонд Сороса")).toBe("organization");
  });

  it("an opening adverb or 'zdaniem' (in the opinion of) joins no name ('Zdaniem Tarji Matomäki', 'Сейчас Полине')", () => {
    const pl = entities(
      [
        "Zdaniem Tarji Matomäki wino jest dobre. Początkowo Barbieri nie jadł nic, a lekarz badał Barbieriego.",
        "Rozmawiała z nami Tarja Matomäki, a o Barbierim pisała prasa.",
      ],
      "pl",
    ).map((e) => e.text);
    expect(pl).toContain("Tarji Matomäki");
    for (const name of pl) expect(name).not.toMatch(/^(?:Zdaniem|Początkowo)/u);
    const ru = entities(["Сейчас Полине исполнилось 53 года. Фотографии Полины печатали везде."], "ru");
    for (const e of ru) expect(e.text).not.toMatch(/^Сейчас/u);
  });

  it("joins case forms that stems miss: a dropped vowel ('Mireczek', 'Mireczka'), an adjective's short stem ('Nowa Zelandia', 'Nowej Zelandii')", () => {
    const pl = entities(
      [
        "W książce pojawia się Mireczek, a o Mireczku mówią wszyscy. Historia Mireczka jest smutna.",
        "Nowa Zelandia wprowadza urlop. Przepisy wprowadzone w Nowej Zelandii chwali prasa, a Nową Zelandię chwalą też inni.",
      ],
      "pl",
    ).map((e) => e.text);
    expect(pl.filter((t) => t.startsWith("Mirecz"))).toHaveLength(1);
    expect(
      pl.filter((t) => t.endsWith("Zelandii") || t.endsWith("Zelandia") || t.endsWith("Zelandię")),
    ).toHaveLength(1);
    expect(isCaseFormOf("mireczka", "mireczek")).toBe(true);
    expect(isCaseFormOf("павла", "павел")).toBe(true);
  });

  it("an opening noun that the article writes in lowercase in another case joins no name ('Zadania Instytutu …' beside 'zadanie')", () => {
    const pl = entities(
      [
        "Zadania Instytutu Pamięci Narodowej wykraczały poza archiwum. Najważniejsze zadanie to edukacja.",
        "Historyk z Instytutu Pamięci Narodowej mówi o tym od lat.",
      ],
      "pl",
    ).map((e) => e.text);
    expect(pl).toContain("Instytutu Pamięci Narodowej");
    expect(pl.some((t) => t.startsWith("Zadania"))).toBe(false);
  });

  it("a role or a demonym before a name is no part of it ('Prezydent Putin', 'Brytyjczyk Simon McCabe', 'Posłanka Partii Pracy')", () => {
    const pl = [
      "Prezydent Putin określił Polskę jako agresora. Taką drogę obrał Brytyjczyk Simon McCabe, który uruchomił winnicę.",
      "Posłanka Partii Pracy, Ginny Anderson, przekonuje, że to kwestia praw. Putin milczy, a McCabe sprzedaje wino.",
    ];
    const names = entities(pl, "pl");
    const texts = names.map((e) => e.text);
    expect(texts).toContain("Simon McCabe");
    expect(texts).toContain("Putin");
    for (const t of texts) expect(t).not.toMatch(/^(?:Prezydent|Brytyjczyk|Posłanka)/u);
    expect(names.find((e) => e.text === "Partii Pracy")?.type).toBe("organization");
  });

  it("a case form of a person's first or last name, after the full name, is that person ('Babiša' after 'Andrej Babiš')", () => {
    const pl = entities(
      [
        "Premier Andrej Babiš ogłosił decyzję. Doradca premiera Babiša potwierdził ją wieczorem.",
        "O błędzie Babiša mówią krytycy, a wyborcy Babiša milczą.",
        "Microsoft usuwa Flash z Windowsa. Łatka trafi do Windows Update w czerwcu.",
      ],
      "pl",
    ).map((e) => e.text);
    expect(pl.filter((t) => t.includes("Babiš"))).toEqual(["Andrej Babiš"]);
    // A part met before the full name is no part of it: "Windowsa" is not "Windows Update".
    expect(pl).toContain("Windowsa");
    const ru = entities(
      ["В фильме снялась Полина Порижкова. Позже Полины не было на экране, а Полину забыли."],
      "ru",
    ).map((e) => e.text);
    expect(ru.filter((t) => t.startsWith("Полин"))).toEqual(["Полина Порижкова"]);
  });

  it("a Polish or Russian place preposition marks a place ('w Londynie', 'do Moskwy', 'в Москве')", () => {
    const pl = [
      "Rząd w Londynie przedstawia to jako sukces. Delegacja pojechała do Moskwy.",
      "Ambasador w Londynie milczy, a rozmowy do Moskwy nie dotarły.",
    ];
    expect(typeOf(pl, "pl", "Londynie")).toBe("place");
    expect(typeOf(pl, "pl", "Moskwy")).toBe("place");
    const ru = ["Переговоры прошли в Москве. Потом в Москве начался дождь."];
    expect(typeOf(ru, "ru", "Москве")).toBe("place");
  });

  it("a speech verb before a name marks a person ('– пожаловалась Поризкова', '– mówi Amaral')", () => {
    const ru = ["«Это тяжело», – пожаловалась Поризкова. «Я борюсь с собой», – сказала Поризкова."];
    expect(typeOf(ru, "ru", "Поризкова")).toBe("person");
    const pl = ["– To nowa technologia – mówi Amaral. – Działa dobrze – dodał Amaral."];
    expect(typeOf(pl, "pl", "Amaral")).toBe("person");
  });

  it("a Polish plural of people before a name is no part of it and makes it no person ('Negocjatorzy UE')", () => {
    const names = entities(
      ["Negocjatorzy UE uzgodnili umowę w grudniu. Umowę poparły kraje UE, a Politycy PiS milczeli."],
      "pl",
    );
    const texts = names.map((e) => e.text);
    expect(texts).toContain("UE");
    for (const t of texts) expect(t).not.toMatch(/^(?:Negocjatorzy|Politycy) /u);
  });

  it("a role before a name in the same case marks a person ('prezydenta Zemana'), not before a genitive ('trener Falubazu')", () => {
    const pl = [
      "Projekt wspierany przez prezydenta Zemana upadł. Doradca prezydenta Zemana milczał.",
      "Po meczu trener Falubazu milczał, a kibice Falubazu śpiewali.",
    ];
    expect(typeOf(pl, "pl", "Zemana")).toBe("person");
    expect(typeOf(pl, "pl", "Falubazu")).not.toBe("person");
  });

  it("a Latin-script name after a Russian place preposition is no place ('в Instagram')", () => {
    const ru = ["Он написал в Instagram, что уходит. Позже в Instagram появилось видео."];
    expect(typeOf(ru, "ru", "Instagram")).not.toBe("place");
  });
});

/**
 * German name boundaries and types (every noun is capitalised there): what glues onto a name or passes
 * for one. Each case is one rule of facts/entities/ (noun-languages.ts, german-word-shapes.ts,
 * name-heads.ts, aliases.ts, votes.ts, runs.ts or index.ts).
 */
import { describe, expect, it } from "vitest";
import { factsOfParagraphs } from "./paragraph-facts";

function entities(paragraphs: string[]) {
  return factsOfParagraphs(paragraphs, "de").entities;
}

/** The names of `paragraphs`: every one of `kept` is there and none that matches `gone`. */
function expectNames(paragraphs: string[], kept: string[], gone: RegExp): string[] {
  const found = entities(paragraphs).map((e) => e.text);
  expect(found).toEqual(expect.arrayContaining(kept));
  expect(found.filter((n) => gone.test(n))).toEqual([]);
  return found;
}

/** Each of `shown` is among the names of `paragraphs`, typed `type`. */
function expectTypes(paragraphs: string[], shown: string[], type: string): void {
  const found = entities(paragraphs);
  for (const name of shown) expect(found.find((e) => e.text === name)?.type).toBe(type);
}

describe("German names", () => {
  it("a noun after a possessive ('ihrem Ehemann') is a role before the name, not part of it", () => {
    expectNames(
      [
        "Die Sängerin feierte mit ihrem Ehemann Simon Konecki in Warschau. Später sprach Simon Konecki mit Reportern.",
        "Auch seine Kernwerte Eigenverantwortung und Freiheit nannte er.",
      ],
      ["Simon Konecki"],
      /Ehemann|Kernwerte/u,
    );
  });

  it("a preposition or adverb opening a sentence ('Laut Gesetz', 'Unterm Strich') starts no name", () => {
    expectNames(
      [
        "Laut Gesetz soll die Akte alle Befunde enthalten. Gestern Abend wurde sie vorgestellt.",
        "Unterm Strich lässt sich die Entscheidung erklären, sagte Anna Berger.",
      ],
      ["Anna Berger"],
      /Laut|Gesetz|Gestern|Abend|Unterm|Strich/u,
    );
  });

  it("an '-er' agent noun before a full name ('dem Künstler Jacob Collier') is a role; a place's adjective is not", () => {
    const found = expectNames(
      [
        "Die Marke arbeitete mit dem Künstler Jacob Collier und dem Künstler Salehe Bembury zusammen.",
        "Im Kölner Dom sang der Kölner Chor Maria Stella. Die Stadt Köln feierte.",
      ],
      ["Jacob Collier", "Salehe Bembury"],
      /^Künstler/u,
    );
    expect(found).not.toContain("Chor Maria Stella");
  });

  it("two compounds sharing a part ('Zwischen-und Endprodukte') are no name", () => {
    expectNames(
      [
        "Unternehmen beziehen Rohstoffe, Zwischen-und Endprodukte aus der Welt, sagte Anna Berger.",
        "Auf Kakao-oder Palmölplantagen arbeiten Kinder.",
      ],
      ["Anna Berger"],
      /-(?:und|oder)/u,
    );
  });

  it("an opening comparative or participle ('Genauere Informationen', 'Entsprechende Rückmeldungen') starts no name", () => {
    expectNames(
      [
        "Genauere Informationen finden Sie unten. Entsprechende Rückmeldungen kamen aus dem Verein.",
        "Vorsitzende Evelyn Martin widersprach.",
      ],
      ["Evelyn Martin"],
      /Genauere|Informationen|Entsprechende|Rückmeldungen|Vorsitzende/u,
    );
  });

  it("an institution's compound before its place ('Arbeiterkammer Steiermark') names an organisation", () => {
    expectTypes(
      [
        "Er arbeitet im Arbeitskreis der Arbeiterkammer Steiermark mit. Die Thoraxklinik Heidelberg ist angeschlossen.",
      ],
      ["Arbeiterkammer Steiermark", "Thoraxklinik Heidelberg"],
      "organization",
    );
  });

  it("a church, a fire brigade, a city parliament or a committee ends an organisation's name", () => {
    expectTypes(
      [
        "Er arbeitet im Auftrag der Evangelischen Landeskirche in Württemberg.",
        "Für die Berliner Feuerwehr sprach Anna Berger vor der Hamburgischen Bürgerschaft.",
        "Der AStA (Allgemeiner Studierendenausschuss) widersprach.",
      ],
      [
        "Evangelischen Landeskirche",
        "Berliner Feuerwehr",
        "Hamburgischen Bürgerschaft",
        "Allgemeiner Studierendenausschuss",
      ],
      "organization",
    );
  });

  it("nouns after a number written as a word ('fünf Grad Celsius') are its unit", () => {
    expectNames(
      [
        "Die Temperatur liegt um rund fünf Grad Celsius unter dem Mittel, sagte Anna Berger.",
        "Das Programm läuft in den fünf Ländern Mauretanien, Mali und Niger. Es gibt vier Kilometern Stollen.",
      ],
      ["Anna Berger"],
      /Grad|Ländern|Kilometern/u,
    );
  });

  it("an amount noun ('jede Menge Idealismus') counts what follows, it names nothing", () => {
    expectNames(
      ["Dazu gehört jede Menge Idealismus und eine Anzahl Verträge, sagte Anna Berger."],
      ["Anna Berger"],
      /Menge|Anzahl/u,
    );
  });

  it("an articled adjective and its noun before a full name ('der Ständige Vertreter Karsten Göwecke') are a role", () => {
    expectNames(
      [
        "Es sprachen Anna Berger, der Ständige Vertreter Karsten Göwecke und der Europäische Gerichtshof Luxemburg.",
      ],
      ["Karsten Göwecke"],
      /Vertreter/u,
    );
  });

  it("a name holding a word in capitals ('HSV Hamburg', 'VHS Hietzing') is a body's, not a person's", () => {
    const paragraphs = [
      "Er spielte für den HSV Hamburg und für Balingen. Die Lesung ist in der VHS Hietzing.",
      "Später spielte er wieder für den HSV Hamburg. Papst Johannes Paul II kam auch.",
    ];
    expectTypes(paragraphs, ["HSV Hamburg", "VHS Hietzing"], "organization");
    // A regnal number is no body's letters.
    expect(entities(paragraphs).find((e) => e.text.endsWith("Johannes Paul II"))?.type).toBe("person");
  });

  it("'bei' before a name ('bei Peter Wittkamp') is no place cue", () => {
    expectTypes(
      ["Wie schon bei Peter Wittkamp ist das ein Beispiel für Witz."],
      ["Peter Wittkamp"],
      "person",
    );
  });

  it("a firm's one-word name after the compound that describes it ('Mobilfunkanbieter Freenet') stands alone", () => {
    const paragraphs = [
      "Der Mobilfunkanbieter Freenet wagt sich an das Fernsehen. Das ist die Erfahrung, die Freenet mitbringt.",
      "Sie kam in ihrer Heimatstadt Flörsheim an.",
    ];
    expectTypes(paragraphs, ["Freenet"], "organization");
    expectNames(paragraphs, [], /Mobilfunkanbieter/u);
  });

  it("a woman's role before a full name ('Autorin Sonja Silberhorn') is no part of it; a given name is", () => {
    expectNames(
      ["Die deutsche Autorin Sonja Silberhorn hat ein Buch geschrieben, sagte Severin Maria Huber."],
      ["Sonja Silberhorn", "Severin Maria Huber"],
      /^Autorin/u,
    );
  });

  it("a month after a preposition of time ('ab Juli Trainer') opens no name; a given name so spelt does", () => {
    expectNames(
      ["Er wird ab Juli Trainer eines Zweitligisten sein, sagte August Bebel."],
      ["August Bebel"],
      /^Juli/u,
    );
  });

  it("a noun that introduces a topic ('Stichwort Brain Drain', 'in Sachen Kinderbetreuung') is no part of a name", () => {
    expectNames(
      [
        "Dazu gehört der Transfer (Stichwort Brain Drain). Der Brain Drain schadet, sagte Anna Berger.",
        "Das Land ist in Sachen Kinderbetreuung vorn.",
      ],
      ["Anna Berger"],
      /Stichwort|Sachen/u,
    );
  });

  it("a capitalised particle and its article join a name ('Alexander Van der Bellen'), a person's", () => {
    expectTypes(
      ["Damals ging Alexander Van der Bellen samt Hofstaat auf Tour. Er fuhr nach Graz."],
      ["Alexander Van der Bellen"],
      "person",
    );
  });

  it("a run ending in an abstract noun ('Hohe Bedeutung', 'Lifestyle Situation') is no name; a body's is", () => {
    expectNames(
      [
        "Hohe Bedeutung hat das Netz für die Jugend. Wähle deine Lifestyle Situation aus, sagte Anna Berger.",
        "Er sprach vor der Katholischen Frauenbewegung in Graz.",
        "Die Technische Universität und der Bundesverband Solarwirtschaft luden ein.",
      ],
      [
        "Anna Berger",
        "Katholischen Frauenbewegung",
        "Technische Universität",
        "Bundesverband Solarwirtschaft",
      ],
      /Bedeutung|Situation/u,
    );
  });

  it("an adjective opening a sentence ('Relevante Dokumente', 'Neuer Geschäftsführender Leiter') starts no name", () => {
    expectNames(
      [
        "Relevante Dokumente können geladen werden. Ungeimpfte Kinder erkranken öfter, sagte Anna Berger.",
        "Neuer Geschäftsführender Leiter des Chores wird Emanuel Scobel. Mehrere Tode wurden gemeldet.",
      ],
      ["Anna Berger", "Emanuel Scobel"],
      /Dokumente|Kinder|Leiter|Tode/u,
    );
  });

  it("a run ending in a noun for a person ('Stuttgarter Sportdirektorin', 'Berliner Aktivist') is no name", () => {
    expectNames(
      [
        "So lobte die Stuttgarter Sportdirektorin die Spielerin. Die Stuttgarter Volleyballerinnen siegten.",
        "Ein Berliner Aktivist protestierte, sagte Anna Berger. Auch Anna Lindqvist kam nach Stuttgart.",
      ],
      ["Anna Berger", "Anna Lindqvist"],
      /Sportdirektorin|Volleyballerinnen|Aktivist/u,
    );
  });

  it("a country's genitive beside a noun ('Partei Deutschlands') is a noun phrase; a body's full name keeps it", () => {
    expectNames(
      [
        "Er gründete die größte Partei Deutschlands, sagte Anna Berger. Russlands Orientpolitik blieb.",
        "Die Sozialdemokratische Partei Deutschlands widersprach.",
      ],
      ["Anna Berger", "Sozialdemokratische Partei Deutschlands"],
      /^(?:Partei Deutschlands|Russlands)/u,
    );
  });

  it("a noun after a demonstrative or a quantifier ('allen Fragestellern Rede') is no name", () => {
    expectNames(
      [
        "Er will allen Fragestellern Rede und Antwort stehen, sagte Anna Berger.",
        "In diesem Zeitpunkt Jacek Nowak zu fragen, half nicht. Jacek Nowak schwieg.",
      ],
      ["Anna Berger", "Jacek Nowak"],
      /Fragestellern|Zeitpunkt/u,
    );
  });

  it("a role after a lowercase adjective ('sportlicher Leiter Walter Haase') is no part of the name", () => {
    expectNames(
      [
        "Dormagens sportlicher Leiter Walter Haase kennt ihn seit Jahren. Der Verein lobt Walter Haase.",
        "Der Mittelwert lag bei einem durchschnittlichen Body Mass Index von 25, sagte Anna Berger.",
      ],
      ["Walter Haase", "Anna Berger", "Body Mass Index"],
      /^Leiter/u,
    );
  });

  it("an event's, a prize's or a law's ending ('Bregenzer Festspiele', '…richtlinie') types it other", () => {
    expectTypes(
      [
        "Sie sang zuletzt bei Bregenzer Festspielen und erhielt Deutscher Buchpreis.",
        "Es folgte Corona Pandemie und Europäische Feuerwaffenrichtlinie.",
      ],
      [
        "Bregenzer Festspielen",
        "Deutscher Buchpreis",
        "Corona Pandemie",
        "Europäische Feuerwaffenrichtlinie",
      ],
      "other",
    );
  });

  it("a church's or a union's adjective opening a name ('Katholischen Aktion') types it an organisation", () => {
    expectTypes(
      [
        "Sie sprach für die Katholischen Aktion und die Evangelischen Frauenarbeit in Graz.",
        "Die Katholischen Aktion und die Evangelischen Frauenarbeit riefen auf, sagte Anna Berger.",
      ],
      ["Katholischen Aktion", "Evangelischen Frauenarbeit"],
      "organization",
    );
  });

  it("a choir's head ('Dresdner Kreuzchor') names a body; a quarter's or an ocean's ('…kiez', '…ozean') a place", () => {
    const paragraphs = [
      "Er sang im Dresdner Kreuzchor. Später zog er in den Berliner Laskerkiez am Indischen Ozean.",
      "Der Dresdner Kreuzchor und der Berliner Laskerkiez und der Indischen Ozean, sagte Anna Berger.",
    ];
    expectTypes(paragraphs, ["Dresdner Kreuzchor"], "organization");
    expectTypes(paragraphs, ["Berliner Laskerkiez", "Indischen Ozean"], "place");
  });

  it("a championship's letters ('WM', 'EM') name an event, not an organisation", () => {
    expectTypes(
      ["Die FINA verschob die WM und die EM. Nach der WM sprach die FINA über die EM."],
      ["WM", "EM"],
      "other",
    );
  });

  it("a short body's word opening a name ('Uni Hamburg', 'Forum Waffenrecht') types it an organisation", () => {
    expectTypes(
      [
        "Sie lehrt an der Uni Hamburg. Das Forum Waffenrecht widersprach, und Uni Hamburg und Forum Waffenrecht luden ein.",
      ],
      ["Uni Hamburg", "Forum Waffenrecht"],
      "organization",
    );
  });

  it("a material's adjective opening a sentence ('Silberne Feuerwehr-…') starts no name", () => {
    expectNames(
      ["Silberne Feuerwehr- und Katastrophenschutz-Ehrenzeichen erhielten alle, sagte Anna Berger."],
      ["Anna Berger"],
      /Silberne|Feuerwehr/u,
    );
  });

  it("an abstract noun before a name ('Forschung Heinz Faßmann', 'Richtung Osten') is no part of it", () => {
    expectNames(
      [
        "Der Minister für Wissenschaft und Forschung Heinz Faßmann kam nach Leoben.",
        "Welche Möglichkeiten Internet-User haben, zeigt die Stiftung Warentest. Wir fuhren Richtung Osten.",
      ],
      ["Heinz Faßmann", "Stiftung Warentest"],
      /Forschung|Möglichkeiten|Richtung/u,
    );
    // A body's abstract head is no topic: "Arbeitsgemeinschaft", "…vereinigung", "…bewegung".
    expectTypes(
      [
        "Die Arbeitsgemeinschaft Fernwärme lud ein, sagte Anna Berger. Auch die Arbeitsgemeinschaft Fernwärme sprach.",
      ],
      ["Arbeitsgemeinschaft Fernwärme"],
      "organization",
    );
  });

  it("a Romance connector ('de', 'dos') joins a foreign name's parts on a German page", () => {
    expectNames(
      [
        "Der Streit mit der Datenschutzbehörde Agencia Española de Protección de Datos endete.",
        "Auch FEI-Präsident Ingmar de Vos kam zur Tour de France, sagte Anna Berger.",
      ],
      ["Agencia Española de Protección de Datos", "Ingmar de Vos", "Tour de France"],
      /^(?:Agencia Española$|Datenschutzbehörde|FEI)/u,
    );
  });

  it("a place's adjective before a firm's generic word ('Kölner Verlag') describes a firm and is no name", () => {
    expectNames(
      ["Sie legte es einem namhaften Kölner Verlag vor, sagte Anna Berger. Der Kölner Dom stand daneben."],
      ["Anna Berger", "Kölner Dom"],
      /Verlag/u,
    );
  });
});

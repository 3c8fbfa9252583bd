/**
 * Where a name begins: after a French elision, not on a sentence's opening preposition or elided verb,
 * and not on an office, party or team written right before a person's name.
 */
import { describe, expect, it } from "vitest";
import { factsOfParagraphs } from "./paragraph-facts";

function entities(paragraphs: string[], lang: string) {
  return factsOfParagraphs(paragraphs, lang).entities.map((e) => `${e.text}/${e.type}/${e.mentions}`);
}

describe("name boundaries", () => {
  it("French: a name after an elision is one name ('d'Emmanuel Macron'), not two", () => {
    const found = entities(
      [
        "Chargé de porter la réforme des retraites, Jean-Paul Delevoye a su gagner la confiance d'Emmanuel Macron pendant la campagne.",
        "Le conseiller recherche d’Edouard Philippe, Thierry Coulhon, est candidat à la présidence du Haut Conseil.",
      ],
      "fr",
    );
    expect(found).toContain("Emmanuel Macron/person/1");
    expect(found).toContain("Edouard Philippe/person/1");
    expect(found.some((e) => /^(?:Emmanuel|Macron|Edouard|Philippe)\//u.test(e))).toBe(false);
  });

  it("French: a sentence's capital elision is the article's ('L’Agence' is 'l’Agence'), unless the name owns it", () => {
    const found = entities(
      [
        "L’Agence France-Presse a révélé mardi le contenu du rapport sur la tempête.",
        "Le rapport avait été transmis à l’Agence France-Presse par un syndicat de pompiers.",
        "L’Oréal Paris a annoncé mardi la fermeture de deux usines dans le Nord du pays.",
      ],
      "fr",
    );
    expect(found.some((e) => e.startsWith("Agence France-Presse/") && e.endsWith("/2"))).toBe(true);
    expect(found.some((e) => e.startsWith("L’Agence"))).toBe(false);
    expect(found.some((e) => e.startsWith("L’Oréal Paris/"))).toBe(true);
  });

  it("Romance: the capitalised ordinal of an office ('le Premier ministre') is no name", () => {
    const found = entities(
      [
        "Le Premier ministre Andrej Babiš s'est exprimé sur le sujet mardi soir à Prague.",
        "Le Premier ministre a ensuite reçu les syndicats, puis le Premier ministre a quitté la réunion.",
      ],
      "fr",
    );
    expect(found.some((e) => e.startsWith("Premier"))).toBe(false);
    expect(found).toContain("Andrej Babiš/person/1");
  });

  it("Romance: a ministry's domain is an organisation, and the minister's name after it a name of its own", () => {
    const fr = entities(
      [
        "Le ministre de l’Intérieur Jan Hamáček a annoncé mardi de nouvelles mesures contre les cambriolages.",
        "Selon Jan Hamáček, les effectifs de police seront renforcés dès le mois de mars.",
      ],
      "fr",
    );
    expect(fr).toContain("Jan Hamáček/person/2");
    expect(fr).toContain("Intérieur/organization/1");
    expect(fr.some((e) => e.startsWith("Intérieur Jan"))).toBe(false);
  });

  it("Romance: an office's domain and its holder's name are two names ('chef de l’État Miloš Zeman')", () => {
    const found = entities(
      [
        "Le chef de l’État Miloš Zeman a signé mardi la loi sur le budget de la santé.",
        "La maire de Paris Anne Hidalgo a répondu le soir même sur France Inter.",
      ],
      "fr",
    );
    expect(found).toContain("Miloš Zeman/person/1");
    expect(found).toContain("Anne Hidalgo/person/1");
    expect(found.some((e) => /^(?:État|Etat|Paris) \p{Lu}/u.test(e))).toBe(false);
  });

  it("English: a place right before a first name and a surname given alone elsewhere is a name of its own", () => {
    const found = entities(
      [
        "The former ambassador to Ukraine Marie Yovanovitch testified on Friday before the committee.",
        "Lawmakers asked Yovanovitch about her recall from Kyiv in May.",
        "Hillary Rodham Clinton spoke later, and Clinton praised the diplomat's courage.",
        "Officers of the Columbus Police Department said the Department would review the case.",
      ],
      "en",
    );
    expect(found).toContain("Marie Yovanovitch/person/2");
    expect(found.some((e) => e.startsWith("Ukraine/place/"))).toBe(true);
    // A given name before a double name, and a body's name, stay whole.
    expect(found.some((e) => e.startsWith("Hillary Rodham Clinton/"))).toBe(true);
    expect(found.some((e) => e.startsWith("Columbus Police Department/"))).toBe(true);
    // A party's word before the name is no part of it.
    const party = entities(
      [
        "In Jackson, Republican Phil Bryant signed the bill on Monday.",
        "Critics said Bryant had ignored the courts.",
      ],
      "en",
    );
    expect(party).toContain("Phil Bryant/person/2");
  });

  it("Romance: two capitalised words opening on a common noun the article writes in lowercase are no person", () => {
    const found = entities(
      [
        "El presidente Gabriel Boric defendió la Carta Magna ante el Congreso el martes.",
        "Según Boric, la nueva carta protege los derechos de todos los chilenos.",
        "Las Fuerzas Armadas desplegaron tres fuerzas especiales en la región.",
      ],
      "es",
    );
    expect(found).toContain("Gabriel Boric/person/2");
    expect(found.some((e) => e.startsWith("Carta Magna/other/"))).toBe(true);
    expect(found.some((e) => e.startsWith("Fuerzas Armadas/other/"))).toBe(true);
  });

  it("an opening preposition or elided verb is no part of the name after it ('Selon', 'Según', 'C’est')", () => {
    const fr = entities(
      [
        "Selon Mediapart, le ministre a menti aux députés pendant des mois. Selon Mediapart toujours, il savait tout.",
        "C’est Jeong Uhee qui va renouer le lien entre les deux hommes de la ville.",
      ],
      "fr",
    );
    expect(fr).toContain("Mediapart/other/2");
    expect(fr.some((e) => e.startsWith("Selon"))).toBe(false);
    expect(fr.some((e) => e.startsWith("Jeong Uhee/"))).toBe(true);
    const es = entities(
      [
        "Según Reuters, el gobierno aprobó el plan el martes. Según Reuters, la medida costará millones.",
        "Además Diana Osorio confirmó la noticia a los periodistas de la ciudad.",
      ],
      "es",
    );
    expect(es.some((e) => e.startsWith("Reuters/"))).toBe(true);
    expect(es.some((e) => e.startsWith("Según") || e.startsWith("Además"))).toBe(false);
  });

  it("an office, a party or a team before a person's name goes to its own name when the article names both alone", () => {
    const found = entities(
      [
        "The Browns signed Greedy Williams in April. Browns Greedy Williams missed practice on Thursday.",
        "Greedy Williams said he would be back. The Browns play on Sunday.",
      ],
      "en",
    );
    expect(found).toContain("Greedy Williams/person/3");
    expect(found.find((e) => e.startsWith("Browns/"))).toMatch(/\/3$/u);
    expect(found.some((e) => e.startsWith("Browns Greedy"))).toBe(false);
    const fr = entities(
      [
        "Le ministre de l'Intérieur Jan Hamáček a refusé de démissionner mardi soir.",
        "Jan Hamáček dirige aussi le parti social-démocrate. Un communiqué de l’Intérieur a suivi.",
      ],
      "fr",
    );
    expect(fr).toContain("Jan Hamáček/person/2");
    expect(fr.some((e) => e.startsWith("Intérieur Jan"))).toBe(false);
  });

  it("Spanish: 'y' between two full names coordinates them; it joins one name ('Ortega y Gasset') or an office", () => {
    const found = entities(
      [
        "Gustavo Petro y Federico Gutiérrez no asistieron al debate de la universidad. Cristina y Máximo Kirchner tampoco.",
        "El filósofo José Ortega y Gasset escribió sobre la seguridad pública. El ministro de Justicia y Seguridad Pública habló.",
      ],
      "es",
    );
    expect(found).toEqual(expect.arrayContaining(["Gustavo Petro/person/1", "Federico Gutiérrez/person/1"]));
    expect(found.some((e) => e.startsWith("Máximo Kirchner/"))).toBe(true);
    expect(found.some((e) => / y (?:Federico|Máximo)/u.test(e))).toBe(false);
    expect(found.some((e) => e.startsWith("José Ortega y Gasset/"))).toBe(true);
    expect(found.some((e) => e.startsWith("Justicia y Seguridad Pública/"))).toBe(true);
  });

  it("keeps a given name before a surname the article uses alone ('Kathleen Hawk Sawyer', 'Joaquín Guzmán Loera')", () => {
    const en = entities(
      [
        "Kathleen Hawk Sawyer will lead the Bureau of Prisons again, officials said on Friday.",
        "Hawk Sawyer ran the agency for a decade. Hawk Sawyer said she was honoured.",
      ],
      "en",
    );
    expect(en.some((e) => e.startsWith("Kathleen Hawk Sawyer/"))).toBe(true);
    const es = entities(
      [
        "El capo Joaquín Guzmán Loera fue condenado en Nueva York. Joaquín “El Chapo” Guzmán pagó sobornos.",
        "Los fiscales dijeron que Guzmán Loera dirigía el cartel. Guzmán no habló.",
      ],
      "es",
    );
    expect(es.some((e) => e.startsWith("Joaquín Guzmán Loera/"))).toBe(true);
  });
});

describe("a weekday before a name", () => {
  it("dates the name and is no part of it ('On Tuesday Apple's chief …', 'Monday Boeing said')", () => {
    const found = entities(
      [
        "Many analysts expected a better result from Apple this year. On Tuesday Apple's chief executive spoke to reporters.",
        "On Monday Boeing said the plane would fly again next year, and shares of Boeing rose in New York.",
      ],
      "en",
    );
    expect(found.some((e) => /^(?:Tuesday|Monday) /u.test(e))).toBe(false);
    expect(found.some((e) => e.startsWith("Boeing/"))).toBe(true);
  });
});

describe("a surname shared by several full names", () => {
  it("is the person named far more often ('Fernández' for Alberto, not Aníbal), and no one's when counts are close", () => {
    const found = entities(
      [
        "Alberto Fernández respondió este martes al ataque. Alberto Fernández habló en la Casa Rosada con sus ministros.",
        "Alberto Fernández no contestó las preguntas. Más tarde, Alberto Fernández viajó a Olivos con su equipo.",
        "Aníbal Fernández salió en su defensa. Fernández está cansado del maltrato, dicen. Fernández nunca más llamó.",
      ],
      "es",
    );
    expect(found).toContain("Alberto Fernández/person/6");
    expect(found.some((e) => e.startsWith("Fernández/"))).toBe(false);
    const close = entities(
      [
        "Joe Biden met voters in Iowa on Monday. Hunter Biden was not there, aides said.",
        "Joe Biden spoke for an hour. Hunter Biden has been in the news for weeks. Biden left early.",
      ],
      "en",
    );
    expect(close.some((e) => e.startsWith("Biden/"))).toBe(true);
  });
});

describe("a Portuguese or Spanish person's name with a particle", () => {
  it("is a person ('Marcelino Nunes de Oliveira', 'Luiz Inácio Lula da Silva'); a body with a head or an adjective is not", () => {
    const found = entities(
      [
        "A polícia prendeu Marcelino Nunes de Oliveira na segunda-feira em Ponta Porã, perto da fronteira.",
        "O ex-presidente Luiz Inácio Lula da Silva visitou a cidade e falou com os moradores sobre o caso.",
        "O Serviço Nacional de Saúde abriu uma investigação sobre o atendimento prestado à família.",
      ],
      "pt",
    );
    expect(found).toContain("Marcelino Nunes de Oliveira/person/1");
    expect(found).toContain("Luiz Inácio Lula da Silva/person/1");
    expect(found.some((e) => e.startsWith("Serviço Nacional de Saúde/person"))).toBe(false);
  });
});

describe("an institution's head word alone", () => {
  it("names the body: 'el Gobierno', 'la Fiscalía' are organisations", () => {
    const found = entities(
      [
        "Ayer el Gobierno anunció un nuevo plan económico para las provincias del norte del país.",
        "La decisión fue criticada por la Fiscalía, que pidió explicaciones al Gobierno durante la tarde.",
      ],
      "es",
    );
    expect(found.find((e) => e.startsWith("Gobierno/"))).toMatch(/^Gobierno\/organization\//u);
    expect(found.find((e) => e.startsWith("Fiscalía/"))).toMatch(/^Fiscalía\/organization\//u);
  });
});

describe("French 'à' before a full name", () => {
  it("is no place cue ('un remplaçant à Roman Prymula'); before one word it still is ('à Lyon')", () => {
    const found = entities(
      [
        "Le Premier ministre cherche actuellement un remplaçant à Roman Prymula, selon la presse.",
        "Le maire a parlé mardi à Lyon devant les élus de la région, puis il est reparti.",
      ],
      "fr",
    );
    expect(found.find((e) => e.startsWith("Roman Prymula/"))).toMatch(/\/person\//u);
    expect(found.find((e) => e.startsWith("Lyon/"))).toMatch(/\/place\//u);
  });
});

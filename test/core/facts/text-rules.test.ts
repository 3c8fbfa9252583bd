/** Names, quotes and trimming: the rules each fact is built from. */
import { describe, expect, it } from "vitest";
import { findEntities } from "../../../src/core/facts/entities/index";
import { findQuotes } from "../../../src/core/facts/quotes";
import { trimSentence } from "../../../src/core/facts/trim";
import { words } from "../../../src/core/facts/words";

function entities(sentences: string[], lang = "en") {
  return findEntities(sentences, sentences.map(words), lang, null).list.map((e) => [
    e.text,
    e.type,
    e.mentions,
  ]);
}

describe("findEntities", () => {
  it("types names from titles, apposition, suffixes and prepositions, and aliases surnames", () => {
    const list = entities([
      "Prime Minister Jane Doe visited the World Health Organization in Geneva on Monday.",
      "Doe told reporters the talks went well.",
      "John Smith, the company's chief executive, said the plan would go ahead.",
    ]);
    expect(list).toContainEqual(["Jane Doe", "person", 2]);
    expect(list).toContainEqual(["World Health Organization", "organization", 1]);
    expect(list).toContainEqual(["Geneva", "place", 1]);
    expect(list).toContainEqual(["John Smith", "person", 1]);
    expect(list.map((e) => e[0])).not.toContain("Monday");
    expect(list.map((e) => e[0])).not.toContain("Prime Minister Jane Doe");
  });
  it("types a speaker by the pronoun after the verb, and a speaking acronym as an organisation", () => {
    const list = entities([
      "Sales at Apple fell, and Apple said its profit would rise.",
      "NASA said the launch would go ahead, NASA told reporters.",
      "Warren said it was a mistake, and Warren said she would vote no.",
    ]);
    expect(list).toContainEqual(["Apple", "organization", 2]);
    expect(list).toContainEqual(["NASA", "organization", 2]);
    expect(list).toContainEqual(["Warren", "person", 2]);
  });
  it("types a name before a firm's title ('Toyota spokesman', 'Apple CEO') as an organisation", () => {
    const list = entities([
      "Toyota recalled cars in Japan, and Toyota spokesman Ken Ito said more would follow.",
      "Users left Apple in droves after Apple CEO Tim Cook spoke.",
    ]);
    expect(list).toContainEqual(["Toyota", "organization", 2]);
    expect(list.find((e) => e[0] === "Apple")?.[1]).toBe("organization");
    expect(list).toContainEqual(["Ken Ito", "person", 1]);
  });
  it("types known places no cue marks (states, cities) and a town before its state", () => {
    const list = entities([
      "Voters in Ohio and Michigan were polled, as were some from Kabul.",
      "The man was arrested in Addison, N.Y., and later moved to Ithaca, New York.",
      "Ohio officials said Michigan would follow.",
    ]);
    expect(list.find((e) => e[0] === "Ohio")?.[1]).toBe("place");
    expect(list.find((e) => e[0] === "Michigan")?.[1]).toBe("place");
    expect(list.find((e) => e[0] === "Kabul")?.[1]).toBe("place");
    expect(list.find((e) => e[0] === "Addison")?.[1]).toBe("place");
  });
  it("gives no person's default to a name ending in a word the article writes in lowercase", () => {
    const list = entities([
      "The Magic Keyboard shipped with a new keyboard layout, wrote Ming Kuo.",
      "The keyboard is quieter, and Ming Kuo liked it.",
    ]);
    expect(list.find((e) => e[0] === "Magic Keyboard")?.[1]).toBe("other");
    expect(list.find((e) => e[0] === "Ming Kuo")?.[1]).toBe("person");
  });
  it("types a name that 'its' refers back to as an organisation, not a planet beside 'its moons'", () => {
    const list = entities([
      "Sales fell, and Nissan will move its entire sedan lineup to the new platform.",
      "Saturn and its moons were photographed by the probe.",
    ]);
    expect(list.find((e) => e[0] === "Nissan")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "Saturn")?.[1]).not.toBe("organization");
  });
  it("types a place's team or party, and a people beside its singular", () => {
    const list = entities([
      "The Pittsburgh Steelers lost at home.",
      "Americans are divided, one American voter said, and Americans say so.",
      "Workers at the Artemis program met in Houston.",
    ]);
    expect(list.find((e) => e[0] === "Pittsburgh Steelers")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "Americans")?.[1]).toBe("other");
    expect(list.find((e) => e[0] === "Artemis")?.[1]).not.toBe("organization");
  });
  it("types an intercapped or web-address name as an organisation (not 'McCain')", () => {
    const list = entities([
      "Reporters at SpaceX met people from Edmunds.com, and John McCain said he was there.",
      "Later McCain spoke about SpaceX, and a TypeError was raised.",
    ]);
    expect(list.find((e) => e[0] === "SpaceX")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "Edmunds.com")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "John McCain")?.[1]).toBe("person");
    expect(list.find((e) => e[0] === "TypeError")?.[1]).not.toBe("organization");
  });
  it("drops counts, common acronyms, party tags and adjective suffixes from names", () => {
    const list = entities([
      "One Home Depot executive said TV sales and SUV sales fell.",
      "Rep. Ilhan Omar (D-Minn.) spoke at an Olympic-size pool near the GOP-dominated Legislature.",
      "Kim Jong-un met Ban Ki-moon, and the Interior Ministry said so.",
    ]);
    const names = list.map((e) => e[0]);
    expect(names).toContain("Home Depot");
    expect(names).not.toContain("One Home Depot");
    expect(names).not.toContain("TV");
    expect(names).not.toContain("SUV");
    expect(names).not.toContain("D-Minn");
    expect(names).toContain("Olympic");
    expect(names).toContain("GOP");
    expect(names).toEqual(expect.arrayContaining(["Kim Jong-un", "Ban Ki-moon"]));
    expect(list.find((e) => e[0] === "Interior Ministry")?.[1]).toBe("organization");
  });
  it("takes an acronym after 'at' for an organisation, and a surname before 'Jr.' for its person", () => {
    const list = entities([
      "Migrants held at CBP facilities fell ill, and NBA players met at CBP offices.",
      "Patrick W. Carlineo Jr. pleaded guilty on Wednesday.",
      "Carlineo told the court he was sorry.",
    ]);
    expect(list.find((e) => e[0] === "CBP")?.[1]).toBe("organization");
    expect(list).toContainEqual(["Patrick W. Carlineo Jr.", "person", 2]);
    expect(list.map((e) => e[0])).not.toContain("Carlineo");
  });
  it("types a '... House' as an institution and a plural beside its singular as a people", () => {
    const list = entities([
      "The White House said African Americans were hit hardest.",
      "One African American nurse said the White House was slow.",
    ]);
    expect(list.find((e) => e[0] === "White House")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "African Americans")?.[1]).toBe("other");
  });
  it("joins a public body's name across 'and', not two names ('Securities and Exchange Commission')", () => {
    const names = entities([
      "Bloomberg said WeWork faces scrutiny from the U.S. Securities and Exchange Commission.",
      "The Food and Drug Administration approved the drug, and food prices rose.",
      "Students at Harvard and Yale University protested, and Harvard said nothing.",
    ]).map((e) => e[0]);
    expect(names).toContain("U.S. Securities and Exchange Commission");
    expect(names).toContain("Food and Drug Administration");
    expect(names).not.toContain("Harvard and Yale University");
    // Typed a body, though "U.S." opens it and a place preposition comes before it.
    const customs = entities(["The duty is paid to U.S. Customs and Border Protection at the border."]);
    expect(customs.find((e) => e[0] === "U.S. Customs and Border Protection")?.[1]).toBe("organization");
  });
  it("does not count a people's word for a name that opens with it ('Russian' is not 'Russian Tuva')", () => {
    const list = entities([
      "The cargo craft broke up over the remote Russian Tuva region, Roscosmos said.",
      "The Russian space agency said, and a Russian official agreed, that Russian experts will look.",
    ]);
    expect(list.find((e) => e[0] === "Russian Tuva")?.[2]).toBe(1);
  });
  it("types two peoples' names as a people, alone too ('Somali American', 'Mexican Americans')", () => {
    const list = entities([
      "St. Louis Park elected a Somali American mayor on Tuesday.",
      "Mexican Americans turned out in numbers, and the first Somali American mayor thanked them.",
    ]);
    expect(list.find((e) => e[0] === "Somali American")?.[1]).toBe("other");
    expect(list.find((e) => e[0] === "Mexican Americans")?.[1]).toBe("other");
  });
  it("shows a name as the text writes it, not as a dateline in capitals did ('HONDURAS.-', then 'Honduras')", () => {
    const list = entities(
      ["TEGUCIGALPA, HONDURAS.- El juicio comenzó en Honduras.", "En Honduras nadie lo esperaba."],
      "es",
    );
    expect(list.find((e) => String(e[0]).toLowerCase() === "honduras")?.[0]).toBe("Honduras");
    // An acronym written only in capitals stays so.
    expect(entities(["The WASI interface grew, and WASI tools followed."]).map((e) => e[0])).toContain(
      "WASI",
    );
  });
  it("in German, gives no person's default to an adjective's or a noun's phrase; types lakes and chancelleries", () => {
    const list = entities(
      [
        "In den Gebieten gilt die Frist, auch für gelbe Flächen am Steinhuder Meer.",
        "Die Bayerischen Staatskanzlei schwieg, die Gelbe Gebiete bleiben.",
        "Es gilt das Datum der Frist: Datum Grünland ist der 1. Februar, sagte Reporter Juan Moreno.",
      ],
      "de",
    );
    expect(list.find((e) => e[0] === "Steinhuder Meer")?.[1]).toBe("place");
    expect(list.find((e) => e[0] === "Bayerischen Staatskanzlei")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "Gelbe Gebiete")?.[1]).not.toBe("person");
    expect(list.find((e) => e[0] === "Datum Grünland")?.[1]).not.toBe("person");
  });
  it("types country names in the page's language as places ('Estados Unidos', 'Ucrania')", () => {
    const list = entities(
      [
        "Estados Unidos y Rusia discutieron sobre Ucrania.",
        "El gobierno de Estados Unidos dijo que Ucrania resiste.",
      ],
      "es",
    );
    expect(list.find((e) => e[0] === "Estados Unidos")?.[1]).toBe("place");
    expect(list.find((e) => e[0] === "Ucrania")?.[1]).toBe("place");
  });
  it("types a firm by what only firms have: analysts, shares, customers, an exchange ticker", () => {
    const list = entities([
      "In a note, Jefferies analyst Jonathan Matuszewski said Wells Fargo shares fell.",
      "Home Depot (NYSE: HD) cut its forecast, and U.S. stocks slid as U.S. stocks often do.",
      // A bare bracket is no ticker (letters that spell the name define an acronym: acronym-definitions.test.ts).
      "Magnetic Recording (HAMR) drives are coming.",
    ]);
    expect(list.find((e) => e[0] === "Jefferies")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "Wells Fargo")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "Home Depot")?.[1]).toBe("organization");
    expect(list.find((e) => e[0] === "U.S.")?.[1]).toBe("place");
    expect(list.find((e) => e[0] === "Magnetic Recording")?.[1]).not.toBe("organization");
  });
  it("types a name that owns what only a place has ('Ashford Hill's council') a place", () => {
    const list = entities(["Ashford Hill's council voted on Tuesday to ban petrol leaf blowers."]);
    expect(list.find((e) => e[0] === "Ashford Hill")?.[1]).toBe("place");
  });
  it("gives no place vote to a possessive after a place preposition ('in Hitler's Germany')", () => {
    const list = entities(["Life in Hitler's Germany was grim.", "Few dared to oppose Hitler openly."]);
    expect(list.find((e) => e[0] === "Hitler")?.[1]).not.toBe("place");
  });
  it("drops ranks and currency words, keeps a title with 'of' a title, and types a city's team", () => {
    const list = entities([
      "THIRD case of plague confirmed as oxygen costs Rs 300 in Delhi.",
      "Well-off North Koreans love baguettes, a North Korean paper says.",
      "Officers stopped a car near 17th Street, the Bartholomew County Sheriff’s Department said.",
      "They sued the Inspector-General of Police, Ibrahim Idris, and the Los Angeles Lakers won.",
    ]);
    const names = list.map((e) => e[0]);
    expect(names).not.toContain("THIRD");
    expect(names).not.toContain("Rs");
    expect(names).not.toContain("Inspector-General of Police");
    expect(names).not.toContain("Well-off North Koreans");
    expect(names).not.toContain("Street");
    expect(names).not.toContain("Department");
    expect(list.find((e) => e[0] === "Los Angeles Lakers")?.[1]).toBe("organization");
  });
  it("types sports clubs by their first word ('FC Porto', 'Real Madrid', 'Werder Bremen')", () => {
    const list = entities([
      "Mourinho managed FC Porto and Real Madrid before Inter Milan came calling.",
      "Later, Werder Bremen and VfB Stuttgart drew.",
    ]);
    for (const club of ["FC Porto", "Real Madrid", "Inter Milan", "Werder Bremen", "VfB Stuttgart"])
      expect(list.find((e) => e[0] === club)?.[1]).toBe("organization");
  });
  it("counts a surname as its person's even after a place preposition", () => {
    const list = entities([
      "Protesters demanded the return of Evo Morales on Tuesday.",
      "Politicians from Morales’ party were threatened with charges.",
    ]);
    expect(list).toContainEqual(["Evo Morales", "person", 2]);
    expect(list.map((e) => e[0])).not.toContain("Morales");
  });
  it("leaves a Korean or Japanese particle off a Latin-script name", () => {
    const list = entities(["사진은 SNS에 공개됐다.", "보도에 따르면 JTBC는 SNS 반응을 전했다."], "ko");
    expect(list.map((e) => e[0])).toEqual(expect.arrayContaining(["SNS", "JTBC"]));
    expect(list.find((e) => e[0] === "SNS")?.[2]).toBe(2);
  });
  it("drops capitalised sentence starts that are not names", () => {
    const list = entities([
      "Meanwhile, the talks went on.",
      "However, Berlin said no.",
      "Police in Berlin said no.",
    ]);
    expect(list.map((e) => e[0])).toEqual(["Berlin"]);
  });
  it("keeps a sentence-initial name confirmed elsewhere, and counts names in title-case lines", () => {
    const list = entities([
      "Belarus signed the deal.",
      "Officials from Belarus agreed",
      "Belarus And Vietnam Sign New Deal Today",
    ]);
    expect(list).toContainEqual(["Belarus", "place", 3]);
  });
  it("does not take a source for a place, nor a word after a glued dateline for a name", () => {
    const list = entities([
      "(CNN)Share the news, said Jane Doe.",
      "According to Reuters the talks failed, and according to Reuters they will resume.",
    ]);
    expect(list.map((e) => e[0])).not.toContain("Share");
    expect(list.find((e) => e[0] === "Reuters")?.[1]).not.toBe("place");
  });
  it("starts a new name at a title inside a run, but keeps a title's modifier in an organisation", () => {
    const list = entities([
      "Bank of England Governor Mark Carney met Chief Education Officer Dr Ramona Archer-Bradshaw.",
      "Ukrainian Deputy Prime Minister Olha Stefanishyna thanked the Russian Defense Ministry.",
      "Twitter CEO Jack Dorsey spoke.",
    ]);
    const names = list.map((e) => e[0]);
    expect(list).toContainEqual(["Bank of England", "organization", 1]);
    expect(list).toContainEqual(["Mark Carney", "person", 1]);
    expect(list).toContainEqual(["Ramona Archer-Bradshaw", "person", 1]);
    expect(list).toContainEqual(["Olha Stefanishyna", "person", 1]);
    expect(list).toContainEqual(["Russian Defense Ministry", "organization", 1]);
    expect(list).toContainEqual(["Jack Dorsey", "person", 1]);
    // A lone word qualifying the title is part of the role, unless it is a name found elsewhere.
    expect(names).not.toContain("Education");
    expect(names).not.toContain("Twitter");
    // An acronym before a title too ("U.S. Attorney Nealy Cox"), and a participle opening the sentence
    // before a name written alone elsewhere ("Hosting Cook").
    const more = entities([
      "U.S. Attorney Nealy Cox spoke to Cook.",
      "Hosting Cook at the conference was a dream, Benioff said.",
      "He lives in the United Kingdom.",
      "(United Kingdom) was added later.",
    ]);
    expect(more.map((e) => e[0])).toEqual(expect.arrayContaining(["Nealy Cox", "Cook", "United Kingdom"]));
    expect(more.map((e) => e[0])).not.toEqual(expect.arrayContaining(["U.S."]));
    expect(more.find((e) => e[0] === "Cook")?.[2]).toBe(2);
    const twitter = entities(["Users left Twitter in droves.", "Twitter CEO Jack Dorsey spoke."]);
    expect(twitter).toContainEqual([expect.anything(), expect.anything(), 2]);
  });
  it("joins a firm's name across an ampersand, and cuts a weekday or an adjective suffix off a name", () => {
    const list = entities([
      "Marks & Spencer and Pacific Gas & Electric Co sued, said Martine Bulard & Sung Il-kwon.",
      "Two people died in a crash in Osborne Store, Clarendon Tuesday.",
      "A Rutgers-led team and the Paris-based Total SA signed on Super Tuesday.",
    ]);
    const names = list.map((e) => e[0]);
    expect(list).toContainEqual(["Marks & Spencer", "organization", 1]);
    expect(list).toContainEqual(["Pacific Gas & Electric Co", "organization", 1]);
    expect(names).toEqual(expect.arrayContaining(["Martine Bulard", "Sung Il-kwon", "Clarendon", "Rutgers"]));
    expect(names).toEqual(expect.arrayContaining(["Paris", "Total SA", "Super Tuesday"]));
    expect(names.filter((n) => /Tuesday$|-led|-based|&.*Sung/.test(String(n)))).toEqual(["Super Tuesday"]);
  });
  it("types products' model names and named days as things, not people", () => {
    const list = entities([
      "Apple showed the MacBook Pro on Monday, and shoppers waited for Black Friday and Cyber Monday.",
    ]);
    for (const name of ["MacBook Pro", "Black Friday", "Cyber Monday"])
      expect(list.find((e) => e[0] === name)?.[1]).toBe("other");
  });
  it("takes no weekday or month for a name, in the page's language ('Mars' is a planet in English)", () => {
    const es = entities(["El Viernes llegó Ana Pérez.", "Según Mayo, en Bolivia la cosa cambió."], "es");
    expect(es.map((e) => e[0])).not.toEqual(expect.arrayContaining(["Viernes"]));
    expect(es.map((e) => e[0])).not.toEqual(expect.arrayContaining(["Mayo"]));
    expect(entities(["NASA wants to reach Mars.", "The trip to Mars is long."]).map((e) => e[0])).toContain(
      "Mars",
    );
  });
  it("in German, takes only multi-word or cued names (every noun is capitalised)", () => {
    const list = entities(
      ["Die Regierung in Berlin hat gestern mit Angela Merkel über die Zukunft gesprochen."],
      "de",
    );
    expect(list.map((e) => e[0])).toEqual(["Angela Merkel"]);
  });
});

describe("findQuotes", () => {
  /** Every mention of `written` in `text`, named `canonical` (as the entity table would). */
  const names = (text: string, written: string, canonical = written) =>
    [...text.matchAll(new RegExp(written, "g"))].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      text: canonical,
      person: true,
    }));
  it("takes a work's title in quotation marks for no quote, unless someone is said to say it", () => {
    const text =
      'She starred in "The Diary of Anne Frank" last year. "We Must Walk Together Now," he said. "AT LAST, SIR TERRY, WE MUST WALK" was the tweet.';
    const quotes = findQuotes(text, "en", []).map((q) => q.text);
    expect(quotes).not.toContain("The Diary of Anne Frank");
    expect(quotes).toContain("We Must Walk Together Now");
    expect(quotes).toContain("AT LAST, SIR TERRY, WE MUST WALK");
  });
  it("attributes quotes before and after the speaker", () => {
    const text =
      'Jane Doe arrived. "We will not give up on this," Doe said. The minister added: "Talks go on next week."';
    const qs = findQuotes(text, "en", names(text, "(?:Jane )?Doe", "Jane Doe"));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ["We will not give up on this", "Jane Doe"],
      ["Talks go on next week.", "The minister"],
    ]);
  });
  it("gives the speaker's next quote in the paragraph, after only the attribution, the same speaker", () => {
    const text =
      '"Came down to a few points," Opelka said. "Thought I did my part, played well and served well."\n\n"Nobody expected that result at all," one fan wrote online.';
    const qs = findQuotes(text, "en", names(text, "Opelka", "Reilly Opelka"));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ["Came down to a few points", "Reilly Opelka"],
      ["Thought I did my part, played well and served well.", "Reilly Opelka"],
      ["Nobody expected that result at all", null],
    ]);
    const apart =
      '"Came down to a few points," Opelka said.\n\n"Thought I did my part, played well and served well."';
    expect(findQuotes(apart, "en", names(apart, "Opelka"))[1].speaker).toBeNull();
    // A quote left open at its paragraph's end runs on in the next one, which opens with a mark.
    const runOn =
      'Opelka said: "Came down to a few points and I lost them.\n\n"Thought I did my part, played well and served well."';
    expect(findQuotes(runOn, "en", names(runOn, "Opelka"))[1].speaker).toBe("Opelka");
  });
  it("reads a speaker before the quote from a word's start, not from inside a word ('Kardashi|an und schrieb')", () => {
    const de =
      "Eine Nutzerin bedankte sich bei Kardashian und schrieb: „Das ist Gold wert, vor allem für jemanden wie mich“.";
    expect(findQuotes(de, "de", [])[0].speaker).not.toBe("an und");
    const es =
      "Betancourt también distó de las propuestas de izquierda y dijo: “Tenemos la oportunidad de acabar con este sistema”.";
    expect(findQuotes(es, "es", [])[0].speaker).not.toBe("a y");
  });
  it("resolves he/she to the last person named", () => {
    const text = 'Jane Doe arrived late. "It was a long day for everyone," she said.';
    expect(findQuotes(text, "en", names(text, "Jane Doe"))[0].speaker).toBe("Jane Doe");
  });
  it("reads other quote marks and skips scare quotes", () => {
    const text = "Macron a déclaré : « Nous avons fait le bon choix ». Les sanctions « illégales » restent.";
    const qs = findQuotes(text, "fr", names(text, "Macron"));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([["Nous avons fait le bon choix", "Macron"]]);
    const de = "„Wir schaffen das nicht allein“, sagte Merkel.";
    expect(findQuotes(de, "de", names(de, "Merkel"))[0]).toMatchObject({ speaker: "Merkel" });
  });
  it("ends a quote left open at the next opening mark", () => {
    const text = '"The first part of it runs on. "The second part is here," he said.';
    expect(findQuotes(text, "en", []).map((q) => q.text)).toEqual([
      "The first part of it runs on.",
      "The second part is here",
    ]);
  });
});

describe("trimSentence", () => {
  it("drops datelines and leading connectives, keeping verbatim pieces", () => {
    const s = "(CNN)Meanwhile, emissaries from Russia and China have made their way to Pyongyang.";
    const t = trimSentence(s);
    // The cut opening leaves a sentence that starts with a capital, as a fact shown alone should.
    expect(t?.text).toBe("Emissaries from Russia and China have made their way to Pyongyang.");
    for (const p of t?.pieces ?? []) expect(s).toContain(s.slice(p.start, p.end));
  });
  it("drops asides without hard information, and others only when the sentence is too long", () => {
    const short = "The plan (approved in May) will start soon.";
    expect(trimSentence(short)?.text).toBe("The plan will start soon.");
    const may = { start: short.indexOf("May"), end: short.indexOf("May") + 3 };
    expect(trimSentence(short, [may])?.text).toBe(short);
    const relative = "Jane Doe, who has a history of fainting, said she is well.";
    expect(trimSentence(relative)?.text).toBe("Jane Doe said she is well.");
    const long =
      "The regional council, which has met every month since the flood, approved a plan (the third this year) to rebuild the bridge and two schools in the valley before the winter rains arrive in the north.";
    const t = trimSentence(long, [
      { start: long.indexOf("two schools"), end: long.indexOf("two schools") + 11 },
    ]);
    expect(t).not.toBeNull();
    expect(t?.words).toBeLessThanOrEqual(30);
    expect(t?.text).toContain("two schools");
    expect(t?.text).not.toContain("(the third this year)");
  });
  it("takes no clause for a leading phrase ('Later that day came … Bennett, a …')", () => {
    const core = { numbers: [], quoted: false };
    const inverted =
      "Later that day came a campaign launch by Lynda Bennett, a local activist who is friendly with his wife.";
    expect(trimSentence(inverted, [], 30, 40, core)?.text).toMatch(/^Later that day came/);
  });
  it("ends no relative clause at the comma after a second relative pronoun ('and which,')", () => {
    const twoWhich =
      "Batters met Gove to beef up the commission, which is scheduled to last six months and which, critics say, lacks specialists.";
    expect(trimSentence(twoWhich)?.text).not.toContain("commission critics say");
  });
  it("ends no relative clause at the comma between two adjectives ('a huge, salty ocean')", () => {
    const europa =
      "NASA's Hubble Space Telescope has spotted indirect evidence of such plumes emanating from Europa, which is thought to harbor a huge, salty ocean beneath its ice shell.";
    expect(trimSentence(europa)?.text ?? "").not.toContain("Europa salty ocean");
  });
  it("cuts no apposition before a list's next item or a relative clause, nor after an opening phrase", () => {
    const core = { numbers: [], quoted: false };
    const cut = (s: string) => trimSentence(s, [], 20, 40, core)?.text ?? "";
    expect(
      cut(
        "According to Swift, her former label Big Machine, which owns her masters (aka original recordings), is preventing her from performing her past hits at the American Music Awards.",
      ),
    ).not.toContain("Swift which");
    expect(
      cut(
        "In December, the firm bid $16.50 per share for Tribune, the owner of the Chicago Tribune, New York Daily News, Baltimore Sun and Hartford Courant, and the former owner of The Times.",
      ),
    ).toContain("bid $16.50");
    expect(
      cut(
        "The historic show features the $132,000 Grand Prix de Penn National, the Dover Saddlery/USEF National Hunter Seat Medal Final, a family fun day (Oct. 13) and an extensive trade fair.",
      ),
    ).not.toContain("National a family");
    expect(
      cut("Tyke, an African elephant, escaped from the circus in Honolulu and ran through the streets."),
    ).toBe("Tyke escaped from the circus in Honolulu and ran through the streets.");
  });
  it("cuts no ', and' before a second subject with its own apposition: the verb comes after it", () => {
    const core = { numbers: [], quoted: false };
    const subjects =
      "Marissa Halpert, a front end engineer working out of Washington, D.C., and Rick Terrill, leading the front end engineers out of Texas, couldn’t ignore the connection!";
    expect(trimSentence(subjects, [], 20, 40, core)?.text ?? "").not.toMatch(/D\.C\.!$/u);
    const clauses =
      "The army seized the town, and the rebels fled to the hills after a week of fighting in the north.";
    expect(trimSentence(clauses, [], 8, 8, core)?.text).toBe("The army seized the town.");
  });
  it("cuts no trailing participle that holds a comma: the sentence's verb comes after it", () => {
    const core = { numbers: [], quoted: false };
    const participle =
      "Marissa Halpert, an engineer, and Rick Terrill, leading the engineers out of Texas, couldn’t ignore the connection!";
    expect(trimSentence(participle, [], 30, 40, core)?.text).toContain("couldn’t ignore the connection");
  });
  it("cuts no list's last item as a second clause ('a game, is hard to follow, and most of …')", () => {
    const core = { numbers: [], quoted: false };
    const predicates =
      "Polo is a complicated equestrian game, is hard to follow, and most of the fast-paced action happens far away from where you are standing.";
    expect(trimSentence(predicates, [], 15, 15, core)?.text ?? "").not.toMatch(/game, is hard to follow\.$/);
    const clauses =
      "The army seized the town, and the rebels fled to the hills after a week of fighting in the north.";
    expect(trimSentence(clauses, [], 8, 8, core)?.text).toBe("The army seized the town.");
  });
  it("keeps the final mark after a trailing clause, a relative clause before an attribution, a dash aside before an apposition", () => {
    const halls =
      "Dan, a 19-year-old first-year business student at Sheffield University, has just returned home after a week in halls, where he was lonely and didn’t feel safe with all the parties going on.";
    expect(trimSentence(halls, [], 20, 40)?.text).toMatch(/in halls\.$/);
    const learnt =
      "Police have since launched a search for the woman, who fled after the incident, OBSERVER ONLINE has learnt.";
    expect(trimSentence(learnt)?.text).not.toContain("woman OBSERVER");
    const amnesty =
      "Footage reveals unlawful killings by security forces, which have used lethal force in more than 100 cities, said Amnesty International on Tuesday.";
    expect(trimSentence(amnesty)?.text).not.toContain("forces said Amnesty");
    const creep =
      "It was a callback to the “Committee to Reelect the President” — unofficially known as CREEP — a White House fundraising operation.";
    expect(trimSentence(creep)?.text).not.toContain("President” a White House");
  });
  it("does not end a relative clause at the comma inside a date", () => {
    const s =
      "The ceremony, which takes place at the Public Hall on Saturday, April 18, will be broadcast live.";
    expect(trimSentence(s)?.text).toBe(s);
    expect(trimSentence("The band, which formed in 2015, split up on Friday.")?.text).toBe(
      "The band split up on Friday.",
    );
  });
  it("drops only connectives set off by a comma, or but/and/yet, never a phrase's first words", () => {
    expect(trimSentence("In addition to the fatalities, nine others were wounded.")?.text).toBe(
      "In addition to the fatalities, nine others were wounded.",
    );
    expect(trimSentence("But the court ruled against the plan on Monday.")?.text).toBe(
      "The court ruled against the plan on Monday.",
    );
  });
  it("drops the connectives of other languages set off by a comma", () => {
    expect(trimSentence("Sin embargo, el ministro dijo que 120 escuelas no recibirán fondos.")?.text).toBe(
      "El ministro dijo que 120 escuelas no recibirán fondos.",
    );
    expect(trimSentence("Cependant, notre pays occupe les dernières places du classement.")?.text).toBe(
      "Notre pays occupe les dernières places du classement.",
    );
    expect(trimSentence("Por su parte, Luis Pérez propuso la construcción de vías.")?.text).toBe(
      "Luis Pérez propuso la construcción de vías.",
    );
  });
  it("capitalises only an opening word in lower case throughout", () => {
    expect(trimSentence("Meanwhile, iPhone sales fell by a third.")?.text).toBe(
      "iPhone sales fell by a third.",
    );
    expect(trimSentence("Meanwhile, über-rich buyers left.")?.text).toBe("Über-rich buyers left.");
    expect(trimSentence("the court ruled against the plan.")?.text).toBe("the court ruled against the plan.");
  });
  it("keeps an apposition that opens a list: cutting it would garble the subject", () => {
    const s = "Green, a journalist, lawyer and television legal analyst, says people often fear the law.";
    expect(trimSentence(s)?.text).toBe(s);
    expect(trimSentence("Lee, an artist for DC comics, went missing in Bali.")?.text).toBe(
      "Lee went missing in Bali.",
    );
  });
  it("for a core, drops a trailing attribution, a framing phrase and a side clause, keeping numbers", () => {
    const core = (s: string, quoted = false) => trimSentence(s, [], 30, 40, { numbers: [], quoted })?.text;
    expect(core("Gomis spent the night in hospital as a precaution, Swansea said on its website.")).toBe(
      "Gomis spent the night in hospital as a precaution.",
    );
    expect(core("Nine others were wounded, according to Xinhua news agency.")).toBe(
      "Nine others were wounded.",
    );
    expect(core("Shortly after the incident Friday, China sent fighter jets to patrol the border.")).toBe(
      "China sent fighter jets to patrol the border.",
    );
    // A quote keeps the attribution that names its speaker; a clause joined by "and" is no attribution.
    const quote = '"This will further enable Iraqi forces," he said, using an alternative acronym for ISIS.';
    expect(core(quote, true)).toBe('"This will further enable Iraqi forces," he said.');
    expect(core("The storm hit the coast, and the mayor said the city was ready.")).toBe(
      "The storm hit the coast, and the mayor said the city was ready.",
    );
    const killing = "A bomb fell on a field in China, killing four civilians.";
    const four = { start: killing.indexOf("four"), end: killing.indexOf("four") + 4 };
    expect(trimSentence(killing, [four], 30, 40, { numbers: [four], quoted: false })?.text).toBe(killing);
    // Without `core`, attributions stay.
    expect(trimSentence("Nine others were wounded, according to Xinhua news agency.")?.text).toContain(
      "Xinhua",
    );
  });
  it("cuts a second clause only when a core must be shorter", () => {
    const s =
      "All 11 soldiers aboard the helicopter are believed dead, and the operation has moved to recovery.";
    expect(trimSentence(s, [], 30, 40, { numbers: [], quoted: false })?.text).toBe(s);
    expect(trimSentence(s, [], 12, 12, { numbers: [], quoted: false })?.text).toBe(
      "All 11 soldiers aboard the helicopter are believed dead.",
    );
  });
  it("never cuts what changes the meaning or leaves a bracket open", () => {
    const core = (s: string, max = 30) => trimSentence(s, [], max, max, { numbers: [], quoted: false })?.text;
    // A "but" clause overrides the concession before it.
    const concession =
      "Crossovers may have become the vehicle of choice for most car buyers, but that doesn't mean the sedan is no longer relevant.";
    expect(core(concession, 12) ?? concession).toContain("but that doesn't mean");
    // "as well as" goes on with a list.
    expect(core("Nissan still believes in sedans for their practicality, space, as well as looks.")).toBe(
      "Nissan still believes in sedans for their practicality, space, as well as looks.",
    );
    // A cut may not take a closing bracket without its opening one.
    const bracketed = core(
      "(We never did settle on one, unlike our 565 municipalities, which are packed with them.)",
      8,
    );
    expect(bracketed ?? "").not.toMatch(/\([^)]*$/u);
    // An attribution between commas is no apposition: cutting it would leave "Region citing".
    const attributed = core(
      "The man was hospitalized in China's Inner Mongolia Autonomous Region, the news agency said, citing the health commission.",
      40,
    );
    expect(attributed ?? "").not.toMatch(/Region citing/u);
    // A relative clause ends at no list's comma, holds three words at least, and gives way to an
    // apposition after it; a leading phrase ends at no relative clause's comma.
    const garbles: Array<[string, RegExp]> = [
      [
        "It would be no surprise if Apple moved past its keyboards, which have suffered from sticky, repeating, or dead keys since 2016.",
        /keyboards repeating/u,
      ],
      [
        "Veteran actress, Kate Henshaw, who in 2008, won the award for Best Actress, has shared photos of herself.",
        /Henshaw won/u,
      ],
      [
        "Tariffs have strengthened leverage after job losses, said Scott Paul, who heads the Alliance for American Manufacturing, a group that has applauded the tariffs.",
        /Paul a group/u,
      ],
      [
        "In a Nov. 5 letter to Kevin McAleenan, who was the acting director of the department and Alex Azar, the health secretary, said they would provide 100 doses.",
        /^Who|Azar said/u,
      ],
    ];
    garbles.push(
      [
        "We have a word coined after a person, who was named after a place, which was named after a thing.",
        /person which/u,
      ],
      [
        "The utility ordered its action, where the grid's providers, Pacific Gas & Electric, Southern Edison and San Diego Gas, cut power.",
        /action Pacific/u,
      ],
      [
        "Mr Shapps said: “The data indicates we need to remove Turkey, Poland, and Bonaire, St Eustatius and Saba from the list.",
        /Poland\.$/u,
      ],
      [
        "The dirty air is arising from a mix of weather conditions, urban emissions, and crop burning in nearby states.",
        /emissions\.$/u,
      ],
    );
    garbles.push(
      [
        "The footage comes from Hart Island, which has been used for years as a burial site for those with no kin, or families who cannot pay.",
        /Island or/u,
      ],
      [
        "They met in Hendersonville, where Debbie Meadows stayed near Bennett for the event, introducing her to donors.",
        /Hendersonville introducing/u,
      ],
    );
    for (const [sentence, garble] of garbles) expect(core(sentence, 30) ?? "").not.toMatch(garble);
    for (const [sentence, garble] of garbles) expect(core(sentence, 16) ?? "").not.toMatch(garble);
    // Quoted words are the speaker's: no aside is cut inside a quotation, in English or German marks.
    expect(
      core("He said: “The (refugees) must not be forced to leave,” officials said (on Monday).", 30),
    ).toBe("He said: “The (refugees) must not be forced to leave,” officials said.");
    expect(
      core("Von „Kunden“ kann kaum die Rede sein, denn sie zahlen nichts (mit Ausnahme von Apple).", 30),
    ).toBe("Von „Kunden“ kann kaum die Rede sein, denn sie zahlen nichts.");
    // The comma before a sentence-final name is an apposition's, not a relative clause's end.
    const apposed =
      "She was contacted by the attorney general's office, which will focus on the founder and former CEO, Adam Neumann.";
    expect(core(apposed, 40)).not.toMatch(/office Adam/u);
  });
  it("rejects sentences it cannot bring near the limit", () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    expect(trimSentence(long)).toBeNull();
  });
});

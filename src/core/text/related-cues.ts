/**
 * The words that open a link to another story or head a box of them: "Read more", "Related", "Lesen
 * Sie auch", "Leia também", "Читайте также". The extractor drops the boxes and link cards they mark
 * (extract/related.ts); a sentence of running text that opens with one is such a link written out
 * (text/non-prose.ts), as a text without its markup keeps them.
 */

/** Cues of related content: headings of its sections, and the openings of its single links. */
export const RELATED_CUES = `(?:${[
  // English
  "related(?: (?:articles?|stories|posts|content|news|reading|coverage|links))?",
  "(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in))",
  "recommended(?: for you| stories| articles| reading)?",
  "more (?:stories|articles|news|from [\\p{L} .'’-]{1,30})",
  "read (?:also|next|more)",
  "also read",
  "trending(?: now| stories)?",
  "most (?:read|popular|viewed)",
  // Portuguese, Spanish
  "você (?:também )?pode gostar",
  "(?:leia|veja) também",
  "(?:posts|artigos|notícias|matérias) relacionad[oa]s",
  "(?:también )?te puede interesar",
  "(?:artículos|noticias|entradas) relacionad[oa]s",
  "(?:lee|lea) también",
  "más noticias",
  // French, Italian
  "(?:à )?lire aussi",
  "vous aimerez aussi",
  "(?:articles|sur le même sujet|à voir aussi)(?: similaires)?",
  "(?:ti )?potrebbe(?:ro)? interessarti",
  "articoli correlati",
  "leggi anche",
  // German, Dutch, Polish, Russian
  "das könnte (?:sie|dich) auch interessieren",
  "auch interessant",
  "(?:ähnliche|verwandte|weitere) (?:artikel|beiträge)",
  "mehr zum thema",
  "lesen sie auch",
  "lees ook",
  "gerelateerde artikelen",
  "(?:zobacz|czytaj) (?:też|także|również)",
  "podobne artykuły",
  "читайте также",
  "похожие статьи",
  // "Also on rt.com": a story of the same site
  "also on [\\p{L}\\d-]+\\.[\\p{L}.]{2,}",
].join("|")})`;

/**
 * What the linked story's title starts with after the cue: a capital, a digit or a quotation mark ("Also
 * on rt.com Journalists …", "Read more: 'Walking Dead' …"). Tested apart from the cue, whose pattern is
 * case-insensitive: under /iu, \p{Lu} matches any letter.
 */
export const TITLE_START = /^[\p{Lu}\p{N}"“„«'‘]/u;

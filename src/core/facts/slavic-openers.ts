/**
 * Polish and Russian words that open a sentence before a name and that the `stopword` lists leave
 * out: adverbs ("Niemniej Angusowi", "Początkowo Barbieri", "Сейчас Полине"), prepositions and
 * prepositional nouns ("Zdaniem Tarji Matomäki", in the opinion of; "Согласно …"), "some"/"others"
 * ("Jedni Brytyjczycy"). Lowercase. (No imports: lexicon.ts reads it.)
 */
const OPENERS: Readonly<Record<string, ReadonlySet<string>>> = {
  pl: new Set([
    "dodatkowo",
    "dzięki",
    "inni",
    "jedni",
    "kiedyś",
    "najpierw",
    "następnie",
    "niemniej",
    "niestety",
    "obecnie",
    "oczywiście",
    "oprócz",
    "ostatecznie",
    "początkowo",
    "podobnie",
    "ponadto",
    "potem",
    "później",
    "szczególnie",
    "tymczasem",
    "wcześniej",
    "wczoraj",
    "wobec",
    "wówczas",
    "wreszcie",
    "wśród",
    "zdaniem",
    "zresztą",
    "zwłaszcza",
  ]),
  ru: new Set([
    "благодаря",
    "вдобавок",
    "вчера",
    "завтра",
    "затем",
    "зато",
    "кроме",
    "кстати",
    "наконец",
    "напомним",
    "например",
    "несмотря",
    "однако",
    "позже",
    "поэтому",
    "ранее",
    "сейчас",
    "согласно",
    "также",
    "впрочем",
  ]),
};

/** A Polish or Russian sentence opener that is no part of a name (lowercase `word`). */
export function isSlavicOpener(word: string, lang: string): boolean {
  return OPENERS[lang]?.has(word) ?? false;
}

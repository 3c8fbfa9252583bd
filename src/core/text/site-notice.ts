/**
 * A site's notices about itself written as sentences: its rights ("© 2019 Associated Press.", "This
 * material may not be published, broadcast, rewritten, or redistributed.") and its cookies ("Diese
 * Website verwendet Cookies.", "We use cookies to personalise content and ads.", "Du kannst Deine
 * Zustimmung jederzeit widerrufen."): a banner or footer the extraction kept, never the story.
 */
import { atMostWords } from "./word-count";

/**
 * A rights notice: a copyright line ("© 2019 Science X Network", "Copyright 2019 Hawaii News Now."),
 * "All rights reserved." in the languages read, or a ban on reprinting ("This material may not be
 * published, broadcast, rewritten, or redistributed.", "Written permission must be obtained before
 * reprint in online or print media.", "Reprinting content without permission … is theft", "This article
 * is the copyrighted property of …").
 */
const RIGHTS_NOTICE = new RegExp(
  [
    "^(?:©|copyright\\s*(?:©|\\(c\\)|\\d{4}))",
    "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados",
    "tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|все права защищены",
    "^(?:this|the|these) (?:material|article|content|story|text|report|photos?|images?) may not be (?:re)?(?:published|produced|printed|distributed|copied)",
    "^(?:this|the) (?:article|material|content|story) is (?:the )?copyright(?:ed)?",
    "written permission (?:must|is required)",
    "(?:reprint|reproduc|republish|redistribut)\\p{L}* (?:\\p{L}+ ){0,3}without (?:\\p{L}+ ){0,2}permission",
  ].join("|"),
  "iu",
);
/** A rights notice is a line, not a paragraph: a sentence longer than this is prose that opens with a credit. */
const RIGHTS_NOTICE_MAX_WORDS = 16;
/** Longer sentences are not looked at for a notice (the pattern is not anchored). */
const RIGHTS_NOTICE_MAX_CHARS = 200;

/**
 * A cookie notice: the site's use of cookies ("Diese Website verwendet Cookies", "We use cookies to …",
 * "Ce site utilise des cookies"), its cookie settings, agreeing to them by browsing on ("stimmst du der
 * Verwendung von Cookies zu", "you agree to the use of cookies"), withdrawing consent ("Du kannst Deine
 * Zustimmung … widerrufen").
 */
const COOKIE_NOTICE = new RegExp(
  [
    "\\b(?:verwendet|verwenden|nutzt|nutzen|setzt|setzen|uses?|using|utilise|utilisons|usa|usamos|utiliza|utilizamos|utilizza|utilizziamo|gebruikt|gebruiken|używa|używamy)\\s+(?:[\\p{L}-]+\\s+){0,3}cookies?\\b",
    "\\bcookie-?(?:einstellungen|settings|richtlinie|policy|hinweis|banner)\\b",
    "\\b(?:verwendung|einsatz|use) (?:von |of )?cookies\\b",
    "\\b(?:zustimmung|einwilligung|consent)\\s+(?:[\\p{L}-]+\\s+){0,4}(?:widerrufen|withdraw)",
  ].join("|"),
  "iu",
);
/** Every cue of COOKIE_NOTICE holds one of these: one quick test passes over most sentences. */
const COOKIE_CUE = /cookie|zustimmung|einwilligung|consent/iu;
/** A notice is a sentence, not a paragraph about cookies or rights: longer ones are prose. */
const COOKIE_NOTICE_MAX_WORDS = 40;

/** Whether the sentence is a site's rights notice or cookie notice. */
export function isSiteNotice(text: string): boolean {
  return isRightsNotice(text) || isCookieNotice(text);
}

function isRightsNotice(text: string): boolean {
  if (text.length > RIGHTS_NOTICE_MAX_CHARS || !RIGHTS_NOTICE.test(text)) return false;
  return atMostWords(text, RIGHTS_NOTICE_MAX_WORDS);
}

function isCookieNotice(text: string): boolean {
  return COOKIE_CUE.test(text) && COOKIE_NOTICE.test(text) && atMostWords(text, COOKIE_NOTICE_MAX_WORDS);
}

/**
 * Sentences that address the reader as a site does, not the story: a call to click, subscribe, follow,
 * sign up or support ("Click through for the whole thing.", "Sign up for the free daily newsletter.",
 * "Folgen Sie uns auf Twitter."), its advertising disclosures ("*Werbung.") and its rights notices ("©
 * 2019 Associated Press.", "This material may not be published, broadcast, rewritten, or
 * redistributed."). They sit among the article's paragraphs and, near its top or end, look like prose;
 * neither a summary nor a key fact quotes them.
 */

/** Openings of such calls, in the languages whose sites write them most. */
const CALL_OPENING = new RegExp(
  `^(?:${[
    // English
    "click (?:here|through|the link|below)",
    "sign up (?:for|to|now|here|today)",
    "subscribe (?:to|now|here|today|for)",
    "follow us",
    "like us on",
    "check out (?:what's|our|more)",
    "check back (?:for|soon|later|often|regularly)",
    "scroll down (?:for|to)",
    "(?:to (?:view|read|continue reading) the full (?:story|article)|to continue reading), (?:please )?(?:subscribe|sign in|log in)",
    "download (?:our|the) app",
    // Appeals for support: "Support our journalism", "If you value our content, …".
    "(?:please )?support (?:us|our (?:journalism|work|reporting|newsroom))",
    "become an? (?:member|supporter|patron|subscriber)",
    "donate (?:now|today|here|to us)",
    "if you (?:value|enjoy|appreciate|like) (?:our|this|what we)",
    // German, French, Spanish, Portuguese, Italian
    "klicken sie (?:hier|auf)",
    "(?:abonnieren|folgen) sie uns",
    "melden sie sich (?:hier )?(?:an|für)",
    "cliquez (?:ici|sur)",
    "abonnez-vous",
    "suivez-nous",
    "inscrivez-vous",
    "haga clic (?:aquí|en)",
    "(?:suscr[ií]bete|s[ií]guenos|suscr[ií]base)",
    "clique (?:aqui|no link)",
    "(?:inscreva-se|assine|siga-nos)",
    "clicca (?:qui|sul)",
    "(?:iscriviti|seguici)",
    // Appeals for support in German, French, Spanish, Portuguese, Italian.
    "unterstützen sie (?:uns|unsere[nm]?|unabhängigen)",
    "werden sie (?:mitglied|abonnent|unterstützer)",
    "jetzt spenden",
    "soutenez(?:-nous| notre| le| la)",
    "faites un don",
    "apoya (?:a|al|el|nuestro|nuestra|nuestros) ",
    "hazte (?:socio|miembro|suscriptor)",
    "(?:você|voce) pode apoiar",
    "apoie (?:o|a|nosso|nossa)",
    "a (?:você|voce) que chegou até aqui",
    "sostienici",
  ].join("|")})\\b`,
  "iu",
);

/**
 * A site's advertising disclosure: a marker alone ("*Werbung.", "#Werbung!", "[Anzeige]", "Sponsored"),
 * a marker opening a labelled advertisement ("[Werbung] Schweighart, M. …"), or a note that the post
 * holds advertising ("Dieser Beitrag enthält Werbung für …", "This post contains affiliate links.").
 * Not a sentence about advertising ("Werbung nervt.").
 */
const DISCLOSURE = new RegExp(
  `^(?:${[
    "[#*]?\\[?(?:werbung|anzeige|reklame|sponsored|advertisement|publicité|publicidad|pubblicità)\\]?[.:!]?$",
    "\\[(?:werbung|anzeige|sponsored|advertisement|ad)\\]",
    "(?:dieser|der) (?:beitrag|artikel|post|blogpost) enthält (?:unbezahlte |bezahlte )?(?:werbung|affiliate)",
    "this (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored|paid)",
  ].join("|")})`,
  "iu",
);

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

/** Whether the sentence is a site's call to the reader, its disclosure or its rights notice. */
export function isCallToAction(sentence: string): boolean {
  const text = sentence.trim();
  return CALL_OPENING.test(text) || DISCLOSURE.test(text) || isRightsNotice(text);
}

function isRightsNotice(text: string): boolean {
  if (text.length > RIGHTS_NOTICE_MAX_CHARS || !RIGHTS_NOTICE.test(text)) return false;
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words > RIGHTS_NOTICE_MAX_WORDS) return false;
  return true;
}

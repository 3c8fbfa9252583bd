/**
 * Sentences that address the reader as a site does, not the story: a call to click, subscribe, follow,
 * sign up or support ("Click through for the whole thing.", "Sign up for the free daily newsletter.",
 * "Folgen Sie uns auf Twitter."), its advertising disclosures ("*Werbung.") and its other notices
 * (site-notice.ts: rights, cookies). They sit among the article's paragraphs and, near its top or end,
 * look like prose; neither a summary nor a key fact quotes them.
 */
import { isSiteNotice } from "./site-notice";

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

/** Whether the sentence is a site's call to the reader, its disclosure or another of its notices. */
export function isCallToAction(sentence: string): boolean {
  const text = sentence.trim();
  return CALL_OPENING.test(text) || DISCLOSURE.test(text) || isSiteNotice(text);
}

/**
 * Head nouns that type a name beyond English. Romance languages put the head first ("Corte Suprema",
 * "Ministère de la Santé", "Calle Alcalá"), so a name's first word says what it is; German joins the
 * head to the end of a compound ("Bundesverfassungsgericht", "Europäische Kommission"), so its last
 * word's ending does. Without these, two capitalised words default to a person ("Poder Judicial").
 */

/** French, Spanish, Italian and Portuguese: the languages whose names put their head first. */
export const ROMANCE_LANGS: ReadonlySet<string> = new Set(["fr", "es", "it", "pt"]);

/** First words of institutions' names in Spanish, French, Italian and Portuguese. */
export const ROMANCE_ORG_HEADS: ReadonlySet<string> = new Set([
  // es
  "ministerio",
  "tribunal",
  "corte",
  "consejo",
  "comisión",
  "universidad",
  "instituto",
  "banco",
  "partido",
  "grupo",
  "fundación",
  "asociación",
  "agencia",
  "congreso",
  "senado",
  "cámara",
  "gobierno",
  "ayuntamiento",
  "policía",
  "ejército",
  "poder",
  "junta",
  "secretaría",
  "federación",
  "confederación",
  "sindicato",
  "organización",
  "fiscalía",
  "juzgado",
  "asamblea",
  "comité",
  "movimiento",
  // fr
  "ministère",
  "cour",
  "conseil",
  "commission",
  "université",
  "institut",
  "banque",
  "parti",
  "groupe",
  "fondation",
  "agence",
  "assemblée",
  "sénat",
  "chambre",
  "gouvernement",
  "mairie",
  "armée",
  "fédération",
  "syndicat",
  "société",
  "caisse",
  "parquet",
  "ligue",
  // it
  "ministero",
  "tribunale",
  "consiglio",
  "commissione",
  "università",
  "istituto",
  "banca",
  "partito",
  "gruppo",
  "fondazione",
  "associazione",
  "agenzia",
  "senato",
  "governo",
  "comune",
  "polizia",
  "esercito",
  "federazione",
  "sindacato",
  "procura",
  "lega",
  // pt
  "ministério",
  "supremo",
  "conselho",
  "comissão",
  "universidade",
  "fundação",
  "associação",
  "agência",
  "prefeitura",
  "polícia",
  "exército",
  "federação",
  "procuradoria",
  "assembleia",
]);

/** First words of places' names in Spanish, French, Italian and Portuguese. */
export const ROMANCE_PLACE_HEADS: ReadonlySet<string> = new Set([
  "calle",
  "avenida",
  "plaza",
  "río",
  "sierra",
  "provincia",
  "región",
  "isla",
  "puerto",
  "ciudad",
  "rue",
  "boulevard",
  "fleuve",
  "lac",
  "mont",
  "région",
  "île",
  "ville",
  "piazza",
  "fiume",
  "lago",
  "monte",
  "regione",
  "isola",
  "città",
  "rua",
  "praça",
  "rio",
  "serra",
  "província",
  "região",
  "ilha",
  "cidade",
]);

/** Endings of German institutions' names ("…gericht", "…ministerium", "Europäische Kommission"). */
export const GERMAN_ORG_ENDING =
  /(?:ministerium|gericht|gerichtshof|partei|amt|verband|verein|institut|universität|hochschule|polizei|regierung|behörde|kommission|agentur|konzern|gruppe|stiftung|gesellschaft|klinik|klinikum|krankenhaus|akademie|bundestag|landtag|parlament|werke|gewerkschaft|fraktion|zeitung|rundschau|kurier|blatt|kanzlei|verwaltung|kammer|senat|kasse|bund|kirche|feuerwehr|bürgerschaft|ausschuss|komitee|chor|chors|chores|gemeinschaft|vereinigung|genossenschaft|bewegung)$/u;

/** Endings of German places' names ("Hellbrunner Allee", "König-Ludwig-Straße", "Wannsee"). */
export const GERMAN_PLACE_ENDING =
  /(?:allee|straße|strasse|platz|gasse|brücke|bahnhof|flughafen|hafen|insel|viertel|see|meer|wald|gebirge|kanal|bucht|kreis|kiez|kiezes|ozean|ozeans)$/u;

/**
 * Endings of German names of events, prizes, laws and the like ("Bregenzer Festspiele", "Corona
 * Pandemie", "Deutscher Buchpreis", "Europäische Feuerwaffenrichtlinie", "Münchner Abkommen", "Zweiten
 * Weltkrieg"): things, which two capitalised words would otherwise make a person.
 */
export const GERMAN_OTHER_ENDING =
  /(?:spiele|spielen|meisterschaft|meisterschaften|pokal|turnier|festival|messe|konferenz|kongress|kongresse|gipfel|preis|preises|pandemie|epidemie|krieg|krieges|kriegs|revolution|richtlinie|verordnung|gesetz|gesetzes|abkommen|vertrag|vertrages)$/u;

/**
 * Adjectives of a church, a party line or a union opening a German name ("Katholische Aktion",
 * "Evangelische Jugendwerk", "Gewerkschaftlicher Linksblock", "Evangelisch-Lutherische Kirche"): such a
 * name is a body's, whatever its last word (the last word's own head wins: "…konferenz" of "Katholische
 * Bischofskonferenz" is read before this).
 */
export const GERMAN_AFFILIATION =
  /^(?:\p{L}+-)?(?:katholisch|evangelisch|christlich|protestantisch|lutherisch|jüdisch|gewerkschaftlich|sozialdemokratisch|christdemokratisch|sozialistisch|kommunistisch)(?:e|en|er|es|em)?$/u;

/**
 * German letters of championships ("WM" Weltmeisterschaft, "EM", "DM", "ÖM"; "DM" also the Mark): things,
 * where capitals are otherwise an organisation's letters.
 */
export const GERMAN_EVENT_LETTERS: ReadonlySet<string> = new Set(["wm", "em", "dm", "öm"]);

/**
 * Short German words that open a body's name before its place or topic ("Uni Hamburg", "Forum
 * Waffenrecht", "Team Rocket", "Bündnis Sahra Wagenknecht"): too short or too common as a compound's
 * end for GERMAN_ORG_ENDING ("Juni" ends in "uni").
 */
export const GERMAN_ORG_FIRST: ReadonlySet<string> = new Set([
  "uni",
  "forum",
  "team",
  "zentrum",
  "bündnis",
  "netzwerk",
  "initiative",
]);

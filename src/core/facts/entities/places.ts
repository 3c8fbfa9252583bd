/**
 * Places that news name without a cue around them ("Ohio", "Kabul", "Sao Paulo"): the US states and
 * their common abbreviations, provinces and regions in the news, and the world's capitals and large
 * cities. Beside COUNTRIES (lexicon.ts), this small gazetteer (about 3 KB) types what no preposition
 * or suffix marks; it votes less than a country, so a title or a speech verb around "Washington" or
 * "Jordan" still makes a person of them.
 */
import { COUNTRIES } from "../lexicon";

const US_STATES =
  "alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois " +
  "indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi " +
  "missouri montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina " +
  "north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee texas " +
  "utah vermont virginia washington west_virginia wisconsin wyoming puerto_rico guam " +
  // Abbreviations that name nothing else in news (not "CO", "IN", "ME", "OK", "OR").
  "nj ny nyc n.y n.j d.c dc md l.a calif ariz fla mass conn penn tenn wash wis mich minn " +
  "ill";

const REGIONS =
  "nrw england scotland wales northern_ireland catalonia bavaria quebec ontario alberta british_columbia " +
  "queensland new_south_wales tasmania punjab kerala sindh gujarat maharashtra kashmir bengal siberia " +
  "chechnya donbas donetsk luhansk xinjiang inner_mongolia hong_kong macau taiwan tibet gaza west_bank " +
  "golan galilee sinai darfur tigray kurdistan balochistan middle_east latin_america north_america " +
  "south_america central_america southeast_asia east_asia south_asia central_asia east_africa " +
  "west_africa sub-saharan_africa caribbean balkans scandinavia silicon_valley midwest new_england";

const CITIES =
  "london paris berlin madrid rome moscow beijing tokyo seoul delhi new_delhi mumbai kolkata chennai " +
  "bangalore bengaluru hyderabad karachi lahore islamabad kabul kandahar tehran baghdad mosul basra " +
  "damascus aleppo idlib beirut jerusalem tel_aviv amman cairo alexandria istanbul ankara athens vienna " +
  "prague warsaw budapest brussels amsterdam rotterdam the_hague lisbon porto dublin belfast edinburgh " +
  "glasgow manchester liverpool birmingham leeds bristol cardiff stockholm oslo copenhagen helsinki " +
  "kyiv kiev kharkiv odesa odessa mariupol lviv minsk riga vilnius tallinn bucharest sofia belgrade " +
  "zagreb sarajevo geneva zurich bern munich frankfurt hamburg cologne milan naples turin venice florence " +
  "barcelona valencia seville marseille lyon nice shanghai shenzhen guangzhou wuhan chengdu tianjin " +
  "taipei pyongyang manila jakarta bangkok hanoi ho_chi_minh_city kuala_lumpur yangon dhaka colombo " +
  "kathmandu sydney melbourne brisbane perth adelaide canberra auckland wellington toronto montreal " +
  "vancouver ottawa calgary mexico_city guadalajara monterrey havana caracas bogota bogotá medellin lima " +
  "quito santiago buenos_aires montevideo sao_paulo são_paulo rio_de_janeiro brasilia brasília " +
  "nairobi lagos abuja accra dakar kinshasa johannesburg cape_town pretoria addis_ababa khartoum " +
  "mogadishu kampala kigali harare luanda tripoli tunis algiers rabat casablanca riyadh jeddah mecca " +
  "dubai abu_dhabi doha muscat sanaa tbilisi yerevan baku tashkent almaty astana ulaanbaatar " +
  // The United States' large cities and the boroughs news name alone.
  "los_angeles san_francisco chicago houston dallas san_diego phoenix philadelphia boston seattle " +
  "denver atlanta miami detroit las_vegas portland baltimore new_orleans nashville austin san_antonio " +
  "minneapolis pittsburgh cleveland cincinnati st._louis kansas_city salt_lake_city sacramento san_jose " +
  "oklahoma_city memphis louisville milwaukee fort_worth honolulu anchorage orlando tampa charlotte " +
  "raleigh richmond indianapolis columbus brooklyn manhattan queens bronx staten_island oakland " +
  "albuquerque tucson omaha";

/** Lowercase keys without a final dot ("new york", "calif", "n.y"). */
const PLACES: ReadonlySet<string> = new Set(
  `${US_STATES} ${REGIONS} ${CITIES}`.split(/\s+/u).map((p) => p.replace(/_/gu, " ")),
);

/** Whether a name's lowercase key is a known place ("Calif." as "calif"). */
export function isKnownPlace(key: string): boolean {
  return PLACES.has(key.endsWith(".") ? key.slice(0, -1) : key);
}

/** A country (English) or a known place. */
export function isPlaceKey(key: string): boolean {
  return COUNTRIES.has(key) || isKnownPlace(key);
}

/** Demonym suffixes: "Russia" → "Russian", "North Korea" → "North Korean", "Japan" → "Japanese". */
export const DEMONYM_ENDINGS = ["n", "an", "ian", "ese", "i", "ish"];

/**
 * "German" of "German East Africa Company", "Swedish": a known place's people, not a body's own name
 * (the empty ending: "German" is "Germany" less its "y").
 */
export function isDemonym(word: string): boolean {
  return ["", ...DEMONYM_ENDINGS].some((ending) => {
    if (!word.endsWith(ending)) return false;
    const stem = word.slice(0, word.length - ending.length);
    return ["", "a", "e", "o", "y"].some((v) => isPlaceKey(stem + v));
  });
}

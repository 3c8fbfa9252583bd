/**
 * The page's JSON-LD: every object of its scripts (arrays and @graph flattened, bounded), the one that
 * describes the article, and the values read from it (strings decoded of HTML references, names of
 * authors through @id references, the article's own URL).
 */
import { decodeHTML } from "entities";
import { cleanText } from "./text";

const ARTICLE_TYPES =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Blog|WebPage|Recipe|Review|CreativeWork)$/;
/** Preference among JSON-LD types: the more specific "article" types win over WebPage and friends. */
const WEAK_TYPES = new Set(["WebPage", "Blog", "CreativeWork", "Recipe", "Review"]);

/** How many JSON-LD nodes are visited per page (graphs can be large). */
const MAX_JSON_LD_NODES = 2000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

function parseJson(text: string): Json | undefined {
  const body = text.replace(/^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$/g, "").trim();
  if (body === "") return undefined;
  try {
    return JSON.parse(body) as Json;
  } catch {
    try {
      // Raw control characters inside strings are a common authoring slip.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, " ")) as Json;
    } catch {
      return undefined;
    }
  }
}

export function typesOf(o: JsonObject): string[] {
  const t = o["@type"];
  if (typeof t === "string") return [t.replace(/^https?:\/\/schema\.org\//, "")];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

/** Every object in the JSON-LD scripts (arrays and @graph flattened), bounded. */
export function jsonLdObjects(scripts: string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const stack: Json[] = [];
  for (const s of scripts) {
    const parsed = parseJson(s);
    if (parsed !== undefined) stack.push(parsed);
  }
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_JSON_LD_NODES) {
    const v = stack.pop() as Json;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v !== null && typeof v === "object") {
      out.push(v);
      const graph = v["@graph"];
      if (Array.isArray(graph)) for (let i = graph.length - 1; i >= 0; i--) stack.push(graph[i]);
    }
  }
  return out;
}

/** The JSON-LD object that describes the article (the most specific article type first). */
export function articleObject(objects: JsonObject[]): JsonObject | null {
  let weak: JsonObject | null = null;
  for (const o of objects) {
    const types = typesOf(o);
    if (!types.some((t) => ARTICLE_TYPES.test(t))) continue;
    if (types.every((t) => WEAK_TYPES.has(t))) {
      weak ??= o;
      continue;
    }
    return o;
  }
  return weak;
}

/** A JSON-LD string, with the HTML references that content systems leave in it ("d&#039;actions") decoded. */
export function ldText(v: Json | undefined): string | null {
  const s = typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : null;
  return s === null ? null : cleanText(s.includes("&") ? decodeHTML(s) : s);
}

export function nameOf(v: Json | undefined, objects: JsonObject[]): string | null {
  if (typeof v === "string") return isUrl(v) ? null : cleanText(v);
  if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
  const name = ldText(v.name);
  if (name) return name;
  // A reference into the @graph: { "@id": "..." }.
  const id = v["@id"];
  if (typeof id === "string") {
    const target = objects.find((o) => o["@id"] === id && o !== v);
    if (target) return ldText(target.name);
  }
  return null;
}

export function authorsOf(v: Json | undefined, objects: JsonObject[]): string | null {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const names: string[] = [];
  for (const a of list) {
    const n = nameOf(a, objects);
    if (n && !names.includes(n)) names.push(n);
  }
  return names.length > 0 ? names.join(", ") : null;
}

export function isUrl(s: string): boolean {
  return /^(https?:)?\/\//i.test(s.trim());
}

/** The article's own URL in JSON-LD (`mainEntityOfPage`, as a string or an object, or `url`). */
export function jsonLdUrl(ld: JsonObject): string | null {
  const main = ld.mainEntityOfPage;
  const candidates = [
    typeof main === "string" ? main : null,
    main && typeof main === "object" && !Array.isArray(main) ? ldText(main["@id"]) : null,
    ldText(ld.url),
  ];
  for (const c of candidates) if (c && /^https?:\/\//i.test(c)) return c;
  return null;
}

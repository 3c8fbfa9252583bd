/**
 * Reading a `POST /v1/summarize` request into an input and options, with a 400 for anything
 * malformed. JSON bodies carry options as fields; HTML and plain-text bodies as query parameters.
 */
import { decodeHtml } from "../core/charset";
import { ApiError } from "../errors";
import {
  FACTS_DEFAULT,
  FACTS_MAX,
  FACTS_MIN,
  SENTENCES_DEFAULT,
  SENTENCES_MAX,
  SENTENCES_MIN,
} from "../limits";
import type { OutputOptions, SummarizeInput } from "../service/summarize";
import { readJsonObject } from "./json-body";

export interface SummarizeRequest {
  input: SummarizeInput;
  options: OutputOptions;
  fresh: boolean;
  includeText: boolean;
  /** Extra fields other edges read (e.g. `to` for translation), validated by them. */
  extra: Record<string, unknown>;
}

/** Fields a JSON body may hold; anything else is a 400 (catches typos such as `sentence`). */
const JSON_FIELDS = new Set([
  "html",
  "url",
  "text",
  "title",
  "sentences",
  "facts",
  "lang",
  "ratio",
  "fresh",
  "include",
  "to",
]);
/** Option fields other edges validate themselves. */
const EXTRA_FIELDS = ["to"] as const;

const LANG_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** Media types of the body we accept, by the part before any `;`. */
export type BodyType = "json" | "html" | "text";

export function bodyType(contentType: string | undefined): BodyType | null {
  const type = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/json" || type.endsWith("+json")) return "json";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  return null;
}

export async function readSummarizeRequest(req: Request, query: URLSearchParams): Promise<SummarizeRequest> {
  const type = bodyType(req.headers.get("content-type") ?? undefined);
  if (!type) {
    throw new ApiError(
      "unsupported_media_type",
      "send application/json, text/html or text/plain (see /docs)",
    );
  }
  if (type === "json") return fromJson(await readJsonObject(req, JSON_FIELDS));
  const bytes = new Uint8Array(await req.arrayBuffer());
  const fields: Record<string, unknown> = Object.fromEntries(query.entries());
  if (type === "html") {
    const { html } = decodeHtml(bytes, req.headers.get("content-type"));
    fields.html = html;
  } else {
    fields.text = decodeHtml(bytes, req.headers.get("content-type")).html;
  }
  return fromFields(fields, true);
}

function fromJson(body: Record<string, unknown>): SummarizeRequest {
  return fromFields(body, false);
}

/** `fromQuery`: values are strings (query parameters) and are converted. */
function fromFields(f: Record<string, unknown>, fromQuery: boolean): SummarizeRequest {
  const html = optionalString(f, "html");
  const text = optionalString(f, "text");
  const url = optionalString(f, "url");
  const title = optionalString(f, "title");
  let input: SummarizeInput;
  if (html !== undefined && text !== undefined)
    throw new ApiError("bad_request", "give either html or text, not both");
  if (html !== undefined) input = { kind: "html", html, url };
  else if (text !== undefined) {
    if (url !== undefined) throw new ApiError("bad_request", "url goes with html, not with text");
    input = { kind: "text", text, title };
  } else if (url !== undefined) input = { kind: "url", url };
  else throw new ApiError("bad_request", "give one of html, text or url");

  const options: OutputOptions = {
    sentences: intOption(f, "sentences", SENTENCES_MIN, SENTENCES_MAX, fromQuery) ?? SENTENCES_DEFAULT,
    facts: intOption(f, "facts", FACTS_MIN, FACTS_MAX, fromQuery) ?? FACTS_DEFAULT,
  };
  const lang = optionalString(f, "lang");
  if (lang !== undefined) {
    if (!LANG_TAG.test(lang))
      throw new ApiError("invalid_option", "lang must be a language code such as en or pt-BR");
    options.lang = lang.split(/[-_]/)[0].toLowerCase();
  }
  const ratio = numberOption(f, "ratio", fromQuery);
  if (ratio !== undefined) {
    if (!(ratio > 0 && ratio <= 1)) throw new ApiError("invalid_option", "ratio must be a number in (0, 1]");
    options.ratio = ratio;
  }
  const include = f.include;
  const includeText =
    include === "text" || (Array.isArray(include) && include.includes("text")) ? true : checkInclude(include);
  const extra: Record<string, unknown> = {};
  for (const k of EXTRA_FIELDS) if (f[k] !== undefined) extra[k] = f[k];
  return { input, options, fresh: boolOption(f, "fresh", fromQuery) ?? false, includeText, extra };
}

function checkInclude(include: unknown): false {
  if (include === undefined || include === "" || (Array.isArray(include) && include.length === 0))
    return false;
  throw new ApiError("invalid_option", 'include may only be "text"');
}

function optionalString(f: Record<string, unknown>, name: string): string | undefined {
  const v = f[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw new ApiError("invalid_option", `${name} must be a string`);
  return v;
}

function numberOption(f: Record<string, unknown>, name: string, fromQuery: boolean): number | undefined {
  const v = f[name];
  if (v === undefined || v === null) return undefined;
  const n = fromQuery && typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new ApiError("invalid_option", `${name} must be a number`);
  return n;
}

function intOption(
  f: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
  fromQuery: boolean,
): number | undefined {
  const n = numberOption(f, name, fromQuery);
  if (n === undefined) return undefined;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ApiError("invalid_option", `${name} must be an integer from ${min} to ${max}`);
  }
  return n;
}

function boolOption(f: Record<string, unknown>, name: string, fromQuery: boolean): boolean | undefined {
  const v = f[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v === "boolean") return v;
  if (fromQuery && (v === "true" || v === "1" || v === "")) return true;
  if (fromQuery && (v === "false" || v === "0")) return false;
  throw new ApiError("invalid_option", `${name} must be true or false`);
}

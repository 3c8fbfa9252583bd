import { ApiError } from "../errors";

/** A client-supplied name shown in an error: cut and stripped of markup characters. */
export function safeName(s: string): string {
  return s.slice(0, 40).replace(/[<>&"']/g, "?");
}

/**
 * Reads a JSON object body: 400 `invalid_json` when it is not JSON or not an object, 400
 * `invalid_option` for a field outside `fields` (catches typos such as `sentence`).
 */
export async function readJsonObject(
  req: Request,
  fields: ReadonlySet<string>,
): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = JSON.parse(await req.text());
  } catch {
    throw new ApiError("invalid_json", "the body is not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ApiError("invalid_json", "the body must be a JSON object");
  }
  for (const key of Object.keys(body)) {
    if (!fields.has(key)) throw new ApiError("invalid_option", `unknown field "${safeName(key)}"`);
  }
  return body as Record<string, unknown>;
}

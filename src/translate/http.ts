/** The HTTP call shared by the self-hosted providers: timeout, our User-Agent, errors as TranslatorError. */
import { USER_AGENT } from "../fetch/user-agent";
import { TranslatorError } from "./types";

export interface JsonResponse {
  status: number;
  /** The parsed body; null when it was not JSON. */
  body: unknown;
}

/** Longest part of a provider's error body quoted in our error message. */
const ERROR_SNIPPET_CHARS = 200;

/**
 * Sends a request and parses the JSON answer. Network failures and an aborted `signal` throw
 * (`failed` / `timeout`); HTTP error statuses are returned, since what they mean is per provider.
 */
export async function requestJson(
  url: string,
  init: RequestInit,
  signal: AbortSignal,
): Promise<JsonResponse> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, {
      ...init,
      signal,
      headers: { "user-agent": USER_AGENT, accept: "application/json", ...init.headers },
    });
    text = await res.text();
  } catch (err) {
    if (signal.aborted)
      throw new TranslatorError("timeout", "the translation provider did not answer in time");
    throw new TranslatorError("failed", `the translation provider could not be reached: ${String(err)}`);
  }
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    if (res.ok)
      throw new TranslatorError("failed", `the translation provider answered non-JSON: ${snippet(text)}`);
  }
  return { status: res.status, body: body ?? snippet(text) };
}

/** The failure for an HTTP error status that means nothing more specific. */
export function statusFailure(provider: string, res: JsonResponse): TranslatorError {
  return new TranslatorError(
    "failed",
    `${provider} answered HTTP ${res.status}: ${snippet(JSON.stringify(res.body))}`,
  );
}

function snippet(text: string): string {
  return text.length > ERROR_SNIPPET_CHARS ? `${text.slice(0, ERROR_SNIPPET_CHARS)}…` : text;
}

/** Joins a base URL from configuration and a path, whatever slashes they carry. */
export function endpoint(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

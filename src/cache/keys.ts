import { ALGORITHM_VERSION } from "../core/version";

/** Prefix of result entries in KV; the algorithm version is also hashed into the id. */
const RESULT_PREFIX = "result:";
const ID_PATTERN = /^[0-9a-f]{64}$/;

/** SHA-256 of a string, hex encoded (Web Crypto: same in workerd and Node). */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The id of a result: a hash of the algorithm version, the kind of input, the normalised input and
 * every option that changes the output. The same input and options always give the same id.
 */
export function resultId(
  input: { kind: string; value: string },
  options: Record<string, unknown>,
): Promise<string> {
  const sorted = Object.keys(options)
    .sort()
    .filter((k) => options[k] !== undefined)
    .map((k) => [k, options[k]]);
  return sha256Hex(JSON.stringify([ALGORITHM_VERSION, input.kind, input.value, sorted]));
}

export function resultKey(id: string): string {
  return RESULT_PREFIX + id;
}

export function isResultId(id: string): boolean {
  return ID_PATTERN.test(id);
}

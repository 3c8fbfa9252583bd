/**
 * KV keys of translations. A summary's translation is keyed by the result id (which already hashes
 * the input, options and algorithm version), the provider and the target language; a text
 * translation by a hash of everything that decides it.
 */
import { sha256Hex } from "../cache/keys";

/** Bumped when the translation format or its batching changes, so old entries are not served. */
const TRANSLATION_FORMAT = "t1";
const PREFIX = `translation:${TRANSLATION_FORMAT}:`;

export function summaryTranslationKey(resultId: string, provider: string, to: string): string {
  return `${PREFIX}summary:${resultId}:${provider}:${to}`;
}

export async function textTranslationKey(
  provider: string,
  from: string,
  to: string,
  texts: string[],
): Promise<string> {
  return `${PREFIX}text:${await sha256Hex(JSON.stringify([provider, from, to, texts]))}`;
}

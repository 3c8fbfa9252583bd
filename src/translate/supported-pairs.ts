/**
 * A provider's language pairs, asked once per isolate and reused for a while (the list changes only
 * when the operator installs a pair), and the check that a requested pair is among them.
 */
import { ApiError } from "../errors";
import { TRANSLATE_LANGUAGES_TTL_MS } from "../limits";
import { sortedUnique } from "./languages";
import type { LanguagePair, Translator } from "./types";

const memo = new Map<string, { pairs: LanguagePair[]; until: number }>();

/** The pairs of `translator`, from the memo when fresh. A failed lookup is not remembered. */
export async function supportedPairs(translator: Translator, signal: AbortSignal): Promise<LanguagePair[]> {
  const hit = memo.get(translator.id);
  if (hit && hit.until > Date.now()) return hit.pairs;
  const pairs = await translator.languages(signal);
  memo.set(translator.id, { pairs, until: Date.now() + TRANSLATE_LANGUAGES_TTL_MS });
  return pairs;
}

/** Forgets every remembered list (tests that swap providers behind the same id). */
export function forgetSupportedPairs(): void {
  memo.clear();
}

/** Targets reachable from `from`, sorted. */
export function targetsFrom(pairs: LanguagePair[], from: string): string[] {
  return sortedUnique(pairs.filter((p) => p.from === from).map((p) => p.to));
}

/** Throws 422 `unsupported_language`, naming the targets that are supported, unless from → to is. */
export function checkPair(pairs: LanguagePair[], provider: string, from: string, to: string): void {
  if (pairs.some((p) => p.from === from && p.to === to)) return;
  const supportedTargets = targetsFrom(pairs, from);
  const message =
    supportedTargets.length > 0
      ? `${provider} cannot translate ${from} to ${to}; from ${from} it can translate to: ${supportedTargets.join(", ")}`
      : `${provider} cannot translate from ${from}`;
  throw new ApiError("unsupported_language", message, {
    provider,
    from,
    to,
    supportedTargets,
    ...(supportedTargets.length === 0 ? { supportedSources: sortedUnique(pairs.map((p) => p.from)) } : {}),
  });
}

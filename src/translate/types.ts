/**
 * The translation edge: one interface, several providers chosen by configuration (see select.ts).
 * Language codes crossing this interface are our canonical ones (languages.ts): ISO 639-1 when the
 * language has one, else ISO 639-3. Each provider maps them to its own codes.
 */

export type ProviderName = "workers-ai" | "apertium" | "libretranslate";

/** One direction a provider can translate, in canonical codes. */
export interface LanguagePair {
  from: string;
  to: string;
}

export interface Translator {
  readonly name: ProviderName;
  /** Identifies the provider and its endpoint (memo of its language list). */
  readonly id: string;
  /** The pairs the provider supports. Throws TranslatorError when it cannot be asked. */
  languages(signal: AbortSignal): Promise<LanguagePair[]>;
  /**
   * Translates every text (same order, same length). Batches into as few provider calls as the
   * provider allows. Throws TranslatorError on failure, timeout or an unsupported pair.
   */
  translate(texts: string[], from: string, to: string, signal: AbortSignal): Promise<string[]>;
}

/** Why a provider call failed: `unsupported` is the client's problem, the others the provider's. */
export type TranslatorFailure = "unsupported" | "failed" | "timeout";

export class TranslatorError extends Error {
  readonly failure: TranslatorFailure;

  constructor(failure: TranslatorFailure, message: string) {
    super(message);
    this.name = "TranslatorError";
    this.failure = failure;
  }
}

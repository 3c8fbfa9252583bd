/** The configured translation provider (wrangler.toml vars TRANSLATOR, TRANSLATOR_URL; binding AI). */
import type { Env } from "../config";
import { ApiError } from "../errors";
import { apertiumTranslator } from "./apertium";
import { libreTranslateTranslator } from "./libretranslate";
import type { Translator } from "./types";
import { workersAiTranslator } from "./workers-ai";

/** The settings that choose the provider (the Node eval passes just these). */
export type TranslatorConfig = Pick<Env, "TRANSLATOR" | "TRANSLATOR_URL" | "TRANSLATOR_API_KEY" | "AI">;

/** The provider from configuration; 503 `translation_unavailable` when it is missing or incomplete. */
export function selectTranslator(env: TranslatorConfig): Translator {
  const name = (env.TRANSLATOR ?? "").trim().toLowerCase();
  switch (name) {
    case "workers-ai":
      if (!env.AI) throw unavailable('TRANSLATOR is "workers-ai" but the worker has no AI binding');
      return workersAiTranslator(env.AI);
    case "apertium":
      return apertiumTranslator(requireUrl(env, name));
    case "libretranslate":
      return libreTranslateTranslator(requireUrl(env, name), env.TRANSLATOR_API_KEY || undefined);
    case "":
      throw unavailable("translation is not configured on this service (TRANSLATOR is unset)");
    default:
      throw unavailable(
        `TRANSLATOR "${name.slice(0, 40)}" is not one of workers-ai, apertium, libretranslate`,
      );
  }
}

/** The engine's URL is operator configuration, so unlike a client's `url` it may be local. */
function requireUrl(env: TranslatorConfig, name: string): string {
  const url = (env.TRANSLATOR_URL ?? "").trim();
  if (!/^https?:\/\//i.test(url))
    throw unavailable(`TRANSLATOR "${name}" needs TRANSLATOR_URL (http or https)`);
  return url;
}

function unavailable(message: string): ApiError {
  return new ApiError("translation_unavailable", message);
}

/**
 * Translating what a summary result shows (title, summary sentences, key facts), not the article:
 * the texts go to the provider in one batch, identical texts once (a key fact is often a summary
 * sentence), and every translation is checked for lost numbers.
 */
import type { SummaryResult } from "../service/result";
import { missingNumbers } from "./numbers-check";
import type { NumbersMissing } from "./translation";
import type { Translator } from "./types";

export interface TranslatedParts {
  title: string | null;
  summary: string[];
  keyFacts: string[];
  numbersMissing: NumbersMissing[];
}

interface Part {
  field: "title" | "summary" | "keyFacts";
  index: number;
  text: string;
}

export async function translateResultParts(
  translator: Translator,
  result: Pick<SummaryResult, "article" | "summary" | "keyFacts">,
  from: string,
  to: string,
  signal: AbortSignal,
): Promise<TranslatedParts> {
  const parts: Part[] = [
    ...(result.article.title ? [{ field: "title" as const, index: 0, text: result.article.title }] : []),
    ...result.summary.map((s, index) => ({ field: "summary" as const, index, text: s.text })),
    ...result.keyFacts.map((f, index) => ({ field: "keyFacts" as const, index, text: f.text })),
  ];
  const unique = [...new Set(parts.map((p) => p.text))];
  const translated = await translateDistinct(translator, unique, from, to, signal);
  const out: TranslatedParts = {
    title: null,
    summary: new Array(result.summary.length),
    keyFacts: new Array(result.keyFacts.length),
    numbersMissing: [],
  };
  for (const part of parts) {
    const text = translated.get(part.text) ?? "";
    if (part.field === "title") out.title = text;
    else out[part.field][part.index] = text;
    const lost = missingNumbers(part.text, text);
    if (lost.length > 0) out.numbersMissing.push({ field: part.field, index: part.index, numbers: lost });
  }
  return out;
}

/** Translates distinct texts in one provider batch; the map goes from source to translation. */
async function translateDistinct(
  translator: Translator,
  texts: string[],
  from: string,
  to: string,
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const out = texts.length === 0 ? [] : await translator.translate(texts, from, to, signal);
  return new Map(texts.map((t, i) => [t, out[i]]));
}

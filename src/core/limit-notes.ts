import type { LimitHit, LimitName } from "./types";

/** What each limit cut, for the human-readable `truncated` list beside the structured `limits`. */
const WHAT_WAS_CUT: Record<LimitName, (max: number) => string> = {
  htmlChars: (max) => `html cut at ${max} characters`,
  elements: (max) => `elements after the first ${max} flattened (their text kept)`,
  depth: (max) => `nesting deeper than ${max} levels flattened (text kept)`,
  textChars: (max) => `text cut at ${max} characters`,
  summarySentences: (max) => `only the first ${max} sentences considered for the summary`,
  fetchBytes: (max) => `fetched page cut at ${max} bytes`,
};

/** One limit hit as a sentence, e.g. "text cut at 200000 characters (of 250000)". */
export function limitNote(hit: LimitHit): string {
  const note = WHAT_WAS_CUT[hit.limit](hit.max);
  return hit.actual === undefined ? note : `${note} (of ${hit.actual})`;
}

/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 exactly as Google's rouge-score computes them
 * (`RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)`):
 * - tokenize: lowercase, every run of characters other than [a-z0-9] becomes a space, split on white
 *   space, Porter-stem (NLTK's) tokens longer than 3 characters, keep tokens matching ^[a-z0-9]+$;
 * - ROUGE-N: clipped n-gram overlap; precision / candidate n-grams, recall / reference n-grams;
 * - ROUGE-Lsum: summary-level LCS over newline-separated sentences (union LCS per reference
 *   sentence, each token counted at most as often as it occurs on both sides), as ROUGE-1.5.5 does.
 */
import { porterStem } from "./porter";

export interface Score {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeLsum: Score;
}

const NON_ALNUM = /[^a-z0-9]+/g;
const stemCache = new Map<string, string>();

function stem(token: string): string {
  let s = stemCache.get(token);
  if (s === undefined) {
    s = porterStem(token);
    stemCache.set(token, s);
  }
  return s;
}

/** rouge-score's tokenizer with stemming. */
export function tokenize(text: string): string[] {
  const tokens = text.toLowerCase().replace(NON_ALNUM, " ").split(/\s+/);
  const out: string[] = [];
  for (const t of tokens) {
    const s = t.length > 3 ? stem(t) : t;
    if (/^[a-z0-9]+$/.test(s)) out.push(s);
  }
  return out;
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N between token lists. */
export function rougeN(reference: readonly string[], candidate: readonly string[], n: number): Score {
  const ref = ngrams(reference, n);
  const cand = ngrams(candidate, n);
  let overlap = 0;
  let refTotal = 0;
  let candTotal = 0;
  for (const [g, c] of ref) {
    overlap += Math.min(c, cand.get(g) ?? 0);
    refTotal += c;
  }
  for (const c of cand.values()) candTotal += c;
  const precision = overlap / Math.max(candTotal, 1);
  const recall = overlap / Math.max(refTotal, 1);
  return { precision, recall, f: fmeasure(precision, recall) };
}

function lcsTable(a: readonly string[], b: readonly string[]): Int32Array[] {
  const t = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t;
}

/** Indexes into `ref` of one LCS with `can`, found by rouge-score's backtracking. */
function lcsIndexes(ref: readonly string[], can: readonly string[]): number[] {
  const t = lcsTable(ref, can);
  let i = ref.length;
  let j = can.length;
  const out: number[] = [];
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i][j - 1] > t[i - 1][j]) j--;
    else i--;
  }
  return out.reverse();
}

/** Summary-level LCS (ROUGE-Lsum) between tokenised sentences. */
export function rougeLsum(reference: readonly string[][], candidate: readonly string[][]): Score {
  if (reference.length === 0 || candidate.length === 0) return { precision: 0, recall: 0, f: 0 };
  const m = reference.reduce((a, s) => a + s.length, 0);
  const n = candidate.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, f: 0 };
  const refCounts = new Map<string, number>();
  const canCounts = new Map<string, number>();
  for (const s of reference) for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  for (const s of candidate) for (const t of s) canCounts.set(t, (canCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const r of reference) {
    const union = new Set<number>();
    for (const c of candidate) for (const k of lcsIndexes(r, c)) union.add(k);
    for (const k of [...union].sort((a, b) => a - b)) {
      const t = r[k];
      const cc = canCounts.get(t) ?? 0;
      const rc = refCounts.get(t) ?? 0;
      if (cc > 0 && rc > 0) {
        hits++;
        canCounts.set(t, cc - 1);
        refCounts.set(t, rc - 1);
      }
    }
  }
  const precision = hits / n;
  const recall = hits / m;
  return { precision, recall, f: fmeasure(precision, recall) };
}

/** Sentences of a summary: its non-empty lines, as rouge-score's get_sents. */
function lines(text: string): string[] {
  return text.split("\n").filter((l) => l.length > 0);
}

/** All three scores of a candidate summary against a reference (both newline-separated sentences). */
export function rouge(reference: string, candidate: string): RougeScores {
  const refTokens = tokenize(reference);
  const canTokens = tokenize(candidate);
  return {
    rouge1: rougeN(refTokens, canTokens, 1),
    rouge2: rougeN(refTokens, canTokens, 2),
    rougeLsum: rougeLsum(lines(reference).map(tokenize), lines(candidate).map(tokenize)),
  };
}

/**
 * The Zyte article-extraction-benchmark metric, as its evaluate.py computes it: tokens are `\w+`
 * (Python's Unicode word characters, no lowercasing), 4-token shingles counted as a multiset (a text
 * of fewer than 4 tokens is one shingle of all of them). Per page TP/FP/FN are normalised by their sum
 * so every page weighs the same; precision and recall are means over pages; F1 is the harmonic mean of
 * the two means; accuracy is the share of pages whose token list equals the truth's.
 */

/** Python's `\w` on str: letters, digits/numbers and the underscore (marks are not included). */
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string | null | undefined): string[] {
  return (text ?? "").match(TOKEN) ?? [];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const n = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < n; i++) {
    const s = tokens.slice(i, i + SHINGLE_SIZE).join(" ");
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** Token lists equal. */
  exact: boolean;
}

export function scorePage(truth: string, predicted: string): PageScore {
  const t = tokenize(truth);
  const p = tokenize(predicted);
  const ts = shingles(t);
  const ps = shingles(p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of ts) {
    const pc = ps.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of ps) fp += Math.max(0, pc - (ts.get(k) ?? 0));
  const sum = tp + fp + fn;
  const exact = t.length === p.length && t.every((x, i) => x === p[i]);
  if (sum === 0) return { tp: 0, fp: 0, fn: 0, exact };
  return { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact };
}

/** Precision and recall of one page (null when undefined: nothing predicted / nothing true). */
export function pagePrecisionRecall(s: PageScore): { precision: number | null; recall: number | null } {
  if (s.fp === 0 && s.fn === 0) return { precision: 1, recall: 1 };
  return {
    precision: s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : null,
    recall: s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : null,
  };
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
  pages: number;
}

export function scoreCorpus(scores: PageScore[]): CorpusScore {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const s of scores) {
    const { precision, recall } = pagePrecisionRecall(s);
    if (precision !== null) {
      pSum += precision;
      pN++;
    }
    if (recall !== null) {
      rSum += recall;
      rN++;
    }
    if (s.exact) exact++;
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: scores.length ? exact / scores.length : 0, pages: scores.length };
}

/** F1 of one page, for listing the worst pages. */
export function pageF1(s: PageScore): number {
  const { precision, recall } = pagePrecisionRecall(s);
  const p = precision ?? 0;
  const r = recall ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

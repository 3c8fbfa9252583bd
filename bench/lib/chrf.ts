/**
 * chrF: character n-gram F-score (Popović 2015), as sacrebleu computes it by default: character
 * n-grams of orders 1..6 with whitespace removed, β = 2 (recall weighs more than precision).
 * Per order: precision and recall from clipped n-gram matches; orders where hypothesis or reference
 * has no n-gram are left out of the averages; the score is the F-β of the averaged precision and
 * recall, × 100. A corpus score sums the n-gram counts over all sentences first.
 */

export const CHRF_ORDER = 6;
export const CHRF_BETA = 2;

/** Per order n (index n-1): n-grams in the hypothesis, in the reference, and matching (clipped). */
export interface ChrfStats {
  hyp: number[];
  ref: number[];
  match: number[];
}

function ngramCounts(chars: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= chars.length; i++) {
    const gram = chars.slice(i, i + n).join("");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Code points of the text without any whitespace. */
function characters(text: string): string[] {
  return Array.from(text.replace(/\s+/gu, ""));
}

export function chrfStats(hypothesis: string, reference: string, order = CHRF_ORDER): ChrfStats {
  const h = characters(hypothesis);
  const r = characters(reference);
  const stats: ChrfStats = { hyp: [], ref: [], match: [] };
  for (let n = 1; n <= order; n++) {
    const hc = ngramCounts(h, n);
    const rc = ngramCounts(r, n);
    let match = 0;
    for (const [gram, count] of hc) match += Math.min(count, rc.get(gram) ?? 0);
    stats.hyp.push(Math.max(0, h.length - n + 1));
    stats.ref.push(Math.max(0, r.length - n + 1));
    stats.match.push(match);
  }
  return stats;
}

export function addStats(a: ChrfStats, b: ChrfStats): ChrfStats {
  return {
    hyp: a.hyp.map((x, i) => x + b.hyp[i]),
    ref: a.ref.map((x, i) => x + b.ref[i]),
    match: a.match.map((x, i) => x + b.match[i]),
  };
}

/** The chrF score (0..100) of some counts. */
export function chrfFromStats(stats: ChrfStats, beta = CHRF_BETA): number {
  let precision = 0;
  let recall = 0;
  let orders = 0;
  for (let i = 0; i < stats.hyp.length; i++) {
    if (stats.hyp[i] === 0 || stats.ref[i] === 0) continue;
    precision += stats.match[i] / stats.hyp[i];
    recall += stats.match[i] / stats.ref[i];
    orders++;
  }
  if (orders === 0) return 0;
  precision /= orders;
  recall /= orders;
  if (precision + recall === 0) return 0;
  const b2 = beta * beta;
  return (100 * ((1 + b2) * precision * recall)) / (b2 * precision + recall);
}

export function sentenceChrf(hypothesis: string, reference: string): number {
  return chrfFromStats(chrfStats(hypothesis, reference));
}

/** Corpus chrF: counts summed over the sentence pairs, then scored once. */
export function corpusChrf(hypotheses: string[], references: string[]): number {
  if (hypotheses.length !== references.length) throw new Error("hypotheses and references differ in length");
  if (hypotheses.length === 0) return 0;
  return chrfFromStats(
    hypotheses.map((h, i) => chrfStats(h, references[i])).reduce((a, b) => addStats(a, b)),
  );
}

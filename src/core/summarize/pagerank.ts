/** PageRank by power iteration (Page et al. 1999; TextRank's and LexRank's centrality). */

/** Damping factor: the probability of following an edge rather than jumping anywhere. */
export const DAMPING = 0.85;
/** Iterations of the power method; on graphs of a few hundred sentences it settles well before. */
const ITERATIONS = 30;

/** PageRank of a weighted graph (rows are normalised; a node without edges spreads its rank evenly). */
export function pageRank(weights: readonly Float64Array[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const out = weights.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n);
    let danglingMass = 0;
    for (let i = 0; i < n; i++) {
      if (out[i] === 0) {
        danglingMass += rank[i];
        continue;
      }
      const share = (DAMPING * rank[i]) / out[i];
      const row = weights[i];
      for (let j = 0; j < n; j++) if (row[j] > 0) next[j] += share * row[j];
    }
    for (let j = 0; j < n; j++) next[j] += (DAMPING * danglingMass) / n;
    rank = next;
  }
  return rank;
}

/**
 * Sentence scores: a position prior, centrality, similarity to the title, and priors on length, quotes,
 * questions and numbers. Centrality is directed (PacSum: Zheng & Lapata 2019) for a lead, TextRank (PageRank
 * over its word-overlap similarity graph) for a digest, blended in between (see `leadCoverage`). Each part is in
 * [0, 1] before weighting.
 */
import { hasNumber, isQuestion, quoteShare } from "./features";
import { pageRank } from "./pagerank";
import type { RankParams } from "./params";
import { cosine, type SparseVector } from "./vectors";

export interface RankInput {
  /** Tf-idf cosine similarity matrix of the candidate sentences. */
  sim: Float64Array[];
  /** TextRank overlap similarity matrix (needed when the summary is not a pure lead). */
  overlap: () => Float64Array[];
  /** Position of each candidate among the article's sentences (0 = first). */
  positions: number[];
  /** Word count of each candidate. */
  words: number[];
  /** Text of each candidate. */
  texts: string[];
  /** Number of sentences the summary will hold. */
  count: number;
  vectors: SparseVector[];
  title: SparseVector | null;
}

export function rankSentences(input: RankInput, p: Readonly<RankParams>): number[] {
  const n = input.positions.length;
  const lead = leadShare(input.count, n, p);
  const directed = lead > 0 ? directedCentrality(input.sim, p.backwardWeight, p.edgeThreshold) : null;
  const undirected = lead < 1 ? normalise(pageRank(input.overlap())) : null;
  const centrality = input.positions.map(
    (_, i) => lead * (directed?.[i] ?? 0) + (1 - lead) * (undirected?.[i] ?? 0),
  );
  const scores: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const position = (1 + input.positions[i]) ** -p.positionExponent;
    const title = input.title ? cosine(input.vectors[i], input.title) : 0;
    const base =
      lead * p.positionWeight * position + p.centralityWeight * centrality[i] + p.titleWeight * title;
    const text = input.texts[i];
    scores[i] =
      base *
      lengthFactor(input.words[i], lead, p) *
      (1 - p.quotePenalty * quoteShare(text)) *
      (isQuestion(text) ? 1 - p.questionPenalty : 1) *
      (hasNumber(text) ? 1 + p.numberBonus : 1);
  }
  return scores;
}

/** 1 for a lead (short summary), 0 for a digest (long summary), linear in between (see params.ts). */
export function leadShare(count: number, candidates: number, p: Readonly<RankParams>): number {
  if (candidates === 0) return 1;
  const coverage = count / candidates;
  if (coverage <= p.leadCoverage) return 1;
  if (coverage >= p.digestCoverage) return 0;
  return (p.digestCoverage - coverage) / (p.digestCoverage - p.leadCoverage);
}

/**
 * 1 for sentences of minWords..maxWords words; linear below; above, (maxWords / words)^longExponent
 * in a lead, fading to 1 in a digest (`lead` is the lead share).
 */
export function lengthFactor(words: number, lead: number, p: Readonly<RankParams>): number {
  if (words < p.minWords) return words / p.minWords;
  if (words > p.maxWords && lead > 0) return (p.maxWords / words) ** (lead * p.longExponent);
  return 1;
}

/**
 * PacSum centrality: Σ_{j>i} e_ij + λ · Σ_{j<i} e_ij with e_ij = max(0, sim_ij − β), β placed between
 * the article's smallest and largest similarity; normalised to [0, 1].
 */
export function directedCentrality(
  sim: Float64Array[],
  backwardWeight: number,
  edgeThreshold: number,
): number[] {
  const n = sim.length;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const row = sim[i];
    for (let j = i + 1; j < n; j++) {
      const s = row[j];
      if (s < lo) lo = s;
      if (s > hi) hi = s;
    }
  }
  const out = new Array<number>(n).fill(0);
  if (n < 2 || hi <= lo) return out;
  const beta = lo + edgeThreshold * (hi - lo);
  // The matrix is symmetric: each pair above the diagonal is read once, as a forward edge of i and a
  // backward edge of j. Each sum still adds its edges in ascending j (forward) or i (backward) order.
  const backward = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = sim[i];
    let forward = 0;
    for (let j = i + 1; j < n; j++) {
      const e = row[j] - beta;
      if (e <= 0) continue;
      forward += e;
      backward[j] += e;
    }
    out[i] = forward;
  }
  for (let i = 0; i < n; i++) out[i] += backwardWeight * backward[i];
  return normalise(out);
}

/** Min-max normalisation to [0, 1] (all 0 when the values do not differ). */
function normalise(values: number[]): number[] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const c of values) {
    if (c < min) min = c;
    if (c > max) max = c;
  }
  if (!(max > min)) return values.map(() => 0);
  return values.map((c) => (c - min) / (max - min));
}

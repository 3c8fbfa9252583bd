/**
 * The classic unsupervised baselines, on the same sentences and terms as ours (analyseText), so the
 * comparison isolates the ranking:
 * - Lead-N: the first N sentences;
 * - TextRank (Mihalcea & Tarau 2004): PageRank over the tf-idf cosine graph;
 * - LexRank (Erkan & Radev 2004): PageRank over the graph of pairs whose idf-modified cosine is at least
 *   0.1 (unweighted edges).
 * All return sentence indexes in reading order.
 */
import { pageRank } from "../../src/core/summarize/pagerank";
import { similarityMatrix, tfIdf } from "../../src/core/summarize/vectors";
import type { AnalysedText } from "../../src/core/types";

const LEXRANK_THRESHOLD = 0.1;

export function lead(doc: AnalysedText, n: number): number[] {
  return doc.sentences.slice(0, n).map((s) => s.index);
}

export function textRank(doc: AnalysedText, n: number): number[] {
  const sim = similarityMatrix(tfIdf(doc.terms).vectors);
  return top(pageRank(sim.map((row, i) => row.map((s, j) => (i === j ? 0 : s)))), n);
}

export function lexRank(doc: AnalysedText, n: number): number[] {
  const sim = similarityMatrix(tfIdf(doc.terms).vectors);
  return top(
    pageRank(sim.map((row, i) => row.map((s, j) => (i !== j && s >= LEXRANK_THRESHOLD ? 1 : 0)))),
    n,
  );
}

/** Indexes of the n highest scores (earlier sentence first on ties), in reading order. */
function top(scores: number[], n: number): number[] {
  return scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, n)
    .map(([, i]) => i)
    .sort((a, b) => a - b);
}

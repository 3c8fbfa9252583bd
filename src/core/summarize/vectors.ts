/**
 * Sentence vectors for similarity: tf-idf over the article's own sentences (no outside corpus, so the
 * same code serves every language), L2-normalised, stored sparse.
 */

/** A sparse, L2-normalised tf-idf vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

export interface TfIdf {
  vectors: SparseVector[];
  /** Vector of an extra text (the title) in the same space; terms unseen in the article are ignored. */
  embed(terms: readonly string[]): SparseVector;
}

/** Builds tf-idf vectors, idf = ln(1 + N / df) over the N sentences (smoothed, always positive). */
export function tfIdf(sentences: readonly (readonly string[])[]): TfIdf {
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const terms of sentences) {
    const seen = new Set<number>();
    for (const t of terms) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        df.push(0);
      }
      if (!seen.has(id)) {
        seen.add(id);
        df[id]++;
      }
    }
  }
  const n = sentences.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  const embed = (terms: readonly string[]): SparseVector => {
    const tf = new Map<number, number>();
    for (const t of terms) {
      const id = ids.get(t);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const sorted = [...tf.keys()].sort((a, b) => a - b);
    const weights = new Float64Array(sorted.length);
    let norm = 0;
    sorted.forEach((id, k) => {
      const w = (tf.get(id) ?? 0) * idf[id];
      weights[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    return { ids: Int32Array.from(sorted), weights };
  };
  return { vectors: sentences.map(embed), embed };
}

/** Cosine similarity of two normalised sparse vectors (merge of the sorted id lists). */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

/** Full symmetric similarity matrix (n is at most a few hundred sentences per article). */
export function similarityMatrix(vectors: readonly SparseVector[]): Float64Array[] {
  const n = vectors.length;
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    sim[i][i] = 1;
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i], vectors[j]);
      sim[i][j] = s;
      sim[j][i] = s;
    }
  }
  return sim;
}

/**
 * TextRank's own sentence similarity (Mihalcea & Tarau 2004): shared distinct terms over
 * ln|Si| + ln|Sj| (here ln(|S| + 1), so one-term sentences do not divide by zero). It leans towards
 * longer sentences, which is what a digest of an article wants. Diagonal is 0.
 */
export function overlapMatrix(terms: readonly (readonly string[])[]): Float64Array[] {
  const n = terms.length;
  const sets = terms.map((t) => new Set(t));
  const logs = sets.map((s) => Math.log(s.size + 1));
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const denominator = logs[i] + logs[j];
      if (denominator === 0) continue;
      const [small, large] = sets[i].size <= sets[j].size ? [sets[i], sets[j]] : [sets[j], sets[i]];
      let shared = 0;
      for (const t of small) if (large.has(t)) shared++;
      sim[i][j] = shared / denominator;
      sim[j][i] = sim[i][j];
    }
  }
  return sim;
}

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
  // Last sentence (1-based) that counted each term, instead of a Set per sentence.
  const lastSeen: number[] = [];
  // Every occurrence's term id, sentence after sentence: the sentences' vectors need no second lookup.
  let occurrences = 0;
  for (const terms of sentences) occurrences += terms.length;
  const occurrenceIds = new Int32Array(occurrences);
  let at = 0;
  let entries = 0;
  sentences.forEach((terms, s) => {
    for (const t of terms) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        df.push(0);
        lastSeen.push(0);
      }
      occurrenceIds[at++] = id;
      if (lastSeen[id] !== s + 1) {
        lastSeen[id] = s + 1;
        df[id]++;
        entries++;
      }
    }
  });
  const n = sentences.length;
  const idf = df.map((d) => Math.log(1 + n / d));
  // Term counts of the text being embedded (reset after each use).
  const tf = new Int32Array(ids.size);
  /** Sorts the distinct ids in `sorted` and writes their normalised weights (counts are in `tf`). */
  const weigh = (sorted: Int32Array, weights: Float64Array): SparseVector => {
    sorted.sort();
    let norm = 0;
    for (let k = 0; k < sorted.length; k++) {
      const id = sorted[k];
      const w = tf[id] * idf[id];
      tf[id] = 0;
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    return { ids: sorted, weights };
  };
  const embed = (terms: readonly string[]): SparseVector => {
    const found: number[] = [];
    for (const t of terms) {
      const id = ids.get(t);
      if (id === undefined) continue;
      if (tf[id]++ === 0) found.push(id);
    }
    return weigh(new Int32Array(found), new Float64Array(found.length));
  };
  // The sentences' vectors are views into two shared buffers: two allocations, not two per sentence.
  const idBuffer = new Int32Array(entries);
  const weightBuffer = new Float64Array(entries);
  const vectors: SparseVector[] = new Array(n);
  at = 0;
  let end = 0;
  for (let s = 0; s < n; s++) {
    const from = end;
    for (let k = sentences[s].length; k > 0; k--) {
      const id = occurrenceIds[at++];
      if (tf[id]++ === 0) idBuffer[end++] = id;
    }
    vectors[s] = weigh(idBuffer.subarray(from, end), weightBuffer.subarray(from, end));
  }
  return { vectors, embed };
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

/**
 * Full symmetric similarity matrix (n is at most a few hundred sentences per article). Row by row, the
 * dot products with the later sentences are summed term by term over an inverted index, so pairs
 * sharing no term cost nothing and each row is filled while it is in cache; each pair's products are
 * still added in ascending term id, as `cosine` adds them (same floating-point result). The rows are
 * views into one buffer.
 */
export function similarityMatrix(vectors: readonly SparseVector[]): Float64Array[] {
  const n = vectors.length;
  const buffer = new Float64Array(n * n);
  const sim: Float64Array[] = new Array(n);
  for (let i = 0; i < n; i++) sim[i] = buffer.subarray(i * n, (i + 1) * n);
  const { offsets, sentences, weights } = invertedIndex(vectors);
  // Per term: the posting of the row being filled (rows go in order, and so do each term's postings).
  const cursor = offsets.slice(0, offsets.length - 1);
  for (let i = 0; i < n; i++) {
    const row = sim[i];
    const { ids, weights: own } = vectors[i];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k];
      const w = own[k];
      const last = offsets[id + 1];
      for (let b = cursor[id]++ + 1; b < last; b++) row[sentences[b]] += w * weights[b];
    }
  }
  // (Through the buffer: a row view per read and write cost three times as much.)
  for (let i = 0; i < n; i++) {
    buffer[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) buffer[j * n + i] = buffer[i * n + j];
  }
  return sim;
}

/**
 * Postings of every term id in flat arrays (no object per term): term `id`'s entries are at
 * offsets[id]..offsets[id + 1], sentences ascending, with the term's weight in each.
 */
function invertedIndex(vectors: readonly SparseVector[]): {
  offsets: Int32Array;
  sentences: Int32Array;
  weights: Float64Array;
} {
  let terms = 0;
  let entries = 0;
  for (const v of vectors) {
    for (let k = 0; k < v.ids.length; k++) terms = Math.max(terms, v.ids[k] + 1);
    entries += v.ids.length;
  }
  const offsets = new Int32Array(terms + 1);
  for (const v of vectors) for (let k = 0; k < v.ids.length; k++) offsets[v.ids[k] + 1]++;
  for (let id = 0; id < terms; id++) offsets[id + 1] += offsets[id];
  const next = offsets.slice(0, terms);
  const sentences = new Int32Array(entries);
  const weights = new Float64Array(entries);
  vectors.forEach((v, i) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = next[v.ids[k]]++;
      sentences[at] = i;
      weights[at] = v.weights[k];
    }
  });
  return { offsets, sentences, weights };
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

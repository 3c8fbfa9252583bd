/**
 * The article's terms as small integers, for the fact ranking's per-term sums: one Map lookup per term
 * occurrence, then array reads, instead of a Set per sentence and several string-keyed lookups per term.
 */

export interface TermIds {
  /** Term → id, ids from 0 in order of first occurrence in the article. */
  ids: Map<string, number>;
  /** Id → term. */
  terms: string[];
  /** Per sentence: its distinct terms' ids, in order of first occurrence (a Set's iteration order). */
  distinct: number[][];
  /** Per id: how many sentences hold the term. */
  df: number[];
}

export function termIds(terms: readonly (readonly string[])[]): TermIds {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  // Last sentence (1-based) that listed each id: distinct terms without a Set per sentence.
  const lastSeen: number[] = [];
  const df: number[] = [];
  const distinct = terms.map((ts, s) => {
    const out: number[] = [];
    for (const t of ts) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        vocabulary.push(t);
        lastSeen.push(0);
        df.push(0);
      }
      if (lastSeen[id] === s + 1) continue;
      lastSeen[id] = s + 1;
      df[id]++;
      out.push(id);
    }
    return out;
  });
  return { ids, terms: vocabulary, distinct, df };
}

/** One flag per id: which of the article's terms are among `terms` (terms it lacks are ignored). */
export function termFlags(table: TermIds, terms: Iterable<string>): Uint8Array {
  const flags = new Uint8Array(table.ids.size);
  for (const t of terms) {
    const id = table.ids.get(t);
    if (id !== undefined) flags[id] = 1;
  }
  return flags;
}

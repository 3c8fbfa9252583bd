/**
 * Greedy selection with MMR redundancy control (Carbonell & Goldstein 1998), a character budget, and
 * no dangling opening. When the summary would open with a sentence that points back ("He", "But"), the
 * sentence before it comes in too (in place of the weakest other pick), as it usually holds the
 * referent; when that cannot be done (no room, or it dangles as well), the selection is redone with such
 * sentences allowed only after a sentence before them is in. Later in the summary, such a sentence only
 * comes right after the one before it in the article, and so does a sentence inside a quotation in any
 * summary. In a lead, a sentence that only opens a quotation
 * continued in the next one is not chosen on its own: it comes in only as the sentence before a dangling
 * opening.
 */

export interface SelectInput {
  scores: number[];
  sim: Float64Array[];
  /** Position of each candidate among the article's sentences. */
  positions: number[];
  /** Length in characters of each candidate. */
  lengths: number[];
  /**
   * Whether each candidate points back (opens with "He", "But"..., or quotes a bare "he said") and is not
   * the article's first.
   */
  dangling: boolean[];
  /**
   * Whether each candidate is only the opening of a quotation that goes on in the next sentence: in a
   * lead it is chosen only as the sentence a dangling opening brings in, with the rest of the quotation.
   */
  quoteOpening: boolean[];
  /**
   * Whether each candidate opens inside a quotation begun before it: in a digest too it comes only right
   * after the sentence before it ('Personne ne le croyait », a déclaré …' alone reads mid-quotation).
   */
  quoteContinues: boolean[];
  /**
   * A short summary (a lead) reads as one passage: each sentence that points back must follow the one
   * it points to. A digest spans the article, and its readers expect jumps.
   */
  anchorAll: boolean;
}

/** Characters counted between two summary sentences when checking `maxChars` (one space). */
const JOIN_CHARS = 1;

/** Indexes of the chosen candidates, in reading order; `redundancy` is MMR's penalty per unit of similarity. */
export function selectSentences(
  input: SelectInput,
  count: number,
  maxChars: number,
  redundancy: number,
): number[] {
  const free = greedy(input, count, maxChars, redundancy, false);
  let chosen = withAnchoredOpening(input, free, count, maxChars);
  if (!chosen) chosen = greedy(input, count, maxChars, redundancy, true);
  // Every candidate dangles (e.g. a one-sentence text starting with "He"): better that than nothing.
  if (chosen.length === 0) chosen = free;
  // Every candidate is a quotation's opening: the same.
  if (chosen.length === 0)
    chosen = greedy(
      { ...input, quoteOpening: input.dangling.map(() => false) },
      count,
      maxChars,
      redundancy,
      false,
    );
  return chosen.sort((a, b) => input.positions[a] - input.positions[b]);
}

/**
 * While the earliest chosen sentence dangles, brings in the sentence right before it, dropping the
 * lowest-scored other pick when the summary is full. Null when that fails (no predecessor, no room).
 */
function withAnchoredOpening(
  input: SelectInput,
  chosen: number[],
  count: number,
  maxChars: number,
): number[] | null {
  const atPosition = new Map<number, number>();
  input.positions.forEach((position, i) => {
    atPosition.set(position, i);
  });
  let current = [...chosen];
  for (let step = 0; step < count; step++) {
    if (current.length === 0) return current;
    const first = current.reduce((a, b) => (input.positions[b] < input.positions[a] ? b : a));
    if (!input.dangling[first]) return current;
    const before = atPosition.get(input.positions[first] - 1);
    if (before === undefined) return null;
    current.push(before);
    if (current.length > count) {
      let weakest = -1;
      for (const i of current) {
        if (i === first || i === before) continue;
        if (weakest < 0 || input.scores[i] < input.scores[weakest]) weakest = i;
      }
      if (weakest < 0) return null;
      current = current.filter((i) => i !== weakest);
    }
    const chars = current.reduce((a, i) => a + input.lengths[i], 0) + (current.length - 1) * JOIN_CHARS;
    if (chars > maxChars) return null;
  }
  return null;
}

function greedy(
  input: SelectInput,
  count: number,
  maxChars: number,
  redundancy: number,
  avoidDangling: boolean,
): number[] {
  const n = input.scores.length;
  const chosen: number[] = [];
  const taken = new Uint8Array(n);
  const maxSim = new Float64Array(n);
  let used = 0;
  let earliest = Number.POSITIVE_INFINITY;
  /** Article positions of the chosen sentences. */
  const takenAt = new Set<number>();
  while (chosen.length < count) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      if (used + input.lengths[i] + (chosen.length ? JOIN_CHARS : 0) > maxChars) continue;
      if (input.anchorAll && input.quoteOpening[i]) continue;
      if (avoidDangling && input.dangling[i] && input.positions[i] < earliest) continue;
      // Inside the summary too, a sentence that points back follows the one it points to.
      if (
        (input.anchorAll || input.quoteContinues[i]) &&
        input.dangling[i] &&
        input.positions[i] > earliest &&
        !takenAt.has(input.positions[i] - 1)
      )
        continue;
      const value = input.scores[i] - redundancy * maxSim[i];
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    taken[best] = 1;
    takenAt.add(input.positions[best]);
    chosen.push(best);
    used += input.lengths[best] + (chosen.length > 1 ? JOIN_CHARS : 0);
    earliest = Math.min(earliest, input.positions[best]);
    const row = input.sim[best];
    for (let i = 0; i < n; i++) if (row[i] > maxSim[i]) maxSim[i] = row[i];
  }
  return chosen;
}

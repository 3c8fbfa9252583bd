import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteShare } from "../../../src/core/summarize/features";
import { directedCentrality } from "../../../src/core/summarize/rank";
import { type SparseVector, similarityMatrix, type TfIdf, tfIdf } from "../../../src/core/summarize/vectors";
import { matchesOf } from "../../../src/core/text/matches";

// The versions these replaced, as they were.

function tfIdfBefore(sentences: readonly (readonly string[])[]): TfIdf {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const lastSeen: number[] = [];
  sentences.forEach((terms, s) => {
    for (const t of terms) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
        df.push(0);
        lastSeen.push(0);
      }
      if (lastSeen[id] !== s + 1) {
        lastSeen[id] = s + 1;
        df[id]++;
      }
    }
  });
  const idf = df.map((d) => Math.log(1 + sentences.length / d));
  const tf = new Int32Array(ids.size);
  const embed = (terms: readonly string[]): SparseVector => {
    const found: number[] = [];
    for (const t of terms) {
      const id = ids.get(t);
      if (id === undefined) continue;
      if (tf[id]++ === 0) found.push(id);
    }
    const sorted = new Int32Array(found).sort();
    const weights = new Float64Array(sorted.length);
    let norm = 0;
    for (let k = 0; k < sorted.length; k++) {
      const w = tf[sorted[k]] * idf[sorted[k]];
      tf[sorted[k]] = 0;
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    return { ids: sorted, weights };
  };
  return { vectors: sentences.map(embed), embed };
}

/** The matrix term by term over all pairs of each term's postings. */
function similarityBefore(vectors: readonly SparseVector[]): Float64Array[] {
  const n = vectors.length;
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  const postings = new Map<number, Array<[number, number]>>();
  vectors.forEach((v, i) => {
    v.ids.forEach((id, k) => {
      const list = postings.get(id) ?? [];
      list.push([i, v.weights[k]]);
      postings.set(id, list);
    });
  });
  for (const id of [...postings.keys()].sort((a, b) => a - b)) {
    const list = postings.get(id) ?? [];
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) sim[list[a][0]][list[b][0]] += list[a][1] * list[b][1];
  }
  for (let i = 0; i < n; i++) {
    sim[i][i] = 1;
    for (let j = i + 1; j < n; j++) sim[j][i] = sim[i][j];
  }
  return sim;
}

function directedBefore(sim: Float64Array[], backwardWeight: number, edgeThreshold: number): number[] {
  const n = sim.length;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      lo = Math.min(lo, sim[i][j]);
      hi = Math.max(hi, sim[i][j]);
    }
  const out = new Array<number>(n).fill(0);
  if (n < 2 || hi <= lo) return out;
  const beta = lo + edgeThreshold * (hi - lo);
  for (let i = 0; i < n; i++) {
    let forward = 0;
    let backward = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const e = sim[i][j] - beta;
      if (e <= 0) continue;
      if (j > i) forward += e;
      else backward += e;
    }
    out[i] = forward + backwardWeight * backward;
  }
  const min = Math.min(...out);
  const max = Math.max(...out);
  if (!(max > min)) return out.map(() => 0);
  return out.map((c) => (c - min) / (max - min));
}

const QUOTED = /["“„«»「『][^"”“»«」』]*["”“»«」』]/gu;
function quoteShareBefore(sentence: string): number {
  if (sentence.length === 0) return 0;
  let quoted = 0;
  for (const m of matchesOf(QUOTED, sentence)) quoted += m[0].length;
  const rest = sentence.replace(QUOTED, "");
  if (/^["“„«»「『‘']/u.test(rest)) return 1;
  const dangling = rest.search(/[”»」』]|(?<=[\p{L}\p{N}.,!?])"/u);
  if (dangling >= 0 && !/["“„«「『]/u.test(rest.slice(0, dangling))) quoted += dangling;
  return Math.min(1, quoted / sentence.length);
}

// Few distinct terms, so that sentences share some, repeat some, and df ranges widely.
const sentences = fc.array(
  fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), { maxLength: 9 }),
  {
    maxLength: 14,
  },
);

function same(a: ArrayLike<number>, b: ArrayLike<number>): void {
  expect(Array.from(a)).toEqual(Array.from(b));
}

describe("summary vectors against the versions they replaced", () => {
  it("tfIdf gives the same vectors, and embed the same title vector", () => {
    fc.assert(
      fc.property(sentences, fc.array(fc.constantFrom("a", "c", "x", "h"), { maxLength: 6 }), (ss, title) => {
        const space = tfIdf(ss);
        const before = tfIdfBefore(ss);
        expect(space.vectors.length).toBe(before.vectors.length);
        space.vectors.forEach((v, i) => {
          same(v.ids, before.vectors[i].ids);
          same(v.weights, before.vectors[i].weights);
        });
        const t = space.embed(title);
        const u = before.embed(title);
        same(t.ids, u.ids);
        same(t.weights, u.weights);
      }),
    );
  });

  it("similarityMatrix gives the same matrix, bit for bit", () => {
    fc.assert(
      fc.property(sentences, (ss) => {
        const vectors = tfIdf(ss).vectors;
        const got = similarityMatrix(vectors);
        const want = similarityBefore(vectors);
        expect(got.length).toBe(want.length);
        got.forEach((row, i) => {
          same(row, want[i]);
        });
      }),
    );
  });

  it("directedCentrality gives the same scores, bit for bit", () => {
    fc.assert(
      fc.property(
        sentences,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ss, w, t) => {
          const sim = similarityMatrix(tfIdf(ss).vectors);
          same(directedCentrality(sim, w, t), directedBefore(sim, w, t));
        },
      ),
    );
  });

  it("quoteShare is unchanged with and without double quotation marks", () => {
    const piece = fc.constantFrom(
      '"',
      "“",
      "”",
      "„",
      "«",
      "»",
      "「",
      "」",
      "『",
      "』",
      "‘",
      "'",
      "’",
      "a",
      "B",
      "1",
      ".",
      ",",
      " ",
      "!",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
        const s = ps.join("");
        expect(Object.is(quoteShare(s), quoteShareBefore(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

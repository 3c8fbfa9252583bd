/**
 * Candidate features of the summary that are not in src/, for bench/cv-feature.ts: each has one
 * weight w (0 = off, the shipped summary) and a grid of values to choose it from. They act on what
 * summarizePrepared computes (parameters, scores, similarities) so that an idea is measured before
 * anything in src/ changes. English cues only (CNN/DM is English): one that passed would need lists
 * per language, or no effect elsewhere, before it could ship.
 * Results on 2026-11-29 (5-fold CV inside articles 1-250): none passed; see /work/notes/summary6-note.md.
 */
import { dateWordNeeds } from "../../src/core/facts/dates";
import { hasNumber, isQuestion, quoteShare } from "../../src/core/summarize/features";
import { DEFAULT_PARAMS, type RankParams } from "../../src/core/summarize/params";
import { leadShare } from "../../src/core/summarize/rank";
import type { SparseVector } from "../../src/core/summarize/vectors";
import type { Item } from "./summary-tuning";

export interface Candidate {
  grid: number[];
  /** Parameters for this article (article-level features). */
  params?: (it: Item, p: RankParams, w: number) => RankParams;
  /** Rescored candidates (sentence-level features). */
  scores?: (it: Item, scores: number[], w: number) => number[];
  /** Similarities the ranking's centrality reads. */
  rankSim?: (it: Item, w: number) => Float64Array[];
  /** Similarities the selection's redundancy control reads. */
  selectSim?: (it: Item, w: number) => Float64Array[];
  /** Revises the selection (candidate indexes) given the scores. */
  revise?: (it: Item, chosen: number[], scores: number[], w: number) => number[];
}

const memo = new WeakMap<Item, Map<string, unknown>>();
function cached<T>(it: Item, key: string, f: () => T): T {
  let m = memo.get(it);
  if (!m) {
    m = new Map();
    memo.set(it, m);
  }
  if (!m.has(key)) m.set(key, f());
  return m.get(key) as T;
}

const prepared = (it: Item) => {
  if (!it.prepared) throw new Error("no summary for an empty article");
  return it.prepared;
};
const texts = (it: Item) => prepared(it).rank.texts;

/** Score × (1 + sign · w) for the candidates where `flag` holds. */
function scaled(key: string, sign: 1 | -1, flag: (text: string, k: number, it: Item) => boolean) {
  return (it: Item, scores: number[], w: number) => {
    const flags = cached(it, key, () => texts(it).map((t, k) => flag(t, k, it)));
    return scores.map((s, k) => (flags[k] ? s * (1 + sign * w) : s));
  };
}

// Cues of a news report (English).
const outsideQuotes = (t: string) => t.replace(/["“][^"”]*["”]/g, " ");
const PAST_VERB =
  /\b(?:said|told|was|were|had|made|took|gave|came|went|found|left|got|saw|became|began|won|lost|led|held|met|fell|rose|sent|brought|thought|knew|ran|shot|hit|struck|caught|fought|[a-z]{3,}ed)\b/;
const pastVerb = (t: string) => PAST_VERB.test(outsideQuotes(t));
/** A capitalised word after the first, outside quotes: a name. */
const named = (t: string) => /\s[A-Z][a-z]/.test(outsideQuotes(t));
const generic = (t: string) => !named(t) && !hasNumber(t);
const newsy = (t: string) => named(t) && pastVerb(t);
const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our|me|us|myself|ourselves)\b/;
/** Opens on a name: its first two words are capitalised ("Ben Stiller and …", "Former Vice President …"). */
const NAMED_SUBJECT = /^["“]?(?:The |A |An )?[A-Z][\p{L}'’.-]*\s+[A-Z]/u;
/** Reported speech: the sentence ends on its attribution ("…, police said."). */
const ATTRIBUTED_END = /,["”]? [^,]{0,60}\b(?:said|says|told|added|according to)\b[^,]*[.]["”]?$/;

/** A weekday or a relative day ("on Friday", "yesterday"): the sentence dates an event of the news cycle. */
function timeAnchor(t: string): boolean {
  for (const w of t.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []) {
    const kinds = dateWordNeeds(w);
    if (kinds && (kinds.includes("weekday") || kinds.includes("relative"))) return true;
  }
  return false;
}

/** The article opens on a hook: its first candidate names no one and counts nothing, or asks. */
const hookLede = (it: Item) => {
  const t = texts(it)[0] ?? "";
  return generic(t) || isQuestion(t);
};
const newsLede = (it: Item) => {
  const t = texts(it)[0] ?? "";
  return newsy(t) && !isQuestion(t);
};
const beyondLead = (it: Item, k: number) => prepared(it).rank.positions[k] >= prepared(it).count;

/** Word trigrams (BertSum's blocking unit): surface words, or the analysis's stopword-free stems. */
function trigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}
const surfaceTrigrams = (it: Item) =>
  texts(it).map((t) => trigrams(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
const termTrigrams = (it: Item) => prepared(it).candidates.map((c) => trigrams(it.doc.terms[c] ?? []));

/** Similarity + w for pairs that share a trigram: MMR then all but excludes them (BertSum's blocking). */
function blocked(it: Item, key: string, grams: (it: Item) => Set<string>[], w: number): Float64Array[] {
  const g = cached(it, key, () => grams(it));
  return prepared(it).rank.sim.map((row, i) =>
    row.map((s, j) => (i !== j && [...g[i]].some((x) => g[j].has(x)) ? s + w : s)),
  );
}

/** Gillick & Favre's concepts: term bigrams held by two or more sentences, weighted by that count − 1. */
function conceptShare(it: Item): number[] {
  return cached(it, "concepts", () => {
    const grams = prepared(it).candidates.map((c) => {
      const t = it.doc.terms[c] ?? [];
      return new Set(t.slice(1).map((x, i) => `${t[i]} ${x}`));
    });
    const df = new Map<string, number>();
    for (const g of grams) for (const x of g) df.set(x, (df.get(x) ?? 0) + 1);
    const raw = grams.map((g) => [...g].reduce((a, x) => a + Math.max(0, (df.get(x) ?? 0) - 1), 0));
    const max = Math.max(Number.MIN_VALUE, ...raw);
    return raw.map((r) => r / max);
  });
}

/** Similarities shrunk by sqrt(n / (n + w)) per side, n the sentence's distinct terms (short ones are spiky). */
function shrunk(it: Item, w: number): Float64Array[] {
  return cached(it, `shrunk${w}`, () => {
    const pr = prepared(it);
    const f = pr.candidates.map((c) => {
      const n = new Set(it.doc.terms[c] ?? []).size;
      return Math.sqrt(n / (n + w));
    });
    return pr.rank.sim.map((row, i) => row.map((s, j) => (i === j ? s : s * f[i] * f[j])));
  });
}

/** Capitalised words after the first, outside quotes, without a possessive 's. */
const capitalised = (t: string) =>
  (outsideQuotes(t).match(/(?<=\s)[A-Z][\p{L}'’-]+/gu) ?? []).map((w) => w.replace(/['’]s$/u, ""));

/** Whether each candidate introduces a name: two or more capitalised words no earlier sentence holds. */
function introduces(it: Item): boolean[] {
  return cached(it, "introduces", () => {
    const seen = new Set<string>();
    const isCandidate = new Set(prepared(it).candidates);
    const out: boolean[] = [];
    it.doc.sentences.forEach((s, i) => {
      if (isCandidate.has(i)) out.push(capitalised(s.text).filter((c) => !seen.has(c)).length >= 2);
      for (const c of s.text.match(/[A-Z][\p{L}'’-]+/gu) ?? []) seen.add(c.replace(/['’]s$/u, ""));
    });
    return out;
  });
}

function addInto(sum: Map<number, number>, v: SparseVector): void {
  for (let j = 0; j < v.ids.length; j++) sum.set(v.ids[j], (sum.get(v.ids[j]) ?? 0) + v.weights[j]);
}

/** Cosine of a set's summed tf-idf vector with the article's (the share of the article it covers). */
function coverage(it: Item, set: readonly number[]): number {
  const vectors = prepared(it).rank.vectors;
  const article = cached(it, "centroid", () => {
    const sum = new Map<number, number>();
    for (const v of vectors) addInto(sum, v);
    return sum;
  });
  const mine = new Map<number, number>();
  for (const k of set) addInto(mine, vectors[k]);
  let dot = 0;
  let a = 0;
  let b = 0;
  for (const [id, x] of mine) {
    dot += x * (article.get(id) ?? 0);
    a += x * x;
  }
  for (const y of article.values()) b += y * y;
  return a > 0 && b > 0 ? dot / Math.sqrt(a * b) : 0;
}

/** Top candidates by score that a swap may bring in. */
const SWAP_POOL = 8;

/**
 * One swap of the greedy selection, when it raises Σ score + w · coverage: a summary-level signal
 * (what the three cover together), which sentence scores cannot express. Swaps keep the selection's
 * rule that a sentence pointing back follows the one before it.
 */
function coverageSwap(it: Item, chosen: number[], scores: number[], w: number): number[] {
  const pr = prepared(it);
  // Leads only: a digest's redundancy and anchoring follow other rules.
  if (leadShare(pr.count, pr.candidates.length, DEFAULT_PARAMS) < 1) return chosen;
  const at = new Map(pr.rank.positions.map((p, k) => [p, k]));
  const valid = (set: number[]) =>
    set.every((k) => !pr.dangling[k] || set.includes(at.get(pr.rank.positions[k] - 1) ?? -1));
  // The selection's MMR value (members in score order, each less λ · its highest similarity to those before).
  const lambda = DEFAULT_PARAMS.redundancy;
  const mmr = (set: number[]) =>
    [...set]
      .sort((a, b) => scores[b] - scores[a])
      .reduce(
        (t, k, i, order) =>
          t + scores[k] - lambda * Math.max(0, ...order.slice(0, i).map((j) => pr.rank.sim[k][j])),
        0,
      );
  const value = (set: number[]) => mmr(set) + w * coverage(it, set);
  const pool = scores
    .map((s, k) => [s, k] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, SWAP_POOL)
    .map(([, k]) => k);
  let best = chosen;
  let bestValue = value(chosen);
  for (const out of chosen)
    for (const x of pool) {
      if (chosen.includes(x)) continue;
      const set = [...chosen.filter((k) => k !== out), x];
      if (!valid(set)) continue;
      const v = value(set);
      if (v > bestValue) [best, bestValue] = [set, v];
    }
  return best;
}

/** The shipped quotePenalty, which `quoteShape` reshapes. */
const QUOTE_PENALTY = 0.3;

export const CANDIDATES: Record<string, Candidate> = {
  // Hook / scene vs event report.
  pastVerb: { grid: [0.05, 0.1, 0.2, 0.3], scores: scaled("pastVerb", 1, pastVerb) },
  newsy: { grid: [0.05, 0.1, 0.2, 0.3], scores: scaled("newsy", 1, newsy) },
  notNewsy: { grid: [0.1, 0.2, 0.3, 0.5], scores: scaled("notNewsy", -1, (t) => !newsy(t)) },
  namedSubject: {
    grid: [0.05, 0.1, 0.2, 0.3],
    scores: scaled("namedSubject", 1, (t) => NAMED_SUBJECT.test(t)),
  },
  time: { grid: [0.05, 0.1, 0.15, 0.2, 0.3], scores: scaled("time", 1, timeAnchor) },
  /** A time anchor up and first person down, with the same w. */
  timeFirstPerson: {
    grid: [0.05, 0.1, 0.15, 0.2],
    scores: (it, scores, w) =>
      scaled("time", 1, timeAnchor)(
        it,
        scaled("firstPerson", -1, (t) => FIRST_PERSON.test(outsideQuotes(t)))(it, scores, w),
        w,
      ),
  },
  introduces: {
    grid: [0.05, 0.1, 0.2, 0.3],
    scores: (it, scores, w) => {
      const f = introduces(it);
      return scores.map((s, k) => (f[k] ? s * (1 + w) : s));
    },
  },
  firstPerson: {
    grid: [0.1, 0.2, 0.3, 0.5],
    scores: scaled("firstPerson", -1, (t) => FIRST_PERSON.test(outsideQuotes(t))),
  },
  lateGeneric: {
    grid: [0.1, 0.2, 0.3, 0.5],
    scores: scaled("lateGeneric", -1, (t, k, it) => beyondLead(it, k) && generic(t)),
  },
  lateNameless: {
    grid: [0.1, 0.2, 0.3, 0.5],
    scores: scaled("lateNameless", -1, (t, k, it) => beyondLead(it, k) && !named(t)),
  },
  /** A hook lede weakens the article's position prior (the gist comes later), a news lede sharpens it. */
  hookFlat: {
    grid: [0.25, 0.5, 0.75, 1],
    params: (it, p, w) => (hookLede(it) ? { ...p, positionWeight: p.positionWeight * (1 - w) } : p),
  },
  hookFlatExp: {
    grid: [0.25, 0.5, 0.75, 1],
    params: (it, p, w) => (hookLede(it) ? { ...p, positionExponent: p.positionExponent * (1 - w) } : p),
  },
  newsSharp: {
    grid: [0.25, 0.5, 1, 2],
    params: (it, p, w) => (newsLede(it) ? { ...p, positionWeight: p.positionWeight * (1 + w) } : p),
  },
  newsSharpExp: {
    grid: [0.25, 0.5, 1, 2],
    params: (it, p, w) => (newsLede(it) ? { ...p, positionExponent: p.positionExponent * (1 + w) } : p),
  },
  // Trigram blocking, on top of MMR or instead of it.
  trigram: { grid: [0.25, 0.5, 1, 10], selectSim: (it, w) => blocked(it, "surface", surfaceTrigrams, w) },
  termTrigram: { grid: [0.25, 0.5, 1, 10], selectSim: (it, w) => blocked(it, "terms", termTrigrams, w) },
  trigramNoMmr: {
    grid: [1],
    params: (_it, p) => ({ ...p, redundancy: 1 }),
    selectSim: (it) =>
      blocked(it, "surface", surfaceTrigrams, 10).map((row) => row.map((s) => (s >= 10 ? 10 : 0))),
  },
  // Attribution and quotes.
  attribEnd: {
    grid: [0.05, 0.1, 0.2, 0.3],
    scores: scaled("attribEnd", 1, (t) => ATTRIBUTED_END.test(t) && quoteShare(t) < 0.5),
  },
  /** quotePenalty on share^(1 + w): a sentence partly quoted (reported speech) is spared, a quote is not. */
  quoteShape: {
    grid: [1, 2, 4, 8, 16, 64],
    scores: (it, scores, w) =>
      scores.map((s, k) => {
        const q = quoteShare(texts(it)[k]);
        return q > 0 ? (s / (1 - QUOTE_PENALTY * q)) * (1 - QUOTE_PENALTY * q ** (1 + w)) : s;
      }),
  },
  // Centrality.
  concepts: {
    grid: [0.1, 0.2, 0.3, 0.5],
    scores: (it, scores, w) => {
      const c = conceptShare(it);
      return scores.map((s, k) => s * (1 + w * c[k]));
    },
  },
  conceptsAdd: {
    grid: [0.05, 0.1, 0.2, 0.3],
    scores: (it, scores, w) => {
      const c = conceptShare(it);
      return scores.map((s, k) => s + w * c[k]);
    },
  },
  shrinkRank: { grid: [1, 2, 4, 8], rankSim: shrunk },
  shrinkBoth: { grid: [1, 2, 4, 8], rankSim: shrunk, selectSim: shrunk },
  coverageSwap: { grid: [0.25, 0.5, 1, 2], revise: coverageSwap },
  commas: {
    grid: [0.05, 0.1, 0.2, 0.3],
    scores: (it, scores, w) =>
      scores.map((s, k) => s * (1 - w * Math.min(1, (texts(it)[k].match(/,/g) ?? []).length / 4))),
  },
};

/** Deterministic noise in [-1, 1) per article, sentence and seed. */
function noise(it: Item, k: number, seed: number): number {
  let h = (it.id * 7919 + k * 104729 + seed * 1299709) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 31 - 1;
}

/** `noise-N`: scores × (1 + w · noise): the null, what a change of no merit does to the figures. */
export function candidate(name: string): Candidate {
  const seed = /^noise-(\d+)$/.exec(name);
  if (seed)
    return {
      grid: [0.05, 0.1],
      scores: (it, scores, w) => scores.map((s, k) => s * (1 + w * noise(it, k, Number(seed[1])))),
    };
  const c = CANDIDATES[name];
  if (!c) throw new Error(`unknown candidate ${name}`);
  return c;
}

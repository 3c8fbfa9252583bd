/**
 * A memo table keyed by a slice of a string (`text[start..end)`) without cutting the slice out: the
 * tokens of every sentence are looked up here, and nearly all of them are already known, so a hit costs
 * no string and no array. Open addressing over a 32-bit hash of the code units; keys are compared unit
 * by unit, so a hash collision can never give another token's value.
 */

/** Slots to start with (a power of two); they double whenever half are taken, so probe runs stay short. */
const FIRST_SLOTS = 1024;
const EMPTY = -1;
/** FNV-1a's 32-bit offset basis and prime. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of the code units of `text[start..end)`. */
export function sliceHash(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

export class TokenTable<V> {
  private slots = new Int32Array(FIRST_SLOTS).fill(EMPTY);
  private mask = FIRST_SLOTS - 1;
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: V[] = [];

  /** `maxEntries` bounds memory: the table is emptied when it holds that many. */
  constructor(private readonly maxEntries: number) {}

  /** The slot holding `text[start..end)` (hash `hash`), or the empty slot that ends its probe run. */
  private slotOf(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot];
      if (entry === EMPTY) return slot;
      if (this.hashes[entry] !== hash) continue;
      const key = this.keys[entry];
      if (key.length !== length) continue;
      let k = 0;
      while (k < length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return slot;
    }
  }

  /** The value of `text[start..end)`, computed by `compute(token)` on its first sight. */
  get(text: string, start: number, end: number, compute: (token: string) => V): V {
    const hash = sliceHash(text, start, end);
    const entry = this.slots[this.slotOf(text, start, end, hash)];
    if (entry !== EMPTY) return this.values[entry];
    const token = text.slice(start, end);
    const value = compute(token);
    if (this.keys.length >= this.maxEntries) this.clear();
    else if (this.keys.length >= this.slots.length / 2) this.grow();
    this.slots[this.freeSlot(hash)] = this.keys.length;
    this.keys.push(token);
    this.hashes.push(hash);
    this.values.push(value);
    return value;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The first empty slot from `hash` on (the key is known to be absent). */
  private freeSlot(hash: number): number {
    let slot = hash & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    return slot;
  }

  /** Twice the slots, every entry placed again. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    this.mask = this.slots.length - 1;
    for (let entry = 0; entry < this.keys.length; entry++)
      this.slots[this.freeSlot(this.hashes[entry])] = entry;
  }

  private clear(): void {
    this.slots = new Int32Array(FIRST_SLOTS).fill(EMPTY);
    this.mask = FIRST_SLOTS - 1;
    this.keys = [];
    this.hashes = [];
    this.values = [];
  }
}

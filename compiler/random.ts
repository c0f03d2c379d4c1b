/**
 * Keyed hashing and per-cell random streams (ARCHITECTURE §3).
 * value(table, column, row) = gen(rng(hash(seed, table, column, generatorVersion, row))): no shared stream,
 * so adding a column or raising a count never moves another cell.
 */

/** A 64-bit key as two unsigned 32-bit halves. */
export interface Key64 {
  hi: number;
  lo: number;
}

/** murmur3's 32-bit finaliser: a fast full-avalanche mix. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 64-bit FNV-1a-style hash of the parts (joined with a separator that cannot occur in names). */
export function hashKey(...parts: (string | number)[]): Key64 {
  const text = parts.join('\u0000');
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return { hi: mix32(h2 ^ text.length), lo: mix32(h1 ^ Math.imul(h2, 0x27d4eb2d)) };
}

const TWO_32 = 4294967296;

/** The 64-bit key of one cell: the column key mixed with the row index. */
export function cellKey(column: Key64, index: number): Key64 {
  const lo = index >>> 0;
  const hi = Math.floor(index / TWO_32) >>> 0;
  const a = mix32(column.lo ^ mix32(lo ^ 0x9e3779b9));
  const b = mix32(column.hi ^ mix32(hi ^ 0x7f4a7c15) ^ a);
  return { hi: b, lo: mix32(a ^ Math.imul(b, 0x165667b1)) };
}

/** A random stream for one cell. */
export interface Rng {
  /** Uniform unsigned 32-bit integer. */
  u32(): number;
  /** Uniform float in [0, 1). */
  float(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** Uniform element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /** true with probability p. */
  chance(p: number): boolean;
}

/** The random stream of a cell (column key + row index). */
export function cellRng(column: Key64, index: number): Rng {
  return new ReusableRng().reseed(column, index);
}

/** A random stream from an explicit key (e.g. a derived sub-key). */
export function rngFromKey(key: Key64): Rng {
  return new ReusableRng().seedFromKey(key.hi, key.lo);
}

/** Unsigned 53-bit integer from a key; for index maths (consistent hashing, permutations). */
export function key53(key: Key64): number {
  return (key.hi & 0x1fffff) * TWO_32 + key.lo;
}

/**
 * The row-index halves of `cellKey`, the same for every cell of a row: kept for the last index seen, so a row's
 * cells mix their index once (a pure function of the index, so any thread or order gets the same values).
 */
let mixedIndex = Number.NaN;
let indexLo = 0;
let indexHi = 0;

function mixIndex(index: number): void {
  indexLo = mix32((index >>> 0) ^ 0x9e3779b9);
  indexHi = mix32((Math.floor(index / TWO_32) >>> 0) ^ 0x7f4a7c15);
  mixedIndex = index;
}

/**
 * pure-rand's xoroshiro128+ (the same algorithm and state layout as `xoroshiro128plusFromState`, which a test
 * compares it with), re-seeded in place so the hot loop allocates nothing per cell. Never keep one across cells.
 */
export class ReusableRng implements Rng {
  private s01 = 0;
  private s00 = 0;
  private s11 = 0;
  private s10 = 0;

  /** Points the stream at one cell: the state derived from `cellKey(column, index)`. */
  reseed(column: Key64, index: number): this {
    if (index !== mixedIndex) mixIndex(index);
    const a = mix32(column.lo ^ indexLo);
    const keyHi = mix32(column.hi ^ indexHi ^ a);
    return this.seedFromKey(keyHi, mix32(a ^ Math.imul(keyHi, 0x165667b1)));
  }

  /** Starts the stream from a 64-bit key: [hi, lo, mix(lo), mix(hi) | 1] as xoroshiro128+'s four state words. */
  seedFromKey(hi: number, lo: number): this {
    this.s01 = hi | 0;
    this.s00 = lo | 0;
    this.s11 = mix32(lo ^ 0x6a09e667) | 0;
    this.s10 = (mix32(hi ^ 0xbb67ae85) | 1) | 0;
    return this;
  }

  u32(): number {
    const out = (this.s00 + this.s10) | 0;
    const a0 = this.s10 ^ this.s00;
    const a1 = this.s11 ^ this.s01;
    const s00 = this.s00;
    const s01 = this.s01;
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    return out >>> 0;
  }

  /**
   * `jumpConsistent(this, n)` (pick-parent.ts) with the stream's state held in locals: the same draws (two `u32`
   * per `float`) and the same bucket, without a field load and store per draw (the hottest loop of references).
   */
  jump(n: number): number {
    let s00 = this.s00;
    let s01 = this.s01;
    let s10 = this.s10;
    let s11 = this.s11;
    let b = -1;
    let j = 0;
    while (j < n) {
      b = j;
      const hiOut = (s00 + s10) | 0;
      let a0 = s10 ^ s00;
      let a1 = s11 ^ s01;
      let t00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      let t01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      s00 = t00;
      s01 = t01;
      const loOut = (s00 + s10) | 0;
      a0 = s10 ^ s00;
      a1 = s11 ^ s01;
      t00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
      t01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
      s10 = (a1 << 5) ^ (a0 >>> 27);
      s11 = (a0 << 5) ^ (a1 >>> 27);
      s00 = t00;
      s01 = t01;
      const r = ((hiOut >>> 5) * 67108864 + (loOut >>> 6)) / 9007199254740992;
      j = r === 0 ? Infinity : Math.floor((b + 1) / r);
    }
    this.s00 = s00;
    this.s01 = s01;
    this.s10 = s10;
    this.s11 = s11;
    return b;
  }

  float(): number {
    const a = this.u32() >>> 5;
    const b = this.u32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  int(min: number, max: number): number {
    if (max <= min) return min;
    return min + Math.floor(this.float() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.float() < p;
  }
}

/** The low 32 bits of `cellKey(column, index)` as a fraction in [0, 1), without allocating. */
export function cellFraction(column: Key64, index: number): number {
  const lo = index >>> 0;
  const hi = Math.floor(index / TWO_32) >>> 0;
  const a = mix32(column.lo ^ mix32(lo ^ 0x9e3779b9));
  const b = mix32(column.hi ^ mix32(hi ^ 0x7f4a7c15) ^ a);
  return mix32(a ^ Math.imul(b, 0x165667b1)) / TWO_32;
}

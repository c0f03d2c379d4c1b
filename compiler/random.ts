import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

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

class CellRng implements Rng {
  private readonly gen: ReturnType<typeof xoroshiro128plusFromState>;

  constructor(key: Key64) {
    const s0 = key.hi | 0;
    const s1 = key.lo | 0;
    const s2 = mix32(key.lo ^ 0x6a09e667) | 0;
    const s3 = (mix32(key.hi ^ 0xbb67ae85) | 1) | 0;
    this.gen = xoroshiro128plusFromState([s0, s1, s2, s3]);
  }

  u32(): number {
    return this.gen.next() >>> 0;
  }

  float(): number {
    // 53 random bits from two outputs.
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

/** The random stream of a cell (column key + row index). */
export function cellRng(column: Key64, index: number): Rng {
  return new CellRng(cellKey(column, index));
}

/** A random stream from an explicit key (e.g. a derived sub-key). */
export function rngFromKey(key: Key64): Rng {
  return new CellRng(key);
}

/** Unsigned 53-bit integer from a key; for index maths (consistent hashing, permutations). */
export function key53(key: Key64): number {
  return (key.hi & 0x1fffff) * TWO_32 + key.lo;
}

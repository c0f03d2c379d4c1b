import { mix32, type Key64 } from './random.ts';

/**
 * Keyed pseudo-random permutations of [0, size): an alternating Feistel network over the smallest power-of-two
 * domain that holds `size`, with cycle-walking to stay inside [0, size). Used for unique values (a permuted index
 * is distinct for distinct indexes, so no retries), one-to-one foreign keys and composite keys.
 */

const ROUNDS = 6;
const TWO_32 = 4294967296;
const MAX_SIZE = 2 ** 53;

/**
 * A bijection of [0, size) chosen by `key`. The domain and key alone decide the mapping, so prefixes are stable:
 * the value of index i never depends on how many indexes are asked for.
 *
 * @example const perm = createPermutation(1000, key); perm(0) // some value in [0, 1000), distinct for each index
 */
export function createPermutation(size: number, key: Key64): (index: number) => number {
  if (!Number.isInteger(size) || size < 0 || size > MAX_SIZE) {
    throw new RangeError(`createPermutation: size must be an integer in [0, 2^53], got ${size}`);
  }
  if (size <= 1) return (index) => index;

  let bits = 2;
  while (2 ** bits < size) bits++;
  const leftBits = bits >>> 1;
  const rightBits = bits - leftBits;
  const keys = roundKeys(key, size);
  const k0 = keys[0]!;
  const k1 = keys[1]!;
  const k2 = keys[2]!;
  const k3 = keys[3]!;
  const k4 = keys[4]!;
  const k5 = keys[5]!;

  if (bits <= 31) {
    const leftMask = 2 ** leftBits - 1;
    const rightMask = 2 ** rightBits - 1;
    const encrypt = (x: number): number => {
      let l = x >>> rightBits;
      let r = x & rightMask;
      l = (l ^ round(r, k0)) & leftMask;
      r = (r ^ round(l, k1)) & rightMask;
      l = (l ^ round(r, k2)) & leftMask;
      r = (r ^ round(l, k3)) & rightMask;
      l = (l ^ round(r, k4)) & leftMask;
      r = (r ^ round(l, k5)) & rightMask;
      return ((l << rightBits) | r) >>> 0;
    };
    return (index) => {
      let x = encrypt(index);
      while (x >= size) x = encrypt(x);
      return x;
    };
  }

  // Halves of up to 27 bits: combine them with arithmetic, since bit operators work on 32 bits only.
  const rightSpan = 2 ** rightBits;
  const leftSpan = 2 ** leftBits;
  const encrypt = (x: number): number => {
    let l = Math.floor(x / rightSpan);
    let r = x - l * rightSpan;
    l = (l ^ round(r, k0)) & (leftSpan - 1);
    r = (r ^ round(l, k1)) & (rightSpan - 1);
    l = (l ^ round(r, k2)) & (leftSpan - 1);
    r = (r ^ round(l, k3)) & (rightSpan - 1);
    l = (l ^ round(r, k4)) & (leftSpan - 1);
    r = (r ^ round(l, k5)) & (rightSpan - 1);
    return l * rightSpan + r;
  };
  return (index) => {
    let x = encrypt(index);
    while (x >= size) x = encrypt(x);
    return x;
  };
}

/** The round function: murmur3's finaliser over the half-block xor the round key. */
function round(half: number, key: number): number {
  let h = half ^ key;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function roundKeys(key: Key64, size: number): number[] {
  // The size takes part so that permutations of different domains under one key are unrelated.
  const sizeLo = size >>> 0;
  const sizeHi = Math.floor(size / TWO_32) >>> 0;
  const keys: number[] = [];
  let state = mix32(key.lo ^ mix32(key.hi ^ sizeHi) ^ Math.imul(sizeLo, 0x9e3779b9));
  for (let r = 0; r < ROUNDS; r++) {
    state = mix32(state + 0x6d2b79f5 + r);
    keys.push(mix32(state ^ key.hi) | 0);
  }
  return keys;
}

import type { Rng } from './random.ts';

/**
 * Jump consistent hashing (Lamping & Veach) driven by the cell's random stream: a bucket in [0, n).
 * Growing n to n+1 moves only about 1/(n+1) of the keys, so a 1% larger parent table moves ~1% of references.
 */
export function jumpConsistent(rng: Rng, n: number): number {
  let b = -1;
  let j = 0;
  while (j < n) {
    b = j;
    const r = rng.float();
    j = r === 0 ? Infinity : Math.floor((b + 1) / r);
  }
  return b;
}

const TWO_32 = 4294967296;

/** The versions of the reference picks (`ref@1` `jumpConsistent`, `ref@2` `jumpBackConsistent`), newest last. */
export const REF_VERSIONS: readonly number[] = [1, 2];
export const CURRENT_REF_VERSION = REF_VERSIONS[REF_VERSIONS.length - 1]!;

/** The number of set bits of a 32-bit word. */
function popcount32(x: number): number {
  x = (x - ((x >>> 1) & 0x55555555)) | 0;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * The bucket `jumpConsistent` samples, drawn backwards in O(1) expected draws instead of O(log n) (the reference
 * picks of `ref@2`; after Ertl, "JumpBackHash", 2024). Both sample the same process: every bucket j >= 1 is a jump
 * with probability 1/(j+1), independently, and a key goes to the largest jump below n (bucket 0 when there is
 * none). Split the buckets into octaves [2^k, 2^(k+1)):
 * - an octave holds a jump with probability 1/2 (the product of j/(j+1) over it), independently of the others:
 *   bit k of the first draw;
 * - given that, its largest jump is uniform over the octave (1/(j+1) times the product of i/(i+1) for i > j in it
 *   is 1/2^(k+1) for every j): the low k bits of the second or the third draw, alternating from one present octave
 *   to the next by the parity of the present octaves at or below it, so the two octaves a pick can read never
 *   share a bit;
 * - only the octave holding n - 1 can put that jump at n or above. Then the largest jump in [2^k, n), or none, is
 *   drawn by rejection from the rest of the stream (none with probability 2^k/n, each j with 1/n), and a lower
 *   octave is never rejected.
 * No draw's position depends on n, so growing n to n+1 moves a key only to bucket n, with probability 1/(n+1).
 * Past 2^32 buckets the octaves from 2^32 up read three more fixed draws (a word of bits and two fractions) first.
 */
export function jumpBackConsistent(rng: Rng, n: number): number {
  if (n <= 1) return 0;
  const present = rng.u32();
  const odd = rng.u32();
  const even = rng.u32();
  let bits: number;
  if (n > TWO_32) {
    const high = jumpBackHigh(rng, n);
    if (high >= 0) return high;
    bits = present | 0;
  } else {
    const length = 32 - Math.clz32(n - 1);
    bits = length === 32 ? present | 0 : present & ((1 << length) - 1);
  }
  while (bits !== 0) {
    const k = 31 - Math.clz32(bits);
    const low = (1 << k) >>> 0;
    const b = low + ((popcount32(bits) & 1 ? odd : even) & (low - 1));
    if (b < n) return b;
    const mask = 2 * low - 1;
    for (;;) {
      const u = (rng.u32() & mask) >>> 0;
      if (u < low) break;
      if (u < n) return u;
    }
    bits ^= low;
  }
  return 0;
}

/**
 * `jumpBackConsistent`'s octaves from 2^32 up (n > 2^32): the bucket, or -1 when none of them holds the pick. The same
 * steps as the octaves below 2^32, in floating point: kept apart so that the usual case stays in 32-bit integers.
 */
function jumpBackHigh(rng: Rng, n: number): number {
  const present = rng.u32();
  const odd = rng.float();
  const even = rng.float();
  const length = 32 - Math.clz32(Math.floor((n - 1) / TWO_32));
  let bits = length === 32 ? present | 0 : present & ((1 << length) - 1);
  while (bits !== 0) {
    const k = 31 - Math.clz32(bits);
    const low = 2 ** (k + 32);
    const b = low + Math.floor((popcount32(bits) & 1 ? odd : even) * low);
    if (b < n) return b;
    for (;;) {
      const u = Math.floor(rng.float() * 2 * low);
      if (u < low) break;
      if (u < n) return u;
    }
    bits ^= 2 ** k;
  }
  return -1;
}

/** A Zipf-distributed rank in [0, n) with exponent s (rank 0 most popular), by inverting the continuous CDF. */
export function zipfRank(u: number, n: number, s: number): number {
  if (n <= 1) return 0;
  let x: number;
  if (Math.abs(s - 1) < 1e-9) {
    x = Math.exp(u * Math.log(n + 1));
  } else {
    const a = 1 - s;
    x = ((Math.pow(n + 1, a) - 1) * u + 1) ** (1 / a);
  }
  return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
}

/** Prefix sums of children per parent, for mapping a child index to its parent by binary search. */
export function prefixSums(parents: number, countOf: (p: number) => number): Float64Array {
  const sums = new Float64Array(parents + 1);
  for (let p = 0; p < parents; p++) sums[p + 1] = sums[p]! + countOf(p);
  return sums;
}

/** The parent whose range [sums[p], sums[p+1]) holds child i. */
export function parentOfChild(sums: Float64Array, i: number): number {
  let lo = 0;
  let hi = sums.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (sums[mid]! <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

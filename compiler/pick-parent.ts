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

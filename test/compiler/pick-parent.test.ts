import { describe, expect, it } from 'vitest';
import { jumpBackConsistent, jumpConsistent } from '../../compiler/pick-parent.ts';
import { ReusableRng, hashKey } from '../../compiler/random.ts';

const column = hashKey(7, 'public.orders', 'user_id', 'ref@1');
const rng = new ReusableRng();
const back = (index: number, n: number): number => jumpBackConsistent(rng.reseed(column, index), n);
const forward = (index: number, n: number): number => jumpConsistent(rng.reseed(column, index), n);

/** Pearson's statistic of `counts` against a uniform expectation. */
function chiSquare(counts: number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

describe('jumpBackConsistent (ref@2 picks)', () => {
  it('gives every bucket below n, and only those, with equal frequency', () => {
    // 99.99th percentiles of chi-square with 4, 9 and 99 degrees of freedom: 23.5, 33.7, 157.
    for (const [n, limit] of [[5, 23.5], [10, 33.7], [100, 157]] as const) {
      const counts = new Array<number>(n).fill(0);
      const outside: number[] = [];
      for (let i = 0; i < 200_000; i++) {
        const b = back(i, n);
        if (Number.isInteger(b) && b >= 0 && b < n) counts[b]!++;
        else outside.push(b);
      }
      expect(outside, `n = ${n}`).toEqual([]);
      expect(chiSquare(counts), `n = ${n}`).toBeLessThan(limit);
    }
    expect(back(3, 0)).toBe(0);
    expect(back(3, 1)).toBe(0);
  });

  it('is uniform over a parent count that is not a power of two, octave by octave', () => {
    // 200,000 of 2^17: the top octave [131072, 200000) is cut by n, the case the rejection step serves.
    const n = 200_000;
    const edges = [0, 1, 2, 4, 8, 16, 256, 4096, 65_536, 131_072, n];
    const counts = new Array<number>(edges.length - 1).fill(0);
    const draws = 400_000;
    for (let i = 0; i < draws; i++) {
      const b = back(i, n);
      counts[edges.findIndex((e, k) => b >= e && b < edges[k + 1]!)]!++;
    }
    for (let k = 0; k < counts.length; k++) {
      const expected = ((edges[k + 1]! - edges[k]!) / n) * draws;
      const sd = Math.sqrt(expected);
      expect(Math.abs(counts[k]! - expected), `buckets [${edges[k]}, ${edges[k + 1]})`).toBeLessThan(5 * sd + 1);
    }
  });

  it('moves a key only to the new bucket when n grows by one, as often as jump hashing does', () => {
    const keys = 3000;
    const ns = [
      ...Array.from({ length: 140 }, (_, i) => i + 1),
      255, 256, 257, 1000, 65_535, 65_536, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 33 + 7, 2 ** 40,
    ];
    let movedTotal = 0;
    let expectedTotal = 0;
    for (const n of ns) {
      let moved = 0;
      for (let i = 0; i < keys; i++) {
        const before = back(i, n);
        const after = back(i, n + 1);
        if (after !== before) {
          expect(after, `key ${i}: n ${n} -> ${n + 1} moved ${before} -> ${after}`).toBe(n);
          moved++;
        }
      }
      movedTotal += moved;
      expectedTotal += keys / (n + 1);
    }
    // About 1/(n+1) of the keys move at each step: ~22,000 over the steps above.
    expect(Math.abs(movedTotal - expectedTotal)).toBeLessThan(5 * Math.sqrt(expectedTotal));
  });

  it('keeps a key where it was when n grows by 1%, unless it moves into the new buckets', () => {
    for (const n of [400, 40_000, 200_000]) {
      const grown = Math.round(n * 1.01);
      let moved = 0;
      for (let i = 0; i < 20_000; i++) {
        const before = back(i, n);
        const after = back(i, grown);
        if (after !== before) {
          expect(after).toBeGreaterThanOrEqual(n);
          moved++;
        }
      }
      const expected = (20_000 * (grown - n)) / grown;
      expect(Math.abs(moved - expected), `n = ${n}`).toBeLessThan(5 * Math.sqrt(expected));
    }
  });

  it('reaches the octaves past 2^32 parents evenly', () => {
    const n = 3 * 2 ** 32;
    const thirds = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const b = back(i, n);
      expect(Number.isSafeInteger(b) && b >= 0 && b < n).toBe(true);
      thirds[Math.floor(b / 2 ** 32)]!++;
    }
    for (const count of thirds) expect(Math.abs(count - 10_000)).toBeLessThan(5 * Math.sqrt(10_000));
  });

  it('samples the same process as jumpConsistent, from other draws', () => {
    // Equal in distribution (the joint law of a key's buckets at two sizes) but not key by key.
    const [n1, n2] = [60, 97];
    const pairs = (pick: (i: number, n: number) => number) => {
      let kept = 0;
      for (let i = 0; i < 100_000; i++) if (pick(i, n1) === pick(i, n2)) kept++;
      return kept;
    };
    const expected = (100_000 * n1) / n2;
    for (const pick of [back, forward]) expect(Math.abs(pairs(pick) - expected)).toBeLessThan(5 * Math.sqrt(expected));
    let same = 0;
    for (let i = 0; i < 10_000; i++) if (back(i, 1000) === forward(i, 1000)) same++;
    expect(same).toBeLessThan(100);
  });
});

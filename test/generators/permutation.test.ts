import { describe, expect, test } from 'vitest';
import { createPermutation } from '../../compiler/permutation.ts';
import { hashKey } from '../../compiler/random.ts';

const key = hashKey('permutation-test');

function assertBijective(size: number, k = key): void {
  const perm = createPermutation(size, k);
  const seen = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    const v = perm(i);
    if (!(Number.isInteger(v) && v >= 0 && v < size)) throw new Error(`size ${size}: perm(${i}) = ${v} is out of range`);
    if (seen[v]) throw new Error(`size ${size}: value ${v} repeats at index ${i}`);
    seen[v] = 1;
  }
}

describe('createPermutation', () => {
  test('is a bijection on [0, size) for every size up to 600', () => {
    for (let size = 0; size <= 600; size++) assertBijective(size);
  });

  test.each([1000, 1024, 1025, 65_535, 65_536, 65_537, 1_000_003, 2 ** 21])('is a bijection for size %i', (size) => {
    assertBijective(size);
  });

  test('is a bijection under several keys', () => {
    for (const seed of [42, 1337, 1211]) assertBijective(100_000, hashKey(seed));
  });

  test('is injective on a prefix of huge domains (bit widths above 31)', () => {
    for (const size of [2 ** 31 + 7, 2 ** 40, 2 ** 48, 10 ** 15, 2 ** 52, 2 ** 53]) {
      const perm = createPermutation(size, key);
      const seen = new Set<number>();
      let outside = 0;
      for (let i = 0; i < 50_000; i++) {
        const v = perm(i);
        if (!(Number.isInteger(v) && v >= 0 && v < size)) outside++;
        seen.add(v);
      }
      expect(outside).toBe(0);
      expect(seen.size).toBe(50_000);
    }
  });

  test('is deterministic and depends on the key', () => {
    const a = createPermutation(10_000, key);
    const b = createPermutation(10_000, hashKey('permutation-test'));
    const c = createPermutation(10_000, hashKey('another key'));
    const first = Array.from({ length: 100 }, (_, i) => a(i));
    expect(Array.from({ length: 100 }, (_, i) => b(i))).toEqual(first);
    expect(Array.from({ length: 100 }, (_, i) => c(i))).not.toEqual(first);
  });

  test('scrambles: not the identity and spread over the domain', () => {
    const perm = createPermutation(1_000_000, key);
    let fixed = 0;
    let low = 0;
    for (let i = 0; i < 10_000; i++) {
      const v = perm(i);
      if (v === i) fixed++;
      if (v < 500_000) low++;
    }
    expect(fixed).toBeLessThan(5);
    // The first 10k indexes land in both halves about equally.
    expect(low).toBeGreaterThan(4_500);
    expect(low).toBeLessThan(5_500);
  });

  test('has a stable mapping (changing it changes unique values in committed artifacts)', () => {
    const perm = createPermutation(1000, hashKey(42));
    expect(Array.from({ length: 10 }, (_, i) => perm(i))).toMatchSnapshot();
  });

  test('rejects invalid sizes', () => {
    expect(() => createPermutation(-1, key)).toThrow(RangeError);
    expect(() => createPermutation(1.5, key)).toThrow(RangeError);
    expect(() => createPermutation(2 ** 53 + 2, key)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { ReusableRng, cellFraction, cellKey, cellRng, hashKey } from '../../compiler/random.ts';

describe('per-cell random streams', () => {
  it('the re-seedable stream equals pure-rand xoroshiro128+ from the same cell state', () => {
    const reusable = new ReusableRng();
    for (const seed of [42, 1337, 1211]) {
      const column = hashKey(seed, 'public.users', 'email', 'email@1');
      for (const index of [0, 1, 2, 999, 2 ** 32 + 5, 2 ** 40 + 123]) {
        const expected = cellRng(column, index);
        reusable.reseed(column, index);
        for (let k = 0; k < 8; k++) expect(reusable.u32()).toBe(expected.u32());
        expect(reusable.float()).toBe(expected.float());
        expect(cellFraction(column, index)).toBe(cellKey(column, index).lo / 4294967296);
      }
    }
  });

  it('cells are independent: a different row or column gives a different stream', () => {
    const a = hashKey(1, 't', 'a', 'int@1');
    const b = hashKey(1, 't', 'b', 'int@1');
    expect(cellRng(a, 0).u32()).not.toBe(cellRng(a, 1).u32());
    expect(cellRng(a, 0).u32()).not.toBe(cellRng(b, 0).u32());
    expect(cellRng(a, 7).u32()).toBe(cellRng(a, 7).u32());
  });
});

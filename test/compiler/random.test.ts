import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { ReusableRng, cellFraction, cellKey, cellRng, hashKey, mix32 } from '../../compiler/random.ts';

describe('per-cell random streams', () => {
  it('is pure-rand xoroshiro128+ started from the cell key', () => {
    const reusable = new ReusableRng();
    for (const seed of [42, 1337, 1211]) {
      const column = hashKey(seed, 'public.users', 'email', 'email@1');
      for (const index of [0, 1, 2, 999, 2 ** 32 + 5, 2 ** 40 + 123]) {
        const key = cellKey(column, index);
        const reference = xoroshiro128plusFromState([key.hi | 0, key.lo | 0, mix32(key.lo ^ 0x6a09e667) | 0, (mix32(key.hi ^ 0xbb67ae85) | 1) | 0]);
        reusable.reseed(column, index);
        const fresh = cellRng(column, index);
        for (let k = 0; k < 8; k++) {
          const expected = reference.next() >>> 0;
          expect(reusable.u32()).toBe(expected);
          expect(fresh.u32()).toBe(expected);
        }
        expect(cellFraction(column, index)).toBe(key.lo / 4294967296);
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

import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { jumpConsistent } from '../../compiler/pick-parent.ts';
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

describe('ReusableRng.jump', () => {
  it('is jumpConsistent over the same stream: the same bucket and the same state after', () => {
    const fast = new ReusableRng();
    const reference = new ReusableRng();
    const column = hashKey(7, 'public.orders', 'user_id', 'ref@1');
    for (const n of [0, 1, 2, 3, 10, 1000, 40_000, 2 ** 31 + 11, 2 ** 40]) {
      for (let index = 0; index < 300; index++) {
        expect(fast.reseed(column, index).jump(n)).toBe(jumpConsistent(reference.reseed(column, index), n));
        expect(fast.u32()).toBe(reference.u32());
      }
    }
  });

  it('reseeding by turns with other rows and columns gives the same stream as a fresh one', () => {
    const a = hashKey(1, 't', 'a', 'int@1');
    const b = hashKey(1, 't', 'b', 'int@1');
    const rng = new ReusableRng();
    for (const index of [5, 5, 6, 2 ** 33 + 6, 6, 5]) {
      for (const column of [a, b, a]) {
        const key = cellKey(column, index);
        const fresh = new ReusableRng().seedFromKey(key.hi, key.lo);
        rng.reseed(column, index);
        for (let k = 0; k < 4; k++) expect(rng.u32()).toBe(fresh.u32());
      }
    }
  });
});

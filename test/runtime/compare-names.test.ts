import { describe, expect, it } from 'vitest';
import { compareIdentifiers, compareNames } from '../../runtime/compare-names.ts';

const collator = new Intl.Collator('en-US');
const sign = (n: number) => Math.sign(n);

/** A deterministic stream of names over `alphabet` (xorshift), so a failure repeats. */
function names(alphabet: string, maxLength: number, count: number, seed: number): string[] {
  let x = seed;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), (x >>> 0) / 2 ** 32);
  return Array.from({ length: count }, () => {
    let s = '';
    for (let i = Math.floor(next() * (maxLength + 1)); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
}

describe('compareNames', () => {
  it('orders names of letters, digits and _-,. as the en-US collator does, without building one', () => {
    const few = names('_-,.09aAzZ', 6, 3000, 7);
    const all = names('_-,.0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 14, 3000, 11);
    let checked = 0;
    for (const list of [few, all]) {
      for (let i = 0; i < list.length; i++) {
        // Each name against others, against its upper-case form and against its prefixes: the cases that only case or
        // length decides.
        for (const other of [list[(i * 7919) % list.length]!, list[(i + 1) % list.length]!, list[i]!.toUpperCase(), list[i]!.slice(0, list[i]!.length >> 1)]) {
          expect(compareIdentifiers(list[i]!, other), JSON.stringify([list[i], other])).toBe(sign(collator.compare(list[i]!, other)));
          checked++;
        }
      }
    }
    expect(checked).toBe(24_000);
    expect(['users.email', 'Users.email', 'users_email', 'users-email', 'users,email', 'user.email', 'users.Email', 'users1'].sort(compareNames)).toEqual(
      ['users.email', 'Users.email', 'users_email', 'users-email', 'users,email', 'user.email', 'users.Email', 'users1'].sort(collator.compare),
    );
  });

  it('leaves any other name to the collator', () => {
    expect(compareIdentifiers('aa', 'z')).toBe(-1);
    for (const [a, b] of [['å', 'z'], ['a b', 'a_b'], ['a$', 'a0'], ['é', 'e'], ['a\u0001b', 'ab']] as const) {
      expect(compareIdentifiers(a, b)).toBeUndefined();
      expect(compareNames(a, b)).toBe(collator.compare(a, b));
    }
  });
});

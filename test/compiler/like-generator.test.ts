import { describe, expect, it } from 'vitest';
import { likeGenerator } from '../../compiler/like-generator.ts';
import { checkPasses } from '../../compiler/evaluate-check.ts';
import { parseCheck } from '../../compiler/parse-check.ts';

function values(pattern: string, maxLength?: number): string[] {
  const gen = likeGenerator(pattern, maxLength);
  const fn = gen.options.fn as (row: object, ctx: { index: number; random: () => number }) => string;
  let state = 7;
  const random = (): number => ((state = (Math.imul(state, 48271) >>> 0) % 2147483647) / 2147483647);
  return Array.from({ length: 200 }, (_, index) => fn({}, { index, random }));
}

describe('likeGenerator', () => {
  it.each(['INV-____-%', '%.pdf', 'a\\%b%', '___', '%-%-%'])('makes values that match LIKE %s', (pattern) => {
    const check = parseCheck('c', `"v" like '${pattern}'`)!;
    for (const v of values(pattern, 40)) expect(checkPasses(check, { v }), v).toBe(true);
  });

  it('stays within the column length and gives emails for email-shaped patterns', () => {
    for (const v of values('%-%', 9)) expect(v.length).toBeLessThanOrEqual(9);
    expect(likeGenerator('%@%', 255).type).toBe('email');
  });
});

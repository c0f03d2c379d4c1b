import { describe, expect, it } from 'vitest';
import { checkPasses } from '../../compiler/evaluate-check.ts';
import { columnConstraints, parseCheck } from '../../compiler/parse-check.ts';

describe('parseCheck', () => {
  it('reads between, comparisons, in and is-null-or', () => {
    const between = parseCheck('c', '"age" between 0 and 120')!;
    expect(columnConstraints(between).get('age')).toEqual({ min: 0, max: 120 });
    const both = parseCheck('c', '"qty" >= 1 and "qty" <= 20')!;
    expect(columnConstraints(both).get('qty')).toEqual({ min: 1, max: 20 });
    const list = parseCheck('c', '"level" in (1, 2, 3)')!;
    expect(columnConstraints(list).get('level')).toEqual({ allowed: [1, 2, 3] });
    const optional = parseCheck('c', '"age" is null or ("age" >= 13 and "age" <= 120)')!;
    expect(columnConstraints(optional).get('age')).toEqual({ min: 13, max: 120 });
    const strict = parseCheck('c', '0 < "price"')!;
    expect(columnConstraints(strict).get('price')).toEqual({ min: 1 });
    const length = parseCheck('c', 'char_length("code") <= 4')!;
    expect(columnConstraints(length).get('code')).toEqual({ maxLength: 4 });
  });

  it('evaluates rows with SQL three-valued logic', () => {
    const check = parseCheck('c', '"ends_at" > "starts_at"')!;
    expect(checkPasses(check, { ends_at: new Date(2000), starts_at: new Date(1000) })).toBe(true);
    expect(checkPasses(check, { ends_at: new Date(1000), starts_at: new Date(2000) })).toBe(false);
    expect(checkPasses(check, { ends_at: null, starts_at: new Date(2000) })).toBe(true);
    const status = parseCheck('c', "\"status\" in ('a', 'b')")!;
    expect(checkPasses(status, { status: 'a' })).toBe(true);
    expect(checkPasses(status, { status: 'c' })).toBe(false);
    const numeric = parseCheck('c', '"price" > 0')!;
    expect(checkPasses(numeric, { price: '12.50' })).toBe(true);
    expect(checkPasses(numeric, { price: '-1.00' })).toBe(false);
  });

  it('evaluates LIKE, ILIKE, regular expressions and trim/lower/upper', () => {
    const like = parseCheck('c', '"email" like \'%@%\'')!;
    expect(checkPasses(like, { email: 'a@b' })).toBe(true);
    expect(checkPasses(like, { email: 'ab' })).toBe(false);
    const notLike = parseCheck('c', '"code" not ilike \'x\\_%\'')!;
    expect(checkPasses(notLike, { code: 'X_1' })).toBe(false);
    expect(checkPasses(notLike, { code: 'XY1' })).toBe(true);
    const regex = parseCheck('c', '"email" ~* \'^[a-z.]+@example\\.com$\'')!;
    expect(checkPasses(regex, { email: 'Ann.Lee@Example.com' })).toBe(true);
    expect(checkPasses(regex, { email: 'ann@example.org' })).toBe(false);
    const trimmed = parseCheck('c', 'length(trim("name")) > 0')!;
    expect(checkPasses(trimmed, { name: '  ' })).toBe(false);
    expect(checkPasses(trimmed, { name: ' a ' })).toBe(true);
    expect(columnConstraints(trimmed).size).toBe(0);
    expect(checkPasses(parseCheck('c', 'lower("a") = "a"')!, { a: 'abc' })).toBe(true);
  });

  it('returns undefined outside the supported subset', () => {
    expect(parseCheck('c', '"email" similar to \'%@%\'')).toBeUndefined();
    expect(parseCheck('c', 'coalesce("a", 0) > 1')).toBeUndefined();
    expect(parseCheck('c', '"a" like "b"')).toBeUndefined();
  });
});

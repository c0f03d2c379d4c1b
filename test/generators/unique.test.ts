import { describe, expect, test } from 'vitest';
import { localeData } from '../../compiler/locale-data.ts';
import { generatorNames, getGenerator } from '../../compiler/generators/registry.ts';
import { GeneratorOptionError } from '../../compiler/generators/types.ts';
import type { ColumnModel } from '../../compiler/model.ts';
import { cellRng, hashKey } from '../../compiler/random.ts';
import { build, column, context } from './helpers.ts';

/** Unique values come from injective constructions: no retries, distinct for every row, refused when infeasible. */

const text = column('text');

function distinctCount(name: string, options: Record<string, unknown>, col: ColumnModel, count: number, seed = 42): { distinct: number; values: unknown[] } {
  const fn = build(name, options, context(col, { count, seed }), true);
  const key = hashKey(seed, 'unique', name);
  const seen = new Set<unknown>();
  const values: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const v = fn(cellRng(key, i), i);
    seen.add(v instanceof Date ? v.getTime() : v);
    if (i < 5) values.push(v);
  }
  return { distinct: seen.size, values };
}

const LARGE: [string, Record<string, unknown>, ColumnModel][] = [
  ['email', {}, text],
  ['email', { domain: 'acme.test' }, column('varchar', { length: 30 })],
  ['username', {}, column('varchar', { length: 16 })],
  ['uuid', {}, column('uuid')],
  ['string', {}, text],
  ['string', { length: 4 }, text],
  ['pattern', { pattern: '??-#####' }, text],
  ['int', { min: 1, max: 1_000_000 }, column('integer')],
  ['int', {}, column('bigint'), ],
  ['fullName', {}, text],
  ['slug', {}, column('varchar', { length: 24 })],
  ['url', {}, text],
  ['imageUrl', {}, text],
  ['street', {}, text],
  ['company', {}, text],
  ['phone', {}, text],
  ['words', { min: 2, max: 4 }, text],
  ['sentence', {}, column('varchar', { length: 40 })],
  ['date', { pastDays: 365 * 1000 }, column('date')],
  ['timestamp', {}, column('timestamptz')],
  ['decimal', { min: 0, max: 10_000, scale: 2 }, column('numeric', { precision: 8, scale: 2 })],
  ['float', { min: 0, max: 1 }, column('double')],
  ['price', { min: 1, max: 5000 }, column('numeric', { precision: 10, scale: 2 })],
  ['amount', { min: 0, max: 100_000, scale: 1 }, column('numeric', { precision: 12, scale: 1 })],
  ['sequence', { template: 'ORD-{n}', pad: 7 }, text],
];

describe('unique values are injective over 200k rows', () => {
  test.each(LARGE.map(([name, options, col]) => [`${name} ${JSON.stringify(options)} ${col.sqlType}`, name, options, col] as const))(
    '%s',
    (_label, name, options, col) => {
      const count = name === 'int' && options.min === undefined ? 1000 : 200_000;
      const { distinct } = distinctCount(name, options, col, count);
      expect(distinct).toBe(count);
    },
  );
});

describe('finite domains are used up exactly', () => {
  const data = (): ReturnType<typeof localeData> => localeData();
  test.each<[string, Record<string, unknown>, () => number]>([
    ['word', {}, () => data().loremWords.length],
    ['firstName', {}, () => data().firstNames.length],
    ['lastName', {}, () => data().lastNames.length],
    ['city', {}, () => data().cities.length],
    ['state', {}, () => 50],
    ['country', {}, () => data().countries.length],
    ['zip', {}, () => 100_000],
    ['jobTitle', {}, () => data().jobDescriptors.length * data().jobAreas.length * data().jobTypes.length],
    ['avatar', {}, () => 200],
    ['oneOf', { values: ['a', 'b', 'c', 'a'] }, () => 3],
    ['boolean', {}, () => 2],
    ['int', { min: -3, max: 3 }, () => 7],
    ['pattern', { pattern: 'X-#?' }, () => 260],
    ['string', { length: 2, alphabet: 'abc' }, () => 9],
    ['date', { from: '2024-01-01', to: '2024-12-31' }, () => 366],
  ])('%s %j: every value once', (name, options, size) => {
    const domain = size();
    const col = name === 'int' ? column('integer') : name === 'boolean' ? column('boolean') : name === 'date' ? column('date') : text;
    expect(distinctCount(name, options, col, domain).distinct).toBe(domain);
    const error = (() => {
      try {
        build(name, options, context(col, { count: domain + 1 }), true);
      } catch (e) {
        return e as GeneratorOptionError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GeneratorOptionError);
    expect(error!.message).toMatch(new RegExp(`^${domain + 1} rows need ${domain + 1} distinct values but g\\.${name}\\(\\).* has only ${domain} for column "value"$`));
    expect(error!.hint).toBeTruthy();
  });
});

describe('infeasible unique columns', () => {
  test('messages give the numbers and the fix', () => {
    const attempt = (name: string, options: Record<string, unknown>, col: ColumnModel, count: number) => {
      try {
        build(name, options, context(col, { count }), true);
      } catch (error) {
        return error as GeneratorOptionError;
      }
      throw new Error('no error');
    };
    const firstNames = localeData().firstNames.length;
    const e1 = attempt('firstName', {}, text, 5000);
    expect(e1.message).toBe(`5000 rows need 5000 distinct values but g.firstName() has only ${firstNames} for column "value"`);
    expect(e1.hint).toMatch(/g\.fullName\(\)/);
    const e2 = attempt('int', { min: 1, max: 10 }, column('integer'), 11);
    expect(e2.message).toBe('11 rows need 11 distinct values but g.int() in [1, 10] has only 10 for column "value"');
    expect(e2.hint).toMatch(/Widen min\/max/);
    const e3 = attempt('int', {}, column('smallint'), 70_000);
    expect(e3.message).toBe('70000 rows need 70000 distinct values but g.int() in [1, 1000] has only 1000 for column "value"');
    const e4 = attempt('string', { min: 1, max: 8, alphabet: 'ab' }, text, 10);
    expect(e4.message).toMatch(/has only 2/);
    expect(e4.hint).toMatch(/Raise min/);
    const e5 = attempt('oneOf', { values: ['x', 'y'] }, text, 3);
    expect(e5.message).toBe('3 rows need 3 distinct values but g.oneOf() of 2 distinct values has only 2 for column "value"');
  });

  test('generators without unique support have no createUnique', () => {
    const without = generatorNames().filter((name) => getGenerator(name)!.createUnique === undefined);
    expect(without).toEqual(['address', 'array', 'json', 'paragraph', 'paragraphs']);
  });
});

describe('unique values keep their shape', () => {
  test('emails and usernames: realistic name, index code, domain', () => {
    const { values } = distinctCount('email', {}, text, 1000);
    for (const v of values) expect(v).toMatch(/^[a-z]+[._][a-z]+[1-9]\d+@example\.(com|net|org)$/);
    const users = distinctCount('username', {}, text, 1000).values;
    for (const v of users) expect(v).toMatch(/^[a-z]+[._][a-z]+[1-9]\d+$/);
  });

  test('uuids are version 4 and change with the seed', () => {
    const a = distinctCount('uuid', {}, column('uuid'), 10, 1).values;
    const b = distinctCount('uuid', {}, column('uuid'), 10, 2).values;
    for (const v of a) expect(v).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toEqual(b);
  });

  test('timestamp(0) columns get whole seconds, so stored values stay distinct', () => {
    const col = column('timestamp', { sqlType: 'timestamp(0) without time zone' });
    const fn = build('timestamp', {}, context(col, { count: 1000 }), true);
    const key = hashKey('ts0');
    const values = Array.from({ length: 1000 }, (_, i) => (fn(cellRng(key, i), i) as Date).getTime());
    expect(values.every((ms) => ms % 1000 === 0)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });
});

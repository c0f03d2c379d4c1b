import { describe, expect, test } from 'vitest';
import { getGenerator } from '../../compiler/generators/registry.ts';
import { GeneratorOptionError } from '../../compiler/generators/types.ts';
import type { ColumnModel } from '../../compiler/model.ts';
import { build, column, context, generate, type ContextOptions } from './helpers.ts';

/** Values respect the column type and the planner's constraints; contradictions are GeneratorOptionErrors. */

function optionError(name: string, options: Record<string, unknown>, col: ColumnModel, ctx: ContextOptions = {}, unique = false): GeneratorOptionError {
  try {
    build(name, options, context(col, ctx), unique);
  } catch (error) {
    expect(error).toBeInstanceOf(GeneratorOptionError);
    return error as GeneratorOptionError;
  }
  throw new Error(`${name}(${JSON.stringify(options)}) did not throw`);
}

const nums = (values: unknown[]) => values as number[];
const strs = (values: unknown[]) => values as string[];

describe('integer ranges', () => {
  test('defaults to 1..1000', () => {
    const values = nums(generate('int', {}, column('integer'), 20_000));
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(1000);
  });

  test('smallint keeps within -32768..32767, including wide user ranges', () => {
    const values = nums(generate('int', { min: -32768, max: 32767 }, column('smallint'), 5000));
    expect(values.every((v) => Number.isInteger(v) && v >= -32768 && v <= 32767)).toBe(true);
    expect(optionError('int', { max: 40_000 }, column('smallint')).message).toMatch(/max: 40000 is above the largest value column "value" allows \(32767, from its type smallint\)/);
  });

  test('integer and bigint bounds', () => {
    expect(optionError('int', { min: -3e9 }, column('integer')).message).toContain('-2147483648');
    const big = nums(generate('int', { min: 2 ** 40, max: 2 ** 52 }, column('bigint'), 500));
    expect(big.every((v) => Number.isSafeInteger(v) && v >= 2 ** 40 && v <= 2 ** 52)).toBe(true);
  });

  test('the default range is clamped into CHECK limits, or taken whole when the CHECK range is narrow', () => {
    expect(new Set(generate('int', {}, column('integer'), 500, { constraints: { min: 0, max: 5 } }))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
    const above = nums(generate('int', {}, column('integer'), 500, { constraints: { min: 5000 } }));
    expect(Math.min(...above)).toBeGreaterThanOrEqual(5000);
    expect(Math.max(...above)).toBeLessThanOrEqual(5999);
    const below = nums(generate('int', {}, column('smallint'), 500, { constraints: { max: -100 } }));
    expect(below.every((v) => v <= -100 && v >= -1099)).toBe(true);
  });

  test('options contradicting a CHECK are errors that name the conflict and the fix', () => {
    const error = optionError('int', { min: 200 }, column('integer', { name: 'age' }), { constraints: { min: 0, max: 120 } });
    expect(error.message).toBe('g.int() option min: 200 is above the largest value column "age" allows (120, from a CHECK constraint)');
    expect(error.hint).toBe('Lower min to 120 or less, or relax a CHECK constraint.');
    expect(optionError('int', { min: 5, max: 1 }, column('integer')).message).toContain('min (5) is greater than max (1)');
  });

  test('allowed values (IN checks) are honoured', () => {
    const values = generate('int', {}, column('integer'), 300, { constraints: { allowed: [1, 2, 3, 'x'] } });
    expect(new Set(values)).toEqual(new Set([1, 2, 3]));
    expect(new Set(generate('int', {}, column('integer'), 3, { constraints: { allowed: [1, 2, 3] } }, true))).toEqual(new Set([1, 2, 3]));
  });

  test('numeric precision bounds integers too', () => {
    const values = nums(generate('int', { min: -999, max: 999 }, column('numeric', { precision: 3, scale: 0 }), 500));
    expect(values.every((v) => Math.abs(v) <= 999)).toBe(true);
    expect(optionError('int', { max: 1000 }, column('numeric', { precision: 3, scale: 0 })).message).toContain('numeric(3, 0)');
  });
});

describe('numeric precision and scale', () => {
  test('decimal values stay below 10^(precision - scale) with exactly scale digits', () => {
    expect(optionError('decimal', { max: 1e6 }, column('numeric', { precision: 5, scale: 2 })).message).toContain('999.99');
    const fit = strs(generate('decimal', {}, column('numeric', { precision: 5, scale: 2 }), 3000));
    expect(fit.every((v) => /^\d{1,3}\.\d\d$/.test(v))).toBe(true);
    expect(fit.some((v) => v.startsWith('999.') || v.startsWith('998.'))).toBe(true);
  });

  test('decimal defaults to the column scale and refuses a larger one', () => {
    expect(strs(generate('decimal', {}, column('numeric', { precision: 12, scale: 4 }), 50)).every((v) => /^\d+\.\d{4}$/.test(v))).toBe(true);
    expect(optionError('decimal', { scale: 3 }, column('numeric', { precision: 8, scale: 2 })).message).toBe(
      'g.decimal() option scale: 3 digits after the point but column "value" keeps 2',
    );
  });

  test('float, price and amount keep the column scale', () => {
    const col = column('numeric', { precision: 4, scale: 1 });
    for (const name of ['float', 'price', 'amount']) {
      const values = nums(generate(name, name === 'amount' ? { scale: 1 } : {}, col, 500));
      expect(values.every((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 && Math.abs(v) < 1000), name).toBe(true);
    }
    const cents = nums(generate('price', {}, column('numeric', { precision: 10, scale: 2 }), 500));
    expect(cents.every((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9)).toBe(true);
  });

  test('numeric(p, 0) prices are whole numbers', () => {
    expect(nums(generate('price', {}, column('numeric', { precision: 6, scale: 0 }), 200)).every(Number.isInteger)).toBe(true);
  });

  test('float without decimals on real/double spreads over [min, max)', () => {
    const values = nums(generate('float', { min: -1, max: 1 }, column('double'), 1000));
    expect(values.every((v) => v >= -1 && v < 1)).toBe(true);
  });
});

describe('string lengths', () => {
  const TEXT_GENERATORS: [string, Record<string, unknown>][] = [
    ['string', {}],
    ['word', {}],
    ['words', {}],
    ['sentence', {}],
    ['paragraph', {}],
    ['paragraphs', {}],
    ['firstName', {}],
    ['lastName', {}],
    ['fullName', {}],
    ['username', {}],
    ['email', {}],
    ['street', {}],
    ['city', {}],
    ['state', {}],
    ['country', {}],
    ['company', {}],
    ['jobTitle', {}],
    ['slug', {}],
  ];

  test.each(TEXT_GENERATORS)('%s never exceeds varchar(n)', (name, options) => {
    for (const length of [14, 20, 40]) {
      const values = strs(generate(name, options, column('varchar', { length }), 2000));
      const tooLong = values.filter((v) => v.length > length);
      expect(tooLong, `${name} varchar(${length})`).toEqual([]);
      expect(values.every((v) => v.length > 0 && v === v.trim())).toBe(true);
    }
  });

  test.each(TEXT_GENERATORS.filter(([name]) => getGenerator(name)?.createUnique))('%s unique never exceeds varchar(n) and stays distinct', (name, options) => {
    for (const length of [20, 40]) {
      let values: string[];
      try {
        values = strs(generate(name, options, column('varchar', { length }), 2000, {}, true));
      } catch (error) {
        // Some unique generators refuse a column too short for their longest value: that must be a clear option error.
        expect(error).toBeInstanceOf(GeneratorOptionError);
        expect((error as Error).message).toMatch(/needs \d+ characters|has only/);
        continue;
      }
      expect(values.filter((v) => v.length > length)).toEqual([]);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  test('url, email, uuid, imageUrl and avatar refuse columns too short for them', () => {
    expect(optionError('uuid', {}, column('varchar', { length: 20 })).message).toBe(
      'g.uuid() needs 36 characters for a UUID but column "value" holds at most 20 (its type character varying(20))',
    );
    expect(optionError('email', {}, column('varchar', { length: 10 })).message).toMatch(/needs 14 characters/);
    expect(optionError('avatar', {}, column('varchar', { length: 40 })).hint).toMatch(/Widen the column/);
    expect(optionError('imageUrl', {}, column('varchar', { length: 30 })).message).toMatch(/needs/);
    expect(optionError('url', {}, column('varchar', { length: 15 })).message).toMatch(/needs/);
  });

  test('short columns still get realistic values: char(2) states and countries are codes', () => {
    expect(strs(generate('state', {}, column('char', { length: 2 }), 100)).every((v) => /^[A-Z]{2}$/.test(v))).toBe(true);
    expect(strs(generate('country', {}, column('varchar', { length: 2 }), 100)).every((v) => /^[A-Z]{2}$/.test(v))).toBe(true);
    expect(strs(generate('country', {}, column('char', { length: 3 }), 100)).every((v) => /^[A-Z]{3}$/.test(v))).toBe(true);
    const names = strs(generate('fullName', {}, column('varchar', { length: 12 }), 500));
    expect(names.every((v) => /^[A-Z]\S* [A-Z]\S*$/.test(v) && v.length <= 12)).toBe(true);
  });

  test('email stays a valid address when cut to fit', () => {
    const values = strs(generate('email', {}, column('varchar', { length: 22 }), 2000));
    expect(values.every((v) => /^[a-z][a-z0-9._]*[a-z0-9]@example\.(com|net|org)$/.test(v) && v.length <= 22)).toBe(true);
  });

  test('string length options are checked against the column', () => {
    expect(optionError('string', { length: 30 }, column('varchar', { length: 20 })).message).toBe(
      'g.string() option length: 30 characters but column "value" holds at most 20 (its type character varying(20))',
    );
    expect(strs(generate('string', {}, column('char', { length: 4 }), 50)).every((v) => v.length === 4)).toBe(true);
    expect(optionError('pattern', { pattern: '#####' }, column('varchar', { length: 3 })).message).toMatch(/needs 5 characters/);
  });

  test('minimum lengths from CHECKs are met', () => {
    const ctx = { constraints: { minLength: 30 } };
    for (const name of ['words', 'sentence', 'paragraph', 'string']) {
      const values = strs(generate(name, {}, column('text'), 300, ctx));
      expect(values.every((v) => v.length >= 30), name).toBe(true);
    }
    const names = strs(generate('fullName', {}, column('text'), 300, { constraints: { minLength: 18 } }));
    expect(names.every((v) => v.length >= 18)).toBe(true);
    expect(strs(generate('firstName', {}, column('text'), 300, { constraints: { minLength: 8 } })).every((v) => v.length >= 8)).toBe(true);
    expect(optionError('email', {}, column('text'), { constraints: { minLength: 60 } }).message).toMatch(/requires at least 60/);
  });

  test('generators that cannot honour an IN list say to use oneOf', () => {
    const error = optionError('word', {}, column('text'), { constraints: { allowed: ['a', 'b'] } });
    expect(error.message).toBe('g.word() cannot respect column "value": a constraint allows only "a", "b"');
    expect(error.hint).toBe('Use g.oneOf(["a", "b"]) for this column.');
  });
});

describe('literal values', () => {
  test('oneOf and constant values must fit the column', () => {
    expect(optionError('oneOf', { values: ['admin', 'root'] }, column('enum', { enumValues: ['admin', 'user'] })).message).toBe(
      'g.oneOf() value "root" is not allowed in column "value": it allows only "admin", "user"',
    );
    expect(optionError('constant', { value: 70000 }, column('smallint')).message).toMatch(/outside what column "value" allows/);
    expect(optionError('oneOf', { values: ['abcdef'] }, column('varchar', { length: 3 })).message).toMatch(/6 characters/);
    expect(optionError('constant', { value: null }, column('text')).message).toMatch(/NOT NULL/);
    expect(generate('constant', { value: null }, column('text', { notNull: false }), 2)).toEqual([null, null]);
  });

  test('oneOf weights are validated', () => {
    expect(optionError('oneOf', { values: ['a', 'b'], weights: [1] }, column('text')).message).toMatch(/one weight per value/);
    expect(optionError('oneOf', { values: ['a'], weights: [0] }, column('text')).message).toMatch(/add up to 0/);
    const values = generate('oneOf', { values: ['rare', 'common'], weights: [1, 9] }, column('text'), 5000);
    const rare = values.filter((v) => v === 'rare').length;
    expect(rare).toBeGreaterThan(350);
    expect(rare).toBeLessThan(650);
  });

  test('sequence checks its range against the column and row count', () => {
    expect(optionError('sequence', { start: 32000 }, column('smallint'), { count: 1000 }).message).toMatch(/reaches 32999 over 1000 rows/);
    expect(optionError('sequence', { template: 'INV-{n}' }, column('varchar', { length: 6 }), { count: 1000 }).message).toMatch(/"INV-1000"/);
    expect(optionError('sequence', { template: 'INV' }, column('text')).message).toMatch(/no \{n\} placeholder/);
    expect(optionError('sequence', { step: 0 }, column('integer'), { count: 2 }, true).message).toBe('2 rows need 2 distinct values but g.sequence() with step 0 has only 1');
  });
});

describe('option validation', () => {
  test('unknown options and wrong types are errors', () => {
    expect(optionError('int', { maxx: 3 }, column('integer')).message).toBe('g.int() has no option "maxx"');
    expect(optionError('int', { min: '3' }, column('integer')).message).toBe('g.int(): option "min" must be a finite number, got "3"');
    expect(optionError('boolean', { probability: 2 }, column('boolean')).message).toMatch(/not between 0 and 1/);
    expect(optionError('words', { min: 0 }, column('text')).message).toMatch(/integer >= 1/);
    expect(optionError('array', { of: 'x' }, column('text', { arrayDimensions: 1 })).message).toMatch(/needs a generator/);
    expect(optionError('json', { shape: 3 }, column('jsonb')).message).toMatch(/needs an object shape/);
  });
});

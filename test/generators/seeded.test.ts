import { describe, expect, test } from 'vitest';
import { g } from '../../dsl/generators.ts';
import { generatorNames, getGenerator } from '../../compiler/generators/registry.ts';
import type { ColumnModel } from '../../compiler/model.ts';
import { build, column, context, generate, REFERENCE_TIME, sample, SEEDS } from './helpers.ts';

/**
 * Seeded tests for every generator (as faker does): values for seeds 42, 1337 and 1211 are valid for the column
 * and match the snapshot. A snapshot change means generated artifacts change: bump the generator's version.
 */

interface Case {
  name: string;
  options?: Record<string, unknown>;
  column: ColumnModel;
  valid(value: unknown): boolean;
  /** Unique runs: how many rows (default 60) and what a unique value looks like (default: valid). */
  unique?: { count?: number; valid?: (value: unknown) => boolean };
}

const DAY = 86_400_000;
const isString = (v: unknown): v is string => typeof v === 'string';
const matches = (re: RegExp) => (v: unknown) => isString(v) && re.test(v);
const text = column('text');
const isMidnightInYearBefore = (v: unknown) => v instanceof Date && v.getTime() % DAY === 0 && v.getTime() >= REFERENCE_TIME - 365 * DAY && v.getTime() <= REFERENCE_TIME;

const CASES: Case[] = [
  { name: 'int', column: column('integer'), valid: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1000 },
  { name: 'int', options: { min: -5, max: 5 }, column: column('smallint'), valid: (v) => Number.isInteger(v) && Math.abs(v as number) <= 5, unique: { count: 11 } },
  { name: 'float', column: column('double'), valid: (v) => typeof v === 'number' && v >= 0 && v <= 1000 },
  { name: 'float', options: { min: 1, max: 2, decimals: 3 }, column: column('real'), valid: (v) => typeof v === 'number' && v >= 1 && v <= 2 && Math.abs(Math.round(v * 1000) - v * 1000) < 1e-6 },
  { name: 'decimal', column: column('numeric', { precision: 6, scale: 2 }), valid: matches(/^\d{1,4}\.\d{2}$/) },
  { name: 'decimal', options: { min: -1, max: 1, scale: 4 }, column: column('numeric'), valid: matches(/^-?[01]\.\d{4}$/) },
  { name: 'price', column: column('numeric', { precision: 10, scale: 2 }), valid: (v) => typeof v === 'number' && v >= 1 && v <= 1000 && Number.isInteger(Math.round(v * 100)) },
  { name: 'amount', options: { min: 10, max: 20, scale: 3 }, column: column('numeric', { precision: 12, scale: 3 }), valid: (v) => typeof v === 'number' && v >= 10 && v <= 20 },
  { name: 'boolean', column: column('boolean'), valid: (v) => typeof v === 'boolean', unique: { count: 2 } },
  { name: 'uuid', column: column('uuid'), valid: matches(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) },
  { name: 'string', column: text, valid: matches(/^[A-Za-z0-9]{10}$/) },
  { name: 'string', options: { min: 3, max: 5, alphabet: 'xyz' }, column: text, valid: matches(/^[xyz]{3,5}$/), unique: { count: 27 } },
  { name: 'pattern', options: { pattern: 'INV-####-??-**' }, column: text, valid: matches(/^INV-\d{4}-[A-Z]{2}-[A-Z0-9]{2}$/) },
  { name: 'word', column: text, valid: matches(/^[a-z]+$/) },
  { name: 'words', column: text, valid: matches(/^[a-z]+( [a-z]+){1,3}$/) },
  { name: 'sentence', column: text, valid: matches(/^[A-Z][a-z]*( [a-z]+){2,9}\.$/) },
  { name: 'paragraph', column: text, valid: matches(/^([A-Z][a-z ]+\.)( [A-Z][a-z ]+\.){2,5}$/) },
  { name: 'paragraphs', column: text, valid: (v) => isString(v) && v.split('\n\n').length >= 2 && v.split('\n\n').length <= 4 },
  { name: 'firstName', column: text, valid: matches(/^[A-Z][A-Za-z'-]+$/) },
  { name: 'lastName', column: text, valid: matches(/^[A-Z][A-Za-z' -]+$/) },
  { name: 'fullName', column: text, valid: matches(/^[A-Z][A-Za-z'-]+ [A-Z][A-Za-z' -]+$/) },
  { name: 'username', column: text, valid: matches(/^[a-z][a-z._]*[a-z0-9]+$/) },
  { name: 'email', column: text, valid: matches(/^[a-z][a-z0-9._]*@example\.(com|net|org)$/) },
  { name: 'email', options: { domain: 'acme.test' }, column: text, valid: matches(/^[a-z][a-z0-9._]*@acme\.test$/) },
  { name: 'phone', column: text, valid: matches(/^(1-)?\(?[2-9]\d\d\)?[-. ]?[2-9]\d\d[-.]\d{4}$/) },
  {
    name: 'address',
    column: column('jsonb'),
    valid: (v) => {
      const a = v as Record<string, unknown>;
      return isString(a.street) && isString(a.city) && isString(a.state) && /^\d{5}$/.test(String(a.zip)) && a.country === 'United States';
    },
  },
  { name: 'street', column: text, valid: matches(/^\d{1,4} \S.*$/) },
  { name: 'city', column: text, valid: matches(/^[A-Z]/) },
  { name: 'state', column: text, valid: matches(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/), unique: { count: 50 } },
  { name: 'state', column: column('char', { length: 2 }), valid: matches(/^[A-Z]{2}$/), unique: { count: 50 } },
  { name: 'country', column: text, valid: matches(/^\S/) },
  { name: 'country', options: { code: true }, column: text, valid: matches(/^[A-Z]{2}$/) },
  { name: 'zip', column: text, valid: matches(/^\d{5}(-\d{4})?$/) },
  { name: 'company', column: text, valid: matches(/^[A-Z]/) },
  { name: 'jobTitle', column: text, valid: matches(/^[A-Z]\w+ [A-Z]\w+ [A-Z]\w+$/) },
  { name: 'url', column: text, valid: matches(/^https:\/\/[a-z]+-[a-z]+\.[a-z]+(\/[a-z]+)?$/), unique: { valid: matches(/^https:\/\/[a-z]+-[a-z]+\.[a-z]+\/[1-9]\d+$/) } },
  { name: 'imageUrl', options: { width: 200, height: 100 }, column: text, valid: matches(/^https:\/\/picsum\.photos\/seed\/[a-z0-9]{8}\/200\/100$/), unique: { valid: matches(/^https:\/\/picsum\.photos\/seed\/[1-9]\d+\/200\/100$/) } },
  { name: 'avatar', column: text, valid: matches(/^https:\/\/cdn\.jsdelivr\.net\/gh\/faker-js\/assets-person-portrait\/(fe)?male\/512\/\d{1,2}\.jpg$/) },
  { name: 'slug', column: text, valid: matches(/^[a-z]+(-[a-z]+){2}$/), unique: { valid: matches(/^[a-z]+(-[a-z]+){2}-[1-9]\d+$/) } },
  { name: 'date', column: column('date'), valid: isMidnightInYearBefore },
  { name: 'timestamp', options: { futureDays: 10 }, column: column('timestamptz'), valid: (v) => v instanceof Date && v.getTime() >= REFERENCE_TIME && v.getTime() <= REFERENCE_TIME + 10 * DAY },
  { name: 'oneOf', options: { values: ['a', 'b', 'c'], weights: [1, 0, 3] }, column: text, valid: (v) => v === 'a' || v === 'c', unique: { count: 2 } },
  { name: 'constant', options: { value: 'fixed' }, column: text, valid: (v) => v === 'fixed', unique: { count: 1 } },
  { name: 'sequence', options: { start: 100, step: 5 }, column: column('integer'), valid: (v) => Number.isInteger(v) && (v as number) >= 100 && (v as number) % 5 === 0 },
  { name: 'sequence', options: { template: 'INV-{n}', pad: 6 }, column: text, valid: matches(/^INV-\d{6}$/) },
  {
    name: 'json',
    options: { shape: { plan: g.oneOf(['free', 'pro']), seats: g.int({ min: 1, max: 9 }), nested: { tag: g.word() }, fixed: true } },
    column: column('jsonb'),
    valid: (v) => {
      const o = v as { plan: string; seats: number; nested: { tag: string }; fixed: boolean };
      return ['free', 'pro'].includes(o.plan) && o.seats >= 1 && o.seats <= 9 && /^[a-z]+$/.test(o.nested.tag) && o.fixed === true;
    },
  },
  { name: 'array', options: { of: g.int({ min: 1, max: 3 }), min: 2, max: 4 }, column: column('integer', { arrayDimensions: 1 }), valid: (v) => Array.isArray(v) && v.length >= 2 && v.length <= 4 && v.every((x) => x >= 1 && x <= 3) },
];

/** Descriptors the engine resolves itself (references, derived values, database defaults). */
const ENGINE_GENERATORS = ['ref', 'fixture', 'derive', 'default'];

describe('every generator has a seeded test', () => {
  test('each registered generator appears in the seeded cases', () => {
    const tested = new Set(CASES.map((c) => c.name));
    expect(generatorNames().filter((name) => !tested.has(name))).toEqual([]);
  });

  test('every g.* descriptor except the engine ones (ref, fixture, derive, default) is registered', () => {
    const catalogue = Object.keys(g).filter((name) => !ENGINE_GENERATORS.includes(name));
    expect(catalogue.filter((name) => getGenerator(name) === undefined)).toEqual([]);
    expect(generatorNames().sort()).toEqual(catalogue.sort());
  });
});

describe.each(SEEDS)('seed %i', (seed) => {
  test.each(CASES.map((c, i) => [`${c.name} #${i}`, c] as const))('%s: valid values, matching the snapshot', (_label, c) => {
    const values = generate(c.name, c.options ?? {}, c.column, 60, { seed });
    const invalid = values.filter((v) => !c.valid(v));
    expect(invalid).toEqual([]);
    expect(values.slice(0, 4)).toMatchSnapshot();
  });

  test.each(CASES.filter((c) => getGenerator(c.name)?.createUnique).map((c, i) => [`${c.name} #${i}`, c] as const))(
    '%s unique: valid, distinct values, matching the snapshot',
    (_label, c) => {
      const n = c.unique?.count ?? 60;
      const values = generate(c.name, c.options ?? {}, c.column, n, { seed }, true);
      expect(values.filter((v) => !(c.unique?.valid ?? c.valid)(v))).toEqual([]);
      expect(new Set(values.map((v) => (v instanceof Date ? v.getTime() : JSON.stringify(v)))).size).toBe(n);
      expect(values.slice(0, 4)).toMatchSnapshot();
    },
  );
});

describe('determinism', () => {
  test.each(CASES.map((c, i) => [`${c.name} #${i}`, c] as const))('%s: same key and index give the same value, in any order', (_label, c) => {
    const ctx = context(c.column, { count: 100 });
    const a = sample(build(c.name, c.options ?? {}, ctx), 100);
    const fn = build(c.name, c.options ?? {}, context(c.column, { count: 100 }));
    const reversed = sample(fn, 100).reverse();
    expect(reversed.reverse()).toEqual(a);
    // Row 37 computed alone equals row 37 of the run.
    const single = generate(c.name, c.options ?? {}, c.column, 38).at(-1);
    expect(single).toEqual(generate(c.name, c.options ?? {}, c.column, 100)[37]);
  });

  test('values differ between seeds', () => {
    const [a, b] = [42, 1337].map((seed) => generate('email', {}, text, 20, { seed }));
    expect(a).not.toEqual(b);
  });

  test('unique values are prefix-stable: raising the count keeps existing rows', () => {
    for (const [name, options, col] of [
      ['email', {}, text],
      ['int', { min: 1, max: 100_000 }, column('integer')],
      ['pattern', { pattern: '???-####' }, text],
      ['string', {}, text],
      ['uuid', {}, column('uuid')],
      ['fullName', {}, text],
    ] as const) {
      const small = generate(name, options, col, 50, {}, true);
      const large = generate(name, options, col, 5000, {}, true).slice(0, 50);
      expect(large, name).toEqual(small);
    }
  });
});

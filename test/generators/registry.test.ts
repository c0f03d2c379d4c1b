import { describe, expect, test } from 'vitest';
import { g } from '../../dsl/generators.ts';
import { currentVersion, generatorNames, generatorVersions, getGenerator } from '../../compiler/generators/registry.ts';
import { loadedLocaleData, localeData, localeFingerprint } from '../../compiler/locale-data.ts';
import { build, column, context, sample } from './helpers.ts';

describe('registry', () => {
  test('loading the registry does not load faker; creating a name generator does', () => {
    expect(generatorNames().length).toBeGreaterThan(30);
    build('int', {}, context(column('integer')));
    expect(loadedLocaleData()).toBeUndefined();
    build('firstName', {}, context(column('text')));
    expect(loadedLocaleData()).toBeDefined();
  });

  test('lookup by name and version', () => {
    expect(getGenerator('email')?.name).toBe('email');
    expect(getGenerator('email', 1)).toBe(getGenerator('email'));
    expect(getGenerator('email', 99)).toBeUndefined();
    expect(getGenerator('nope')).toBeUndefined();
    expect(currentVersion('email')).toBe(1);
    expect(currentVersion('nope')).toBeUndefined();
    expect(generatorVersions('email')).toEqual([1]);
    expect(generatorNames()).toEqual([...generatorNames()].sort());
  });

  test('every implementation declares the column kinds it fits', () => {
    for (const name of generatorNames()) {
      const impl = getGenerator(name)!;
      expect(impl.version).toBeGreaterThanOrEqual(1);
      expect(impl.accepts === 'any' || impl.accepts.length > 0, name).toBe(true);
    }
    expect(getGenerator('email')!.accepts).toEqual(['text', 'varchar', 'char']);
    expect(getGenerator('int')!.accepts).not.toContain('text');
    expect(getGenerator('date')!.accepts).toContain('date');
    expect(getGenerator('timestamp')!.accepts).not.toContain('date');
  });
});

describe('locale data', () => {
  test('lists are deduplicated and non-empty', () => {
    const data = localeData();
    for (const [name, list] of Object.entries(data)) {
      expect(list.length, name).toBeGreaterThan(0);
      // The ASCII lists run parallel to the name lists, so two names may share one spelling.
      if (!name.endsWith('Ascii')) expect(new Set(list).size, name).toBe(list.length);
    }
    expect(data.firstNamesAscii.every((s) => /^[a-z]+$/.test(s))).toBe(true);
    expect(data.firstNamesAscii.length).toBe(data.firstNames.length);
    expect(data.lastNamesAscii[data.lastNames.indexOf("O'Connell")]).toBe('oconnell');
  });

  test('fingerprint: a faker upgrade that changes the data fails here (then bump generator versions)', () => {
    expect(localeFingerprint()).toMatchSnapshot();
  });
});

describe('structured values', () => {
  const jsonCol = column('jsonb');

  test('adding a field to a json shape changes no other field', () => {
    const small = sample(build('json', { shape: { a: g.int(), b: g.word() } }, context(jsonCol)), 50) as Record<string, unknown>[];
    const large = sample(build('json', { shape: { a: g.int(), z: g.email(), b: g.word() } }, context(jsonCol)), 50) as Record<string, unknown>[];
    expect(large.map(({ a, b }) => ({ a, b }))).toEqual(small);
  });

  test('arrays: elements come from the nested generator, lengths within min/max', () => {
    const col = column('text', { arrayDimensions: 1 });
    const values = sample(build('array', { of: g.oneOf(['x', 'y']), min: 0, max: 2 }, context(col)), 300) as string[][];
    expect(values.every((v) => v.length <= 2 && v.every((x) => x === 'x' || x === 'y'))).toBe(true);
    expect(new Set(values.map((v) => v.length))).toEqual(new Set([0, 1, 2]));
  });

  test('array refuses a scalar column', () => {
    expect(() => build('array', { of: g.word() }, context(column('text')))).toThrow(/not an array or json column/);
  });

  test('json values must be storable', () => {
    expect(() => build('json', { shape: { f: () => 1 } }, context(jsonCol))).toThrow(/cannot be stored as JSON/);
  });
});

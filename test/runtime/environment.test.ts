import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../runtime/connection.ts';
import { assertMockAllowed, detectEnvironment, markDatabase, readDatabaseMark, resolveEnvironment } from '../../runtime/environment.ts';
import { RuntimeError } from '../../runtime/errors.ts';
import { createTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

describe('detectEnvironment', () => {
  it('reads --env, then SEEDFORGE_ENV, then NODE_ENV, else local', () => {
    expect(resolveEnvironment({ flag: 'staging', env: { SEEDFORGE_ENV: 'production', NODE_ENV: 'production' } })).toEqual({ name: 'staging', source: '--env' });
    expect(resolveEnvironment({ env: { SEEDFORGE_ENV: 'prod', NODE_ENV: 'development' } })).toEqual({ name: 'production', source: 'SEEDFORGE_ENV' });
    expect(resolveEnvironment({ env: { NODE_ENV: 'test' } })).toEqual({ name: 'local', source: 'NODE_ENV' });
    expect(resolveEnvironment({ env: {} })).toEqual({ name: 'local', source: 'default' });
  });

  it.each([
    ['prod', 'production'],
    ['production', 'production'],
    ['development', 'local'],
    ['dev', 'local'],
    ['test', 'local'],
    ['staging', 'staging'],
    ['stage', 'staging'],
    ['Production', 'production'],
  ] as const)('maps %s to %s', (value, expected) => {
    expect(detectEnvironment({ env: { NODE_ENV: value } })).toBe(expected);
  });

  it('names an unknown value and where it came from', () => {
    expect(() => detectEnvironment({ env: { NODE_ENV: 'qa' } })).toThrow('unknown environment "qa" (from NODE_ENV)');
  });
});

describe('assertMockAllowed', () => {
  it('refuses production, from the local environment or from the database mark', () => {
    expect(() => assertMockAllowed({ environment: 'production', source: 'NODE_ENV' })).toThrow(/environment is production \(from NODE_ENV\)/);
    const marked = (() => {
      try {
        assertMockAllowed({ environment: 'local', mark: 'production', database: 'postgres://x@h/app' });
      } catch (e) {
        return e;
      }
    })();
    expect(marked).toBeInstanceOf(RuntimeError);
    expect((marked as RuntimeError).code).toBe('SEEDFORGE_DB_MARKED_PRODUCTION');
    expect(() => assertMockAllowed({ environment: 'staging', mark: 'staging' })).not.toThrow();
  });
});

describe.each(targetKinds)('database mark on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  beforeAll(async () => {
    t = await createTestTarget(kind);
    db = await connect(t.target);
  });
  afterAll(async () => {
    await db?.close();
    await t?.drop();
  });

  it('is null on a fresh database, then what was marked', async () => {
    expect(await readDatabaseMark(db)).toBeNull();
    await markDatabase(db, 'production');
    expect(await readDatabaseMark(db)).toBe('production');
    await markDatabase(db, 'staging');
    expect(await readDatabaseMark(db)).toBe('staging');
  });
});

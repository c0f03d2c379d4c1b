import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customType, foreignKey, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import type * as Compiler from '../../compiler/index.ts';
import { hintKey, readHint, writeHint } from '../../compiler/compile-hint.ts';
import { DerivedCache, digest } from '../../compiler/derived-cache.ts';
import { schemaStructure } from '../../compiler/read-drizzle-schema.ts';
import { filesIn as files, temporaryDirectories } from '../support/files.ts';

// Compiles through dist/ (npm test builds it first): the side thread, which the cache spares, exists only there.
const root = join(import.meta.dirname, '../..');
const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof Compiler;
const temp = temporaryDirectories();

async function compileWith(cacheDir: string | undefined): Promise<Map<string, Buffer>> {
  const outDir = temp('seedforge-cache-out-');
  const result = await dist.compile({ config: join(root, 'mock.config.ts'), outDir, formats: ['csv', 'sql'], workers: 1, sideThread: true, cacheDir });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return files(outDir);
}

function entries(cacheDir: string, kind: string): string[] {
  try {
    return readdirSync(join(cacheDir, kind)).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
}

describe('schema.sql and the typed files from the cache', () => {
  it('give the same bytes as making them: a cold compile fills the cache, a warm one reads it', async () => {
    const cacheDir = temp('seedforge-cache-');
    const made = await compileWith(undefined);
    const cold = await compileWith(cacheDir);
    // Two scenarios: two schema.sql entries (their schemas differ), two scenarios' typed files and the index.
    expect(entries(cacheDir, 'schema-sql')).toHaveLength(2);
    expect(entries(cacheDir, 'typed')).toHaveLength(3);
    expect(entries(cacheDir, 'hint')).toHaveLength(1);
    const warm = await compileWith(cacheDir);
    for (const output of [cold, warm]) {
      expect([...output.keys()]).toEqual([...made.keys()]);
      for (const [name, bytes] of made) expect(output.get(name)!.equals(bytes), name).toBe(true);
    }
  });

  it('are read from it (an entry edited with a matching hash shows up), and a damaged entry is made anew', async () => {
    const cacheDir = temp('seedforge-cache-');
    const made = await compileWith(cacheDir);
    const [entryFile] = entries(cacheDir, 'schema-sql');
    const path = join(cacheDir, 'schema-sql', entryFile!);
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { key: string; files: { sql: string }; sha256: string };
    const marked = { sql: `-- from the cache\n${entry.files.sql}` };
    writeFileSync(path, JSON.stringify({ ...entry, files: marked, sha256: digest(JSON.stringify(marked)) }));
    const fromCache = await compileWith(cacheDir);
    const schemas = [...fromCache].filter(([name]) => name.endsWith('schema.sql'));
    expect(schemas.filter(([, bytes]) => bytes.toString().startsWith('-- from the cache\n'))).toHaveLength(1);

    writeFileSync(path, JSON.stringify({ ...entry, files: marked })); // the hash no longer matches
    const remade = await compileWith(cacheDir);
    for (const [name, bytes] of made) expect(remade.get(name)!.equals(bytes), name).toBe(true);
  });

  it('keeps a bounded number of entries and skips a cache it cannot write', () => {
    const cacheDir = temp('seedforge-cache-');
    const cache = new DerivedCache(cacheDir);
    for (let i = 0; i < 70; i++) cache.put('typed', digest(String(i)), { text: String(i) });
    expect(entries(cacheDir, 'typed')).toHaveLength(64);
    expect(cache.get('typed', digest('69'))).toEqual({ text: '69' });
    expect(cache.get('typed', digest('nothing'))).toBeUndefined();
    const blocked = join(cacheDir, 'a-file');
    writeFileSync(blocked, '');
    expect(() => new DerivedCache(blocked).put('typed', 'k', { text: '' })).not.toThrow();
  });
});

describe('a schema the cache cannot key', () => {
  it('compiles uncached: an export whose properties cannot be listed costs the cache, not the compile', async () => {
    const cacheDir = temp('seedforge-cache-');
    const outDir = temp('seedforge-cache-out-');
    const schema = join(root, 'test/fixtures/odd-exports/schema.ts');
    expect(() => schemaStructure({ registry: new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } }) })).toThrow('no keys');
    const result = await dist.compile({ schema, outDir, cacheDir, counts: { '*': 3 }, workers: 1 });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(readFileSync(join(outDir, 'default', 'schema.sql'), 'utf8')).toMatch(/CREATE TABLE "books"/);
    expect(entries(cacheDir, 'schema-sql')).toHaveLength(0);
    expect(entries(cacheDir, 'typed').length).toBeGreaterThan(0);
  });
});

describe('the compile hint (what the last compile of the same config looked like)', () => {
  const config = join(root, 'mock.config.ts');

  it('is kept per config and options that decide the output; a damaged entry reads as no hint', () => {
    const cache = new DerivedCache(temp('seedforge-cache-'));
    const key = hintKey({ config, cwd: root, counts: { '*': 10 } });
    expect(hintKey({ config, cwd: root, counts: { '*': 10 } })).toBe(key);
    expect(hintKey({ config, cwd: root, counts: { '*': 11 } })).not.toBe(key);
    expect(hintKey({ config, cwd: root, counts: { '*': 10 }, seed: 2 })).not.toBe(key);
    expect(readHint(cache, key)).toBeUndefined();
    writeHint(cache, key, { threads: 2 });
    expect(readHint(cache, key)).toEqual({ threads: 2 });
    writeHint(cache, key, {});
    expect(readHint(cache, key)).toEqual({});
    cache.put('hint', key, { threads: 'many' });
    expect(readHint(cache, key)).toEqual({});
    cache.put('hint', hintKey({ config, cwd: root }), { threads: '2' });
    writeFileSync(join(cache.dir, 'hint', `${hintKey({ config, cwd: root })}.json`), '{"half');
    expect(readHint(cache, hintKey({ config, cwd: root }))).toBeUndefined();
  });

  it('a wrong one only changes what starts early: workers started for it stop, the output is the same', async () => {
    const cacheDir = temp('seedforge-cache-');
    const options = { config, workers: 'auto' as const, cacheDir, formats: ['csv', 'sql'] as ('csv' | 'sql')[] };
    const first = temp('seedforge-cache-out-');
    expect((await dist.compile({ ...options, outDir: first })).scenarios[0]!.threads).toBe(1);
    // (dist/ keys with its own build hash: the hint is found by listing, not by hintKey here.)
    const [hintFile] = entries(cacheDir, 'hint');
    const key = hintFile!.replace(/\.json$/, '');
    expect(readHint(new DerivedCache(cacheDir), key)).toEqual({ threads: 1 });
    // As if the last compile had rendered with two threads: a worker starts before planning, then is not needed.
    writeHint(new DerivedCache(cacheDir), key, { threads: 2 });
    const threads = () => readdirSync('/proc/self/task').length;
    const before = threads();
    const second = temp('seedforge-cache-out-');
    const result = await dist.compile({ ...options, outDir: second });
    expect(result.scenarios.map((s) => s.threads)).toEqual([1, 1]);
    // The unneeded worker is stopped before compile returns (polled: see the determinism test's note on a transient thread).
    await expect.poll(threads, { timeout: 5000, interval: 100 }).toBeLessThanOrEqual(before);
    const [a, b] = [files(first), files(second)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  });
});

describe('schemaStructure, the key of schema.sql', () => {
  const users = () => pgTable('users', { id: serial('id').primaryKey(), email: text('email').notNull() });
  const build = (options: { indexName?: string; target?: 'users' | 'teams'; type?: 'text' | 'integer' } = {}) => {
    const u = users();
    const teams = pgTable('teams', { id: serial('id').primaryKey() });
    const posts = pgTable(
      'posts',
      { id: serial('id').primaryKey(), ownerId: integer('owner_id').notNull(), title: options.type === 'integer' ? integer('title') : text('title') },
      (t) => [index(options.indexName ?? 'posts_owner_idx').on(t.ownerId), foreignKey({ columns: [t.ownerId], foreignColumns: [options.target === 'teams' ? teams.id : u.id] })],
    );
    return { users: u, teams, posts };
  };

  it('is equal for equal definitions built twice', () => {
    expect(schemaStructure(build())).toBe(schemaStructure(build()));
  });

  it('changes with what only Drizzle evaluates (an index name in the extra-config callback, a foreign-key target) and with a column type', () => {
    const base = schemaStructure(build());
    expect(schemaStructure(build({ indexName: 'posts_by_owner' }))).not.toBe(base);
    expect(schemaStructure(build({ target: 'teams' }))).not.toBe(base);
    expect(schemaStructure(build({ type: 'integer' }))).not.toBe(base);
  });

  it('changes with a custom type whose SQL type is a closure value (same source text, different DDL)', () => {
    const vectors = (dims: number) => {
      const vector = customType<{ data: number[] }>({ dataType: () => `vector(${dims})` });
      return { items: pgTable('items', { id: serial('id').primaryKey(), embedding: vector('embedding') }) };
    };
    expect(schemaStructure(vectors(3))).toBe(schemaStructure(vectors(3)));
    expect(schemaStructure(vectors(3))).not.toBe(schemaStructure(vectors(4)));
  });
});

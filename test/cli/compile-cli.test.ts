import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { filesIn as files } from '../support/files.ts';

const root = join(import.meta.dirname, '../..');

describe('compile, preview and check commands', () => {
  it('preview prints sample rows of one table', () => {
    const result = runCli(['preview', 'posts', '--rows', '3'], { cwd: join(root, 'examples/blog') });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+\| author_id\s+\| title/);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('(3 of 200 rows of posts, scenario blog)');
  });

  it('preview names the known tables when the table is unknown', () => {
    const result = runCli(['preview', 'nope'], { cwd: join(root, 'examples/blog') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no table "nope".*\n.*hint: tables: tags, users, posts, comments, post_tags/);
  });

  it('compile --format and --json, zero-config with --count table=N', () => {
    const out = mkdtempSync(join(tmpdir(), 'seedforge-cli-'));
    try {
      const result = runCli(['compile', '--schema', join(root, 'examples/shop/schema.ts'), '--count', '7', '--count', 'orders=11', '--format', 'csv', '--out', out, '--json']);
      expect(result.status, result.stderr).toBe(0);
      const printed = JSON.parse(result.stdout);
      expect(printed.scenarios[0].tables).toMatchObject({ 'public.orders': 11, 'public.customers': 7, 'catalog.products': 7 });
      const manifest = JSON.parse(readFileSync(join(out, 'default', 'manifest.json'), 'utf8'));
      expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['schema.sql']);
      expect(manifest.tables.every((t: { files: { json?: unknown } }) => t.files.json === undefined)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('caches schema.sql and the typed files where SEEDFORGE_CACHE_DIR says, and not with --no-cache or SEEDFORGE_CACHE=0', () => {
    const work = mkdtempSync(join(tmpdir(), 'seedforge-cli-cache-'));
    const compileWith = (name: string, env: NodeJS.ProcessEnv, extra: string[] = []) => {
      const result = runCli(['compile', '--schema', join(root, 'examples/shop/schema.ts'), '--count', '3', '--out', join(work, name), ...extra], { env });
      expect(result.status, result.stderr).toBe(0);
      return readFileSync(join(work, name, 'default', 'schema.sql'), 'utf8');
    };
    const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.json')).length : 0);
    try {
      const off = join(work, 'off');
      const made = compileWith('a', { SEEDFORGE_CACHE_DIR: off }, ['--no-cache']);
      compileWith('b', { SEEDFORGE_CACHE_DIR: off, SEEDFORGE_CACHE: '0' });
      expect(entries(off)).toBe(0);
      const on = join(work, 'on');
      expect(compileWith('c', { SEEDFORGE_CACHE_DIR: on })).toBe(made);
      // schema.sql, the scenario's typed files, the index, the hint and the value lists; and drizzle-orm flattened.
      expect(entries(on)).toBe(6);
      expect(readdirSync(join(on, 'drizzle'))).toHaveLength(1);
      expect(compileWith('d', { SEEDFORGE_CACHE_DIR: on })).toBe(made);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('reads the value lists from the cache instead of faker: the same bytes warm as cold, in workers too, and a damaged entry is a miss', async () => {
    const work = mkdtempSync(join(tmpdir(), 'seedforge-cli-locale-'));
    const cache = join(work, 'cache');
    const compileInto = (name: string, workers: string) => {
      const result = runCli(['compile', '--schema', join(root, 'examples/shop/schema.ts'), '--count', '3000', '--format', 'csv', '--workers', workers, '--out', join(work, name)], { env: { SEEDFORGE_CACHE_DIR: cache } });
      expect(result.status, result.stderr).toBe(0);
      return files(join(work, name));
    };
    const customersCsv = (out: Map<string, Buffer>) => out.get('default/csv/public.customers.csv')!.toString('utf8');
    try {
      const cold = compileInto('cold', '1');
      const [entryFile] = readdirSync(join(cache, 'locale'));
      const entryPath = join(cache, 'locale', entryFile!);
      const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { key: string; files: { lists: string }; sha256: string };
      expect(JSON.parse(entry.files.lists).lastNames.length).toBeGreaterThan(100);
      for (const [name, out] of [['warm', compileInto('warm', '1')], ['warm, 2 workers', compileInto('warm2', '2')]] as const) {
        expect([...out.keys()], name).toEqual([...cold.keys()]);
        for (const [file, bytes] of cold) expect(out.get(file)!.equals(bytes), `${name}: ${file}`).toBe(true);
      }

      // An entry with other lists (a valid checksum) is what the next compile uses: the cache is read, faker is not.
      const lists = JSON.parse(entry.files.lists) as Record<string, string[]>;
      const planted = { ...entry, files: { lists: JSON.stringify({ ...lists, lastNames: ['Plantedname'], lastNamesAscii: ['plantedname'] }) } };
      planted.sha256 = createHash('sha256').update(JSON.stringify(planted.files)).digest('hex');
      writeFileSync(entryPath, JSON.stringify(planted));
      // In this process (which has not built the lists) with the workers rendering every range: they use the lists
      // the compiling thread read, not faker's.
      const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof import('../../compiler/index.ts');
      const result = await dist.compile({ schema: join(root, 'examples/shop/schema.ts'), counts: { '*': 3000 }, formats: ['csv'], outDir: join(work, 'planted'), cacheDir: cache, workers: 2, callerRenders: false });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.scenarios[0]!.workerRanges).toBeGreaterThan(0);
      const [header, ...rows] = customersCsv(files(join(work, 'planted'))).trimEnd().split('\n');
      const lastName = header!.split(',').indexOf('last_name');
      expect(new Set(rows.map((r) => r.split(',')[lastName]))).toEqual(new Set(['Plantedname']));
      expect(customersCsv(cold)).not.toContain('Plantedname');

      // A damaged entry (the lists edited, the checksum not) is a miss: faker's lists again, and the entry is rewritten.
      writeFileSync(entryPath, JSON.stringify({ ...planted, sha256: entry.sha256 }));
      expect(customersCsv(compileInto('damaged', '1'))).toBe(customersCsv(cold));
      expect(JSON.parse(readFileSync(entryPath, 'utf8'))).toEqual(entry);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

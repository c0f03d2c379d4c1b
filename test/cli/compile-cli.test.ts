import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

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
      // schema.sql, the scenario's typed files, the index and the hint.
      expect(entries(on)).toBe(4);
      expect(compileWith('d', { SEEDFORGE_CACHE_DIR: on })).toBe(made);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
});

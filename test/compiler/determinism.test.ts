import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.ts';
import { CHUNK_ROWS } from '../../compiler/range-board.ts';
import { runCli } from '../support/cli.ts';
import { filesIn as files } from '../support/files.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, '../fixtures/stability');
const temps: string[] = [];

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seedforge-det-'));
  temps.push(dir);
  return dir;
}

afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

type Row = Record<string, unknown>;

async function rows(options: Parameters<typeof compile>[0], table: string): Promise<Row[]> {
  const outDir = temp();
  const result = await compile({ ...options, outDir, formats: ['json', 'csv'] });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return JSON.parse(readFileSync(join(outDir, result.scenarios[0]!.name, 'json', `public.${table}.json`), 'utf8')) as Row[];
}

function column(rs: Row[], name: string): unknown[] {
  return rs.map((r) => r[name]);
}

describe('determinism contract', () => {
  it('produces byte-identical artifacts across runs and time zones', () => {
    const a = temp();
    const b = temp();
    const first = runCli(['compile', '--config', join(root, 'mock.config.ts'), '--out', a], { env: { TZ: 'UTC', LANG: 'C' } });
    expect(first.status, first.stderr).toBe(0);
    const second = runCli(['compile', '--config', join(root, 'mock.config.ts'), '--out', b], { env: { TZ: 'Asia/Tokyo', LANG: 'ja_JP.UTF-8' } });
    expect(second.status, second.stderr).toBe(0);
    const fa = files(a);
    const fb = files(b);
    expect([...fa.keys()]).toEqual([...fb.keys()]);
    expect(fa.size).toBeGreaterThan(10);
    for (const [name, bytes] of fa) expect(bytes.equals(fb.get(name)!), name).toBe(true);
  });

  it('orders names the same under any LANG (Danish sorts "aa" after "z")', () => {
    const schema = join(root, 'test/fixtures/collation/schema.ts');
    const outputs = ['C.UTF-8', 'da_DK.UTF-8', 'en_US.UTF-8'].map((locale) => {
      const out = temp();
      const result = runCli(['compile', '--schema', schema, '--count', '20', '--out', out], { env: { LANG: locale, LC_ALL: locale } });
      expect(result.status, result.stderr).toBe(0);
      return files(out);
    });
    expect(outputs[0]!.size).toBeGreaterThan(5);
    for (const other of outputs.slice(1)) {
      expect([...other.keys()]).toEqual([...outputs[0]!.keys()]);
      for (const [name, bytes] of outputs[0]!) expect(other.get(name)!.toString(), name).toBe(bytes.toString());
    }
  });

  it('is byte-identical for any number of worker threads', async () => {
    // Through the built library (worker scripts exist only there); workers render every range here, so the split is
    // real whatever the timing, and once with the compiling thread taking what they cannot.
    const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof import('../../compiler/index.ts');
    const runs = [
      { workers: 1, callerRenders: true },
      { workers: 2, callerRenders: false },
      { workers: 3, callerRenders: false },
      { workers: 2, callerRenders: true },
    ];
    const outputs: Map<string, Buffer>[] = [];
    for (const run of runs) {
      const outDir = temp();
      // Two empty tables between full ones: the ranges in flight run across table boundaries.
      const result = await dist.compile({ schema: join(root, 'test/fixtures/schemas/kitchen-sink.ts'), counts: { '*': 5000, membership_notes: 0, profiles: 0 }, outDir, formats: ['csv', 'sql', 'json'], ...run });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.scenarios[0]!.threads).toBe(run.workers);
      // With callerRenders false every range went to a worker, each exactly once: the workers take them from a shared
      // board, and a range two of them took would be counted twice.
      const ranges = result.scenarios[0]!.manifest.tables.reduce((n, t) => n + Math.ceil(t.rows / CHUNK_ROWS), 0);
      expect(ranges).toBeGreaterThan(20);
      if (!run.callerRenders) expect(result.scenarios[0]!.workerRanges).toBe(ranges);
      outputs.push(files(outDir));
    }
    expect(outputs[0]!.size).toBeGreaterThan(20);
    expect(outputs[0]!.get('default/csv/public.profiles.csv')!.toString()).toBe('account_id,bio,website,avatar_url\n');
    for (const other of outputs.slice(1)) {
      expect([...other.keys()]).toEqual([...outputs[0]!.keys()]);
      for (const [name, bytes] of outputs[0]!) expect(bytes.equals(other.get(name)!), name).toBe(true);
    }
  });

  it('workers started before planning (an explicit --workers) stop when the config cannot be loaded', async () => {
    const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof import('../../compiler/index.ts');
    const threads = () => readdirSync('/proc/self/task').length;
    const before = threads();
    const result = await dist.compile({ config: join(root, 'test/fixtures/bad-config/malformed.config.ts'), outDir: temp(), workers: 3, sideThread: false });
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    // A stopped worker's thread is joined before terminate() resolves, but under load the process can hold a short-lived
    // thread of its own at this moment (seen once in CI: 12 against 11). A leaked worker waits for its plan forever, so
    // waiting a few seconds for the count to settle still fails on a leak.
    await expect.poll(threads, { timeout: 5000, interval: 100 }).toBeLessThanOrEqual(before);
  });

  it('adding a column or a table changes no other column or table', async () => {
    const base = { schema: join(fixtures, 'schema-base.ts'), counts: { '*': 25 } };
    const more = { schema: join(fixtures, 'schema-more.ts'), counts: { '*': 25 } };
    const [usersA, usersB] = [await rows(base, 'users'), await rows(more, 'users')];
    for (const name of ['id', 'email', 'full_name', 'created_at']) expect(column(usersB, name), name).toEqual(column(usersA, name));
    expect(column(usersB, 'nickname').some((v) => v !== null)).toBe(true);
    expect(await rows(more, 'posts')).toEqual(await rows(base, 'posts'));
  });

  it('raising a count keeps the earlier rows identical (prefix-stable)', async () => {
    const small = await rows({ schema: join(fixtures, 'schema-base.ts'), counts: { '*': 20 } }, 'posts');
    const large = await rows({ schema: join(fixtures, 'schema-base.ts'), counts: { '*': 20, posts: 45 } }, 'posts');
    expect(large).toHaveLength(45);
    expect(large.slice(0, 20)).toEqual(small);
  });

  it('growing a parent table by a few percent moves only a few child references', async () => {
    const before = await rows({ schema: join(fixtures, 'schema-base.ts'), counts: { users: 400, posts: 4000 } }, 'posts');
    const after = await rows({ schema: join(fixtures, 'schema-base.ts'), counts: { users: 404, posts: 4000 } }, 'posts');
    const moved = before.filter((row, i) => row.user_id !== after[i]!.user_id).length;
    // 1% more parents: about 1% of references move (jump consistent hashing), never most of them.
    expect(moved).toBeGreaterThan(0);
    expect(moved / before.length).toBeLessThan(0.03);
  });

  it("changing one column's generator changes only that column", async () => {
    const a = await rows({ config: join(fixtures, 'config-a.ts') }, 'users');
    const b = await rows({ config: join(fixtures, 'config-b.ts') }, 'users');
    expect(column(b, 'full_name')).not.toEqual(column(a, 'full_name'));
    for (const name of ['id', 'email', 'created_at']) expect(column(b, name), name).toEqual(column(a, name));
    expect(await rows({ config: join(fixtures, 'config-b.ts') }, 'posts')).toEqual(await rows({ config: join(fixtures, 'config-a.ts') }, 'posts'));
  });
});

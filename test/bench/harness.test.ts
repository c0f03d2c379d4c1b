import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrl, hasDatabase } from '../support/database.ts';

// The benchmark harness end to end at a tiny scale, one run: every command runs, every load is verified,
// the report and the JSON are written. It proves the harness works; it asserts no timings.
const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'sf-bench-test-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.runIf(hasDatabase())('bench harness (npm run bench)', () => {
  it('runs every command at a tiny scale and writes BENCHMARKS-style markdown and JSON', async () => {
    const report = join(work, 'BENCHMARKS.md');
    const json = join(work, 'bench.json');
    // npm test builds dist/ first; the harness runs the built CLI.
    const result = spawnSync(process.execPath, ['bench/run.mjs', '--scale', '0.01', '--runs', '1', '--no-build', '--no-profile', '--db', databaseUrl!, '--report', report, '--json', json], {
      cwd: root,
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(result.status, result.stderr).toBe(0);

    const figures = JSON.parse(readFileSync(json, 'utf8'));
    expect(figures.totalRows).toBe(242);
    expect(Object.keys(figures.summary).sort()).toEqual(
      ['apply', 'apply-fixed', 'apply-owner', 'compile', 'compile+apply', 'compile-apply', 'compile-cold', 'compile-fixed', 'compile-fixed-cold', 'compile-w1', 'compile-w2', 'drizzle-seed', 'psql', 'psql-relaxed', 'startup'].sort(),
    );
    for (const s of Object.values(figures.summary) as { runs: number; medianMs: number; peakRss: number }[]) {
      expect(s.runs).toBe(1);
      expect(s.medianMs).toBeGreaterThan(0);
      expect(s.peakRss).toBeGreaterThan(0);
    }
    // The work behind each time: the Node commands' main-thread CPU, and PostgreSQL's CPU when the server runs here.
    type Measured = { cpuMs?: number; mainThreadCpuMs?: number; otherThreadsCpuMs?: number; serverCpuMs?: number };
    const summary = figures.summary as Record<string, Measured>;
    for (const tool of ['compile', 'compile-w2', 'apply', 'compile-apply', 'drizzle-seed']) {
      expect(summary[tool]!.mainThreadCpuMs, tool).toEqual(expect.any(Number));
      expect(summary[tool]!.otherThreadsCpuMs, tool).toEqual(expect.any(Number));
    }
    expect(summary.psql!.mainThreadCpuMs).toBeUndefined();
    if (/@(127\.0\.0\.1|localhost)[:/]/.test(databaseUrl!)) {
      for (const tool of ['apply', 'compile-apply', 'psql', 'drizzle-seed']) expect(summary[tool]!.serverCpuMs, tool).toEqual(expect.any(Number));
    }
    expect(figures.targets).toHaveLength(6);
    // Worker counts never change the artifacts, nor does loading them as they are compiled (compile --apply).
    expect(figures.checksums).toHaveProperty('compile-apply');
    expect(new Set(Object.values(figures.checksums)).size).toBe(1);

    const text = readFileSync(report, 'utf8');
    expect(text).toContain('## Machine');
    expect(text).toContain('## Targets (issue 4)');
    expect(text).toContain('drizzle-seed (node-postgres)');
    expect(text).toContain('seedforge compile --no-cache (first compile, default workers)');
    expect(text).toContain('psql \\copy, one transaction, FK triggers on (floor)');
    expect(text).toContain('seedforge compile --apply (one command: rows stream into COPY as they render)');
    // The harness cleans up its work directory and its databases.
    expect(existsSync(join(root, '.tmp', `bench-${figures.pid}`))).toBe(false);
    const sql = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
    try {
      const left = await sql`SELECT datname FROM pg_database WHERE datname LIKE ${`sf_bench_${figures.pid}_%`}`;
      expect(left).toEqual([]);
      // And the role apply-owner loaded as.
      expect(await sql`SELECT rolname FROM pg_roles WHERE rolname = ${`sf_bench_owner_${figures.pid}`}`).toEqual([]);
    } finally {
      await sql.end();
    }
  }, 180_000);
});

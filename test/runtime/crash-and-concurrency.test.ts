import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../runtime/connection.ts';
import { LOCK_KEY } from '../../runtime/lock.ts';
import type { Manifest } from '../../runtime/manifest.ts';
import { hasDatabase } from '../support/database.ts';
import { startSeedforge } from './support/cli.ts';
import { shopFixture, writeFixture } from './support/fixtures.ts';
import { databaseState, shopTables, tableCounts } from './support/inspect.ts';
import { createTestTarget, type TestTarget } from './support/targets.ts';

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 60_000, context: () => string = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${context()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.skipIf(!hasDatabase())('PostgreSQL: a killed apply and concurrent applies', () => {
  let t: TestTarget;
  let db: Database;
  let project: string;
  let big: Manifest;
  let medium: Manifest;

  beforeAll(async () => {
    t = await createTestTarget('postgres');
    db = await connect(t.target);
    await db.exec(shopFixture().schemaSql);
    project = mkdtempSync(join(tmpdir(), 'sf-crash-'));
    big = await writeFixture(join(project, 'big'), shopFixture({ scenario: 'big', users: 1_000_000, teams: 100 }));
    medium = await writeFixture(join(project, 'medium'), shopFixture({ scenario: 'medium', users: 200_000, teams: 50 }));
  }, 180_000);
  afterAll(async () => {
    await db?.close();
    await t?.drop();
    rmSync(project, { recursive: true, force: true });
  });

  it('SIGKILL in the middle of a large apply leaves no seeded row and no ledger entry', async () => {
    const before = await databaseState(db, shopTables);
    const run = startSeedforge(['apply', 'big', '--db', t.db], { cwd: project });
    // Wait until the COPY into users is streaming (PostgreSQL reports its progress), then kill the process.
    await until('the COPY to be under way', async () => {
      const rows = await db.query<{ n: number }>(
        `SELECT p.tuples_processed::int AS n FROM pg_stat_progress_copy p JOIN pg_stat_activity a USING (pid)
          WHERE a.application_name = 'seedforge' AND p.relid = 'public.users'::regclass`,
      );
      return (rows[0]?.n ?? 0) > 10_000;
    }, 50_000, () => JSON.stringify(run.output()));
    run.child.kill('SIGKILL');
    const result = await run.done;
    expect(result.status).toBeNull();
    // The server notices the dropped connection and rolls the transaction back.
    await until('the killed session to end', async () => (await db.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'seedforge' AND datname = current_database() AND pid <> pg_backend_pid()`)).length === 0);
    expect(await databaseState(db, shopTables)).toEqual(before);
    expect(await tableCounts(db, shopTables)).toEqual({ 'public.teams': 0, 'public.users': 0, 'billing.invoices': 0, 'public.user_tags': 0 });
    expect(big.tables.find((x) => x.name === 'users')!.rows).toBe(1_000_000);
  });

  it('two concurrent applies of one scenario: exactly one run, no duplicate rows, the other exits cleanly', async () => {
    // This test holds seedforge's lock while both applies start, so they meet at it whatever their start-up times
    // (started together, one could finish loading before the other had connected). Released, one takes it and loads,
    // the other waits for that one.
    const holder = await connect(t.target);
    let release = (): void => {};
    let locked = false;
    const held = holder.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [LOCK_KEY]);
      locked = true;
      await new Promise<void>((resolve) => (release = resolve));
    });
    await until('the test to hold the lock', () => locked);
    const first = startSeedforge(['apply', 'medium', '--db', t.db], { cwd: project });
    const second = startSeedforge(['apply', 'medium', '--db', t.db], { cwd: project });
    await until('both applies to wait for the lock', () => [first, second].every((r) => /waiting for another seedforge run/.test(r.output().stderr)), 60_000, () => JSON.stringify([first.output(), second.output()]));
    release();
    await held;
    await holder.close();
    const results = await Promise.all([first.done, second.done]);
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    const outputs = results.map((r) => r.stdout).sort();
    expect(outputs[0]).toMatch(/^"medium" is already applied to postgres:\/\/.* \(run \d+, checksum [0-9a-f]{12}\): nothing to do\.$/m);
    expect(outputs[1]).toMatch(/^Applied "medium" to postgres:\/\/.*: \d+ rows in 4 tables/m);
    const runs = await db.query<{ scenario: string; status: string }>(`SELECT scenario, status FROM seedforge.runs WHERE scenario = 'medium'`);
    expect(runs).toEqual([{ scenario: 'medium', status: 'applied' }]);
    expect(await tableCounts(db, shopTables)).toEqual(Object.fromEntries(medium.tables.map((x) => [`${x.schema}.${x.name}`, x.rows])));
    // The loser waited (for the test's session, then for the winner's load), then saw the run and did nothing.
    const waited = results.find((r) => /already applied/.test(r.stdout))!;
    expect(waited.stderr).toMatch(/waiting for another seedforge run \(backend pid \d+, seedforge, in a transaction since [\d:]+\) to finish/);
  });
});

describe('PGlite: a killed apply and concurrent applies', () => {
  let project: string;
  let manifest: Manifest;

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'sf-crash-pglite-'));
    manifest = await writeFixture(join(project, 'generated', 'shop'), shopFixture({ users: 300_000, teams: 50 }));
  }, 120_000);
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('SIGKILL mid-apply leaves an empty database that opens again (stale lock taken over)', async () => {
    const run = startSeedforge(['apply'], { cwd: project });
    // The embedded database cannot be watched from outside: the log line after the first table means users is loading.
    await until('the first table to load', () => /loaded public\.teams/.test(run.output().stderr), 120_000);
    run.child.kill('SIGKILL');
    expect((await run.done).status).toBeNull();
    expect(run.output().stderr).not.toMatch(/loaded public\.users/);

    const db = await connect({ kind: 'pglite', dir: join(project, '.seedforge', 'pglite') }, { lockTimeoutMs: 5_000 });
    try {
      // The schema was created inside the apply transaction, so even the tables are gone; so is the ledger.
      expect(await databaseState(db, shopTables)).toEqual({
        counts: { 'public.teams': -1, 'public.users': -1, 'billing.invoices': -1, 'public.user_tags': -1 },
        ledger: false,
        runs: [],
      });
    } finally {
      await db.close();
    }
  });

  it('two concurrent applies: one loads, the other waits for the embedded database and finds it applied', async () => {
    const first = startSeedforge(['apply'], { cwd: project });
    // The second starts once the first holds the embedded database and is loading (users, 300k rows, still to come):
    // started together, a slow start of one on a busy machine let the other finish first, and nothing waited.
    await until('the first apply to be loading', () => /loaded public\.teams/.test(first.output().stderr), 120_000, () => JSON.stringify(first.output()));
    const second = startSeedforge(['apply'], { cwd: project });
    const results = await Promise.all([first.done, second.done]);
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    expect(results[0]!.stdout).toMatch(/^Applied "shop" to embedded PGlite at \.seedforge\/pglite: \d+ rows/m);
    expect(results[1]!.stdout).toMatch(/^"shop" is already applied to embedded PGlite at \.seedforge\/pglite \(run 1,/m);
    expect(results[1]!.stderr).toMatch(/waiting for another seedforge run \(pid \d+\) to release the embedded database/);
    const db = await connect({ kind: 'pglite', dir: join(project, '.seedforge', 'pglite') });
    try {
      expect(await tableCounts(db, shopTables)).toEqual(Object.fromEntries(manifest.tables.map((x) => [`${x.schema}.${x.name}`, x.rows])));
      expect(await db.query(`SELECT count(*)::int AS n FROM seedforge.runs`)).toEqual([{ n: 1 }]);
    } finally {
      await db.close();
    }
  });
});

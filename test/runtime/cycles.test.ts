import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import { rollback } from '../../runtime/rollback.ts';
import { hasDatabase } from '../support/database.ts';
import { cycleFixture, writeFixture } from './support/fixtures.ts';
import { createTestRole, type TestRole } from './support/roles.ts';
import { tableCounts } from './support/inspect.ts';
import { closeTestTarget, createTestTarget, openTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };

describe.each(targetKinds)('NOT NULL foreign-key cycles on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  beforeEach(async () => void ({ t, db, work } = await openTestTarget(kind, 'sf-cycle-')));
  afterEach(() => closeTestTarget({ t, db, work }));

  it.each([false, true])('loads and rolls back (deferrable: %s)', async (deferrable) => {
    const spec = cycleFixture({ deferrable, rows: 100 });
    await db.exec(spec.schemaSql);
    await writeFixture(join(work, 'cycle'), spec);
    const result = await applyArtifacts({ dir: join(work, 'cycle'), db, processEnv: env });
    expect(result.tables.map((x) => x.rows)).toEqual([100, 100]);
    // The replica role is scoped to the cycle's tables, never left on.
    expect(await db.query(`SELECT current_setting('session_replication_role') AS r`)).toEqual([{ r: 'origin' }]);
    await rollback({ db });
    expect(await tableCounts(db, ['public.a', 'public.b'])).toEqual({ 'public.a': 0, 'public.b': 0 });
  });

  it('refuses artifacts whose rows break the relaxed foreign key, naming the orphans', async () => {
    const spec = cycleFixture({ rows: 5 });
    await db.exec(spec.schemaSql);
    spec.tables[0]!.rows = { count: 5, row: (i) => [String(i + 1), String(i === 2 ? 77 : i + 1)] };
    await writeFixture(join(work, 'cycle'), spec);
    const error = await applyArtifacts({ dir: join(work, 'cycle'), db, processEnv: env }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SEEDFORGE_INTEGRITY_FAILED' });
    expect((error as Error).message).toContain('public.a(b_id) -> public.b: 1 row(s) without a parent, e.g. (77)');
    expect(await tableCounts(db, ['public.a', 'public.b'])).toEqual({ 'public.a': 0, 'public.b': 0 });
  });
});

describe.skipIf(!hasDatabase())('NOT NULL cycle without DEFERRABLE, not a superuser (PostgreSQL)', () => {
  let t: TestTarget;
  let role: TestRole;
  beforeEach(async () => {
    t = await createTestTarget('postgres');
    role = await createTestRole('sf_plain', t.db);
  });
  afterEach(async () => {
    await t.drop();
    await role?.drop();
  });

  /** Applies the cycle as the role (`grants` run by the admin first); the outcome, or the error. */
  async function applyAsRole(grants: string): Promise<unknown> {
    if (grants) {
      const admin = postgres(t.db, { max: 1, onnotice: () => {} });
      await admin.unsafe(grants);
      await admin.end();
    }
    const db = await connect({ kind: 'postgres', url: role.url });
    const work = mkdtempSync(join(tmpdir(), 'sf-cycle-'));
    try {
      const spec = cycleFixture({ rows: 3 });
      await db.exec(spec.schemaSql);
      await writeFixture(join(work, 'cycle'), spec);
      const outcome = await applyArtifacts({ dir: join(work, 'cycle'), db, processEnv: env }).catch((e: unknown) => e);
      if (outcome instanceof Error) expect(await db.query(`SELECT to_regclass('seedforge.runs') AS t`)).toEqual([{ t: null }]);
      return outcome;
    } finally {
      await db.close();
      rmSync(work, { recursive: true, force: true });
    }
  }

  it('says exactly what is needed', async () => {
    const error = await applyAsRole('');
    expect(error).toMatchObject({ code: 'SEEDFORGE_INTEGRITY_FAILED' });
    expect((error as Error).message).toBe('the foreign keys public.a(b_id) -> public.b(id) form a NOT NULL cycle, which PostgreSQL cannot load row by row');
    expect((error as { hint: string }).hint).toMatch(/DEFERRABLE INITIALLY IMMEDIATE/);
    expect((error as { hint: string }).hint).toMatch(/GRANT SET ON PARAMETER session_replication_role/);
  });

  it('loads with the grant it names (SET on session_replication_role)', async () => {
    const result = await applyAsRole(`GRANT SET ON PARAMETER session_replication_role TO ${role.name}`);
    expect(result).toMatchObject({ status: 'applied', totalRows: 6 });
  });
});

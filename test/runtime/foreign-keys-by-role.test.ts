import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import type { ProgressEvent } from '../../runtime/progress.ts';
import { hasDatabase } from '../support/database.ts';
import { familyFixture, writeFixture, type FixtureSpec } from './support/fixtures.ts';
import { createTestRole, type TestRole } from './support/roles.ts';
import { closeTestTarget, createTestTarget, openTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };
const SKIPPED = 'verifying foreign keys of every loaded table (per-row checks were skipped: replica role)';
/** Enough child rows for the child's primary key to be built after its COPY (DEFER_FROM_ROWS). */
const MANY = 10_000;

/**
 * The fast paths for a role that is not a superuser. One that may set session_replication_role (PostgreSQL 15 lets a
 * superuser grant it with GRANT SET ON PARAMETER; managed services let their admin role set it) skips the per-row
 * checks and proves every key after. One that may not, but owns the tables, loads them without their foreign keys and
 * adds the keys back after, as pg_restore does.
 * PostgreSQL only: PGlite has one user, a superuser, and no roles to log in as. Without DATABASE_URL these skip
 * locally; under CI=true hasDatabase() throws instead, so CI never skips them.
 */
describe.skipIf(!hasDatabase())('foreign keys on the fast paths, as a role that is not a superuser (PostgreSQL)', () => {
  let t: TestTarget;
  let admin: postgres.Sql;
  let role: TestRole;
  let work: string;

  beforeEach(async () => {
    t = await createTestTarget('postgres');
    admin = postgres(t.db, { max: 1, onnotice: () => {} });
    role = await createTestRole('sf_fk_role', t.db);
    work = mkdtempSync(join(tmpdir(), 'sf-replica-'));
  });
  afterEach(async () => {
    await admin.end();
    await t.drop();
    await role?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  /** Applies `spec` connected as the role, after its schema is created by the role (its owner), the admin, or neither (made by the test). */
  async function applyAsRole(spec: FixtureSpec, owner: 'role' | 'admin' | 'made' = 'role', dryRun = false) {
    if (owner === 'admin') await admin.unsafe(spec.schemaSql);
    const db = await connect({ kind: 'postgres', url: role.url });
    const phases: string[] = [];
    try {
      if (owner === 'role') await db.exec(spec.schemaSql);
      const dir = join(work, 'family');
      await writeFixture(dir, spec);
      const onProgress = (event: ProgressEvent) => {
        if (event.type === 'phase') phases.push(event.message);
      };
      const outcome = await applyArtifacts({ dir, db, processEnv: env, onProgress, dryRun }).catch((e: unknown) => e as Error & { code?: string });
      const [row] = await db.query<{ r: string }>(`SELECT current_setting('session_replication_role') AS r`);
      return { outcome, phases, setting: row?.r };
    } finally {
      await db.close();
    }
  }

  const counts = async () => (await admin.unsafe<{ parent: number; child: number }[]>(`SELECT (SELECT count(*)::int FROM parent) AS parent, (SELECT count(*)::int FROM child) AS child`))[0];
  const parents = Array.from({ length: MANY }, (_, i) => i + 1);

  it('granted SET on session_replication_role: per-row checks skipped, every key proven, its own indexes built after', async () => {
    await admin.unsafe(`GRANT SET ON PARAMETER session_replication_role TO ${role.name}`);
    const { outcome, phases, setting } = await applyAsRole(familyFixture(parents, parents));
    expect(outcome).toMatchObject({ status: 'applied', totalRows: 2 * MANY });
    expect(phases).toContain(SKIPPED);
    expect(phases).toContain('building 1 index(es) of public.child');
    // The probe and the load leave the setting as they found it.
    expect(setting).toBe('origin');
    expect(await counts()).toEqual({ parent: MANY, child: MANY });
  });

  it('granted, with an orphan: refused by the set-based proof, naming it, and nothing loaded', async () => {
    await admin.unsafe(`GRANT SET ON PARAMETER session_replication_role TO ${role.name}`);
    const { outcome, phases } = await applyAsRole(familyFixture([1, 2, 3], [1, 4, null]));
    expect(outcome).toMatchObject({ code: 'SEEDFORGE_INTEGRITY_FAILED' });
    expect((outcome as Error).message).toBe('the loaded rows break foreign keys:\n  public.child(parent_id) -> public.parent: 1 row(s) without a parent, e.g. (4)');
    expect(phases).toContain(SKIPPED);
    expect(await counts()).toEqual({ parent: 0, child: 0 });
  });

  it('granted: a dry run, read-only, says the keys will be proven after the load', async () => {
    await admin.unsafe(`GRANT SET ON PARAMETER session_replication_role TO ${role.name}`);
    const { outcome, setting } = await applyAsRole(familyFixture([1, 2, 3], [1, 3, null]), 'role', true);
    expect(outcome).toMatchObject({ status: 'dry-run' });
    expect((outcome as { plan: { checks: string[] } }).plan.checks).toContain(
      'foreign keys: per-row checks skipped during COPY (a role that may set session_replication_role, no table triggers), then every key proven set-based (key ranges, else anti-joins)',
    );
    expect(setting).toBe('origin');
  });

  it('not granted, tables too small to take anything off: the keys are checked row by row', async () => {
    const { outcome, phases, setting } = await applyAsRole(familyFixture([1, 2, 3], [1, 3, null]));
    expect(outcome).toMatchObject({ status: 'applied', totalRows: 6 });
    expect(phases).not.toContain(SKIPPED);
    expect(setting).toBe('origin');
  });

  it('granted, writing tables another role owns: keys proven after, indexes left in place (dropping them takes the owner)', async () => {
    await admin.unsafe(`GRANT SET ON PARAMETER session_replication_role TO ${role.name}`);
    await admin.unsafe(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO ${role.name}`);
    const { outcome, phases } = await applyAsRole(familyFixture(parents, parents), 'admin');
    expect(outcome).toMatchObject({ status: 'applied', totalRows: 2 * MANY });
    expect(phases).toContain(SKIPPED);
    expect(phases.some((p) => p.startsWith('building'))).toBe(false);
    expect(await counts()).toEqual({ parent: MANY, child: MANY });
  });

  it('granted, but not allowed to read a parent that is not loaded (the proofs read it): the keys are checked row by row', async () => {
    await admin.unsafe(`GRANT SET ON PARAMETER session_replication_role TO ${role.name}`);
    const spec = familyFixture([], [1, 3, null]);
    // Only child loads; parent holds the application's rows, and the role may not read it.
    spec.tables = spec.tables.filter((table) => table.name === 'child');
    await admin.unsafe(`${spec.schemaSql}; INSERT INTO parent VALUES (1), (2), (3); GRANT SELECT, INSERT ON child TO ${role.name}`);
    const { outcome, phases } = await applyAsRole(spec, 'made');
    expect(outcome).toMatchObject({ status: 'applied', totalRows: 3 });
    expect(phases).not.toContain(SKIPPED);
    expect(await counts()).toEqual({ parent: 3, child: 3 });
  });

  const REBUILT = 'adding back 1 foreign key(s) of public.child (one query each checks every row)';
  const keysOf = async () => admin.unsafe(`SELECT conname, pg_get_constraintdef(oid) AS definition, obj_description(oid, 'pg_constraint') AS comment FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conname`);

  it('not granted, owning the tables: the keys come off for the load and go back on, and the schema is as it was', async () => {
    const spec = familyFixture(parents, parents);
    await admin.unsafe(`${spec.schemaSql}; ALTER TABLE parent OWNER TO ${role.name}; ALTER TABLE child OWNER TO ${role.name}`);
    const before = await keysOf();
    const dry = await applyAsRole(spec, 'made', true);
    expect((dry.outcome as { plan: { checks: string[] } }).plan.checks).toContain(
      'foreign keys: an empty table this role owns, with 10,000 or more rows to load, loads without its keys to tables of this load, and each goes back on after the load, checked by PostgreSQL with one query (not when another session holds a lock on either table); the rest are checked row by row',
    );
    const { outcome, phases } = await applyAsRole(spec, 'made');
    expect(outcome).toMatchObject({ status: 'applied', totalRows: 2 * MANY });
    expect(phases).not.toContain(SKIPPED);
    expect(phases).toContain(REBUILT);
    // With the key off, nothing references the parent's primary key: it is built after the parent's rows too.
    expect(phases).toContain('building 1 index(es) of public.parent');
    expect(phases).toContain('building 1 index(es) of public.child');
    expect(await keysOf()).toEqual(before);
    expect(await counts()).toEqual({ parent: MANY, child: MANY });
  });

  it('not granted, owning the tables, with an orphan: refused with every orphan named, nothing loaded, the key in place', async () => {
    const spec = familyFixture(parents, [...parents.slice(0, -1), MANY + 7]);
    await admin.unsafe(`${spec.schemaSql}; ALTER TABLE parent OWNER TO ${role.name}; ALTER TABLE child OWNER TO ${role.name}`);
    const before = await keysOf();
    const { outcome, phases } = await applyAsRole(spec, 'made');
    expect(outcome).toMatchObject({ code: 'SEEDFORGE_INTEGRITY_FAILED' });
    expect((outcome as Error).message).toBe(`the loaded rows break foreign keys:\n  public.child(parent_id) -> public.parent: 1 row(s) without a parent, e.g. (${MANY + 7})`);
    expect(phases).toContain(REBUILT);
    expect(await counts()).toEqual({ parent: 0, child: 0 });
    expect(await keysOf()).toEqual(before);
  });

  it('not granted, writing tables another role owns: the keys stay on and check every row', async () => {
    await admin.unsafe(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO ${role.name}`);
    const { outcome, phases } = await applyAsRole(familyFixture(parents, parents), 'admin');
    expect(outcome).toMatchObject({ status: 'applied', totalRows: 2 * MANY });
    expect(phases.some((p) => p.startsWith('adding back') || p.startsWith('building'))).toBe(false);
  });

  it('not granted: a key a re-creation would not restore exactly (it has a comment) stays on', async () => {
    const spec = familyFixture(parents, parents);
    await admin.unsafe(`${spec.schemaSql}; ALTER TABLE parent OWNER TO ${role.name}; ALTER TABLE child OWNER TO ${role.name}; COMMENT ON CONSTRAINT child_parent_id_fkey ON child IS 'kept'`);
    const { outcome, phases } = await applyAsRole(spec, 'made');
    expect(outcome).toMatchObject({ status: 'applied', totalRows: 2 * MANY });
    expect(phases).not.toContain(REBUILT);
    expect(await keysOf()).toEqual([{ conname: 'child_parent_id_fkey', definition: 'FOREIGN KEY (parent_id) REFERENCES parent(id)', comment: 'kept' }]);
  });
});

/**
 * Replica mode would skip a table's own triggers, so a table with one loads with its triggers on. Its foreign keys
 * still come off for the load and go back on after (the role owns it: a superuser owns everything).
 */
describe.each(targetKinds)('foreign keys of a table with a trigger of its own, on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  beforeEach(async () => void ({ t, db, work } = await openTestTarget(kind, 'sf-trigger-')));
  afterEach(() => closeTestTarget({ t, db, work }));

  it('every row fires the trigger; the keys are added back after the load and hold', async () => {
    const parents = Array.from({ length: MANY }, (_, i) => i + 1);
    const spec = familyFixture(parents, parents);
    await db.exec(`${spec.schemaSql};
      CREATE TABLE seen (n integer NOT NULL);
      CREATE FUNCTION count_child() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO seen VALUES (NEW.id); RETURN NEW; END $$;
      CREATE TRIGGER child_seen AFTER INSERT ON child FOR EACH ROW EXECUTE FUNCTION count_child();`);
    await writeFixture(join(work, 'family'), spec);
    const phases: string[] = [];
    const result = await applyArtifacts({ dir: join(work, 'family'), db, processEnv: env, onProgress: (e) => void (e.type === 'phase' && phases.push(e.message)) });
    expect(result).toMatchObject({ status: 'applied', totalRows: 2 * MANY });
    expect(phases).not.toContain(SKIPPED);
    expect(phases).toContain('adding back 1 foreign key(s) of public.child (one query each checks every row)');
    expect(await db.query(`SELECT count(*)::int AS n FROM seen`)).toEqual([{ n: MANY }]);
    expect(await db.query(`SELECT conname FROM pg_constraint WHERE conrelid = 'child'::regclass AND contype = 'f'`)).toEqual([{ conname: 'child_parent_id_fkey' }]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import { clear, rollback } from '../../runtime/rollback.ts';
import { status } from '../../runtime/status.ts';
import { shopFixture, writeFixture } from './support/fixtures.ts';
import { shopTables, tableCounts } from './support/inspect.ts';
import { closeTestTarget, createTestTarget, openTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };

describe.each(targetKinds)('apply on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  beforeEach(async () => void ({ t, db, work } = await openTestTarget(kind, 'sf-apply-')));
  afterEach(() => closeTestTarget({ t, db, work }));

  async function prepareSchema(): Promise<void> {
    // PostgreSQL gets its schema from migrations; the embedded database is created by apply from schema.sql.
    if (kind === 'postgres') await db.exec(shopFixture().schemaSql);
  }

  it('loads every table, fix-ups, sequences and the ledger in one go', async () => {
    await prepareSchema();
    const dir = join(work, 'shop');
    const manifest = await writeFixture(dir, shopFixture({ users: 50, teams: 5 }));
    const events: string[] = [];
    const result = await applyArtifacts({ dir, db, processEnv: env, onProgress: (e) => events.push(e.type) });

    expect(result.status).toBe('applied');
    expect(result.schemaCreated).toBe(kind === 'pglite');
    expect(result.tables.map((x) => [x.table, x.rows])).toEqual([
      ['public.teams', 5],
      ['public.users', 50],
      ['billing.invoices', 50],
      ['public.user_tags', 40],
    ]);
    expect(await tableCounts(db, shopTables)).toEqual({ 'public.teams': 5, 'public.users': 50, 'billing.invoices': 50, 'public.user_tags': 40 });
    // NULL and empty string stay apart; quotes, commas and newlines survive.
    expect(await db.query(`SELECT id, name FROM users WHERE id IN (1, 2, 8) ORDER BY id`)).toEqual([
      { id: 1, name: null },
      { id: 2, name: 'Name, "Quoted"\n1' },
      { id: 8, name: '' },
    ]);
    expect(await db.query(`SELECT tags FROM billing.invoices ORDER BY id LIMIT 1`)).toEqual([{ tags: ['a', 'b c'] }]);
    // The nullable cycle was closed by the fix-up.
    expect(await db.query(`SELECT id, captain_id FROM teams ORDER BY id`)).toEqual([1, 2, 3, 4, 5].map((id) => ({ id, captain_id: id })));
    // Sequences moved past the loaded ids.
    expect(await db.query(`SELECT nextval(pg_get_serial_sequence('users', 'id'))::int AS next`)).toEqual([{ next: 51 }]);
    const [run] = await db.query<Record<string, unknown>>(`SELECT scenario, checksum, environment, status, total_rows::int AS total, table_rows FROM seedforge.runs`);
    expect(run).toMatchObject({ scenario: 'shop', checksum: manifest.checksum, environment: 'local', status: 'applied', total: 145 });
    expect(events).toContain('table-progress');
    // JSON columns hold JSON, not a JSON-encoded string (postgres.js re-encodes strings bound to jsonb).
    expect(await db.query(`SELECT jsonb_typeof(table_rows) AS a, jsonb_typeof(schema_snapshot) AS b, jsonb_typeof(relaxed_foreign_keys) AS c FROM seedforge.runs`)).toEqual([
      { a: 'object', b: 'object', c: 'array' },
    ]);
    expect(await db.query(`SELECT table_name, key_ranges FROM seedforge.run_tables WHERE key_ranges IS NOT NULL ORDER BY position`)).toEqual([
      { table_name: 'teams', key_ranges: [['1', '5']] },
      { table_name: 'users', key_ranges: [['1', '50']] },
    ]);

    const report = await status({ db });
    expect(report.runs).toHaveLength(1);
    expect(report.runs[0]).toMatchObject({ scenario: 'shop', status: 'applied', schemaMatches: true, totalRows: 145 });
  });

  it('re-applying the same artifacts is a no-op; different artifacts are refused unless --fresh', async () => {
    await prepareSchema();
    const dir = join(work, 'shop');
    await writeFixture(dir, shopFixture({ users: 30 }));
    const first = await applyArtifacts({ dir, db, processEnv: env });
    const again = await applyArtifacts({ dir, db, processEnv: env });
    expect(again.status).toBe('unchanged');
    expect(again.runId).toBe(first.runId);
    expect((await tableCounts(db, ['public.users']))['public.users']).toBe(30);

    const next = join(work, 'shop2');
    const manifest = await writeFixture(next, shopFixture({ users: 40, variant: 1 }));
    await expect(applyArtifacts({ dir: next, db, processEnv: env })).rejects.toMatchObject({ code: 'SEEDFORGE_ALREADY_APPLIED_DIFFERENT' });
    expect((await tableCounts(db, ['public.users']))['public.users']).toBe(30);

    const fresh = await applyArtifacts({ dir: next, db, processEnv: env, fresh: true });
    expect(fresh.status).toBe('applied');
    expect(fresh.replaced?.runId).toBe(first.runId);
    expect(await tableCounts(db, shopTables)).toEqual(Object.fromEntries(manifest.tables.map((x) => [`${x.schema}.${x.name}`, x.rows])));
    expect(await db.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE '%.v0@example.com'`)).toEqual([{ n: 0 }]);
    const runs = await db.query(`SELECT id::int AS id, status FROM seedforge.runs ORDER BY id`);
    expect(runs).toEqual([
      { id: first.runId, status: 'rolled_back' },
      { id: fresh.runId, status: 'applied' },
    ]);
  });

  it('rollback removes exactly the seeded rows and keeps the application rows', async () => {
    await prepareSchema();
    const dir = join(work, 'shop');
    await writeFixture(dir, shopFixture({ users: 20 }));
    const applied = await applyArtifacts({ dir, db, processEnv: env });
    // The application adds its own rows, including some in seeded tables, referencing each other.
    await db.exec(`
      INSERT INTO users (email, name) VALUES ('app@example.com', 'App user');
      INSERT INTO billing.invoices (id, user_id, amount) SELECT 'ffffffff-0000-4000-8000-000000000001', id, 9.99 FROM users WHERE email = 'app@example.com';
      INSERT INTO user_tags (user_id, label) SELECT id, 'vip' FROM users WHERE email = 'app@example.com';
    `);
    const result = await rollback({ db });
    expect(result.runs.map((r) => r.runId)).toEqual([applied.runId]);
    expect(result.totalRows).toBe(5 + 20 + 20 + 40);
    expect(await tableCounts(db, shopTables)).toEqual({ 'public.teams': 0, 'public.users': 1, 'billing.invoices': 1, 'public.user_tags': 1 });
    expect(await db.query(`SELECT id::int AS id, email FROM users`)).toEqual([{ id: 21, email: 'app@example.com' }]);
    expect((await status({ db })).runs).toEqual([]);
  });

  it('rollback refuses, naming them, when application rows reference seeded rows; nothing changes', async () => {
    await prepareSchema();
    const dir = join(work, 'shop');
    await writeFixture(dir, shopFixture({ users: 20 }));
    await applyArtifacts({ dir, db, processEnv: env });
    // ON DELETE CASCADE would silently delete this invoice: seedforge refuses instead.
    await db.exec(`INSERT INTO billing.invoices (id, user_id, amount) VALUES ('ffffffff-0000-4000-8000-000000000002', 3, 1)`);
    await db.exec(`INSERT INTO users (email, team_id) VALUES ('app@example.com', 2)`);
    const before = await tableCounts(db, shopTables);
    const error = await rollback({ db, scenario: 'shop' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SEEDFORGE_ROLLBACK_REFERENCED' });
    const message = (error as Error).message;
    expect(message).toContain('1 row(s) of billing.invoices reference seeded rows of public.users through invoices_user_id_users_id_fk, e.g. billing.invoices (id)=(ffffffff-0000-4000-8000-000000000002) -> (id)=(3)');
    expect(message).toContain('1 row(s) of public.users reference seeded rows of public.teams through users_team_id_teams_id_fk, e.g. public.users (id)=(21) -> (id)=(2)');
    expect(await tableCounts(db, shopTables)).toEqual(before);
    expect((await status({ db })).runs).toHaveLength(1);

    await db.exec(`DELETE FROM billing.invoices WHERE id = 'ffffffff-0000-4000-8000-000000000002'; UPDATE users SET team_id = NULL WHERE email = 'app@example.com'`);
    await rollback({ db, scenario: 'shop' });
    expect(await tableCounts(db, shopTables)).toEqual({ 'public.teams': 0, 'public.users': 1, 'billing.invoices': 0, 'public.user_tags': 0 });
  });

  it('clear rolls back every scenario, newest first', async () => {
    await prepareSchema();
    await writeFixture(join(work, 'gen', 'one'), shopFixture({ scenario: 'one', users: 10 }));
    await writeFixture(join(work, 'gen', 'two'), shopFixture({ scenario: 'two', users: 10, idOffset: 1000, variant: 2 }));
    await applyArtifacts({ dir: join(work, 'gen'), scenario: 'one', db, processEnv: env });
    await applyArtifacts({ dir: join(work, 'gen'), scenario: 'two', db, processEnv: env });
    expect((await tableCounts(db, ['public.users']))['public.users']).toBe(20);
    const result = await clear({ db });
    expect(result.runs.map((r) => r.scenario)).toEqual(['two', 'one']);
    expect(await tableCounts(db, shopTables)).toEqual({ 'public.teams': 0, 'public.users': 0, 'billing.invoices': 0, 'public.user_tags': 0 });
    expect((await clear({ db })).runs).toEqual([]);
  });

  it('a dry run checks everything and writes nothing', async () => {
    await prepareSchema();
    const dir = join(work, 'shop');
    await writeFixture(dir, shopFixture({ users: 10 }));
    const result = await applyArtifacts({ dir, db, processEnv: env, dryRun: true });
    expect(result.status).toBe('dry-run');
    expect(result.plan).toMatchObject({
      action: 'apply',
      createsSchema: kind === 'pglite',
      tables: [
        { table: 'public.teams', rows: 5 },
        { table: 'public.users', rows: 10 },
        { table: 'billing.invoices', rows: 10 },
        { table: 'public.user_tags', rows: 20 },
      ],
      fixups: [{ table: 'public.teams', columns: ['captain_id'], rows: 5 }],
      sequences: [
        { table: 'public.teams', column: 'id', max: 5 },
        { table: 'public.users', column: 'id', max: 10 },
      ],
    });
    expect(result.plan!.checks.join('\n')).toMatch(/sha256 of 6 file\(s\): ok/);
    expect(await db.query(`SELECT to_regclass('seedforge.runs') AS t`)).toEqual([{ t: null }]);
    expect((await tableCounts(db, ['public.users']))['public.users']).toBe(kind === 'pglite' ? -1 : 0);
  });
});

describe.each(targetKinds)('ledger keys on %s: sparse integer keys, composite keys, tables without a key', (kind) => {
  it('rolls back exactly the seeded rows, with app rows interleaved', async () => {
    const t = await createTestTarget(kind);
    const db = await connect(t.target);
    const work = mkdtempSync(join(tmpdir(), 'sf-keys-'));
    try {
      const schemaSql = `CREATE TABLE sparse (id integer PRIMARY KEY, note text);
CREATE TABLE pairs (a text NOT NULL, b date NOT NULL, PRIMARY KEY (a, b));
CREATE TABLE loose (label text, n integer);`;
      await db.exec(schemaSql);
      const col = (name: string, type: string, notNull: boolean) => ({ name, type, notNull });
      await writeFixture(join(work, 'keys'), {
        scenario: 'keys',
        schemaSql,
        snapshot: {
          enums: [],
          tables: [
            { schema: 'public', name: 'sparse', columns: [col('id', 'integer', true), col('note', 'text', false)], primaryKey: ['id'], uniques: [], foreignKeys: [], checks: [] },
            { schema: 'public', name: 'pairs', columns: [col('a', 'text', true), col('b', 'date', true)], primaryKey: ['a', 'b'], uniques: [], foreignKeys: [], checks: [] },
            { schema: 'public', name: 'loose', columns: [col('label', 'text', false), col('n', 'integer', false)], primaryKey: [], uniques: [], foreignKeys: [], checks: [] },
          ],
        },
        tables: [
          // Odd ids only: 150 one-row ranges, more than fit in a literal predicate.
          { name: 'sparse', columns: ['id', 'note'], primaryKey: ['id'], rows: { count: 150, row: (i) => [String(2 * i + 1), `seeded ${i}`] } },
          { name: 'pairs', columns: ['a', 'b'], primaryKey: ['a', 'b'], rows: { count: 30, row: (i) => [`k,"${i % 3}"`, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`] } },
          { name: 'loose', columns: ['label', 'n'], rows: [['x', '1'], ['x', null], [null, null], ['', '2']] },
        ],
      });
      await applyArtifacts({ dir: join(work, 'keys'), db, processEnv: env });
      const [ranges] = await db.query<{ n: number }>(`SELECT jsonb_array_length(key_ranges)::int AS n FROM seedforge.run_tables WHERE table_name = 'sparse'`);
      expect(ranges!.n).toBe(150);
      await db.exec(`INSERT INTO sparse VALUES (2, 'app'), (1000, 'app');
        INSERT INTO pairs VALUES ('k,"0"', '2026-02-01'), ('other', '2026-01-01');
        INSERT INTO loose VALUES ('y', 1), ('x', 3)`);
      const result = await rollback({ db });
      expect(result.totalRows).toBe(150 + 30 + 4);
      expect(await db.query(`SELECT id, note FROM sparse ORDER BY id`)).toEqual([
        { id: 2, note: 'app' },
        { id: 1000, note: 'app' },
      ]);
      expect(await db.query(`SELECT a, b::text AS b FROM pairs ORDER BY a`)).toEqual([
        { a: 'k,"0"', b: '2026-02-01' },
        { a: 'other', b: '2026-01-01' },
      ]);
      expect(await db.query(`SELECT label, n FROM loose ORDER BY label`)).toEqual([
        { label: 'x', n: 3 },
        { label: 'y', n: 1 },
      ]);
    } finally {
      await db.close();
      await t.drop();
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('artifact directory resolution', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'sf-dirs-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('lists the scenarios when several exist and none is chosen', async () => {
    await writeFixture(join(work, 'gen', 'alpha'), shopFixture({ scenario: 'alpha', users: 1 }));
    await writeFixture(join(work, 'gen', 'beta'), shopFixture({ scenario: 'beta', users: 1 }));
    await expect(applyArtifacts({ dir: 'gen', cwd: work, db: 'pglite:never-opened', processEnv: env })).rejects.toThrow('gen holds 2 scenarios: alpha, beta');
    await expect(applyArtifacts({ dir: 'gen', scenario: 'gamma', cwd: work, processEnv: env })).rejects.toThrow('no scenario "gamma" in gen');
    await expect(applyArtifacts({ dir: 'nowhere', cwd: work, processEnv: env })).rejects.toMatchObject({ code: 'SEEDFORGE_ARTIFACTS_NOT_FOUND' });
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../runtime/connection.ts';
import { MANIFEST_FORMAT_VERSION, computeManifestChecksum, type Manifest } from '../../runtime/manifest.ts';
import { hasDatabase } from '../support/database.ts';
import { expectCleanRefusal, seedforge } from './support/cli.ts';
import { shopFixture, writeFixture } from './support/fixtures.ts';
import { databaseState, shopTables, tableCounts } from './support/inspect.ts';
import { createTestTarget, type TestTarget } from './support/targets.ts';

describe('CLI with no database configured: the embedded PGlite database', () => {
  it('status, rollback and clear do not create an embedded database just to find it empty', () => {
    const empty = mkdtempSync(join(tmpdir(), 'sf-cli-empty-'));
    try {
      expect(seedforge(['status'], { cwd: empty }).stdout).toBe('embedded PGlite at .seedforge/pglite\nNo scenario is applied (seedforge has not written to this database).\n');
      expect(seedforge(['rollback'], { cwd: empty }).stdout).toBe('Nothing to roll back: no scenario is applied.\n');
      expect(seedforge(['clear'], { cwd: empty }).stdout).toBe('Nothing to clear: no scenario is applied.\n');
      expectCleanRefusal(seedforge(['rollback', '--scenario', 'shop'], { cwd: empty }));
      expect(existsSync(join(empty, '.seedforge'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  let project: string;
  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'sf-cli-pglite-'));
    await writeFixture(join(project, 'generated', 'shop'), shopFixture({ users: 30 }));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('apply loads into .seedforge/pglite and says so; status shows it; a second apply is a no-op', async () => {
    const applied = seedforge(['apply'], { cwd: project });
    expect(applied.stderr).toContain('target: embedded PGlite at .seedforge/pglite (no --db or DATABASE_URL given)');
    expect(applied.stdout).toMatch(/^Applied "shop" to embedded PGlite at \.seedforge\/pglite: 105 rows in 4 tables in [\d.]+s \(run 1\)\.$/m);
    expect(applied.status).toBe(0);

    const status = seedforge(['status', '--json'], { cwd: project });
    expect(status.status).toBe(0);
    const parsed = JSON.parse(status.stdout) as { targetKind: string; runs: { scenario: string; status: string; schemaMatches: boolean; totalRows: number }[] };
    expect(parsed.targetKind).toBe('pglite');
    expect(parsed.runs).toMatchObject([{ scenario: 'shop', status: 'applied', schemaMatches: true, totalRows: 105 }]);
    expect(seedforge(['status'], { cwd: project }).stdout).toMatch(/^1 +shop +applied +105 +local .* matches$/m);

    const again = seedforge(['apply', 'generated/shop'], { cwd: project });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('"shop" is already applied to embedded PGlite at .seedforge/pglite (run 1');
  });
});

describe.skipIf(!hasDatabase())('CLI against PostgreSQL', () => {
  let t: TestTarget;
  let db: Database;
  let project: string;
  let manifest: Manifest;

  beforeEach(async () => {
    t = await createTestTarget('postgres');
    db = await connect(t.target);
    await db.exec(shopFixture().schemaSql);
    project = mkdtempSync(join(tmpdir(), 'sf-cli-pg-'));
    manifest = await writeFixture(join(project, 'generated', 'shop'), shopFixture({ users: 40 }));
  });
  afterEach(async () => {
    await db?.close();
    await t?.drop();
    rmSync(project, { recursive: true, force: true });
  });

  async function unchanged(run: () => void): Promise<void> {
    const before = await databaseState(db, shopTables);
    run();
    expect(await databaseState(db, shopTables)).toEqual(before);
  }

  it('apply --json, then rollback asks for --yes when not in a terminal', async () => {
    const applied = seedforge(['apply', '--db', t.db, '--json'], { cwd: project });
    expect(applied.status).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ status: 'applied', scenario: 'shop', checksum: manifest.checksum, totalRows: 125, targetKind: 'postgres' });
    expect(applied.stderr).toBe('');

    await unchanged(() => {
      const refused = seedforge(['rollback', '--db', t.db], { cwd: project });
      expectCleanRefusal(refused);
      expect(refused.stderr).toContain('refusing without confirmation');
      expect(refused.stderr).toContain('pass --yes');
    });
    const rolled = seedforge(['rollback', '--db', t.db, '--yes'], { cwd: project });
    expect(rolled.status).toBe(0);
    expect(rolled.stdout).toBe('Rolled back run 1 ("shop"): removed 125 rows from 4 tables.\n');
    expect(seedforge(['clear', '--db', t.db, '--yes'], { cwd: project }).stdout).toBe('Nothing to clear: no scenario is applied.\n');
  });

  it('a failing ANALYZE after the commit is a warning printed after the summary, with exit 0; --json carries it', async () => {
    // An extended statistic whose expression fails: only ANALYZE evaluates it, COPY does not.
    await db.exec(`CREATE FUNCTION boom(integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RAISE EXCEPTION 'boom on %', $1; END $$;
      CREATE STATISTICS users_boom ON (boom(id)) FROM users;`);
    const applied = seedforge(['apply', '--db', t.db], { cwd: project });
    expect(applied.status).toBe(0);
    expect(applied.stdout).toMatch(/^Applied "shop" to .*: 125 rows in 4 tables in [\d.]+s \(run 1\)\.$/m);
    const lines = applied.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('warning:'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^warning: the statistics of public\.users were not refreshed \(ANALYZE failed: boom on \d+\); its rows are loaded and committed: run ANALYZE "public"\."users" once the cause is fixed$/);

    expect(seedforge(['rollback', '--db', t.db, '--yes'], { cwd: project }).status).toBe(0);
    const json = seedforge(['apply', '--db', t.db, '--json'], { cwd: project });
    expect(json.status).toBe(0);
    expect(json.stderr).toBe('');
    expect((JSON.parse(json.stdout) as { warnings: string[] }).warnings).toEqual([lines.at(-1)!.slice('warning: '.length)]);
  });

  it('--fresh replaces a changed scenario; without it the change is refused', async () => {
    expect(seedforge(['apply', '--db', t.db], { cwd: project }).status).toBe(0);
    const next = await writeFixture(join(project, 'next', 'shop'), shopFixture({ users: 60, variant: 3 }));
    await unchanged(() => expectCleanRefusal(seedforge(['apply', 'next', '--db', t.db], { cwd: project })));
    await unchanged(() => expectCleanRefusal(seedforge(['apply', 'next', '--db', t.db, '--fresh'], { cwd: project })));
    const fresh = seedforge(['apply', 'next', '--db', t.db, '--fresh', '--yes'], { cwd: project });
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toContain('Removed run 1 (previous artifacts of "shop"): 125 rows.');
    expect(await tableCounts(db, shopTables)).toEqual(Object.fromEntries(next.tables.map((x) => [`${x.schema}.${x.name}`, x.rows])));
  });

  it('--dry-run prints the plan and writes nothing', async () => {
    await unchanged(() => {
      const dry = seedforge(['apply', '--db', t.db, '--dry-run'], { cwd: project });
      expect(dry.status).toBe(0);
      expect(dry.stdout).toContain('Nothing was written.');
      expect(dry.stdout).toMatch(/public\.users +40 rows/);
      expect(dry.stdout).toContain('fix-up public.teams (captain_id): 5 rows');
    });
  });

  describe('refusals: exit 1, a message that says what to do, the database unchanged', () => {
    it('production environment', async () => {
      await unchanged(() => {
        const run = seedforge(['apply', '--db', t.db], { cwd: project, env: { NODE_ENV: 'production' } });
        expectCleanRefusal(run);
        expect(run.stderr).toContain('seedforge: refusing to load mock data: the environment is production (from NODE_ENV)');
      });
      await unchanged(() => expectCleanRefusal(seedforge(['apply', '--db', t.db, '--env', 'production'], { cwd: project })));
    });

    it('database marked production', async () => {
      expect(seedforge(['env', 'mark', 'production', '--db', t.db], { cwd: project }).stdout).toContain('as production');
      await unchanged(() => {
        const run = seedforge(['apply', '--db', t.db, '--env', 'local'], { cwd: project });
        expectCleanRefusal(run);
        expect(run.stderr).toMatch(/seedforge: refusing to load mock data: postgres:\/\/.* is marked production/);
      });
      expect(JSON.parse(seedforge(['env', '--db', t.db, '--json'], { cwd: project }).stdout)).toMatchObject({ mark: 'production', environment: 'local' });
    });

    it('schema drift: a dropped column, a changed type', async () => {
      await db.exec(`ALTER TABLE users DROP COLUMN name; ALTER TABLE billing.invoices ALTER COLUMN amount TYPE numeric(12,2)`);
      await unchanged(() => {
        const run = seedforge(['apply', '--db', t.db], { cwd: project });
        expectCleanRefusal(run);
        expect(run.stderr).toContain('billing.invoices.amount: type is numeric(12,2) in the database, numeric(10,2) in the artifacts');
        expect(run.stderr).toContain('public.users.name: column is missing');
      });
    });

    it('an artifact file with one byte changed', async () => {
      const csv = join(project, 'generated', 'shop', 'csv', 'billing.invoices.csv');
      const bytes = readFileSync(csv);
      bytes[bytes.length - 3] = bytes[bytes.length - 3] === 0x31 ? 0x32 : 0x31;
      writeFileSync(csv, bytes);
      await unchanged(() => {
        const run = seedforge(['apply', '--db', t.db], { cwd: project });
        expectCleanRefusal(run);
        expect(run.stderr).toContain('seedforge: csv/billing.invoices.csv has a different sha256 than the manifest says');
      });
    });

    it('a manifest from a newer format version', async () => {
      const path = join(project, 'generated', 'shop', 'manifest.json');
      const newer = { ...manifest, formatVersion: MANIFEST_FORMAT_VERSION + 1 };
      writeFileSync(path, JSON.stringify({ ...newer, checksum: await computeManifestChecksum(newer) }));
      await unchanged(() => {
        const run = seedforge(['apply', '--db', t.db], { cwd: project });
        expectCleanRefusal(run);
        expect(run.stderr).toContain(`has format version ${MANIFEST_FORMAT_VERSION + 1}`);
        expect(run.stderr).toContain('hint: upgrade seedforge');
      });
    });

    it('an unreachable database: a clear message, no stack trace', () => {
      for (const command of [['apply'], ['status'], ['rollback', '--yes'], ['clear', '--yes'], ['env', 'mark', 'staging']]) {
        const run = seedforge([...command, '--db', 'postgres://someone:secret@127.0.0.1:1/app'], { cwd: project });
        expectCleanRefusal(run);
        expect(run.stderr).toContain('seedforge: cannot connect to postgres://someone@127.0.0.1:1/app: connection refused');
        expect(run.stderr).not.toContain('secret');
      }
    });

    it('a server that never answers: a bounded wait, then the same clear message', () => {
      const started = Date.now();
      // 10.255.255.1 is unroutable: packets vanish (or the network says unreachable at once).
      const run = seedforge(['apply', '--db', 'postgres://x@10.255.255.1:5432/app'], { cwd: project, env: { SEEDFORGE_CONNECT_TIMEOUT: '1' } });
      expectCleanRefusal(run);
      expect(run.stderr).toMatch(/^seedforge: cannot connect to postgres:\/\/x@10\.255\.255\.1:5432\/app: /m);
      expect(Date.now() - started).toBeLessThan(15_000);
    });
  });
});

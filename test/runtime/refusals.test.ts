import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import { markDatabase } from '../../runtime/environment.ts';
import { MANIFEST_FORMAT_VERSION, computeManifestChecksum, type Manifest } from '../../runtime/manifest.ts';
import { shopFixture, writeFixture } from './support/fixtures.ts';
import { databaseState, shopTables } from './support/inspect.ts';
import { createTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };

/** Every refusal: a RuntimeError with this code, a message and hint, and the database exactly as before. */
async function expectRefusal(db: Database, run: () => Promise<unknown>, code: string, message: RegExp | string): Promise<Error & { hint?: string }> {
  const before = await databaseState(db, shopTables);
  const error = (await run().then(
    () => undefined,
    (e: unknown) => e,
  )) as (Error & { code?: string; hint?: string; exitCode?: number }) | undefined;
  expect(error, 'expected a refusal').toBeDefined();
  expect(error!.code).toBe(code);
  expect(error!.exitCode).toBe(1);
  expect(error!.message).toMatch(message);
  expect(error!.hint).toBeTruthy();
  expect(await databaseState(db, shopTables)).toEqual(before);
  return error!;
}

describe.each(targetKinds)('refusals on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  let dir: string;
  let count = 0;

  beforeAll(async () => {
    t = await createTestTarget(kind);
    db = await connect(t.target);
    work = mkdtempSync(join(tmpdir(), 'sf-refuse-'));
  });
  afterAll(async () => {
    await db?.close();
    await t?.drop();
    rmSync(work, { recursive: true, force: true });
  });
  beforeEach(async () => {
    dir = join(work, `shop-${count++}`);
    await writeFixture(dir, shopFixture({ users: 10 }));
  });

  it('refuses mock data when the environment is production', async () => {
    const error = await expectRefusal(db, () => applyArtifacts({ dir, db, processEnv: { NODE_ENV: 'production' } }), 'SEEDFORGE_ENV_PRODUCTION', 'refusing to load mock data: the environment is production (from NODE_ENV)');
    expect(error.hint).toMatch(/never goes into production/);
    await expectRefusal(db, () => applyArtifacts({ dir, db, env: 'prod', processEnv: {} }), 'SEEDFORGE_ENV_PRODUCTION', /from --env/);
  });

  it('refuses a file with one byte changed, whether or not COPY would notice', async () => {
    // PostgreSQL needs its schema first (or drift is reported before the streamed hashes complete);
    // the empty embedded database proves that schema.sql, run inside the transaction, is rolled back too.
    if (kind === 'postgres') await db.exec(shopFixture().schemaSql);
    const csv = join(dir, 'csv', 'public.users.csv');
    const original = readFileSync(csv);
    // A changed letter in a name: COPY would load it happily.
    const quiet = Buffer.from(original);
    quiet[quiet.indexOf('user5')] = 'U'.charCodeAt(0);
    writeFileSync(csv, quiet);
    await expectRefusal(db, () => applyArtifacts({ dir, db, processEnv: env }), 'SEEDFORGE_CHECKSUM_MISMATCH', 'csv/public.users.csv has a different sha256 than the manifest says');
    // A changed digit in a key column: COPY fails first, the message still names the real cause.
    const loud = Buffer.from(original);
    loud[loud.indexOf('\n3,') + 1] = 'x'.charCodeAt(0);
    writeFileSync(csv, loud);
    await expectRefusal(db, () => applyArtifacts({ dir, db, processEnv: env }), 'SEEDFORGE_CHECKSUM_MISMATCH', 'csv/public.users.csv has a different sha256');
  });

  it('refuses a manifest edited by hand, and one from a newer format', async () => {
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
    writeFileSync(path, JSON.stringify({ ...manifest, seed: 999 }));
    await expectRefusal(db, () => applyArtifacts({ dir, db, processEnv: env }), 'SEEDFORGE_CHECKSUM_MISMATCH', /manifest.json was changed after it was compiled/);
    const newer = { ...manifest, formatVersion: MANIFEST_FORMAT_VERSION + 1, tool: { name: 'seedforge', version: '9.0.0' } };
    writeFileSync(path, JSON.stringify({ ...newer, checksum: await computeManifestChecksum(newer as Manifest) }));
    const error = await expectRefusal(db, () => applyArtifacts({ dir, db, processEnv: env }), 'SEEDFORGE_MANIFEST_TOO_NEW', `has format version ${MANIFEST_FORMAT_VERSION + 1}, written by seedforge 9.0.0`);
    expect(error.hint).toMatch(/upgrade seedforge/);
  });

  describe('with the schema in place', () => {
    beforeAll(async () => {
      const [users] = await db.query<{ t: string | null }>(`SELECT to_regclass('public.users')::text AS t`);
      if (!users?.t) await db.exec(shopFixture().schemaSql);
    });

    it('refuses schema drift with a precise list: dropped column, changed type', async () => {
      await db.exec(`ALTER TABLE users DROP COLUMN name; ALTER TABLE users ALTER COLUMN team_id TYPE bigint; ALTER TABLE teams ADD COLUMN motto text NOT NULL DEFAULT ''`);
      const error = await expectRefusal(db, () => applyArtifacts({ dir, db, processEnv: env }), 'SEEDFORGE_SCHEMA_DRIFT', 'differs from the one the artifacts were compiled against (3 differences)');
      expect(error.message.split('\n').slice(1).map((l) => l.trim())).toEqual([
        'public.teams.motto: column exists in the database but not in the artifacts',
        'public.users.name: column is missing',
        'public.users.team_id: type is bigint in the database, integer in the artifacts',
      ]);
      expect(error.hint).toMatch(/drizzle-kit migrate/);
      await db.exec(`ALTER TABLE users ADD COLUMN name text; ALTER TABLE users ALTER COLUMN team_id TYPE integer; ALTER TABLE teams DROP COLUMN motto`);
    });

    it('refuses drift in constraints and nullability', async () => {
      await db.exec(`ALTER TABLE users ALTER COLUMN name SET NOT NULL; ALTER TABLE users DROP CONSTRAINT users_email_unique; ALTER TABLE billing.invoices DROP CONSTRAINT invoices_amount_check`);
      const error = await expectRefusal(db, () => applyArtifacts({ dir, db, processEnv: env }), 'SEEDFORGE_SCHEMA_DRIFT', /3 differences/);
      expect(error.message).toContain('billing.invoices: check constraint "invoices_amount_check" is missing in the database');
      expect(error.message).toContain('public.users.name: NOT NULL in the database, nullable in the artifacts');
      expect(error.message).toContain('public.users: unique (email) is missing in the database');
      await db.exec(`ALTER TABLE users ALTER COLUMN name DROP NOT NULL; ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email); ALTER TABLE billing.invoices ADD CONSTRAINT invoices_amount_check CHECK (amount >= 0)`);
    });

    it('refuses a database marked production, whatever the local environment says', async () => {
      await markDatabase(db, 'production');
      const error = await expectRefusal(db, () => applyArtifacts({ dir, db, env: 'local', processEnv: env }), 'SEEDFORGE_DB_MARKED_PRODUCTION', /is marked production/);
      expect(error.hint).toMatch(/env mark production/);
      await markDatabase(db, 'local');
      const applied = await applyArtifacts({ dir, db, processEnv: env });
      expect(applied.status).toBe('applied');
    });
  });
});

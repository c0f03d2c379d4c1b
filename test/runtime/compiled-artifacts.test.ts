import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import type { Manifest } from '../../runtime/manifest.ts';
import { rollback } from '../../runtime/rollback.ts';
import { hasDatabase } from '../support/database.ts';
import { seedforge } from './support/cli.ts';
import { tableCounts } from './support/inspect.ts';
import { createTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

/**
 * The runtime against what the compiler really writes (not hand-made fixtures): the kitchen-sink schema with every
 * constraint shape (composite keys, several schemas, enums, a nullable cycle, NOT NULL cycles), and the examples.
 */
const root = resolve(import.meta.dirname, '../..');
const env = { NODE_ENV: 'test' };

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function expectedCounts(manifest: Manifest): Record<string, number> {
  return Object.fromEntries(manifest.tables.map((t) => [`${t.schema}.${t.name}`, t.rows]));
}

describe.each(targetKinds)('compiled kitchen-sink artifacts on %s', (kind) => {
  let out: string;
  let t: TestTarget;
  let db: Database;
  let manifest: Manifest;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'sf-ks-'));
    const compiled = seedforge(['compile', '--schema', join(root, 'test/fixtures/schemas/kitchen-sink.ts'), '--count', '300', '--seed', '11', '--out', out], { cwd: root });
    expect(compiled.stderr).not.toMatch(/error/i);
    expect(compiled.status).toBe(0);
    manifest = manifestOf(join(out, 'default'));
    t = await createTestTarget(kind);
    db = await connect(t.target);
    // PostgreSQL gets the schema the way a project would (its migration); PGlite gets it from schema.sql via apply.
    if (kind === 'postgres') await db.exec(readFileSync(join(out, 'default', 'schema.sql'), 'utf8'));
  }, 120_000);
  afterAll(async () => {
    await db?.close();
    await t?.drop();
    rmSync(out, { recursive: true, force: true });
  });

  it('applies with no drift, every row, every foreign key intact, and rolls back to empty', async () => {
    expect(manifest.relaxedForeignKeys.length).toBeGreaterThan(0);
    expect(manifest.fixups.length).toBeGreaterThan(0);
    const result = await applyArtifacts({ dir: out, db, processEnv: env });
    expect(result.status).toBe('applied');
    expect(await tableCounts(db, Object.keys(expectedCounts(manifest)))).toEqual(expectedCounts(manifest));
    // No orphan through any foreign key, including those relaxed for the NOT NULL cycles (replica role skips them).
    const fks = await db.query<{ child: string; parent: string; cols: string[]; pcols: string[] }>(`
      SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
             ARRAY(SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = ANY(c.conkey) ORDER BY array_position(c.conkey, attnum))::text[] AS cols,
             ARRAY(SELECT attname FROM pg_attribute WHERE attrelid = c.confrelid AND attnum = ANY(c.confkey) ORDER BY array_position(c.confkey, attnum))::text[] AS pcols
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace::regnamespace::text <> 'seedforge'`);
    expect(fks.length).toBeGreaterThan(8);
    for (const fk of fks) {
      const join = fk.cols.map((c, i) => `p."${fk.pcols[i]}" = x."${c}"`).join(' AND ');
      const notNull = fk.cols.map((c) => `x."${c}" IS NOT NULL`).join(' AND ');
      const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${fk.child} x WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${join})`);
      expect(row!.n, `${fk.child}(${fk.cols}) -> ${fk.parent}`).toBe(0);
    }
    const again = await applyArtifacts({ dir: out, db, processEnv: env });
    expect(again.status).toBe('unchanged');
    const removed = await rollback({ db });
    expect(removed.totalRows).toBe(manifest.tables.reduce((n, x) => n + x.rows, 0));
    expect(Object.values(await tableCounts(db, Object.keys(expectedCounts(manifest))))).toEqual(manifest.tables.map(() => 0));
  });
});

describe.skipIf(!hasDatabase())('the committed example artifacts (generated/) on PostgreSQL', () => {
  const generated = join(root, 'generated');
  const scenarios = existsSync(generated) ? readdirSync(generated).filter((n) => existsSync(join(generated, n, 'manifest.json'))) : [];

  it.each(scenarios)('%s applies to its own schema and rolls back', async (name) => {
    const t = await createTestTarget('postgres');
    const db = await connect(t.target);
    try {
      const dir = join(generated, name);
      await db.exec(readFileSync(join(dir, 'schema.sql'), 'utf8'));
      const result = await applyArtifacts({ dir, db, processEnv: env });
      expect(result.status).toBe('applied');
      expect(await tableCounts(db, Object.keys(expectedCounts(manifestOf(dir))))).toEqual(expectedCounts(manifestOf(dir)));
      await rollback({ db });
    } finally {
      await db.close();
      await t.drop();
    }
  });
});

describe('in an example directory, with no DATABASE_URL', () => {
  // A copy of examples/shop at the same depth, so its outDir ('../../generated') is the repository's generated/
  // and `import 'seedforge'` resolves to this package; .seedforge/ then lives in the copy.
  let project: string;
  beforeAll(() => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    project = mkdtempSync(join(root, '.tmp', 'example-shop-'));
    for (const file of readdirSync(join(root, 'examples', 'shop'))) cpSync(join(root, 'examples', 'shop', file), join(project, file), { recursive: true });
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it.skipIf(!existsSync(join(root, 'generated', 'shop', 'manifest.json')))('`seedforge apply` loads into PGlite and `seedforge status` shows it', () => {
    const applied = seedforge(['apply'], { cwd: project });
    expect(applied.status, applied.stderr).toBe(0);
    expect(applied.stderr).toContain('target: embedded PGlite at .seedforge/pglite (no --db or DATABASE_URL given)');
    expect(applied.stdout).toMatch(/^Applied "shop" to embedded PGlite at \.seedforge\/pglite: \d+ rows in \d+ tables/m);
    const status = seedforge(['status'], { cwd: project });
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(/^1 +shop +applied +\d+ +local .* matches$/m);
  });
});

describe.skipIf(!hasDatabase())('seedforge refresh in an example directory (PostgreSQL)', () => {
  let project: string;
  let out: string;
  let t: TestTarget;
  let db: Database;
  beforeAll(async () => {
    mkdirSync(join(root, '.tmp'), { recursive: true });
    project = mkdtempSync(join(root, '.tmp', 'example-refresh-'));
    for (const file of readdirSync(join(root, 'examples', 'shop'))) cpSync(join(root, 'examples', 'shop', file), join(project, file), { recursive: true });
    out = mkdtempSync(join(tmpdir(), 'sf-refresh-out-'));
    t = await createTestTarget('postgres');
    db = await connect(t.target);
  });
  afterAll(async () => {
    await db?.close();
    await t?.drop();
    rmSync(project, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('compiles and replaces what was applied in one go; rows the app added stay', async () => {
    const first = seedforge(['refresh', '--db', t.db, '--out', out, '--yes'], { cwd: project });
    // The schema is not there yet: apply refuses on drift, and neither the database nor the output directory changes.
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/table is missing/);
    expect(readdirSync(out)).toEqual([]);
    const compiled = seedforge(['compile', '--out', out], { cwd: project });
    expect(compiled.status, compiled.stderr).toBe(0);
    await db.exec(readFileSync(join(out, 'shop', 'schema.sql'), 'utf8'));
    const second = seedforge(['refresh', '--db', t.db, '--out', out, '--yes'], { cwd: project });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^Applied "shop" to postgres:.* \(run 1\)\.$/m);
    const manifest = manifestOf(join(out, 'shop'));
    const customers = manifest.tables.find((x) => x.name === 'customers')!;
    await db.exec(`INSERT INTO ${customers.schema}.customers (email, first_name, last_name) VALUES ('app@shop.example', 'App', 'User')`);
    const third = seedforge(['refresh', '--db', t.db, '--out', out, '--json'], { cwd: project });
    // Not in a terminal and no --yes: removing run 1 needs confirmation.
    expect(third.status).toBe(1);
    const fourth = seedforge(['refresh', '--db', t.db, '--out', out, '--yes', '--json'], { cwd: project });
    expect(fourth.status, fourth.stderr).toBe(0);
    expect(JSON.parse(fourth.stdout)).toMatchObject({ status: 'applied', runId: 2, cleared: [{ runId: 1, scenario: 'shop' }] });
    expect(await db.query(`SELECT count(*)::int AS n FROM ${customers.schema}.customers WHERE email = 'app@shop.example'`)).toEqual([{ n: 1 }]);
    expect((await tableCounts(db, [`${customers.schema}.customers`]))[`${customers.schema}.customers`]).toBe(customers.rows + 1);
  });
});


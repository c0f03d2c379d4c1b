import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompileFailed, compileAndApply } from '../../cli/compile-and-apply.ts';
import { compile } from '../../compiler/compile.ts';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import { RuntimeErrorCodes } from '../../runtime/errors.ts';
import { holdLock } from './support/hold-lock.ts';
import type { Manifest } from '../../runtime/manifest.ts';
import { filesIn } from '../support/files.ts';
import { expectCleanRefusal, seedforge } from './support/cli.ts';
import { databaseState } from './support/inspect.ts';
import { closeTestTarget, createTestTarget, openTestTarget, targetKinds, type OpenTarget, type TestTarget } from './support/targets.ts';

/**
 * compile --apply: one scenario loads while it compiles, each table's CSV streaming into COPY as it renders. It must
 * end exactly as `compile` then `apply` (same files, same rows, same ledger entry), and any failure on either side must
 * leave the database and the output directory as they were.
 */
const root = resolve(import.meta.dirname, '../..');
const kitchenSink = join(root, 'test/fixtures/schemas/kitchen-sink.ts');
const streamedConfig = join(root, 'test/fixtures/streamed/mock.config.ts');
const env = { NODE_ENV: 'test' };

/** Every file under `dir` as path -> sha256 (comparing the bytes themselves through toEqual is slow). */
function digests(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries([...filesIn(dir)].map(([path, bytes]) => [path, createHash('sha256').update(bytes).digest('hex')]));
}

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** Every loaded table's rows, as one md5 per table (ordered by the row text): equal digests, equal contents. */
async function contents(db: Database, manifest: Manifest): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of manifest.tables) {
    const q = `"${t.schema}"."${t.name}"`;
    const [row] = await db.query<{ d: string | null; n: number }>(`SELECT md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS d, count(*)::int AS n FROM ${q} AS x`);
    out[`${t.schema}.${t.name}`] = `${row!.n}:${row!.d}`;
  }
  return out;
}

/** PostgreSQL gets the scenario's schema as a project's migration would; PGlite gets it from schema.sql through apply. */
async function migrate(kind: 'postgres' | 'pglite', db: Database, work: string): Promise<void> {
  if (kind !== 'postgres') return;
  const made = await compile({ config: streamedConfig, scenario: 'small', outDir: join(work, 'schema'), workers: 1 });
  expect(made.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  await db.exec(readFileSync(join(work, 'schema', 'small', 'schema.sql'), 'utf8'));
}

async function ledger(db: Database): Promise<{ id: number; scenario: string; checksum: string; status: string; artifact_dir: string }[]> {
  return db.query(`SELECT id::int, scenario, checksum, status, artifact_dir FROM seedforge.runs ORDER BY id`);
}

describe.each(targetKinds)('compile --apply on %s', (kind) => {
  let open: OpenTarget;
  beforeEach(async () => {
    open = await openTestTarget(kind, 'sf-stream-');
  }, 60_000);
  afterEach(async () => {
    await closeTestTarget(open);
  });

  it('ends as compile then apply: the same files, rows, sequences and ledger entry, for every constraint shape', async () => {
    const { db, work } = open;
    const streamedOut = join(work, 'streamed');
    const plainOut = join(work, 'plain');
    const plain = await compile({ schema: kitchenSink, counts: { '*': 5000 }, seed: 11, outDir: plainOut, workers: 1 });
    expect(plain.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const manifest = manifestOf(join(plainOut, 'default'));
    // The kitchen sink has cycle fix-ups and NOT NULL cycles: the fix-up files are read from the staging directory.
    expect(manifest.fixups.length).toBeGreaterThan(0);
    expect(manifest.relaxedForeignKeys.length).toBeGreaterThan(0);
    expect(Math.max(...manifest.tables.map((t) => t.rows))).toBeGreaterThan(2048 * 2);
    // PostgreSQL gets the schema as a project's migration would; PGlite gets it from schema.sql, as the compile makes it.
    if (kind === 'postgres') await db.exec(readFileSync(join(plainOut, 'default', 'schema.sql'), 'utf8'));

    const progress = new Map<string, number[]>();
    const { compiled, applied } = await compileAndApply({
      compile: { schema: kitchenSink, counts: { '*': 5000 }, seed: 11, outDir: streamedOut, workers: 1 },
      apply: { db, processEnv: env, onProgress: (e) => void (e.type === 'table-progress' && progress.set(e.table, [...(progress.get(e.table) ?? []), e.rows])) },
    });
    // Progress counts the rows of each chunk as COPY takes it (the streamed bytes have no known total): rising to every row.
    for (const t of manifest.tables) {
      const seen = progress.get(`${t.schema}.${t.name}`) ?? [];
      expect(seen.at(-1)).toBe(t.rows);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      expect(new Set(seen).size).toBeGreaterThan(2);
    }
    expect(applied.status).toBe('applied');
    expect(applied.schemaCreated).toBe(kind === 'pglite');
    expect(applied.checksum).toBe(manifest.checksum);
    expect(applied.artifactDir).toBe(join(streamedOut, 'default'));
    expect(compiled.scenarios.map((s) => s.manifest.checksum)).toEqual([manifest.checksum]);
    expect(digests(streamedOut)).toEqual(digests(plainOut));
    expect(await ledger(db)).toEqual([{ id: 1, scenario: 'default', checksum: manifest.checksum, status: 'applied', artifact_dir: join(streamedOut, 'default') }]);

    // The same artifacts applied the ordinary way to a second database hold the same rows.
    const other = await createTestTarget(kind);
    const otherDb = await connect(other.target);
    try {
      if (kind === 'postgres') await otherDb.exec(readFileSync(join(plainOut, 'default', 'schema.sql'), 'utf8'));
      expect((await applyArtifacts({ dir: plainOut, db: otherDb, processEnv: env })).status).toBe('applied');
      expect(await contents(db, manifest)).toEqual(await contents(otherDb, manifest));
      const sequences = `SELECT c.relname::text AS seq, s.last_value::text AS v FROM pg_sequences s JOIN pg_class c ON c.relname = s.sequencename ORDER BY 1`;
      expect(await db.query(sequences)).toEqual(await otherDb.query(sequences));
    } finally {
      await otherDb.close();
      await other.drop();
    }

    // Applied already: the compile runs to the end, its files replace themselves byte for byte, nothing loads.
    const again = await compileAndApply({ compile: { schema: kitchenSink, counts: { '*': 5000 }, seed: 11, outDir: streamedOut, workers: 1 }, apply: { db, processEnv: env } });
    expect(again.applied.status).toBe('unchanged');
    expect(again.applied.runId).toBe(1);
    expect(digests(streamedOut)).toEqual(digests(plainOut));
    expect(await ledger(db)).toHaveLength(1);
  }, 240_000);

  it('another seed: refused without --fresh (the output stays as it was), replaced with it', async () => {
    const { db, work } = open;
    const out = join(work, 'out');
    const options = (seed: number) => ({ config: streamedConfig, scenario: 'small', seed, outDir: out, workers: 1 });
    await migrate(kind, db, work);
    const first = await compileAndApply({ compile: options(1), apply: { db, processEnv: env } });
    expect(first.applied.status).toBe('applied');
    const before = digests(out);
    const state = await databaseState(db, ['public.users', 'public.posts']);

    const refused = await compileAndApply({ compile: options(2), apply: { db, processEnv: env } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: RuntimeErrorCodes.AlreadyAppliedDifferent });
    expect(digests(out)).toEqual(before);
    expect(await databaseState(db, ['public.users', 'public.posts'])).toEqual(state);

    const replaced = await compileAndApply({ compile: options(2), apply: { db, processEnv: env, fresh: true } });
    expect(replaced.applied.status).toBe('applied');
    expect(replaced.applied.replaced?.runId).toBe(first.applied.runId);
    expect(replaced.applied.checksum).toBe(manifestOf(join(out, 'small')).checksum);
    expect(replaced.applied.checksum).not.toBe(first.applied.checksum);
    expect((await databaseState(db, ['public.users', 'public.posts'])).counts).toEqual({ 'public.users': 3000, 'public.posts': 9000 });
  }, 120_000);

  it('a compile failing after rows streamed: nothing loaded, nothing written, the diagnostics say why', async () => {
    const { db, work } = open;
    const out = join(work, 'out');
    await migrate(kind, db, work);
    const before = await databaseState(db, ['public.users', 'public.posts']);
    const failure = await compileAndApply({
      compile: { config: join(root, 'test/fixtures/streamed/fails-midway.config.ts'), outDir: out, workers: 1 },
      apply: { db, processEnv: env },
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CompileFailed);
    expect((failure as CompileFailed).result.diagnostics.map((d) => d.message).join('\n')).toMatch(/posts\.title: the derive function threw at row 7000: no title for this row/);
    expect(digests(out)).toEqual({});
    const after = await databaseState(db, ['public.users', 'public.posts']);
    // PGlite's schema came from schema.sql inside the rolled-back transaction: no tables, as before.
    expect(after).toEqual(before);
  }, 120_000);

  it('a load failing midway (a row already holds a seeded key): nothing loaded, the output directory as it was', async () => {
    const { db, work } = open;
    const out = join(work, 'out');
    const made = await compile({ config: streamedConfig, scenario: 'small', outDir: out, workers: 1 });
    expect(made.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const before = digests(out);
    await db.exec(readFileSync(join(out, 'small', 'schema.sql'), 'utf8'));
    // An application row with the id the 5,000th seeded post gets: COPY (or the index built after it) refuses.
    await db.exec(`INSERT INTO users (id, email, full_name, created_at) VALUES (90000, 'app@example.com', 'App', now());
                   INSERT INTO posts (id, user_id, title) VALUES (5000, 90000, 'app post')`);
    const state = await databaseState(db, ['public.users', 'public.posts']);
    const failure = await compileAndApply({ compile: { config: streamedConfig, scenario: 'small', seed: 9, outDir: out, workers: 1 }, apply: { db, processEnv: env } }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: RuntimeErrorCodes.LoadFailed });
    expect(String((failure as Error).message)).toMatch(/posts/);
    expect(digests(out)).toEqual(before);
    // The ledger, created in the same transaction, is gone with it.
    expect(await databaseState(db, ['public.users', 'public.posts'])).toEqual(state);
  }, 120_000);

  it.runIf(kind === 'postgres')('another run holding the lock: refused without waiting, nothing written; once it is gone, applied', async () => {
    const { db, work, t } = open;
    const out = join(work, 'out');
    await migrate(kind, db, work);
    const other = await connect(t.target);
    const holder = await holdLock(other);
    try {
      const locked = await compileAndApply({ compile: { config: streamedConfig, scenario: 'small', outDir: out, workers: 1 }, apply: { db, processEnv: env, lockTimeoutMs: 0 } }).catch((e: unknown) => e);
      expect(locked).toMatchObject({ code: RuntimeErrorCodes.Locked });
      expect(digests(out)).toEqual({});
    } finally {
      await holder.release();
      await other.close();
    }
    const applied = await compileAndApply({ compile: { config: streamedConfig, scenario: 'small', outDir: out, workers: 1 }, apply: { db, processEnv: env, lockTimeoutMs: 0 } });
    expect(applied.applied.status).toBe('applied');
  }, 120_000);

  it('refusals before any row: production, a drifted schema; nothing written anywhere', async () => {
    const { db, work } = open;
    const out = join(work, 'out');
    const production = await compileAndApply({ compile: { config: streamedConfig, scenario: 'small', outDir: out, workers: 1 }, apply: { db, processEnv: { NODE_ENV: 'production' } } }).catch((e: unknown) => e);
    expect(production).toMatchObject({ code: RuntimeErrorCodes.EnvProduction });
    expect(digests(out)).toEqual({});
    expect(await databaseState(db, ['public.users'])).toEqual({ counts: { 'public.users': -1 }, ledger: false, runs: [] });

    await db.exec(`CREATE TABLE users (id serial PRIMARY KEY, email varchar(120) NOT NULL UNIQUE, full_name text NOT NULL)`);
    const drift = await compileAndApply({ compile: { config: streamedConfig, scenario: 'small', outDir: out, workers: 1 }, apply: { db, processEnv: env } }).catch((e: unknown) => e);
    expect(drift).toMatchObject({ code: RuntimeErrorCodes.SchemaDrift });
    expect(String((drift as Error).message)).toMatch(/created_at/);
    expect(digests(out)).toEqual({});
    expect((await databaseState(db, ['public.users'])).counts).toEqual({ 'public.users': 0 });
  }, 120_000);
});

describe('seedforge compile --apply (CLI)', () => {
  let t: TestTarget;
  let work: string;
  beforeEach(async () => {
    // The embedded database: it gets its schema from the compile's schema.sql.
    t = await createTestTarget('pglite');
    work = mkdtempSync(join(tmpdir(), 'sf-stream-cli-'));
  });
  afterEach(async () => {
    await t.drop();
    rmSync(work, { recursive: true, force: true });
  });

  it('prints what it compiled and what it applied; a second run is a no-op', () => {
    const out = join(work, 'out');
    const args = ['compile', '--config', streamedConfig, '--scenario', 'small', '--out', out, '--apply', '--db', t.db];
    const run = seedforge(args, { cwd: work });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^compiled small: 2 tables, 12000 rows -> /m);
    expect(run.stdout).toMatch(/^Applied "small" to .*: 12000 rows in 2 tables in [\d.]+s \(run 1\)\.$/m);
    const again = seedforge([...args, '--json'], { cwd: work });
    expect(again.status).toBe(0);
    const parsed = JSON.parse(again.stdout) as { scenarios: { name: string; checksum: string }[]; applied: { status: string; checksum: string } };
    expect(parsed.applied).toMatchObject({ status: 'unchanged', checksum: parsed.scenarios[0]!.checksum });
  }, 120_000);

  it('with a worker thread rendering too: the same files as a one-thread compile, and the rows load', () => {
    const plain = join(work, 'plain');
    const streamed = join(work, 'streamed');
    const source = ['--schema', kitchenSink, '--count', '5000', '--seed', '11'];
    expect(seedforge(['compile', ...source, '--out', plain, '--workers', '1'], { cwd: work }).status).toBe(0);
    const run = seedforge(['compile', ...source, '--out', streamed, '--workers', '2', '--apply', '--db', t.db, '--json'], { cwd: work });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout) as { scenarios: { threads: number; workerRanges: number; checksum: string }[]; applied: { status: string; checksum: string; totalRows: number } };
    // The worker took ranges while the compiling thread waited for COPY: the streamed bytes came from both threads.
    expect(parsed.scenarios[0]).toMatchObject({ threads: 2 });
    expect(parsed.scenarios[0]!.workerRanges).toBeGreaterThan(0);
    expect(parsed.applied).toMatchObject({ status: 'applied', checksum: parsed.scenarios[0]!.checksum });
    expect(parsed.applied.totalRows).toBe(manifestOf(join(plain, 'default')).tables.reduce((n, t) => n + t.rows, 0));
    expect(digests(streamed)).toEqual(digests(plain));
  }, 180_000);

  it('refuses a choice it cannot make, and apply flags without --apply, before writing anything', () => {
    const out = join(work, 'out');
    const several = seedforge(['compile', '--config', streamedConfig, '--out', out, '--apply', '--db', t.db], { cwd: work });
    expectCleanRefusal(several);
    expect(several.stderr).toMatch(/the config defines 2 scenarios: small, other/);
    expect(several.stderr).toMatch(/--scenario small/);
    const flags = seedforge(['compile', '--config', streamedConfig, '--out', out, '--db', t.db, '--fresh'], { cwd: work });
    expectCleanRefusal(flags);
    expect(flags.stderr).toMatch(/--db, --fresh only go with --apply/);
    expect(existsSync(out)).toBe(false);
    // A config that does not compile: its diagnostics, and no embedded database created for nothing.
    const bad = seedforge(['compile', '--config', join(root, 'test/fixtures/bad-config/unknown-column.config.ts'), '--out', out, '--apply'], { cwd: work });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/SEEDFORGE_/);
    expect(existsSync(join(work, '.seedforge'))).toBe(false);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

import { analyzeTables } from './analyze-tables.ts';
import { readArtifacts, readVerifiedText, resolveArtifactDir } from './artifacts.ts';
import type { Database } from './connection.ts';
import { assertMockAllowed, readDatabaseMark, resolveEnvironment, type EnvironmentName } from './environment.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { loadRanOnlySeedforgeCode } from './inserted-keys.ts';
import { ensureLedger } from './ledger.ts';
import { fileFeed, loadError, loadTables, streamedFeed, tablesInLoadOrder, type TableFeed } from './load-tables.ts';
import { withLock } from './lock.ts';
import { TOOL_VERSION, qualifiedName, type ArtifactHead, type Manifest } from './manifest.ts';
import { openDatabase, targetKind, type DatabaseOption } from './open-database.ts';
import type { ProgressListener } from './progress.ts';
import { planBulkRelaxation, planRelaxation } from './relax-foreign-keys.ts';
import { rollbackRun, type RolledBackRun } from './rollback.ts';
import { recordRunTables } from './run-keys.ts';
import { findAppliedRun, listRuns, readRun } from './runs.ts';
import { confirmOrAbort } from './confirm.ts';
import { SESSION_SETTINGS } from './sql.ts';
import { detectDrift, differentArtifacts, driftError, noTablesExist } from './apply-checks.ts';
import { dryRun, type ApplyPlan } from './apply-dry-run.ts';
import type { StreamedArtifacts } from './streamed-artifacts.ts';

export interface ApplyOptions {
  /** A scenario's artifact directory, or a directory of scenarios (then `scenario` or the only one). */
  dir: string;
  scenario?: string;
  /** A connection, a URL (`postgres://…`, `pglite:<dir>`), or undefined for DATABASE_URL, else the embedded database. */
  db?: DatabaseOption;
  /** `--env`; otherwise SEEDFORGE_ENV, NODE_ENV, `local`. */
  env?: string;
  /** Replace an applied run of this scenario that has different artifacts. */
  fresh?: boolean;
  /** Check everything, write nothing, return the plan. */
  dryRun?: boolean;
  cwd?: string;
  processEnv?: NodeJS.ProcessEnv;
  /** How long to wait for another seedforge run holding the lock (ms). Default 60 s. */
  lockTimeoutMs?: number;
  /**
   * Check foreign keys row by row during COPY. By default a role that may set `session_replication_role` (a
   * superuser, or one granted it), loading tables without triggers of their own, skips those per-row checks and proves
   * every foreign key with set-based queries afterwards; any other role loads the large empty tables it owns without
   * their foreign keys and adds them back after the load (both faster).
   */
  rowChecks?: boolean;
  /** Roll back every applied mock run first, in the same transaction (`seedforge refresh`); always loads. */
  clearFirst?: boolean;
  /** Asked before rows of earlier runs are removed (--fresh, clearFirst); false aborts with nothing changed. */
  confirm?: (question: string) => Promise<boolean>;
  onProgress?: ProgressListener;
}

export type { ApplyPlan } from './apply-dry-run.ts';

export interface ApplyResult {
  /** `applied`: loaded now; `unchanged`: this exact artifact set was already applied; `dry-run`: nothing written. */
  status: 'applied' | 'unchanged' | 'dry-run';
  scenario: string;
  checksum: string;
  environment: EnvironmentName;
  target: string;
  targetKind: 'postgres' | 'pglite';
  artifactDir: string;
  /** The ledger run (new, or the existing one when unchanged). */
  runId: number | null;
  /** With --fresh: the run that was rolled back first. */
  replaced: RolledBackRun | null;
  /** With clearFirst: every run rolled back first. */
  cleared: RolledBackRun[];
  schemaCreated: boolean;
  tables: { table: string; rows: number; ms: number }[];
  totalRows: number;
  ms: number;
  plan: ApplyPlan | null;
  /** What went wrong after the rows were committed (statistics not refreshed); the apply still succeeded. */
  warnings: string[];
}

/**
 * Loads one scenario's artifacts in a single transaction: verify, guard, lock, COPY, fix-ups, integrity,
 * sequences, ledger; then, committed, refreshes the tables' statistics. Re-applying the same artifacts does nothing.
 * Any failure before the commit leaves the database unchanged; a failing ANALYZE after it is a warning.
 *
 * @example const result = await applyArtifacts({ dir: 'generated/demo', db: process.env.DATABASE_URL })
 */
export async function applyArtifacts(options: ApplyOptions): Promise<ApplyResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const dir = resolveArtifactDir({ dir: options.dir, scenario: options.scenario, cwd });
  const { manifest } = await readArtifacts(dir);
  if (options.scenario !== undefined && manifest.scenario !== options.scenario) {
    throw new RuntimeError(RuntimeErrorCodes.ArtifactsNotFound, `the artifacts in ${dir} are scenario "${manifest.scenario}", not "${options.scenario}"`, {
      hint: 'pass the directory of the scenario you mean, or its parent with --scenario',
    });
  }
  const environment = resolveEnvironment({ flag: options.env, env: options.processEnv ?? process.env });
  if (manifest.kind === 'mock') assertMockAllowed({ environment: environment.name, source: environment.source });

  return openDatabase({ ...options, cwd }, async (db) => {
    if (options.dryRun) {
      const plan = await db.transaction(async (tx) => {
        await tx.exec(`SET TRANSACTION READ ONLY`);
        return dryRun(tx, dir, manifest, environment.name, options.fresh === true, options.rowChecks === true);
      });
      const existing = plan.action !== 'apply' && plan.action !== 'replace the previous run';
      const base = { scenario: manifest.scenario, checksum: manifest.checksum, environment: environment.name, target: db.description, targetKind: db.kind, artifactDir: dir };
      return { ...base, status: 'dry-run', runId: null, replaced: null, cleared: [], schemaCreated: false, tables: [], totalRows: existing ? 0 : manifest.tables.reduce((n, t) => n + t.rows, 0), ms: performance.now() - started, plan, warnings: [] };
    }
    const source: LoadSource = {
      kind: manifest.kind,
      head: { ...manifest, tables: tablesInLoadOrder(manifest) },
      feed: () => fileFeed(dir, manifest),
      files: async () => ({ manifest, dir }),
      release() {},
      complete: async () => ({ manifest, dir }),
      schemaSql: () => readSchemaSql(dir, manifest),
    };
    return applyLocked(db, source, options, environment.name, started);
  });
}

export interface StreamedApplyOptions extends Omit<ApplyOptions, 'dir' | 'scenario' | 'dryRun'> {
  /** The compile's artifacts as they are written (see StreamedArtifacts). */
  artifacts: StreamedArtifacts;
}

/**
 * Loads a scenario while it compiles: each table's CSV goes into COPY as its rows render, and the load commits only
 * once the compile has moved every artifact into place, so the database and the output directory end as after
 * `compile` then `apply`, in about the time of the slower of the two. Everything apply checks is checked; only the
 * question "are these artifacts already applied?" needs the finished checksum, so when the ledger holds a run of the
 * scenario, the load waits for the compile and reads its files instead. Any failure on either side leaves both the
 * database and the output directory as they were.
 */
export async function applyStreamed(options: StreamedApplyOptions): Promise<ApplyResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const { artifacts } = options;
  try {
    const environment = resolveEnvironment({ flag: options.env, env: options.processEnv ?? process.env });
    if (artifacts.kind === 'mock') assertMockAllowed({ environment: environment.name, source: environment.source });
    // A server is connected to while the compile loads the project. The embedded database is opened (and on a first
    // run created) only once the compile got that far: a config that does not compile leaves no database behind.
    if (targetKind({ ...options, cwd }) === 'pglite') await artifacts.head;
    return await openDatabase({ ...options, cwd }, async (db) => {
      const head = await artifacts.head;
      const source: LoadSource = {
        kind: artifacts.kind,
        head,
        feed: () => streamedFeed(artifacts, head),
        files: () => {
          artifacts.detach();
          return artifacts.written;
        },
        release: () => artifacts.release(),
        complete: async () => {
          const [{ manifest }, dir] = await Promise.all([artifacts.written, artifacts.published]);
          return { manifest, dir };
        },
        schemaSql: () => artifacts.schemaSql(),
      };
      return applyLocked(db, source, options, environment.name, started);
    });
  } catch (error) {
    artifacts.abort(error);
    throw error;
  }
}

/** What applyLocked loads: compiled artifacts on disk, or artifacts still compiling. */
interface LoadSource {
  kind: Manifest['kind'];
  /** Known before loading: the whole manifest on disk, the head of a compile. */
  head: ArtifactHead;
  /** The rows: from the files on disk, or streamed from a compile as they render. */
  feed(): TableFeed;
  /** The whole artifacts, written: a compile stops streaming and finishes its files first. */
  files(): Promise<{ manifest: Manifest; dir: string }>;
  /** Done reading the files `files` named. */
  release(): void;
  /** The finished manifest and the artifacts' final directory (a compile's: once moved into place). */
  complete(): Promise<{ manifest: Manifest; dir: string }>;
  schemaSql(): Promise<string | undefined>;
}

async function applyLocked(db: Database, source: LoadSource, options: Omit<ApplyOptions, 'dir'>, environment: EnvironmentName, started: number): Promise<ApplyResult> {
  const onProgress = options.onProgress;
  const head = source.head;
  const outcome = await withLock(
    db,
    async (tx) => {
      await tx.exec(SESSION_SETTINGS);
      await ensureLedger(tx);
      assertMockAllowed({ environment, mark: await readDatabaseMark(tx), database: tx.description });
      const previous = options.clearFirst ? undefined : await findAppliedRun(tx, source.kind, head.scenario);
      let feed: TableFeed;
      if (previous) {
        // Whether these artifacts are the applied ones is known only from their checksum: a streamed load of a
        // scenario the ledger already holds waits for the compile to finish and loads its files.
        const files = await source.files();
        if (previous.checksum === files.manifest.checksum) {
          source.release();
          const { manifest, dir } = await source.complete();
          return { kind: 'unchanged' as const, run: previous, manifest, dir };
        }
        if (!options.fresh) throw differentArtifacts(previous, files.manifest);
        feed = { ...fileFeed(files.dir, files.manifest), release: () => source.release() };
      } else {
        feed = source.feed();
      }
      const schemaCreated = await createEmbeddedSchema(tx, head, source);
      if (schemaCreated) onProgress?.({ type: 'phase', message: `created the schema from schema.sql (${head.schema.tables.length} tables)` });
      const drift = await detectDrift(tx, head.schema);
      if (drift.length > 0) throw driftError(drift, tx);
      const cleared: RolledBackRun[] = [];
      if (options.clearFirst) {
        const runs = await listRuns(tx, { status: 'applied', kind: 'mock' });
        if (runs.length > 0) {
          const rows = runs.reduce((n, r) => n + r.totalRows, 0);
          await confirmOrAbort(options.confirm, `Remove ${rows} seeded rows of ${runs.length} run(s) (${runs.map((r) => r.scenario).join(', ')}) from ${tx.description}, then apply "${head.scenario}"?`);
        }
        for (const summary of runs) {
          onProgress?.({ type: 'phase', message: `removing run ${summary.id} (scenario "${summary.scenario}")` });
          cleared.push(await rollbackRun(tx, (await readRun(tx, summary.id))!, onProgress));
        }
      }
      let replaced: RolledBackRun | null = null;
      if (previous) {
        await confirmOrAbort(options.confirm, `Remove the ${previous.totalRows} rows of run ${previous.id} (the previous artifacts of "${previous.scenario}") from ${tx.description}, then apply the new ones?`);
        onProgress?.({ type: 'phase', message: `removing run ${previous.id} (the previous artifacts of "${previous.scenario}")` });
        replaced = await rollbackRun(tx, previous, onProgress);
      }
      const startedAt = new Date().toISOString();
      const cycles = head.relaxedForeignKeys ?? [];
      const relaxation = (options.rowChecks ? undefined : await planBulkRelaxation(tx, head.tables, cycles)) ?? (await planRelaxation(tx, cycles));
      const loaded = await loadTables(tx, feed, relaxation, onProgress);
      // A compile commits its artifacts before the load commits its rows: the ledger names their final directory.
      const { manifest, dir } = await source.complete();
      onProgress?.({ type: 'phase', message: 'recording the run in the ledger' });
      const runId = await recordRun(tx, dir, manifest, environment, startedAt, loaded);
      return { kind: 'applied' as const, runId, replaced, cleared, schemaCreated, loaded, manifest, dir };
    },
    {
      ...(options.lockTimeoutMs !== undefined ? { timeoutMs: options.lockTimeoutMs } : {}),
      onWait: (message) => onProgress?.({ type: 'waiting', message }),
    },
  );
  const base = { scenario: outcome.manifest.scenario, checksum: outcome.manifest.checksum, environment, target: db.description, targetKind: db.kind, artifactDir: outcome.dir };
  if (outcome.kind === 'unchanged') {
    return { ...base, status: 'unchanged', runId: outcome.run.id, replaced: null, cleared: [], schemaCreated: false, tables: [], totalRows: 0, ms: performance.now() - started, plan: null, warnings: [] };
  }
  // Fresh statistics for the application's first queries, after the commit: ANALYZE writes no rows, so it neither
  // lengthens the load transaction nor decides whether the load succeeded. It runs after the advisory lock was
  // released (with the commit): the lock keeps seedforge's writes from interleaving, and ANALYZE takes only a
  // SHARE UPDATE EXCLUSIVE table lock, which no insert, update or delete waits for. A run that starts meanwhile
  // may change the rows being sampled; the statistics are then as fresh as any autovacuum's, and that run
  // analyzes its own tables. Holding the lock instead would make the next seedforge run wait for statistics.
  onProgress?.({ type: 'phase', message: 'analyzing the loaded tables' });
  const warnings = await analyzeTables(
    db,
    outcome.loaded.map((l) => ({ schema: l.table.schema, name: l.table.name, rows: l.rows, columns: l.table.columns.length })),
  );
  for (const warning of warnings) onProgress?.({ type: 'warning', message: warning });
  const tables = outcome.loaded.map((l) => ({ table: qualifiedName(l.table), rows: l.rows, ms: Math.round(l.ms) }));
  return {
    ...base,
    status: 'applied',
    runId: outcome.runId,
    replaced: outcome.replaced,
    cleared: outcome.cleared,
    schemaCreated: outcome.schemaCreated,
    tables,
    totalRows: tables.reduce((n, t) => n + t.rows, 0),
    ms: performance.now() - started,
    plan: null,
    warnings,
  };
}

/** An empty embedded database gets its schema from schema.sql (no drizzle-kit at run time). */
async function createEmbeddedSchema(tx: Database, head: ArtifactHead, source: LoadSource): Promise<boolean> {
  if (tx.kind !== 'pglite' || !(await noTablesExist(tx, head.schema))) return false;
  const sql = await source.schemaSql();
  if (sql === undefined) return false;
  try {
    await tx.exec(sql);
  } catch (error) {
    throw loadError('creating the schema from schema.sql', error);
  }
  return true;
}

/** schema.sql of artifacts on disk, verified; undefined when they have none. */
async function readSchemaSql(dir: string, manifest: Manifest): Promise<string | undefined> {
  const file = manifest.files.find((f) => f.path === 'schema.sql');
  return file ? readVerifiedText(dir, file) : undefined;
}

async function recordRun(
  tx: Database,
  dir: string,
  manifest: Manifest,
  environment: EnvironmentName,
  startedAt: string,
  /** Rows the server inserted per table, in load order. */
  loaded: { table: { schema: string; name: string }; rows: number }[],
): Promise<number> {
  const tableRows = Object.fromEntries(loaded.map((l) => [qualifiedName(l.table), l.rows]));
  const total = loaded.reduce((n, l) => n + l.rows, 0);
  const [run] = await tx.query<{ id: number }>(
    `INSERT INTO seedforge.runs (scenario, kind, checksum, environment, tool_version, format_version, status, started_at, finished_at,
                                 total_rows, table_rows, schema_snapshot, relaxed_foreign_keys, artifact_dir)
     VALUES ($1, $2, $3, $4, $5, $6, 'applied', $7::timestamptz, clock_timestamp(), $8, $9::text::jsonb, $10::text::jsonb, $11::text::jsonb, $12)
     RETURNING id::int AS id`,
    [
      manifest.scenario,
      manifest.kind,
      manifest.checksum,
      environment,
      TOOL_VERSION,
      manifest.formatVersion,
      startedAt,
      total,
      JSON.stringify(tableRows),
      JSON.stringify(manifest.schema),
      JSON.stringify(manifest.relaxedForeignKeys ?? []),
      dir,
    ],
  );
  const runId = run!.id;
  const fixupColumns = new Map<string, string[]>();
  for (const f of manifest.fixups ?? []) fixupColumns.set(`${f.schema}.${f.table}`, [...(fixupColumns.get(`${f.schema}.${f.table}`) ?? []), ...f.columns]);
  const intact = await loadRanOnlySeedforgeCode(tx, loaded.map((l) => l.table));
  const tables = loaded.map((l, position) => {
    const table = manifest.tables.find((t) => t.schema === l.table.schema && t.name === l.table.name)!;
    return { position, table, rows: l.rows, fixupColumns: fixupColumns.get(qualifiedName(table)) ?? [] };
  });
  await recordRunTables(tx, runId, manifest, tables, intact);
  return runId;
}


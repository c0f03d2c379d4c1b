import { confirmOrAbort } from './confirm.ts';
import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { withLock } from './lock.ts';
import { missingEmbeddedDatabase, openDatabase, type DatabaseOption } from './open-database.ts';
import type { ProgressListener } from './progress.ts';
import { beginRelaxation, endRelaxation, planRelaxation } from './relax-foreign-keys.ts';
import { materializeKeys, readRunTables, seededPredicate, type RunTableKeys } from './run-keys.ts';
import { findAppliedRun, listRuns, readRun, type RunDetail } from './runs.ts';
import { SESSION_SETTINGS, ident, qualified, tableLabel } from './sql.ts';

/** What one rolled-back run removed. */
export interface RolledBackRun {
  runId: number;
  scenario: string;
  checksum: string;
  /** Rows deleted per table, in deletion (reverse load) order. */
  tables: { table: string; rows: number }[];
  totalRows: number;
}

export interface RollbackResult {
  /** Where: `postgres://…` or `embedded PGlite at …`. */
  target: string;
  runs: RolledBackRun[];
  totalRows: number;
}

export interface RollbackOptions {
  /** A connection, a URL (`postgres://…`, `pglite:<dir>`), or undefined for DATABASE_URL / the embedded database. */
  db?: DatabaseOption;
  cwd?: string;
  processEnv?: NodeJS.ProcessEnv;
  /** Roll back the applied run of this scenario. */
  scenario?: string;
  /** Roll back this run. Without scenario or runId: the most recent applied run. */
  runId?: number;
  lockTimeoutMs?: number;
  /** Asked (with what would be removed) before anything is deleted; false aborts with nothing changed. */
  confirm?: (question: string) => Promise<boolean>;
  onProgress?: ProgressListener;
}

/**
 * Removes exactly the rows one run inserted, in reverse load order, in one transaction. Rows the application
 * added stay untouched; when any of them reference seeded rows, nothing is removed and the error names them.
 *
 * @example await rollback({ db: process.env.DATABASE_URL, scenario: 'demo' })
 */
export async function rollback(options: RollbackOptions = {}): Promise<RollbackResult> {
  const missing = missingEmbeddedDatabase(options);
  if (missing && options.scenario === undefined && options.runId === undefined) return { target: missing, runs: [], totalRows: 0 };
  if (missing) {
    const what = options.scenario !== undefined ? `scenario "${options.scenario}" is not applied` : `there is no run ${options.runId}`;
    throw new RuntimeError(RuntimeErrorCodes.RunNotFound, `${what}: ${missing} does not exist yet`, { hint: 'nothing was applied here; check --db / DATABASE_URL' });
  }
  return openDatabase(options, async (db) => {
    const runs = await withLock(
      db,
      async (tx) => {
        const run = await selectRun(tx, options);
        if (!run) return [];
        await confirmOrAbort(options.confirm, `Remove the ${run.totalRows} rows of run ${run.id} (scenario "${run.scenario}", applied ${run.finishedAt}) from ${tx.description}?`);
        return [await rollbackRun(tx, run, options.onProgress)];
      },
      lockOptions(options),
    );
    return result(db, runs);
  });
}

/**
 * Rolls back every applied mock run, newest first, in one transaction: all or nothing.
 *
 * @example await clear({ db: 'pglite:.seedforge/pglite' })
 */
export async function clear(options: Omit<RollbackOptions, 'scenario' | 'runId'> = {}): Promise<RollbackResult> {
  const missing = missingEmbeddedDatabase(options);
  if (missing) return { target: missing, runs: [], totalRows: 0 };
  return openDatabase(options, async (db) => {
    const runs = await withLock(
      db,
      async (tx) => {
        const done: RolledBackRun[] = [];
        const runs = await listRuns(tx, { status: 'applied', kind: 'mock' });
        if (runs.length > 0) {
          const rows = runs.reduce((n, r) => n + r.totalRows, 0);
          await confirmOrAbort(options.confirm, `Remove ${rows} seeded rows of ${runs.length} run(s) (${runs.map((r) => r.scenario).join(', ')}) from ${tx.description}?`);
        }
        for (const summary of runs) {
          const run = await readRun(tx, summary.id);
          if (run) done.push(await rollbackRun(tx, run, options.onProgress));
        }
        return done;
      },
      lockOptions(options),
    );
    return result(db, runs);
  });
}

function lockOptions(options: RollbackOptions): { timeoutMs?: number; onWait?: (m: string) => void } {
  return {
    ...(options.lockTimeoutMs !== undefined ? { timeoutMs: options.lockTimeoutMs } : {}),
    onWait: (message) => options.onProgress?.({ type: 'waiting', message }),
  };
}

function result(db: Database, runs: RolledBackRun[]): RollbackResult {
  return { target: db.description, runs, totalRows: runs.reduce((n, r) => n + r.totalRows, 0) };
}

async function selectRun(tx: Database, options: RollbackOptions): Promise<RunDetail | undefined> {
  if (options.runId !== undefined) {
    const run = await readRun(tx, options.runId);
    if (!run) {
      throw new RuntimeError(RuntimeErrorCodes.RunNotFound, `there is no run ${options.runId} in the ledger of ${tx.description}`, {
        hint: 'list the runs with `seedforge status`',
      });
    }
    if (run.status !== 'applied') {
      throw new RuntimeError(RuntimeErrorCodes.RunNotFound, `run ${run.id} (scenario "${run.scenario}") was already rolled back at ${run.rolledBackAt}`, {
        hint: 'list the applied runs with `seedforge status`',
      });
    }
    return run;
  }
  if (options.scenario !== undefined) {
    const run = await findAppliedRun(tx, 'mock', options.scenario);
    if (!run) {
      throw new RuntimeError(RuntimeErrorCodes.RunNotFound, `scenario "${options.scenario}" is not applied to ${tx.description}`, {
        hint: 'list the applied scenarios with `seedforge status`',
      });
    }
    return run;
  }
  const [latest] = await listRuns(tx, { status: 'applied', kind: 'mock' });
  return latest ? readRun(tx, latest.id) : undefined;
}

/**
 * Rolls one run back inside the caller's locked transaction (apply --fresh uses this too).
 * Refuses with SEEDFORGE_ROLLBACK_REFERENCED when rows it did not insert reference rows it did.
 */
export async function rollbackRun(tx: Database, run: RunDetail, onProgress?: ProgressListener): Promise<RolledBackRun> {
  await tx.exec(SESSION_SETTINGS);
  const entries = await readRunTables(tx, run.id);
  const present: RunTableKeys[] = [];
  for (const entry of entries) {
    const [row] = await tx.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [qualified(entry)]);
    if (row?.exists) present.push(entry);
  }
  await materializeKeys(tx, present, run.id);
  await refuseOutsideReferences(tx, run, present);
  for (const entry of present) {
    if (entry.fixupColumns.length === 0) continue;
    await tx.query(`UPDATE ${qualified(entry)} AS t SET ${entry.fixupColumns.map((c) => `${ident(c)} = NULL`).join(', ')} WHERE ${seededPredicate('t', entry, run.id)}`);
  }
  const relaxation = await planRelaxation(tx, run.relaxedForeignKeys);
  await beginRelaxation(tx, relaxation);
  const tables: RolledBackRun['tables'] = [];
  for (const entry of [...present].reverse()) {
    const [row] = await tx.query<{ n: number }>(
      `WITH deleted AS (DELETE FROM ${qualified(entry)} AS t WHERE ${seededPredicate('t', entry, run.id)} RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
    );
    const rows = row?.n ?? 0;
    tables.push({ table: tableLabel(entry), rows });
    onProgress?.({ type: 'table-deleted', table: tableLabel(entry), rows });
  }
  await endRelaxation(tx, relaxation);
  if (relaxation.mode === 'deferred') await tx.exec(`SET CONSTRAINTS ${relaxation.constraints.join(', ')} IMMEDIATE`);
  await tx.query(`UPDATE seedforge.runs SET status = 'rolled_back', rolled_back_at = clock_timestamp() WHERE id = $1`, [run.id]);
  await tx.query(`DELETE FROM seedforge.run_tables WHERE run_id = $1`, [run.id]);
  return { runId: run.id, scenario: run.scenario, checksum: run.checksum, tables, totalRows: tables.reduce((n, t) => n + t.rows, 0) };
}

interface ReferencingKey {
  name: string;
  schema: string;
  table: string;
  columns: string[];
  ref_columns: string[];
  child_key: string[];
}

/** Finds rows outside the run that reference the run's rows, through every foreign key in the database. */
async function refuseOutsideReferences(tx: Database, run: RunDetail, entries: RunTableKeys[]): Promise<void> {
  const byTable = new Map(entries.map((e) => [tableLabel(e), e]));
  const problems: string[] = [];
  for (const parent of entries) {
    const fks = await tx.query<ReferencingKey>(
      `SELECT k.conname AS name, n.nspname AS schema, c.relname AS table,
              ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[] AS columns,
              ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[] AS ref_columns,
              COALESCE((SELECT ARRAY(SELECT a.attname FROM unnest(p.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = p.conrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[]
                  FROM pg_constraint p WHERE p.conrelid = k.conrelid AND p.contype = 'p'), '{}'::text[]) AS child_key
         FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype = 'f' AND k.confrelid = $1::regclass
        ORDER BY n.nspname, c.relname, k.conname`,
      [qualified(parent)],
    );
    for (const fk of fks) {
      const childLabel = `${fk.schema}.${fk.table}`;
      const childEntry = byTable.get(childLabel);
      const childKey = fk.child_key.length > 0 ? fk.child_key : fk.columns;
      const join = fk.columns.map((c, i) => `c.${ident(c)} = p.${ident(fk.ref_columns[i]!)}`).join(' AND ');
      const outside = childEntry ? `AND NOT ${seededPredicate('c', childEntry, run.id)}` : '';
      const text = (alias: string, cols: string[]) => cols.map((c) => `coalesce(${alias}.${ident(c)}::text, 'NULL')`).join(` || ', ' || `);
      const rows = await tx.query<{ child: string; parent: string; total: number }>(
        `SELECT ${text('c', childKey)} AS child, ${text('p', fk.ref_columns)} AS parent, (count(*) OVER ())::int AS total
           FROM ${qualified({ schema: fk.schema, name: fk.table })} AS c
           JOIN ${qualified(parent)} AS p ON ${join}
          WHERE ${seededPredicate('p', parent, run.id)} ${outside}
          LIMIT 3`,
      );
      if (rows.length === 0) continue;
      const examples = rows.map((r) => `${childLabel} (${childKey.join(', ')})=(${r.child}) -> (${fk.ref_columns.join(', ')})=(${r.parent})`);
      problems.push(`${rows[0]!.total} row(s) of ${childLabel} reference seeded rows of ${tableLabel(parent)} through ${fk.name}, e.g. ${examples.join('; ')}`);
    }
  }
  if (problems.length > 0) {
    throw new RuntimeError(
      RuntimeErrorCodes.RollbackReferenced,
      `cannot roll back run ${run.id} (scenario "${run.scenario}"): rows it did not insert reference rows it inserted:\n  ${problems.join('\n  ')}`,
      {
        hint: 'delete or re-point those rows first (seedforge never cascades into rows it did not insert); if another seedforge run inserted them, roll that run back first',
      },
    );
  }
}

import type { Database } from './connection.ts';
import { readDatabaseMark, type EnvironmentName } from './environment.ts';
import { introspectSchema } from './introspect-schema.ts';
import { ledgerExists } from './ledger.ts';
import { missingEmbeddedDatabase, openDatabase, type DatabaseOption } from './open-database.ts';
import { listRuns, readRun, type RunRecord } from './runs.ts';
import { diffSchema } from './schema-drift.ts';

/** A ledger run, and for applied runs whether the live schema still matches the one it was compiled against. */
export interface RunStatus extends RunRecord {
  /** null for rolled-back runs (not checked). */
  schemaMatches: boolean | null;
  /** The differences, when it does not match. */
  drift: string[];
}

export interface StatusResult {
  target: string;
  targetKind: 'postgres' | 'pglite';
  /** The environment recorded in the database by `seedforge env mark`, or null. */
  mark: EnvironmentName | null;
  /** False when seedforge never wrote to this database. */
  ledger: boolean;
  /** Applied runs, newest first; with `all`, rolled-back runs too. */
  runs: RunStatus[];
}

/**
 * Reads the ledger: what is applied, where it came from, and whether each applied scenario still matches the live
 * schema. Read-only: it never creates the ledger.
 *
 * @example const { runs } = await status({ db: process.env.DATABASE_URL })
 */
export async function status(options: { db?: DatabaseOption; cwd?: string; processEnv?: NodeJS.ProcessEnv; all?: boolean } = {}): Promise<StatusResult> {
  const missing = missingEmbeddedDatabase(options);
  if (missing) return { target: missing, targetKind: 'pglite', mark: null, ledger: false, runs: [] };
  return openDatabase(options, (db) => readStatus(db, options.all === true));
}

async function readStatus(db: Database, all: boolean): Promise<StatusResult> {
  const ledger = await ledgerExists(db);
  const mark = await readDatabaseMark(db);
  const runs: RunStatus[] = [];
  for (const run of await listRuns(db, all ? {} : { status: 'applied' })) {
    if (run.status !== 'applied') {
      runs.push({ ...run, schemaMatches: null, drift: [] });
      continue;
    }
    const detail = await readRun(db, run.id);
    const snapshot = detail!.schemaSnapshot;
    const drift = diffSchema(snapshot, await introspectSchema(db, snapshot.tables, snapshot.enums ?? [])).map((d) => d.message);
    runs.push({ ...run, schemaMatches: drift.length === 0, drift });
  }
  return { target: db.description, targetKind: db.kind, mark, ledger, runs };
}

import type { Database } from '../connection.ts';
import type { EnvironmentName } from '../environment.ts';
import { ensureLedger } from '../ledger.ts';
import { TOOL_VERSION } from '../manifest.ts';

/**
 * `seedforge.seed_files`: one row per seed file that ran against this database. The key is the file's canonical
 * name (`all/001_roles.sql`), not the environment: the rows a file wrote are in the database whichever environment
 * name the run used, so a file never runs twice against one database just because `--env` changed.
 */
export const SEED_FILES_TABLE = 'seedforge.seed_files';

const ddl = `
CREATE TABLE IF NOT EXISTS seedforge.seed_files (
  name text PRIMARY KEY,
  folder text NOT NULL,
  environment text NOT NULL,
  checksum text NOT NULL,
  content_checksum text NOT NULL,
  idempotent boolean NOT NULL,
  variables text[] NOT NULL DEFAULT '{}',
  applied_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  run_count integer NOT NULL DEFAULT 1,
  tool_version text NOT NULL,
  db_user text NOT NULL DEFAULT current_user
);
`;

/** A row of seedforge.seed_files. */
export interface SeedFileRecord {
  name: string;
  folder: string;
  environment: string;
  checksum: string;
  contentChecksum: string;
  idempotent: boolean;
  variables: string[];
  appliedAt: Date;
  durationMs: number;
  runCount: number;
  toolVersion: string;
}

/** Creates the ledger schema and the seed_files table if missing (hold the lock: DDL races). */
export async function ensureSeedFilesTable(db: Database): Promise<void> {
  await ensureLedger(db);
  await db.exec(ddl);
}

/**
 * Whether seedforge.seed_files exists. Read from the catalog tables, not through to_regclass: a backend that looked
 * for the schema before it waited for the lock keeps a cached "no such schema" until it takes a new relation lock,
 * so right after another run committed, to_regclass can still say "missing" (and CREATE SCHEMA then fails).
 * Scanning pg_namespace takes that lock and sees the committed catalog.
 */
export async function seedFilesTableExists(db: Database): Promise<boolean> {
  const [row] = await db.query<{ present: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'seedforge' AND c.relname = 'seed_files') AS present`,
  );
  return row?.present === true;
}

/** Every record, by name; empty when the table does not exist (read-only: creates nothing). */
export async function readSeedFileRecords(db: Database): Promise<Map<string, SeedFileRecord>> {
  const records = new Map<string, SeedFileRecord>();
  if (!(await seedFilesTableExists(db))) return records;
  const rows = await db.query<{
    name: string;
    folder: string;
    environment: string;
    checksum: string;
    content_checksum: string;
    idempotent: boolean;
    variables: string[];
    applied_at: string;
    duration_ms: number;
    run_count: number;
    tool_version: string;
  }>(
    `SELECT name, folder, environment, checksum, content_checksum, idempotent, variables,
            to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS applied_at, duration_ms, run_count, tool_version
       FROM seedforge.seed_files ORDER BY name`,
  );
  for (const row of rows) {
    records.set(row.name, {
      name: row.name,
      folder: row.folder,
      environment: row.environment,
      checksum: row.checksum,
      contentChecksum: row.content_checksum,
      idempotent: row.idempotent,
      variables: row.variables,
      appliedAt: new Date(row.applied_at),
      durationMs: Number(row.duration_ms),
      runCount: Number(row.run_count),
      toolVersion: row.tool_version,
    });
  }
  return records;
}

/** Records that `file` ran (inside the file's own transaction, so the record and the data commit together). */
export async function recordSeedFile(
  db: Database,
  file: { name: string; folder: string; checksum: string; contentChecksum: string; idempotent: boolean; variables: string[] },
  environment: EnvironmentName,
  durationMs: number,
): Promise<void> {
  await db.query(
    `INSERT INTO seedforge.seed_files
       (name, folder, environment, checksum, content_checksum, idempotent, variables, applied_at, duration_ms, run_count, tool_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], clock_timestamp(), $8, 1, $9)
     ON CONFLICT (name) DO UPDATE SET
       folder = EXCLUDED.folder, environment = EXCLUDED.environment, checksum = EXCLUDED.checksum,
       content_checksum = EXCLUDED.content_checksum, idempotent = EXCLUDED.idempotent, variables = EXCLUDED.variables,
       applied_at = EXCLUDED.applied_at, duration_ms = EXCLUDED.duration_ms,
       run_count = seedforge.seed_files.run_count + 1, tool_version = EXCLUDED.tool_version, db_user = current_user`,
    [file.name, file.folder, environment, file.checksum, file.contentChecksum, file.idempotent, file.variables, Math.round(durationMs), TOOL_VERSION],
  );
}

/** Forgets that the named files ran (`--fresh`), so they run again. */
export async function forgetSeedFiles(db: Database, names: string[]): Promise<number> {
  if (names.length === 0) return 0;
  const rows = await db.query<{ name: string }>(`DELETE FROM seedforge.seed_files WHERE name = ANY($1::text[]) RETURNING name`, [names]);
  return rows.length;
}

import type { Database } from './connection.ts';

/**
 * The ledger: what seedforge did to this database, kept inside it (schema `seedforge`), so every machine that
 * points at the database sees the same history. Creating it is idempotent; call it while holding the lock.
 *
 *   seedforge.settings    key/value (the database's environment mark, the ledger version)
 *   seedforge.runs        one row per apply: scenario, checksum, environment, tool version, times, rows per table
 *   seedforge.run_tables  per run and table: row count and how to find exactly those rows again
 *                         (a single integer key as compact ranges `[["1","500"],["900","900"]]`, other keys in run_keys);
 *                         deleted when the run is rolled back
 *   seedforge.run_keys    the keys of rows whose key is not one integer column: text (a JSON array for several
 *                         columns), cast back with run_tables.key_types, 10,000 per row
 */
export const LEDGER_SCHEMA = 'seedforge';
export const LEDGER_VERSION = 1;

const ddl = `
CREATE SCHEMA IF NOT EXISTS seedforge;
CREATE TABLE IF NOT EXISTS seedforge.settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS seedforge.runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scenario text NOT NULL,
  kind text NOT NULL,
  checksum text NOT NULL,
  environment text NOT NULL,
  tool_version text NOT NULL,
  format_version integer NOT NULL,
  status text NOT NULL CHECK (status IN ('applied', 'rolled_back')),
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  rolled_back_at timestamptz,
  total_rows bigint NOT NULL,
  table_rows jsonb NOT NULL,
  schema_snapshot jsonb NOT NULL,
  relaxed_foreign_keys jsonb NOT NULL DEFAULT '[]',
  artifact_dir text,
  db_user text NOT NULL DEFAULT current_user
);
CREATE UNIQUE INDEX IF NOT EXISTS runs_one_applied_per_scenario ON seedforge.runs (kind, scenario) WHERE status = 'applied';
CREATE TABLE IF NOT EXISTS seedforge.run_tables (
  run_id bigint NOT NULL REFERENCES seedforge.runs (id) ON DELETE CASCADE,
  position integer NOT NULL,
  table_schema text NOT NULL,
  table_name text NOT NULL,
  rows bigint NOT NULL,
  key_columns text[] NOT NULL,
  key_types text[] NOT NULL,
  key_ranges jsonb,
  fixup_columns text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (run_id, position)
);
CREATE TABLE IF NOT EXISTS seedforge.run_keys (
  run_id bigint NOT NULL,
  position integer NOT NULL,
  chunk integer NOT NULL,
  keys text[] NOT NULL,
  PRIMARY KEY (run_id, position, chunk),
  FOREIGN KEY (run_id, position) REFERENCES seedforge.run_tables (run_id, position) ON DELETE CASCADE
);
INSERT INTO seedforge.settings (key, value) VALUES ('ledger_version', '${LEDGER_VERSION}') ON CONFLICT (key) DO NOTHING;
`;

/** Creates the ledger schema and tables if missing. Safe to call on every run (hold the lock: DDL races). */
export async function ensureLedger(db: Database): Promise<void> {
  await db.exec(ddl);
}

/** True when the ledger exists; read-only commands (status, dry runs) check this instead of creating it. */
export async function ledgerExists(db: Database): Promise<boolean> {
  const rows = await db.query<{ exists: boolean }>(`SELECT to_regclass('seedforge.runs') IS NOT NULL AS exists`);
  return rows[0]?.exists === true;
}

/** Reads one setting; undefined when the ledger or the key is missing. */
export async function readSetting(db: Database, key: string): Promise<string | undefined> {
  const rows = await db.query<{ present: boolean }>(`SELECT to_regclass('seedforge.settings') IS NOT NULL AS present`);
  if (rows[0]?.present !== true) return undefined;
  const values = await db.query<{ value: string }>(`SELECT value FROM seedforge.settings WHERE key = $1`, [key]);
  return values[0]?.value;
}

/** Writes one setting (creates the ledger first). */
export async function writeSetting(db: Database, key: string, value: string): Promise<void> {
  await ensureLedger(db);
  await db.query(
    `INSERT INTO seedforge.settings (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, value],
  );
}

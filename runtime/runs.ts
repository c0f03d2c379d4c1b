import type { Database } from './connection.ts';
import type { EnvironmentName } from './environment.ts';
import { ledgerExists } from './ledger.ts';
import type { RelaxedForeignKey, SchemaSnapshot } from './manifest.ts';

/** One ledger row: an apply of one scenario. */
export interface RunRecord {
  id: number;
  scenario: string;
  kind: string;
  checksum: string;
  environment: EnvironmentName;
  toolVersion: string;
  formatVersion: number;
  status: 'applied' | 'rolled_back';
  /** ISO 8601 */
  startedAt: string;
  finishedAt: string;
  rolledBackAt: string | null;
  totalRows: number;
  /** Rows loaded per `schema.table`, in load order. */
  tableRows: Record<string, number>;
  artifactDir: string | null;
  dbUser: string;
}

/** A run with what rollback and status need besides the summary. */
export interface RunDetail extends RunRecord {
  schemaSnapshot: SchemaSnapshot;
  relaxedForeignKeys: RelaxedForeignKey[];
}

const columns = `id::int AS id, scenario, kind, checksum, environment, tool_version, format_version, status,
  to_json(started_at) #>> '{}' AS started_at, to_json(finished_at) #>> '{}' AS finished_at,
  to_json(rolled_back_at) #>> '{}' AS rolled_back_at, total_rows::text AS total_rows, table_rows, artifact_dir, db_user`;

type Row = {
  id: number;
  scenario: string;
  kind: string;
  checksum: string;
  environment: EnvironmentName;
  tool_version: string;
  format_version: number;
  status: 'applied' | 'rolled_back';
  started_at: string;
  finished_at: string;
  rolled_back_at: string | null;
  total_rows: string;
  table_rows: Record<string, number> | string;
  artifact_dir: string | null;
  db_user: string;
  schema_snapshot?: SchemaSnapshot | string;
  relaxed_foreign_keys?: RelaxedForeignKey[] | string;
};

function json<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

function toRecord(row: Row): RunRecord {
  return {
    id: row.id,
    scenario: row.scenario,
    kind: row.kind,
    checksum: row.checksum,
    environment: row.environment,
    toolVersion: row.tool_version,
    formatVersion: row.format_version,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    rolledBackAt: row.rolled_back_at,
    totalRows: Number(row.total_rows),
    tableRows: json(row.table_rows),
    artifactDir: row.artifact_dir,
    dbUser: row.db_user,
  };
}

function toDetail(row: Row): RunDetail {
  return { ...toRecord(row), schemaSnapshot: json(row.schema_snapshot!), relaxedForeignKeys: json(row.relaxed_foreign_keys!) };
}

/** Every run, newest first; empty when the ledger does not exist. */
export async function listRuns(db: Database, filter: { status?: 'applied' | 'rolled_back'; kind?: string } = {}): Promise<RunRecord[]> {
  if (!(await ledgerExists(db))) return [];
  const rows = await db.query<Row>(
    `SELECT ${columns} FROM seedforge.runs
      WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR kind = $2)
      ORDER BY id DESC`,
    [filter.status ?? null, filter.kind ?? null],
  );
  return rows.map(toRecord);
}

/** One run with its schema snapshot, or undefined. */
export async function readRun(db: Database, id: number): Promise<RunDetail | undefined> {
  if (!(await ledgerExists(db))) return undefined;
  const rows = await db.query<Row>(`SELECT ${columns}, schema_snapshot, relaxed_foreign_keys FROM seedforge.runs WHERE id = $1`, [id]);
  return rows[0] ? toDetail(rows[0]) : undefined;
}

/** The applied run of a scenario (at most one), with its snapshot. */
export async function findAppliedRun(db: Database, kind: string, scenario: string): Promise<RunDetail | undefined> {
  if (!(await ledgerExists(db))) return undefined;
  const rows = await db.query<Row>(
    `SELECT ${columns}, schema_snapshot, relaxed_foreign_keys FROM seedforge.runs WHERE kind = $1 AND scenario = $2 AND status = 'applied'`,
    [kind, scenario],
  );
  return rows[0] ? toDetail(rows[0]) : undefined;
}

/** `apply --dry-run`: every check apply makes, and what it would load; nothing is written. */
import { verifyFile } from './artifacts.ts';
import { detectDrift, differentArtifacts, driftError, noTablesExist } from './apply-checks.ts';
import type { Database } from './connection.ts';
import { DEFER_FROM_ROWS } from './deferral.ts';
import { assertMockAllowed, readDatabaseMark, type EnvironmentName } from './environment.ts';
import { tablesInLoadOrder } from './load-tables.ts';
import { qualifiedName, type Manifest } from './manifest.ts';
import { planBulkRelaxation, planRelaxation } from './relax-foreign-keys.ts';
import { findAppliedRun } from './runs.ts';

/** What a dry run would do. */
export interface ApplyPlan {
  /** Tables in load order. */
  tables: { table: string; rows: number; file: string | null; bytes: number }[];
  fixups: { table: string; columns: string[]; rows: number }[];
  relaxedForeignKeys: string[];
  sequences: { table: string; column: string; max: number }[];
  /** The checks the apply runs, each with what the dry run found. */
  checks: string[];
  /** The embedded database is empty and would be created from schema.sql. */
  createsSchema: boolean;
  /** What apply would do with the ledger. */
  action: 'apply' | 'nothing (already applied)' | 'replace the previous run';
}

export async function dryRun(tx: Database, dir: string, manifest: Manifest, environment: EnvironmentName, fresh: boolean, rowChecks: boolean): Promise<ApplyPlan> {
  const checks: string[] = [];
  const files = [
    ...manifest.tables.flatMap((t) => (t.files.csv ? [t.files.csv] : [])),
    ...(manifest.fixups ?? []).map((f) => f.file),
    ...manifest.files.filter((f) => f.path === 'schema.sql'),
  ];
  for (const file of files) await verifyFile(dir, file);
  checks.push(`manifest checksum and sha256 of ${files.length} file(s): ok`);
  const mark = await readDatabaseMark(tx);
  assertMockAllowed({ environment, mark, database: tx.description });
  checks.push(`environment ${environment}, database mark ${mark ?? 'none'}: mock data allowed`);
  const previous = await findAppliedRun(tx, manifest.kind, manifest.scenario);
  if (previous && previous.checksum !== manifest.checksum && !fresh) throw differentArtifacts(previous, manifest);
  const action: ApplyPlan['action'] = !previous ? 'apply' : previous.checksum === manifest.checksum ? 'nothing (already applied)' : 'replace the previous run';
  checks.push(previous ? `ledger: scenario applied as run ${previous.id} (checksum ${previous.checksum.slice(0, 12)})` : 'ledger: scenario not applied yet');
  const createsSchema = tx.kind === 'pglite' && (await noTablesExist(tx, manifest.schema)) && manifest.files.some((f) => f.path === 'schema.sql');
  if (createsSchema) {
    checks.push('schema: the embedded database is empty; schema.sql would create it');
  } else {
    const drift = await detectDrift(tx, manifest.schema);
    if (drift.length > 0) throw driftError(drift, tx);
    checks.push(`schema: matches the artifacts (${manifest.schema.tables.length} tables)`);
  }
  const bulk = createsSchema || rowChecks ? undefined : await planBulkRelaxation(tx, manifest.tables, manifest.relaxedForeignKeys ?? []);
  if (bulk) {
    checks.push(
      bulk.mode === 'replica'
        ? 'foreign keys: per-row checks skipped during COPY (a role that may set session_replication_role, no table triggers), then every key proven set-based (key ranges, else anti-joins)'
        : `foreign keys: an empty table this role owns, with ${DEFER_FROM_ROWS.toLocaleString('en-US')} or more rows to load, loads without its keys to tables of this load, and each goes back on after the load, checked by PostgreSQL with one query (not when another session holds a lock on either table); the rest are checked row by row`,
    );
    checks.push(
      `indexes: an empty table this role owns, with ${DEFER_FROM_ROWS.toLocaleString('en-US')} or more rows to load, gets the indexes no foreign key references built after its COPY (not when another session holds a lock on it)`,
    );
  } else if ((manifest.relaxedForeignKeys ?? []).length > 0 && !createsSchema) {
    const relaxation = await planRelaxation(tx, manifest.relaxedForeignKeys);
    checks.push(`NOT NULL cycle: ${relaxation.mode === 'deferred' ? 'constraints deferred' : 'foreign-key triggers skipped (replica role)'}, then proven with anti-joins`);
  }
  checks.push('advisory lock, one transaction, COPY per table, row counts compared with the manifest');
  return {
    tables: tablesInLoadOrder(manifest).map((t) => ({ table: qualifiedName(t), rows: t.rows, file: t.files.csv?.path ?? null, bytes: t.files.csv?.bytes ?? 0 })),
    fixups: (manifest.fixups ?? []).map((f) => ({ table: `${f.schema}.${f.table}`, columns: f.columns, rows: f.rows })),
    relaxedForeignKeys: (manifest.relaxedForeignKeys ?? []).map((fk) => `${fk.schema}.${fk.table}(${fk.columns.join(', ')}) -> ${fk.references.schema}.${fk.references.table}(${fk.references.columns.join(', ')})`),
    sequences: manifest.tables.flatMap((t) => (t.sequences ?? []).map((s) => ({ table: qualifiedName(t), column: s.column, max: s.max }))),
    checks,
    createsSchema,
    action,
  };
}

/** Checks apply and its dry run share: the ledger's previous run, an empty embedded database, schema drift. */
import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { introspectSchema } from './introspect-schema.ts';
import type { Manifest, SchemaSnapshot } from './manifest.ts';
import type { RunDetail } from './runs.ts';
import { diffSchema, type SchemaDifference } from './schema-drift.ts';

export function differentArtifacts(previous: RunDetail, manifest: Manifest): RuntimeError {
  return new RuntimeError(
    RuntimeErrorCodes.AlreadyAppliedDifferent,
    `scenario "${manifest.scenario}" is already applied (run ${previous.id}, checksum ${previous.checksum.slice(0, 12)}) with different artifacts (checksum ${manifest.checksum.slice(0, 12)})`,
    { hint: 'use --fresh to remove the rows of the previous run and apply these artifacts' },
  );
}

/** None of the schema's tables exists (an embedded database apply creates from schema.sql). */
export async function noTablesExist(tx: Database, schema: SchemaSnapshot): Promise<boolean> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM unnest($1::text[], $2::text[]) AS w(s, t)
      WHERE to_regclass(quote_ident(w.s) || '.' || quote_ident(w.t)) IS NOT NULL`,
    [schema.tables.map((t) => t.schema), schema.tables.map((t) => t.name)],
  );
  return (row?.n ?? 0) === 0;
}

export async function detectDrift(db: Database, schema: SchemaSnapshot): Promise<SchemaDifference[]> {
  const live = await introspectSchema(db, schema.tables, schema.enums ?? []);
  return diffSchema(schema, live);
}

export function driftError(drift: SchemaDifference[], db: Database): RuntimeError {
  const embedded = db.kind === 'pglite' ? `, or delete the embedded database (${db.description.replace(/^embedded PGlite at /, '')}) so apply recreates it from schema.sql` : '';
  return new RuntimeError(
    RuntimeErrorCodes.SchemaDrift,
    `the database schema differs from the one the artifacts were compiled against (${drift.length} difference${drift.length === 1 ? '' : 's'}):\n  ${drift.map((d) => d.message).join('\n  ')}`,
    { hint: `migrate the database to the current Drizzle schema (drizzle-kit migrate/push), or recompile with \`seedforge compile\`${embedded}`, details: drift },
  );
}

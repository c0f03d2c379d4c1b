import type { Database } from '../connection.ts';
import { SESSION_SETTINGS } from '../sql.ts';
import { serverErrorFields } from './locate-error.ts';
import { SeedFileErrorCodes, seedError } from './problems.ts';
import { renderExtractedSeed, type ExtractedColumn, type ExtractedTable } from './render-extracted-seed.ts';
import { quoteIdent } from './sql-literal.ts';

export interface ExtractOptions {
  db: Database;
  /** `users`, `public.users`, `"Mixed Case"`: parsed as PostgreSQL parses a table name (search_path applies). */
  table: string;
  /** A SQL condition on the table's columns (`role = 'admin'`); runs in a read-only transaction. */
  where?: string | undefined;
  /** The header's Environment (when the file goes into an environment folder). */
  environment?: string | undefined;
  /** The command line, for the file's comment. */
  command?: string | undefined;
}

export interface ExtractResult {
  sql: string;
  schema: string;
  table: string;
  rows: number;
}

/**
 * Writes an idempotent seed file from live rows: `INSERT ... ON CONFLICT (pk) DO UPDATE`, ordered by primary key.
 * Reads in a read-only transaction with fixed output settings (UTC, ISO dates, hex bytea, exact floats), so the
 * file is the same on every machine and recreates the rows exactly.
 *
 * @example const { sql } = await extractSeedFile({ db, table: 'users', where: "role = 'admin'" })
 */
export async function extractSeedFile(options: ExtractOptions): Promise<ExtractResult> {
  return options.db.transaction(async (tx) => {
    // The loaders' settings (UTC, ISO dates, postgres intervals, exact floats), plus hex bytea.
    await tx.exec(`SET TRANSACTION READ ONLY; ${SESSION_SETTINGS}; SET LOCAL bytea_output = 'hex'`);
    const table = await describeTable(tx, options.table);
    const target = `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
    const order = table.primaryKey.map((key) => {
      const column = table.allColumns.find((c) => c.name === key)!;
      // Byte order for text keys: the same file whatever the database's collation.
      return `${quoteIdent(key)}${column.collatable ? ' COLLATE "C"' : ''}`;
    });
    const select = `SELECT ${table.columns.map((c, i) => `${quoteIdent(c.name)}::text AS c${i}`).join(', ')} FROM ${target}${
      options.where ? ` WHERE (${options.where})` : ''
    } ORDER BY ${order.join(', ')}`;
    let rows: Record<string, string | null>[];
    try {
      rows = await tx.query<Record<string, string | null>>(select);
    } catch (error) {
      const fields = serverErrorFields(error);
      if (!fields) throw error;
      throw seedError(SeedFileErrorCodes.ExtractFailed, `reading ${table.schema}.${table.name}${options.where ? ` where ${options.where}` : ''} failed: ${fields.message}`, {
        hint: options.where ? 'check the --where condition: it is SQL over the columns of the table' : 'check the table and your permissions on it',
        cause: error,
      });
    }
    const extracted: ExtractedTable = {
      schema: table.schema,
      name: table.name,
      columns: table.columns,
      primaryKey: table.primaryKey,
      rows: rows.map((row) => table.columns.map((_, i) => row[`c${i}`] ?? null)),
    };
    const sql = renderExtractedSeed(extracted, {
      description: `${table.schema}.${table.name}${options.where ? ` where ${options.where}` : ''}`,
      environment: options.environment,
      command: options.command,
    });
    return { sql, schema: table.schema, table: table.name, rows: extracted.rows.length };
  });
}

interface DescribedTable {
  schema: string;
  name: string;
  columns: ExtractedColumn[];
  allColumns: (ExtractedColumn & { collatable: boolean })[];
  primaryKey: string[];
}

async function describeTable(db: Database, name: string): Promise<DescribedTable> {
  let found: { oid: number; schema: string; name: string; kind: string } | undefined;
  try {
    [found] = await db.query<{ oid: number; schema: string; name: string; kind: string }>(
      `SELECT c.oid::int AS oid, n.nspname AS schema, c.relname AS name, c.relkind::text AS kind
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.oid = to_regclass($1)`,
      [name],
    );
  } catch (error) {
    if (!serverErrorFields(error)) throw error;
    found = undefined;
  }
  if (!found) {
    throw seedError(SeedFileErrorCodes.ExtractFailed, `no table ${name} in ${db.description}`, {
      hint: 'name it as in SQL: users, public.users, or "MixedCase" (quoted) for a case-sensitive name',
    });
  }
  if (found.kind !== 'r' && found.kind !== 'p') {
    throw seedError(SeedFileErrorCodes.ExtractFailed, `${found.schema}.${found.name} is not a table (a view or another relation)`, {
      hint: 'extract from the table the rows live in',
    });
  }
  const columns = await db.query<{ name: string; type: string; type_oid: number; identity: string; generated: string; collatable: boolean; has_sequence: boolean }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.atttypid::int AS type_oid,
            a.attidentity::text AS identity, a.attgenerated::text AS generated, a.attcollation <> 0 AS collatable,
            pg_get_serial_sequence(format('%I.%I', $2::text, $3::text), a.attname) IS NOT NULL AS has_sequence
       FROM pg_attribute a
      WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`,
    [found.oid, found.schema, found.name],
  );
  const keys = await db.query<{ name: string }>(
    `SELECT a.attname AS name
       FROM pg_index i
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
      WHERE i.indrelid = $1 AND i.indisprimary
      ORDER BY k.ord`,
    [found.oid],
  );
  if (keys.length === 0) {
    throw seedError(SeedFileErrorCodes.ExtractFailed, `${found.schema}.${found.name} has no primary key`, {
      hint: 'extract writes INSERT ... ON CONFLICT (primary key) so the file can run again; add a primary key to the table',
    });
  }
  const all = columns.map((c) => ({
    name: c.name,
    type: c.type,
    typeOid: Number(c.type_oid),
    identity: (c.identity === 'a' || c.identity === 'd' ? c.identity : '') as ExtractedColumn['identity'],
    hasSequence: c.has_sequence,
    collatable: c.collatable,
    generated: c.generated !== '',
  }));
  return {
    schema: found.schema,
    name: found.name,
    // Generated columns are computed by the server; they cannot be inserted.
    columns: all.filter((c) => !c.generated).map(({ collatable: _c, generated: _g, ...column }) => column),
    allColumns: all,
    primaryKey: keys.map((k) => k.name),
  };
}

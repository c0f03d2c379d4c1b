import type { Database } from './connection.ts';
import type { SchemaTable } from './manifest.ts';

/** The live shape of some tables and enums, in the manifest's vocabulary (types in `format_type` spelling). */
export interface LiveSchema {
  /** Keyed by `schema.table`. */
  tables: Map<string, SchemaTable>;
  /** Keyed by `schema.name`; values in sort order. */
  enums: Map<string, string[]>;
}

/**
 * Reads tables and enums from pg_catalog. Types of built-in types are `format_type` text (`character varying(64)`,
 * `numeric(8,3)`, `integer[]`); user types (enums, domains) are `schema.name`, independent of search_path.
 */
export async function introspectSchema(
  db: Database,
  tables: readonly { schema: string; name: string }[],
  enums: readonly { schema: string; name: string }[] = [],
): Promise<LiveSchema> {
  const live: LiveSchema = { tables: new Map(), enums: new Map() };
  if (tables.length > 0) {
    const schemas = tables.map((t) => t.schema);
    const names = tables.map((t) => t.name);
    const wanted = `(SELECT s, n FROM unnest($1::text[], $2::text[]) AS w(s, n))`;
    const columns = await db.query<{ schema: string; table: string; column: string; type: string; not_null: boolean }>(
      `SELECT ns.nspname AS schema, c.relname AS table, a.attname AS column, a.attnotnull AS not_null,
              CASE WHEN tn.nspname = 'pg_catalog' THEN format_type(a.atttypid, a.atttypmod)
                   WHEN t.typcategory = 'A' AND et.oid IS NOT NULL THEN en.nspname || '.' || et.typname || '[]'
                   ELSE tn.nspname || '.' || t.typname END AS type
         FROM pg_class c
         JOIN pg_namespace ns ON ns.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
         JOIN pg_type t ON t.oid = a.atttypid
         JOIN pg_namespace tn ON tn.oid = t.typnamespace
         LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
         LEFT JOIN pg_namespace en ON en.oid = et.typnamespace
        WHERE c.relkind IN ('r', 'p') AND (ns.nspname, c.relname) IN ${wanted}
        ORDER BY ns.nspname, c.relname, a.attnum`,
      [schemas, names],
    );
    for (const row of columns) {
      const key = `${row.schema}.${row.table}`;
      let table = live.tables.get(key);
      if (!table) {
        table = { schema: row.schema, name: row.table, columns: [], primaryKey: [], uniques: [], foreignKeys: [], checks: [] };
        live.tables.set(key, table);
      }
      table.columns.push({ name: row.column, type: row.type, notNull: row.not_null });
    }
    const constraints = await db.query<{
      schema: string;
      table: string;
      kind: string;
      name: string;
      columns: string[];
      ref_schema: string | null;
      ref_table: string | null;
      ref_columns: string[] | null;
    }>(
      `SELECT ns.nspname AS schema, c.relname AS table, k.contype::text AS kind, k.conname AS name,
              ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[] AS columns,
              rn.nspname AS ref_schema, rc.relname AS ref_table,
              CASE WHEN k.contype = 'f' THEN ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[] END AS ref_columns
         FROM pg_constraint k
         JOIN pg_class c ON c.oid = k.conrelid
         JOIN pg_namespace ns ON ns.oid = c.relnamespace
         LEFT JOIN pg_class rc ON rc.oid = k.confrelid
         LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
        WHERE k.contype IN ('p', 'f', 'c') AND (ns.nspname, c.relname) IN ${wanted}
        ORDER BY k.conname`,
      [schemas, names],
    );
    for (const row of constraints) {
      const table = live.tables.get(`${row.schema}.${row.table}`);
      if (!table) continue;
      if (row.kind === 'p') table.primaryKey = row.columns;
      else if (row.kind === 'c') table.checks.push(row.name);
      else table.foreignKeys.push({ columns: row.columns, references: { schema: row.ref_schema!, table: row.ref_table!, columns: row.ref_columns ?? [] } });
    }
    const uniques = await db.query<{ schema: string; table: string; columns: string[] }>(
      `SELECT ns.nspname AS schema, c.relname AS table,
              ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) u(attnum)
                      JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.attnum ORDER BY a.attname)::text[] AS columns
         FROM pg_index i
         JOIN pg_class c ON c.oid = i.indrelid
         JOIN pg_namespace ns ON ns.oid = c.relnamespace
        WHERE i.indisunique AND NOT i.indisprimary AND i.indexprs IS NULL AND (ns.nspname, c.relname) IN ${wanted}`,
      [schemas, names],
    );
    for (const row of uniques) {
      const table = live.tables.get(`${row.schema}.${row.table}`);
      if (!table) continue;
      const key = row.columns.join(',');
      if (!table.uniques.some((u) => u.join(',') === key)) table.uniques.push(row.columns);
    }
  }
  if (enums.length > 0) {
    const rows = await db.query<{ schema: string; name: string; values: string[] }>(
      `SELECT n.nspname AS schema, t.typname AS name, ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typtype = 'e' AND (n.nspname, t.typname) IN (SELECT s, n FROM unnest($1::text[], $2::text[]) AS w(s, n))`,
      [enums.map((e) => e.schema), enums.map((e) => e.name)],
    );
    for (const row of rows) live.enums.set(`${row.schema}.${row.name}`, row.values);
  }
  return live;
}

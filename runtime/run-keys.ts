import type { Database } from './connection.ts';
import type { Manifest, ManifestTable } from './manifest.ts';
import { insertedKeyRanges, integerText, scannedKeyRange } from './inserted-keys.ts';
import { ident, qualified } from './sql.ts';

/**
 * How the ledger finds exactly the rows one run inserted. Rows are recognised by `xmin`: every row the apply
 * transaction wrote carries its transaction id, so rows the application wrote at the same time (or before) are
 * never mistaken for seeded ones. Their keys are stored: a single integer key as compact ranges, anything else
 * as text in chunks of KEYS_PER_CHUNK per seedforge.run_keys row (one row per key cost ~5 s per million rows;
 * chunks cost under one). A single-column key is stored as its text; several columns as a JSON array of texts.
 */
export interface RunTableKeys {
  position: number;
  schema: string;
  name: string;
  rows: number;
  keyColumns: string[];
  /** Types to cast stored text back to (`integer`, `uuid`, `"public"."role"`); empty strings compare as text. */
  keyTypes: string[];
  /** Inclusive ranges as decimal strings, when the key is one integer column. */
  keyRanges: [string, string][] | null;
  /** Nullable columns set by a cycle fix-up: rollback clears them first. */
  fixupColumns: string[];
}

const integerTypes = new Set(['smallint', 'integer', 'bigint']);
const KEYS_PER_CHUNK = 10_000;

/**
 * The columns that identify a row of a loaded table: its primary key, else a unique key of NOT NULL columns,
 * else (no key at all) every column, compared as text.
 */
export function identifyingColumns(table: ManifestTable, manifest: Manifest): { columns: string[]; exact: boolean } {
  if (table.primaryKey.length > 0) return { columns: table.primaryKey, exact: true };
  const snapshot = manifest.schema.tables.find((t) => t.schema === table.schema && t.name === table.name);
  if (snapshot) {
    if (snapshot.primaryKey.length > 0) return { columns: snapshot.primaryKey, exact: true };
    const notNull = new Set(snapshot.columns.filter((c) => c.notNull).map((c) => c.name));
    const unique = snapshot.uniques.find((u) => u.length > 0 && u.every((c) => notNull.has(c)));
    if (unique) return { columns: unique, exact: true };
    return { columns: snapshot.columns.map((c) => c.name), exact: false };
  }
  return { columns: table.columns, exact: false };
}

/** A loaded table to record: its place in the load order, the rows the load inserted (the server's count), its fix-up columns. */
export interface LoadedTable {
  position: number;
  table: ManifestTable;
  rows: number;
  fixupColumns: string[];
}

/**
 * Writes run_tables (and run_keys) for the loaded tables; returns what was recorded. `intact` says no inserted row
 * can have been removed since (`loadRanOnlySeedforgeCode`), which lets a dense integer key be read off its index
 * (`insertedKeyRanges`) instead of scanning the table by xmin. Catalog lookups, index bounds and the run_tables
 * rows take one statement each for all tables; only the tables that need it are scanned.
 */
export async function recordRunTables(tx: Database, runId: number, manifest: Manifest, loaded: readonly LoadedTable[], intact = false): Promise<RunTableKeys[]> {
  const keyed = loaded.map((l) => ({ ...l, ...identifyingColumns(l.table, manifest) }));
  const types = await castTypes(tx, keyed.map((k) => ({ table: k.table, columns: k.exact ? k.columns : [] })));
  const entries: RunTableKeys[] = keyed.map((k, i) => ({
    position: k.position,
    schema: k.table.schema,
    name: k.table.name,
    rows: k.rows,
    keyColumns: k.columns,
    keyTypes: k.exact ? types[i]! : k.columns.map(() => ''),
    keyRanges: null,
    fixupColumns: k.fixupColumns,
  }));
  const integerKeyed = entries.filter((e, i) => keyed[i]!.exact && e.keyColumns.length === 1 && integerTypes.has(e.keyTypes[0]!));
  const inserted = intact ? await insertedKeyRanges(tx, integerKeyed.map((e) => ({ table: e, column: e.keyColumns[0]!, rows: e.rows }))) : [];
  for (const [i, entry] of integerKeyed.entries()) {
    const range = inserted[i];
    entry.keyRanges = range ? [[range.lo, range.hi]] : await integerRanges(tx, entry, entry.keyColumns[0]!);
  }
  if (entries.length > 0) {
    await tx.query(
      `INSERT INTO seedforge.run_tables (run_id, position, table_schema, table_name, rows, key_columns, key_types, key_ranges, fixup_columns)
       SELECT $1, r.position, r.table_schema, r.table_name, r.rows, r.key_columns, r.key_types, r.key_ranges, r.fixup_columns
         FROM jsonb_to_recordset($2::text::jsonb)
              AS r(position integer, table_schema text, table_name text, rows bigint, key_columns text[], key_types text[], key_ranges jsonb, fixup_columns text[])`,
      [
        runId,
        JSON.stringify(
          entries.map((e) => ({
            position: e.position,
            table_schema: e.schema,
            table_name: e.name,
            rows: e.rows,
            key_columns: e.keyColumns,
            key_types: e.keyTypes,
            key_ranges: e.keyRanges,
            fixup_columns: e.fixupColumns,
          })),
        ),
      ],
    );
  }
  for (const entry of entries) {
    if (entry.keyRanges !== null) continue;
    await tx.query(
      `INSERT INTO seedforge.run_keys (run_id, position, chunk, keys)
       SELECT $1, $2, chunk, array_agg(k)
         FROM (SELECT ${encodeKey(entry.keyColumns)} AS k, ((row_number() OVER ()) - 1) / ${KEYS_PER_CHUNK} AS chunk
                 FROM ${qualified(entry)} WHERE ${MINE}) AS mine
        GROUP BY chunk`,
      [runId, entry.position],
    );
  }
  return entries;
}

/** Rows written by the current transaction. */
const MINE = `xmin = pg_current_xact_id()::xid`;

/** The text stored per row: the key's text, or a JSON array of the texts of several columns. */
function encodeKey(columns: string[]): string {
  if (columns.length === 1) return `${ident(columns[0]!)}::text`;
  return `jsonb_build_array(${columns.map((c) => `${ident(c)}::text`).join(', ')})::text`;
}

/** Compact inclusive ranges of an integer key; a dense key (the usual case) costs one scan and no sort. */
async function integerRanges(tx: Database, table: { schema: string; name: string }, column: string): Promise<[string, string][]> {
  const range = await scannedKeyRange(tx, table, column, MINE);
  if (range.kind === 'empty') return [];
  if (range.kind === 'range') return [[range.lo, range.hi]];
  const k = ident(column);
  const [row] = await tx.query<{ ranges: [string, string][] | string }>(
    `SELECT COALESCE(jsonb_agg(jsonb_build_array(lo::text, hi::text) ORDER BY lo), '[]'::jsonb) AS ranges
       FROM (SELECT min(k) AS lo, max(k) AS hi
               FROM (SELECT k, k - row_number() OVER (ORDER BY k) AS g
                       FROM (SELECT ${k}::bigint AS k FROM ${qualified(table)} WHERE ${MINE}) AS mine) AS numbered
              GROUP BY g) AS islands`,
  );
  return typeof row!.ranges === 'string' ? (JSON.parse(row!.ranges) as [string, string][]) : row!.ranges;
}

/** Cast targets for each table's key columns (one lookup for all), schema-qualified for user types so they do not depend on search_path; '' when unknown. */
async function castTypes(tx: Database, tables: readonly { table: { schema: string; name: string }; columns: string[] }[]): Promise<string[][]> {
  const pairs = tables.flatMap((t, i) => t.columns.map((column) => ({ i, relation: qualified(t.table), column })));
  const types = tables.map((t) => t.columns.map(() => ''));
  if (pairs.length === 0) return types;
  const rows = await tx.query<{ n: number; type: string }>(
    `SELECT w.n::int AS n,
            CASE WHEN tn.nspname = 'pg_catalog' THEN format_type(a.atttypid, NULL)
                 ELSE quote_ident(tn.nspname) || '.' || quote_ident(t.typname) END AS type
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(relation, attname, n)
       JOIN pg_attribute a ON a.attrelid = to_regclass(w.relation) AND a.attname = w.attname AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_type t ON t.oid = a.atttypid
       JOIN pg_namespace tn ON tn.oid = t.typnamespace`,
    [pairs.map((p) => p.relation), pairs.map((p) => p.column)],
  );
  for (const row of rows) {
    const pair = pairs[row.n - 1]!;
    types[pair.i]![tables[pair.i]!.columns.indexOf(pair.column)] = row.type;
  }
  return types;
}

/** Reads a run's tables from the ledger, in load order. */
export async function readRunTables(db: Database, runId: number): Promise<RunTableKeys[]> {
  const rows = await db.query<{
    position: number;
    table_schema: string;
    table_name: string;
    rows: string | number;
    key_columns: string[];
    key_types: string[];
    key_ranges: [string, string][] | string | null;
    fixup_columns: string[];
  }>(
    `SELECT position, table_schema, table_name, rows::text AS rows, key_columns, key_types, key_ranges, fixup_columns
       FROM seedforge.run_tables WHERE run_id = $1 ORDER BY position`,
    [runId],
  );
  return rows.map((r) => ({
    position: r.position,
    schema: r.table_schema,
    name: r.table_name,
    rows: Number(r.rows),
    keyColumns: r.key_columns,
    keyTypes: r.key_types,
    keyRanges: typeof r.key_ranges === 'string' ? (JSON.parse(r.key_ranges) as [string, string][]) : r.key_ranges,
    fixupColumns: r.fixup_columns,
  }));
}

const LITERAL_RANGES = 64;

/**
 * A boolean SQL expression, true for the rows of `alias` that run `runId` inserted into this table.
 * Keyed (non-range) tables need `materializeKeys` first.
 *
 * @example `DELETE FROM "public"."users" AS t WHERE ${seededPredicate('t', entry, 3)}`
 */
export function seededPredicate(alias: string, entry: RunTableKeys, runId: number): string {
  const a = ident(alias);
  if (entry.keyRanges !== null) {
    const column = `${a}.${ident(entry.keyColumns[0]!)}`;
    if (entry.keyRanges.length === 0) return 'false';
    if (entry.keyRanges.length <= LITERAL_RANGES && entry.keyRanges.every(([lo, hi]) => integerText.test(lo) && integerText.test(hi))) {
      return `(${entry.keyRanges.map(([lo, hi]) => (lo === hi ? `${column} = ${lo}` : `${column} BETWEEN ${lo} AND ${hi}`)).join(' OR ')})`;
    }
    return `EXISTS (SELECT 1 FROM seedforge.run_tables AS rt, jsonb_array_elements(rt.key_ranges) AS r
                     WHERE rt.run_id = ${Number(runId)} AND rt.position = ${Number(entry.position)}
                       AND ${column} BETWEEN (r->>0)::bigint AND (r->>1)::bigint)`;
  }
  const keys = keysTable(entry, runId);
  const matches = entry.keyColumns.map((c, i) => {
    const type = entry.keyTypes[i] ?? '';
    return type === '' ? `${a}.${ident(c)}::text IS NOT DISTINCT FROM ${keys}.${ident(`k${i + 1}`)}` : `${a}.${ident(c)} = ${keys}.${ident(`k${i + 1}`)}`;
  });
  return `EXISTS (SELECT 1 FROM ${keys} WHERE ${matches.join(' AND ')})`;
}

/** The temp table `materializeKeys` fills for a keyed table of a run. */
function keysTable(entry: RunTableKeys, runId: number): string {
  return ident(`seedforge_keys_${Number(runId)}_${Number(entry.position)}`);
}

/**
 * Before rollback: unpacks a run's stored keys into typed, analyzed temp tables (k1, k2, …), so deletes and
 * reference checks join them by hash instead of probing an index once per key. Ranges need nothing.
 */
export async function materializeKeys(tx: Database, entries: RunTableKeys[], runId: number): Promise<void> {
  for (const entry of entries) {
    if (entry.keyRanges !== null) continue;
    const decoded = entry.keyColumns.map((_, i) => {
      const type = entry.keyTypes[i] ?? '';
      const text = entry.keyColumns.length === 1 ? 'u.k' : `(u.k::jsonb ->> ${i})`;
      return `${type === '' ? text : `${text}::${type}`} AS ${ident(`k${i + 1}`)}`;
    });
    await tx.exec(`DROP TABLE IF EXISTS ${keysTable(entry, runId)}`);
    await tx.query(
      `CREATE TEMP TABLE ${keysTable(entry, runId)} ON COMMIT DROP AS
       SELECT ${decoded.join(', ')} FROM seedforge.run_keys AS rk, unnest(rk.keys) AS u(k)
        WHERE rk.run_id = ${Number(runId)} AND rk.position = ${Number(entry.position)}`,
    );
    await tx.exec(`ANALYZE ${keysTable(entry, runId)}`);
  }
}

/** `(id)=(3)` style text of a row's key, for messages. */
export function keyText(columns: string[], alias: string): string {
  return `'(' || ${columns.map((c) => `coalesce(${ident(alias)}.${ident(c)}::text, 'NULL')`).join(` || ', ' || `)} || ')'`;
}


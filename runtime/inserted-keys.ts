import type { Database } from './connection.ts';
import { ident, qualified, uniqueIndexOn } from './sql.ts';

/**
 * True when loading these tables ran no code but seedforge's own statements: none has triggers or rules of its own,
 * and no foreign key referencing one of them acts on update (CASCADE, SET NULL, SET DEFAULT: a fix-up's UPDATE
 * would fire it). Then nothing removed a row a COPY inserted: each table still holds every row its COPY counted.
 */
export async function loadRanOnlySeedforgeCode(tx: Database, tables: readonly { schema: string; name: string }[]): Promise<boolean> {
  if (tables.length === 0) return true;
  const [row] = await tx.query<{ quiet: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = ANY($1::regclass[]))
        AND NOT EXISTS (SELECT 1 FROM pg_rewrite WHERE ev_class = ANY($1::regclass[]))
        AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = ANY($1::regclass[]) AND confupdtype NOT IN ('a', 'r')) AS quiet`,
    [tables.map((t) => qualified(t))],
  );
  return row?.quiet === true;
}

/** A decimal integer as PostgreSQL prints one: safe to write into SQL as a literal. */
export const integerText = /^-?\d+$/;

/**
 * The non-NULL values of a unique integer column (of the rows `where` selects): none, exactly the integers `lo`..`hi`,
 * or anything else (gaps).
 */
export type KeyRange = { kind: 'empty' } | { kind: 'range'; lo: string; hi: string } | { kind: 'gaps' };

/**
 * One scan: count, min and max of a column whose values are distinct (a unique index, or one transaction's rows of a
 * key). Distinct integers with `count = max - min + 1` are exactly min..max.
 */
export async function scannedKeyRange(tx: Database, table: { schema: string; name: string }, column: string, where = 'true'): Promise<KeyRange> {
  const k = ident(column);
  const [row] = await tx.query<{ n: string; lo: string | null; hi: string | null; dense: boolean | null }>(
    `SELECT count(${k})::text AS n, min(${k})::text AS lo, max(${k})::text AS hi,
            count(${k}) = max(${k})::numeric - min(${k})::numeric + 1 AS dense
       FROM ${qualified(table)} WHERE ${where}`,
  );
  if (!row || row.n === '0') return { kind: 'empty' };
  if (row.dense === true && row.lo !== null && row.hi !== null && integerText.test(row.lo) && integerText.test(row.hi)) return { kind: 'range', lo: row.lo, hi: row.hi };
  return { kind: 'gaps' };
}

/** A column of a loaded table, and how many rows the load inserted into the table. */
export interface InsertedColumn {
  table: { schema: string; name: string };
  column: string;
  rows: number;
}

/**
 * The values lo..hi of an integer column, read off its index without reading the rows, when the table holds
 * exactly the `rows` rows this transaction inserted (all still there: `loadRanOnlySeedforgeCode`) and their values
 * are consecutive. The column is smallint, integer or bigint, NOT NULL, with a unique index of its own, in a plain
 * table without inheritance children or row-level security (which could hide rows, inserted ones included, from
 * this session). So the visible rows have distinct values between the index's bounds lo and hi: at most
 * hi - lo + 1 of them. The inserted rows are `rows` of them. When hi - lo + 1 = rows, the visible rows are exactly
 * the inserted ones (nobody else's row, committed before or meanwhile, is among them) and their values are all of
 * lo..hi. Otherwise undefined, and the caller reads the rows. One catalog query and one query of index bounds for
 * all columns.
 */
export async function insertedKeyRanges(tx: Database, columns: readonly InsertedColumn[]): Promise<({ lo: string; hi: string } | undefined)[]> {
  const out: ({ lo: string; hi: string } | undefined)[] = columns.map(() => undefined);
  const candidates = columns.flatMap((c, i) => (c.rows > 0 ? [{ ...c, i }] : []));
  if (candidates.length === 0) return out;
  const shaped = await tx.query<{ n: number }>(
    `SELECT w.n::int AS n
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(relation, attname, n)
       JOIN pg_class c ON c.oid = to_regclass(w.relation)
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = w.attname AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.relkind = 'r' AND NOT c.relhassubclass AND NOT c.relrowsecurity
        AND a.attnotnull AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
        AND ${uniqueIndexOn('c.oid', 'a.attnum')}`,
    [candidates.map((c) => qualified(c.table)), candidates.map((c) => c.column)],
  );
  const eligible = shaped.map((r) => candidates[r.n - 1]!);
  if (eligible.length === 0) return out;
  // Each branch reads its index's two ends (the planner's min/max optimization).
  const bounds = await tx.query<{ i: number; lo: string | null; hi: string | null }>(
    eligible.map((c) => `(SELECT ${c.i} AS i, min(${ident(c.column)})::text AS lo, max(${ident(c.column)})::text AS hi FROM ${qualified(c.table)})`).join(' UNION ALL '),
  );
  for (const { i, lo, hi } of bounds) {
    if (lo === null || hi === null || !integerText.test(lo) || !integerText.test(hi)) continue;
    if (BigInt(hi) - BigInt(lo) + 1n === BigInt(columns[i]!.rows)) out[i] = { lo, hi };
  }
  return out;
}

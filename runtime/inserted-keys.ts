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

const integerText = /^-?\d+$/;

/**
 * The values lo..hi of an integer column, read off its index without reading the rows, when the table holds
 * exactly the `rows` rows this transaction inserted (all still there: `loadRanOnlySeedforgeCode`) and their values
 * are consecutive. The column is smallint, integer or bigint, NOT NULL, with a unique index of its own (a plain
 * table, no inheritance children), so the visible rows have distinct values between the index's bounds lo and hi:
 * at most hi - lo + 1 of them. The inserted rows are `rows` of them. When hi - lo + 1 = rows, the visible rows are
 * exactly the inserted ones (nobody else's row, committed before or meanwhile, is among them) and their values are
 * all of lo..hi. Otherwise undefined, and the caller reads the rows.
 */
export async function insertedKeyRange(tx: Database, table: { schema: string; name: string }, column: string, rows: number): Promise<{ lo: string; hi: string } | undefined> {
  if (rows <= 0) return undefined;
  const [shape] = await tx.query<{ ok: boolean }>(
    `SELECT c.relkind = 'r' AND NOT c.relhassubclass AND a.attnotnull AND a.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
            AND ${uniqueIndexOn('c.oid', 'a.attnum')} AS ok
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped
      WHERE c.oid = $1::regclass`,
    [qualified(table), column],
  );
  if (shape?.ok !== true) return undefined;
  const k = ident(column);
  const [bounds] = await tx.query<{ lo: string | null; hi: string | null }>(`SELECT min(${k})::text AS lo, max(${k})::text AS hi FROM ${qualified(table)}`);
  const { lo, hi } = bounds ?? { lo: null, hi: null };
  if (lo === null || hi === null || !integerText.test(lo) || !integerText.test(hi)) return undefined;
  return BigInt(hi) - BigInt(lo) + 1n === BigInt(rows) ? { lo, hi } : undefined;
}

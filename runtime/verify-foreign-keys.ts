import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { insertedKeyRanges, scannedKeyRange, type KeyRange } from './inserted-keys.ts';
import type { SchemaTable } from './manifest.ts';
import { ident, qualified, uniqueIndexOn } from './sql.ts';

type ForeignKey = SchemaTable['foreignKeys'][number];

/**
 * Proves foreign keys after a load whose per-row checks were relaxed: every non-NULL reference has its parent row
 * (MATCH SIMPLE: a reference with a NULL member is not checked). Throws SEEDFORGE_INTEGRITY_FAILED listing the
 * first orphans of each broken key.
 *
 * A single-column integer key whose referenced keys are exactly the integers lo..hi (`parentRange`) is proven by a
 * range filter instead of a join: the child's value must lie in [lo, hi]. All such keys of one table are checked in
 * one scan of it, and each parent is measured once. Other keys (composite, non-integer, a parent with gaps) and any
 * key the range scan finds broken get one anti-join each, which also names the orphans.
 *
 * `inserted`, rows inserted per loaded table (`schema.table`), is passed only when nothing but seedforge's own
 * statements can have removed any of them (`loadRanOnlySeedforgeCode`).
 */
export async function verifyForeignKeys(tx: Database, tables: readonly SchemaTable[], inserted?: ReadonlyMap<string, number>): Promise<void> {
  const problems: string[] = [];
  const provable = await rangeProvable(tx, tables);
  const ranges = inserted ? await insertedParentRanges(tx, [...provable], inserted) : new Map<string, KeyRange>();
  for (const table of tables) {
    const joins = new Set<ForeignKey>();
    const byRange: ForeignKey[] = [];
    const outside: string[] = [];
    for (const fk of table.foreignKeys) {
      const range = provable.has(fk) ? await parentRange(tx, fk, ranges) : undefined;
      if (!range || range.kind === 'gaps') {
        joins.add(fk);
        continue;
      }
      // A NULL reference makes the comparison NULL, so it is never selected (MATCH SIMPLE).
      const c = `c.${ident(fk.columns[0]!)}`;
      outside.push(range.kind === 'empty' ? `${c} IS NOT NULL` : `${c} < ${range.lo} OR ${c} > ${range.hi}`);
      byRange.push(fk);
    }
    if (outside.length > 0) {
      // A count rather than LIMIT 1: the planner may split the scan of a large table over parallel workers, which
      // share this transaction and see its rows.
      const [found] = await tx.query<{ orphans: number }>(`SELECT count(*)::int AS orphans FROM ${qualified(table)} AS c WHERE ${outside.map((o) => `(${o})`).join(' OR ')}`);
      // Some key is broken: the anti-joins say which, and name the rows.
      if ((found?.orphans ?? 0) > 0) for (const fk of byRange) joins.add(fk);
    }
    for (const fk of table.foreignKeys) {
      if (!joins.has(fk)) continue;
      const problem = await antiJoin(tx, table, fk);
      if (problem) problems.push(problem);
    }
  }
  if (problems.length > 0) {
    throw new RuntimeError(RuntimeErrorCodes.IntegrityFailed, `the loaded rows break foreign keys:\n  ${problems.join('\n  ')}`, {
      hint: 'the artifacts do not match the database (or are corrupt): recompile with `seedforge compile`; nothing was loaded',
    });
  }
}

/**
 * The single-column foreign keys a key range can prove, from the live catalog: both columns smallint, integer or
 * bigint (no domains), and the referenced column alone carries a unique, immediate, valid, non-partial index of a
 * plain table without inheritance children. Then the referenced values are distinct integers, and
 * `count = max - min + 1` means they are exactly min..max.
 */
async function rangeProvable(tx: Database, tables: readonly SchemaTable[]): Promise<Set<ForeignKey>> {
  const candidates = tables.flatMap((table) => table.foreignKeys.filter((fk) => fk.columns.length === 1 && fk.references.columns.length === 1).map((fk) => ({ table, fk })));
  if (candidates.length === 0) return new Set();
  const rows = await tx.query<{ i: number }>(
    `SELECT w.i::int AS i
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS w(child, child_column, parent, parent_column, i)
       JOIN pg_attribute ca ON ca.attrelid = to_regclass(w.child) AND ca.attname = w.child_column AND ca.attnum > 0 AND NOT ca.attisdropped
       JOIN pg_class p ON p.oid = to_regclass(w.parent)
       JOIN pg_attribute pa ON pa.attrelid = p.oid AND pa.attname = w.parent_column AND pa.attnum > 0 AND NOT pa.attisdropped
      WHERE ca.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
        AND pa.atttypid IN ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
        AND p.relkind = 'r' AND NOT p.relhassubclass AND ${uniqueIndexOn('p.oid', 'pa.attnum')}`,
    [
      candidates.map((c) => qualified(c.table)),
      candidates.map((c) => c.fk.columns[0]!),
      candidates.map((c) => qualified({ schema: c.fk.references.schema, name: c.fk.references.table })),
      candidates.map((c) => c.fk.references.columns[0]!),
    ],
  );
  return new Set(rows.map((r) => candidates[r.i - 1]!.fk));
}

/** Where a parent's range is remembered: `"schema"."table"."column"`. */
function rangeKey(fk: ForeignKey): string {
  return `${qualified({ schema: fk.references.schema, name: fk.references.table })}.${ident(fk.references.columns[0]!)}`;
}

/**
 * The ranges of the referenced columns of parents that hold only the rows this load inserted, with consecutive
 * keys (`insertedKeyRanges`): read off their indexes, for all such parents at once, with no scan.
 */
async function insertedParentRanges(tx: Database, fks: readonly ForeignKey[], inserted: ReadonlyMap<string, number>): Promise<Map<string, KeyRange>> {
  const parents = new Map<string, { table: { schema: string; name: string }; column: string; rows: number }>();
  for (const fk of fks) {
    const rows = inserted.get(`${fk.references.schema}.${fk.references.table}`);
    if (rows !== undefined) parents.set(rangeKey(fk), { table: { schema: fk.references.schema, name: fk.references.table }, column: fk.references.columns[0]!, rows });
  }
  const found = await insertedKeyRanges(tx, [...parents.values()]);
  const ranges = new Map<string, KeyRange>();
  for (const [i, key] of [...parents.keys()].entries()) {
    const range = found[i];
    if (range) ranges.set(key, { kind: 'range', ...range });
  }
  return ranges;
}

/** One scan of the parent, remembered for every other key that references the same column. */
async function parentRange(tx: Database, fk: ForeignKey, cache: Map<string, KeyRange>): Promise<KeyRange> {
  const key = rangeKey(fk);
  let range = cache.get(key);
  if (!range) cache.set(key, (range = await scannedKeyRange(tx, { schema: fk.references.schema, name: fk.references.table }, fk.references.columns[0]!)));
  return range;
}

/** The first orphans of one foreign key, as a problem line; undefined when every reference has its parent. */
async function antiJoin(tx: Database, table: SchemaTable, fk: ForeignKey): Promise<string | undefined> {
  const child = qualified(table);
  const parent = qualified({ schema: fk.references.schema, name: fk.references.table });
  const notNull = fk.columns.map((c) => `c.${ident(c)} IS NOT NULL`).join(' AND ');
  const join = fk.columns.map((c, i) => `p.${ident(fk.references.columns[i]!)} = c.${ident(c)}`).join(' AND ');
  const shown = fk.columns.map((c) => `coalesce(c.${ident(c)}::text, 'NULL')`).join(` || ', ' || `);
  const rows = await tx.query<{ value: string; total: number }>(
    `SELECT ${shown} AS value, (count(*) OVER ())::int AS total FROM ${child} AS c
      WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${parent} AS p WHERE ${join}) LIMIT 3`,
  );
  if (rows.length === 0) return undefined;
  return `${table.schema}.${table.name}(${fk.columns.join(', ')}) -> ${fk.references.schema}.${fk.references.table}: ${rows[0]!.total} row(s) without a parent, e.g. (${rows.map((r) => r.value).join('), (')})`;
}

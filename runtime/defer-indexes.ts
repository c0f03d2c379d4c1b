import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { assertRestored, lockIfEmpty } from './deferral.ts';
import { ident, qualified, tableLabel } from './sql.ts';

/** One index taken off a table for its COPY, and how to put it back. */
interface DeferredIndex {
  /** The index's name (an index-backed constraint has the same name). */
  name: string;
  /** `schema.index`, quoted. */
  qualifiedName: string;
  /** The constraint the index backs (PRIMARY KEY, UNIQUE, EXCLUDE), else null: a plain `CREATE INDEX`. */
  constraint: string | null;
  /** `pg_get_constraintdef` for a constraint, `pg_get_indexdef` for a plain index. */
  definition: string;
}

/** The indexes taken off one table, and the table's index definitions before, to prove they came back identical. */
export interface DeferredIndexes {
  table: { schema: string; name: string };
  indexes: DeferredIndex[];
  before: string;
}

/**
 * Which indexes of a table can be built after its COPY, as pg_restore builds them: the table is an ordinary one (no
 * partitions, no inheritance), empty, and this session's role owns it (dropping an index takes the owner; a role that
 * may only write rows loads with the indexes in place), and nothing but the index's own constraint depends on it. An
 * index a foreign key references stays (dropping it would drop the key, and adding the key back re-checks every row),
 * as does anything a rebuild from its definition would not restore exactly: a comment, a non-default tablespace, the
 * replica identity, the CLUSTER mark, per-column statistics targets, a security label, an extension's ownership, an
 * invalid or inherited index. `$1` is the table.
 */
const CANDIDATES = `
SELECT ic.relname AS name,
       quote_ident(n.nspname) || '.' || quote_ident(ic.relname) AS "qualifiedName",
       k.conname AS "constraint",
       CASE WHEN k.oid IS NULL THEN pg_get_indexdef(i.indexrelid) ELSE pg_get_constraintdef(k.oid) END AS definition
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = ic.relnamespace
  JOIN pg_class tc ON tc.oid = i.indrelid
  LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')
 WHERE i.indrelid = $1::regclass
   AND tc.relkind = 'r' AND NOT tc.relispartition AND pg_has_role(tc.relowner, 'USAGE')
   AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = tc.oid OR h.inhparent = tc.oid)
   AND i.indisvalid AND i.indisready AND i.indislive AND NOT i.indisreplident AND NOT i.indisclustered
   AND ic.reltablespace = 0
   AND obj_description(i.indexrelid, 'pg_class') IS NULL
   AND (k.oid IS NULL OR (k.conislocal AND k.coninhcount = 0 AND obj_description(k.oid, 'pg_constraint') IS NULL))
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = i.indexrelid)
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = i.indexrelid AND d.deptype = 'e')
   AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = i.indexrelid AND a.attstattarget >= 0)
   AND NOT EXISTS (SELECT 1 FROM pg_seclabel s WHERE s.objoid = i.indexrelid)
 ORDER BY ic.relname`;

/**
 * Every index of the table with its definition and constraint, and which columns are NOT NULL (dropping a primary
 * key must not change them): compared before and after, so a rebuild that does not restore the table exactly fails
 * the load instead of committing a different schema.
 */
const DEFINITIONS = `
SELECT coalesce((SELECT string_agg(ic.relname || ' ' || pg_get_indexdef(i.indexrelid) || coalesce(' ' || k.conname || ' ' || pg_get_constraintdef(k.oid), ''), E'\\n' ORDER BY ic.relname)
                   FROM pg_index i
                   JOIN pg_class ic ON ic.oid = i.indexrelid
                   LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')
                  WHERE i.indrelid = $1::regclass), '')
       || E'\\n' || (SELECT string_agg(attname || CASE WHEN attnotnull THEN ' not null' ELSE '' END, ', ' ORDER BY attnum)
                      FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped) AS definitions`;

async function definitions(tx: Database, table: string): Promise<string> {
  const [row] = await tx.query<{ definitions: string }>(DEFINITIONS, [table]);
  return row?.definitions ?? '';
}

/**
 * Takes the deferrable indexes off an empty table before its COPY (see CANDIDATES); undefined when there are none,
 * the table holds rows, or another session holds a lock on it: the table then loads with its indexes in place.
 * Dropping an index needs an ACCESS EXCLUSIVE lock; it is only tried without waiting, so an open transaction that read
 * the table never makes the load wait, and other sessions cannot read the table until the load commits.
 */
export async function deferIndexes(tx: Database, table: { schema: string; name: string }): Promise<DeferredIndexes | undefined> {
  const name = qualified(table);
  if ((await tx.query(CANDIDATES, [name])).length === 0) return undefined;
  if (!(await lockIfEmpty(tx, [name]))) return undefined;
  // Under the lock: the candidates again (nothing can change them now).
  const indexes = await tx.query<DeferredIndex>(CANDIDATES, [name]);
  if (indexes.length === 0) return undefined;
  const before = await definitions(tx, name);
  const constraints = indexes.filter((i) => i.constraint !== null);
  const plain = indexes.filter((i) => i.constraint === null);
  if (constraints.length > 0) await tx.exec(`ALTER TABLE ${name} ${constraints.map((c) => `DROP CONSTRAINT ${ident(c.constraint!)}`).join(', ')}`);
  if (plain.length > 0) await tx.exec(`DROP INDEX ${plain.map((i) => i.qualifiedName).join(', ')}`);
  return { table, indexes, before };
}

/**
 * Builds the indexes deferIndexes took off, after the table's COPY, and proves the table's index definitions are
 * what they were. A duplicate in the loaded rows fails here (the unique index cannot be built) with the key.
 */
export async function rebuildIndexes(tx: Database, deferred: DeferredIndexes): Promise<void> {
  const name = qualified(deferred.table);
  const label = tableLabel(deferred.table);
  // Back where they were: pg_get_indexdef names no tablespace, so the session's default must not apply.
  await tx.exec(`SET LOCAL default_tablespace = ''`);
  for (const index of deferred.indexes) {
    try {
      if (index.constraint !== null) await tx.exec(`ALTER TABLE ${name} ADD CONSTRAINT ${ident(index.constraint)} ${index.definition}`);
      else await tx.exec(index.definition);
    } catch (error) {
      throw indexError(label, index.name, error);
    }
  }
  assertRestored(label, 'indexes', deferred.before, await definitions(tx, name));
}

function indexError(table: string, index: string, error: unknown): RuntimeError {
  const e = error as { message?: string; detail?: string; code?: string };
  const detail = e.detail ? ` (${e.detail})` : '';
  const hint =
    e.code === '23505'
      ? `two loaded rows share a key of the unique index ${index} (the table was empty): if the Drizzle schema does not declare that index, declare it and recompile with \`seedforge compile\`; nothing was loaded`
      : 'nothing was loaded: the transaction was rolled back';
  return new RuntimeError(RuntimeErrorCodes.LoadFailed, `building index ${index} of ${table} after the load failed: ${e.message ?? String(error)}${detail}`, { hint, cause: error });
}

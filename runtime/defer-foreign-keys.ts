import type { Database } from './connection.ts';
import { assertRestored, lockIfEmpty } from './deferral.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { ident, qualified, tableLabel } from './sql.ts';

/** One foreign key taken off a table for its COPY, and how to add it back. */
interface TakenKey {
  name: string;
  /** `pg_get_constraintdef`: `FOREIGN KEY (...) REFERENCES ...` with its actions and deferrability. */
  definition: string;
}

/** The foreign keys taken off one table, and all of the table's foreign keys before, to prove they came back identical. */
export interface DeferredKeys {
  table: { schema: string; name: string };
  keys: TakenKey[];
  before: string;
}

/**
 * Which foreign keys of a table can be added back after its COPY, as pg_restore adds them after the data: validated,
 * the table's own (not inherited, not a partition's clone), on an ordinary table this session's role owns (dropping
 * and adding a key takes the owner), referencing an ordinary table of the same load (`$2`) it may reference, and with
 * nothing a re-creation from the definition would lose: a comment, an object depending on the key. `$1` is the table.
 */
const CANDIDATES = `
SELECT k.conname AS name, pg_get_constraintdef(k.oid) AS definition, k.confrelid::regclass::text AS parent
  FROM pg_constraint k
  JOIN pg_class tc ON tc.oid = k.conrelid
  JOIN pg_class pc ON pc.oid = k.confrelid
 WHERE k.conrelid = $1::regclass AND k.contype = 'f'
   AND k.convalidated AND k.conislocal AND k.coninhcount = 0 AND k.conparentid = 0
   AND tc.relkind = 'r' AND NOT tc.relispartition AND pg_has_role(tc.relowner, 'USAGE')
   AND pc.relkind = 'r' AND NOT pc.relispartition AND k.confrelid = ANY($2::regclass[])
   AND has_table_privilege(k.confrelid, 'REFERENCES')
   AND obj_description(k.oid, 'pg_constraint') IS NULL
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.refclassid = 'pg_constraint'::regclass AND d.refobjid = k.oid AND d.deptype <> 'i')
 ORDER BY k.conname`;

/** Every foreign key of the table, name and definition: compared before and after. */
const DEFINITIONS = `
SELECT coalesce(string_agg(conname || ' ' || pg_get_constraintdef(oid), E'\\n' ORDER BY conname), '') AS definitions
  FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`;

async function definitions(tx: Database, table: string): Promise<string> {
  const [row] = await tx.query<{ definitions: string }>(DEFINITIONS, [table]);
  return row?.definitions ?? '';
}

/**
 * Takes the foreign keys of an empty table off before its COPY (see CANDIDATES), for a role that may not skip their
 * per-row checks; each goes back on after the load, where PostgreSQL proves all of its rows with one query instead of
 * one check per row. Undefined when there are none, or the table or a parent it references holds rows, or another
 * session holds a lock on one of them. Dropping a key locks the table and its parent (ACCESS EXCLUSIVE), tried
 * without waiting: other sessions cannot read either until the load commits.
 */
export async function deferForeignKeys(tx: Database, table: { schema: string; name: string }, loaded: readonly string[]): Promise<DeferredKeys | undefined> {
  const name = qualified(table);
  const parents = [...new Set((await tx.query<{ parent: string }>(CANDIDATES, [name, loaded])).map((c) => c.parent))];
  if (parents.length === 0) return undefined;
  if (!(await lockIfEmpty(tx, [name, ...parents.filter((p) => p !== name)]))) return undefined;
  // Under the locks: the candidates again (nothing can change them now).
  const keys = (await tx.query<TakenKey & { parent: string }>(CANDIDATES, [name, loaded])).map(({ name, definition }) => ({ name, definition }));
  if (keys.length === 0) return undefined;
  const before = await definitions(tx, name);
  await tx.exec(`ALTER TABLE ${name} ${keys.map((k) => `DROP CONSTRAINT ${ident(k.name)}`).join(', ')}`);
  return { table, keys, before };
}

/**
 * Adds back the foreign keys deferForeignKeys took off, once every table is loaded: PostgreSQL checks each against all
 * of the table's rows. A row without a parent makes `explain` run (it throws the report of every such row); the
 * table's foreign keys must then be exactly what they were.
 */
export async function restoreForeignKeys(tx: Database, deferred: DeferredKeys, explain: () => Promise<void>): Promise<void> {
  const name = qualified(deferred.table);
  const label = tableLabel(deferred.table);
  for (const key of deferred.keys) {
    try {
      // In a savepoint: after a failed check the transaction can still say which rows failed it.
      await tx.savepoint((sp) => sp.exec(`ALTER TABLE ${name} ADD CONSTRAINT ${ident(key.name)} ${key.definition}`));
    } catch (error) {
      if ((error as { code?: string }).code === '23503') await explain();
      const e = error as { message?: string; detail?: string };
      throw new RuntimeError(RuntimeErrorCodes.LoadFailed, `adding back foreign key ${key.name} of ${label} after the load failed: ${e.message ?? String(error)}${e.detail ? ` (${e.detail})` : ''}`, {
        hint: 'nothing was loaded: the transaction was rolled back',
        cause: error,
      });
    }
  }
  assertRestored(label, 'foreign keys', deferred.before, await definitions(tx, name));
}

import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import type { RelaxedForeignKey, SchemaTable } from './manifest.ts';
import { ident, qualified } from './sql.ts';

/** How foreign keys are checked during the load: row by row, deferred constraints, or replica role. */
export type RelaxMode = 'none' | 'deferred' | 'replica';

export interface Relaxation {
  mode: RelaxMode;
  /** Constraint names deferred (mode `deferred`). */
  constraints: string[];
  /**
   * `cycle`: only the tables of a NOT NULL cycle load with checks relaxed. `all`: every table does (the fast path),
   * and every foreign key of the loaded tables is proven afterwards.
   */
  scope: 'cycle' | 'all';
}

/**
 * The fast path: COPY with foreign-key triggers off (`session_replication_role = replica`), then one anti-join per
 * foreign key instead of one check per row. Only for a superuser, and only when no loaded table has triggers of its
 * own (replica mode would silently skip them); otherwise undefined and the load checks row by row.
 */
export async function planBulkRelaxation(tx: Database, tables: readonly { schema: string; name: string }[]): Promise<Relaxation | undefined> {
  if (tables.length === 0) return undefined;
  const [role] = await tx.query<{ superuser: boolean }>(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
  if (!role?.superuser) return undefined;
  const [triggers] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = ANY($1::regclass[])`,
    [tables.map((t) => qualified(t))],
  );
  if ((triggers?.n ?? 0) > 0) return undefined;
  return { mode: 'replica', constraints: [], scope: 'all' };
}

function describe(fk: RelaxedForeignKey): string {
  return `${fk.schema}.${fk.table}(${fk.columns.join(', ')}) -> ${fk.references.schema}.${fk.references.table}(${fk.references.columns.join(', ')})`;
}

/**
 * Chooses how to load a NOT NULL cycle: DEFERRABLE constraints are deferred to the end of the load; otherwise a
 * superuser skips foreign-key triggers (`session_replication_role = replica`) while the cycle's tables load.
 * Either way `verifyForeignKeys` proves the result afterwards. Without either, a clear error says what to change.
 */
export async function planRelaxation(tx: Database, relaxed: readonly RelaxedForeignKey[]): Promise<Relaxation> {
  if (relaxed.length === 0) return { mode: 'none', constraints: [], scope: 'cycle' };
  const names: string[] = [];
  let allDeferrable = true;
  for (const fk of relaxed) {
    const rows = await tx.query<{ name: string; deferrable: boolean }>(
      `SELECT quote_ident(n.nspname) || '.' || quote_ident(k.conname) AS name, k.condeferrable AS deferrable
         FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
        WHERE k.contype = 'f' AND k.conrelid = $1::regclass AND k.confrelid = $2::regclass
          AND ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord)::text[] = $3::text[]`,
      [qualified({ schema: fk.schema, name: fk.table }), qualified({ schema: fk.references.schema, name: fk.references.table }), fk.columns],
    );
    if (rows.length === 0) continue; // the constraint is gone: nothing to relax (drift checks report schema changes)
    for (const row of rows) {
      names.push(row.name);
      if (!row.deferrable) allDeferrable = false;
    }
  }
  if (names.length === 0) return { mode: 'none', constraints: [], scope: 'cycle' };
  if (allDeferrable) return { mode: 'deferred', constraints: names, scope: 'cycle' };
  const [role] = await tx.query<{ superuser: boolean }>(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
  if (role?.superuser) return { mode: 'replica', constraints: [], scope: 'cycle' };
  throw new RuntimeError(
    RuntimeErrorCodes.IntegrityFailed,
    `the foreign keys ${relaxed.map(describe).join('; ')} form a NOT NULL cycle, which PostgreSQL cannot load row by row`,
    {
      hint: 'make those foreign keys DEFERRABLE INITIALLY IMMEDIATE (so seedforge can defer them inside its transaction), or apply as a superuser',
    },
  );
}

/** Starts the relaxation (before the first table of the cycle loads). */
export async function beginRelaxation(tx: Database, relaxation: Relaxation): Promise<void> {
  if (relaxation.mode === 'deferred') await tx.exec(`SET CONSTRAINTS ${relaxation.constraints.join(', ')} DEFERRED`);
  if (relaxation.mode === 'replica') await tx.query(`SELECT set_config('session_replication_role', 'replica', true)`);
}

/** Ends the relaxation (after the last table of the cycle loaded): triggers fire again. */
export async function endRelaxation(tx: Database, relaxation: Relaxation): Promise<void> {
  if (relaxation.mode === 'replica') await tx.query(`SELECT set_config('session_replication_role', 'origin', true)`);
}

/** After verification: deferred constraints are checked now rather than at commit, so a failure names them. */
export async function checkDeferred(tx: Database, relaxation: Relaxation): Promise<void> {
  if (relaxation.mode === 'deferred') await tx.exec(`SET CONSTRAINTS ${relaxation.constraints.join(', ')} IMMEDIATE`);
}

/**
 * Proves foreign keys with one anti-join each: every non-NULL reference has its parent row.
 * Throws SEEDFORGE_INTEGRITY_FAILED listing the first orphans.
 */
export async function verifyForeignKeys(tx: Database, tables: readonly SchemaTable[]): Promise<void> {
  const problems: string[] = [];
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      const child = qualified(table);
      const parent = qualified({ schema: fk.references.schema, name: fk.references.table });
      const notNull = fk.columns.map((c) => `c.${ident(c)} IS NOT NULL`).join(' AND ');
      const join = fk.columns.map((c, i) => `p.${ident(fk.references.columns[i]!)} = c.${ident(c)}`).join(' AND ');
      const shown = fk.columns.map((c) => `coalesce(c.${ident(c)}::text, 'NULL')`).join(` || ', ' || `);
      const rows = await tx.query<{ value: string; total: number }>(
        `SELECT ${shown} AS value, (count(*) OVER ())::int AS total FROM ${child} AS c
          WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${parent} AS p WHERE ${join}) LIMIT 3`,
      );
      if (rows.length > 0) {
        problems.push(
          `${table.schema}.${table.name}(${fk.columns.join(', ')}) -> ${fk.references.schema}.${fk.references.table}: ${rows[0]!.total} row(s) without a parent, e.g. (${rows.map((r) => r.value).join('), (')})`,
        );
      }
    }
  }
  if (problems.length > 0) {
    throw new RuntimeError(RuntimeErrorCodes.IntegrityFailed, `the loaded rows break foreign keys:\n  ${problems.join('\n  ')}`, {
      hint: 'the artifacts do not match the database (or are corrupt): recompile with `seedforge compile`; nothing was loaded',
    });
  }
}

import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import type { RelaxedForeignKey } from './manifest.ts';
import { qualified } from './sql.ts';

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
 * The fast path: COPY with foreign-key triggers off (`session_replication_role = replica`), then set-based proofs
 * (`verifyForeignKeys`) instead of one check per row. Only for a superuser, and only when no loaded table has
 * triggers of its own (replica mode would silently skip them); otherwise undefined and the load checks row by row.
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

import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import type { RelaxedForeignKey } from './manifest.ts';
import { qualified } from './sql.ts';

/**
 * How foreign keys are checked during the load: row by row, deferred constraints, replica role, or (`rebuild`) taken
 * off the tables this role owns and added back after the load (defer-foreign-keys.ts).
 */
export type RelaxMode = 'none' | 'deferred' | 'replica' | 'rebuild';

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
 * The fast paths. With foreign-key triggers off (`session_replication_role = replica`), then set-based proofs
 * (`verifyForeignKeys`) instead of one check per row: for a role that may set that parameter (see maySkipTriggers) and
 * may read every loaded table and its parents (the proofs do), when no loaded table has triggers of its own (replica
 * mode would silently skip them). Otherwise, unless the load has a NOT NULL cycle (`cycles`, which planRelaxation
 * handles), `rebuild`: the foreign keys of the tables this role owns come off for the load and go back on after it
 * (defer-foreign-keys.ts), and the rest are checked row by row.
 */
export async function planBulkRelaxation(tx: Database, tables: readonly { schema: string; name: string }[], cycles: readonly RelaxedForeignKey[]): Promise<Relaxation | undefined> {
  if (tables.length === 0) return undefined;
  const [facts] = await tx.query<{ triggers: number; superuser: boolean; readable: boolean }>(
    `SELECT (SELECT count(*)::int FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = ANY($1::regclass[])) AS triggers,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
            (SELECT coalesce(bool_and(has_table_privilege(c.oid, 'SELECT')), true)
               FROM pg_class c
              WHERE c.oid = ANY($1::regclass[])
                 OR c.oid IN (SELECT k.confrelid FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid = ANY($1::regclass[]))) AS readable`,
    [tables.map((t) => qualified(t))],
  );
  if (facts && facts.triggers === 0 && facts.readable && (await maySkipTriggers(tx, facts.superuser))) return { mode: 'replica', constraints: [], scope: 'all' };
  return cycles.length === 0 ? { mode: 'rebuild', constraints: [], scope: 'all' } : undefined;
}

/** Thrown inside the probe's savepoint to undo the setting it made. */
const PROBED = new Error('probed');

/**
 * Whether this session may turn foreign-key triggers off (`session_replication_role = replica`): a superuser, a role
 * granted it (`GRANT SET ON PARAMETER session_replication_role`, PostgreSQL 15+), or a managed service's admin role
 * that the server lets set it. Anything but a superuser is found out by setting it in a savepoint, which is undone.
 */
async function maySkipTriggers(tx: Database, superuser?: boolean): Promise<boolean> {
  superuser ??= (await tx.query<{ superuser: boolean }>(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`))[0]?.superuser === true;
  if (superuser) return true;
  try {
    await tx.savepoint(async (sp) => {
      await sp.query(`SELECT set_config('session_replication_role', 'replica', true)`);
      throw PROBED;
    });
  } catch (error) {
    if (error === PROBED) return true;
    if ((error as { code?: string }).code === '42501') return false; // permission denied to set parameter
    throw error;
  }
  return false;
}

function describe(fk: RelaxedForeignKey): string {
  return `${fk.schema}.${fk.table}(${fk.columns.join(', ')}) -> ${fk.references.schema}.${fk.references.table}(${fk.references.columns.join(', ')})`;
}

/**
 * Chooses how to load a NOT NULL cycle: DEFERRABLE constraints are deferred to the end of the load; otherwise a role
 * that may (maySkipTriggers) skips foreign-key triggers (`session_replication_role = replica`) while the cycle's
 * tables load.
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
  if (await maySkipTriggers(tx)) return { mode: 'replica', constraints: [], scope: 'cycle' };
  throw new RuntimeError(
    RuntimeErrorCodes.IntegrityFailed,
    `the foreign keys ${relaxed.map(describe).join('; ')} form a NOT NULL cycle, which PostgreSQL cannot load row by row`,
    {
      hint: 'make those foreign keys DEFERRABLE INITIALLY IMMEDIATE (so seedforge can defer them inside its transaction), or apply as a role that may set session_replication_role: a superuser, or one granted it with GRANT SET ON PARAMETER session_replication_role TO <role> (PostgreSQL 15+)',
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

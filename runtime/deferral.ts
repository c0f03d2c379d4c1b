import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';

// What taking indexes (defer-indexes.ts) and foreign keys (defer-foreign-keys.ts) off a table for its COPY share:
// when it is worth it, the lock it takes, and the proof that what was taken off came back exactly.

/**
 * Tables with fewer rows to load keep their indexes (and foreign keys, defer-foreign-keys.ts) during COPY: below this,
 * dropping and rebuilding costs about what it saves, and the locks it takes are not worth holding.
 */
export const DEFER_FROM_ROWS = 10_000;

/** Thrown inside lockIfEmpty's savepoint to undo the lock it took. */
const NOT_EMPTY = new Error('not empty');

/**
 * Locks the tables (ACCESS EXCLUSIVE, without waiting) if every one of them is empty; false, holding no lock, when one
 * holds rows or another session holds a lock on one. The lock is taken in a savepoint, which is undone when a table
 * turns out to hold rows: a table the load only adds rows to stays readable by other sessions meanwhile.
 */
export async function lockIfEmpty(tx: Database, tables: readonly string[]): Promise<boolean> {
  try {
    await tx.savepoint(async (sp) => {
      await sp.exec(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE NOWAIT`);
      const [empty] = await sp.query<{ empty: boolean }>(`SELECT ${tables.map((t) => `NOT EXISTS (SELECT 1 FROM ONLY ${t})`).join(' AND ')} AS empty`);
      if (!empty?.empty) throw NOT_EMPTY;
    });
    return true;
  } catch (error) {
    // Rows already there; a lock another session holds; a table this role may write but not lock.
    if (error === NOT_EMPTY || ['55P03', '42501'].includes((error as { code?: string }).code ?? '')) return false;
    throw error;
  }
}

/** Fails the load when what was taken off a table (`what`: indexes, foreign keys) did not come back exactly as it was. */
export function assertRestored(label: string, what: string, before: string, after: string): void {
  if (after === before) return;
  throw new RuntimeError(RuntimeErrorCodes.LoadFailed, `the ${what} of ${label} did not come back as they were after the load:\nbefore:\n${before}\nafter:\n${after}`, {
    hint: `nothing was loaded: the transaction was rolled back. Apply with --row-checks to load with the ${what} in place, and report this`,
  });
}

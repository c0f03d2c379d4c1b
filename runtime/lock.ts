import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';

/**
 * The one advisory-lock key every seedforge run that writes takes (apply, rollback, clear, seed files, env mark),
 * so two runs against the same database never interleave. A small positive number: pg_locks shows it as
 * classid 0, objid LOCK_KEY, objsubid 1.
 */
export const LOCK_KEY = 0x5eedf09e;

export interface LockOptions {
  /** How long to wait for another run to finish (ms); 0 fails at once. Default 60 s. */
  timeoutMs?: number;
  /** Called once when another run holds the lock and we start waiting. */
  onWait?: (message: string) => void;
}

/**
 * Runs `fn` in a transaction that holds the seedforge advisory lock (`pg_advisory_xact_lock`, released at commit or
 * rollback, also when the process dies). When another run holds it, waits up to `timeoutMs`, then fails with
 * SEEDFORGE_LOCKED. Callers re-check the ledger after acquiring: the run they waited for may have done their work.
 *
 * @example await withLock(db, async (tx) => { ... }, { onWait: log })
 */
export async function withLock<T>(db: Database, fn: (tx: Database) => Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return db.transaction(async (tx) => {
    const [tried] = await tx.query<{ locked: boolean }>(`SELECT pg_try_advisory_xact_lock($1::bigint) AS locked`, [LOCK_KEY]);
    if (tried?.locked !== true) {
      const holder = await lockHolder(tx);
      if (timeoutMs <= 0) throw lockedError(holder);
      options.onWait?.(`waiting for another seedforge run${holder ? ` (${holder})` : ''} to finish…`);
      await tx.query(`SELECT set_config('lock_timeout', $1, true)`, [`${Math.ceil(timeoutMs)}ms`]);
      try {
        await tx.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [LOCK_KEY]);
      } catch (error) {
        if ((error as { code?: string }).code === '55P03') throw lockedError(holder);
        throw error;
      }
      await tx.query(`SELECT set_config('lock_timeout', '0', true)`);
    }
    return fn(tx);
  });
}

function lockedError(holder: string | undefined): RuntimeError {
  return new RuntimeError(RuntimeErrorCodes.Locked, `another seedforge run holds the lock on this database${holder ? ` (${holder})` : ''}`, {
    hint: 'wait for it to finish and run the command again',
  });
}

/** "backend pid 1234, seedforge, since 12:00:01" — best effort, for the message only. */
async function lockHolder(db: Database): Promise<string | undefined> {
  try {
    const rows = await db.query<{ pid: number; app: string | null; since: string | null }>(
      `SELECT l.pid, a.application_name AS app, to_char(a.xact_start, 'HH24:MI:SS') AS since
         FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        LIMIT 1`,
      [LOCK_KEY],
    );
    const row = rows[0];
    if (!row) return undefined;
    return [`backend pid ${row.pid}`, row.app || undefined, row.since ? `in a transaction since ${row.since}` : undefined]
      .filter(Boolean)
      .join(', ');
  } catch {
    return undefined;
  }
}

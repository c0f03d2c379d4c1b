import { isAbsolute, join, relative, resolve } from 'node:path';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';

/**
 * One database session, the same shape for PostgreSQL (postgres.js) and embedded PGlite.
 * Everything the runtime does goes through this interface; it holds exactly one connection.
 */
export interface Database {
  readonly kind: 'postgres' | 'pglite';
  /** Where we are connected, safe to print: `postgres://user@127.0.0.1:5432/app` or `embedded PGlite at .seedforge/pglite`. */
  readonly description: string;
  /** One statement with `$1` parameters. int8/numeric come back as they come (string or number): cast in SQL when it matters. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A multi-statement script, no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in a transaction; nested calls join the enclosing transaction. Throwing rolls back. */
  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` in a savepoint of the enclosing transaction: when it throws, the work since the savepoint is undone,
   * the transaction goes on, and the error is rethrown. Only inside `transaction`.
   */
  savepoint<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
  /** `COPY ... FROM STDIN ...` fed from `chunks`; returns the number of rows the server inserted. */
  copyFrom(copySql: string, chunks: AsyncIterable<Uint8Array | string>): Promise<number>;
  close(): Promise<void>;
  /**
   * Opens another session to the same database, for work that can run beside this one outside its transaction
   * (ANALYZE after the load commits); the caller closes it. Absent where there is only one session (PGlite) and on
   * a session inside a transaction.
   */
  connectAgain?(): Promise<Database>;
}

export type Target = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };

/** The embedded database directory, relative to the project directory. */
export const DEFAULT_PGLITE_DIR = join('.seedforge', 'pglite');

/**
 * Where to connect: `--db`, else `DATABASE_URL`, else the embedded PGlite database in `<cwd>/.seedforge/pglite`.
 * `--db` also accepts `pglite:<dir>` (or `pglite://<dir>`) to choose an embedded database directory explicitly.
 *
 * @example resolveTarget({ db: undefined, env: process.env, cwd: process.cwd() })
 */
export function resolveTarget(opts: { db?: string | undefined; env?: NodeJS.ProcessEnv; cwd: string }): Target {
  const raw = opts.db ?? (opts.env ?? process.env).DATABASE_URL;
  if (raw === undefined || raw.trim() === '') return { kind: 'pglite', dir: resolve(opts.cwd, DEFAULT_PGLITE_DIR) };
  const value = raw.trim();
  const pglite = /^pglite:(?:\/\/)?(.*)$/.exec(value);
  if (pglite) return { kind: 'pglite', dir: resolve(opts.cwd, pglite[1] || DEFAULT_PGLITE_DIR) };
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new RuntimeError(RuntimeErrorCodes.DbUrlInvalid, `not a PostgreSQL connection URL: ${redactUrl(value)}`, {
      hint: 'use postgres://user@host:5432/database, or pglite:<directory> for an embedded database',
    });
  }
  try {
    new URL(value);
  } catch {
    throw new RuntimeError(RuntimeErrorCodes.DbUrlInvalid, `not a valid connection URL: ${redactUrl(value)}`, {
      hint: 'percent-encode special characters in the user name and password',
    });
  }
  return { kind: 'postgres', url: value };
}

/** A printable description of a target: no password. */
export function describeTarget(target: Target, cwd = process.cwd()): string {
  if (target.kind === 'pglite') {
    const rel = relative(cwd, target.dir);
    return `embedded PGlite at ${rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? target.dir : rel}`;
  }
  return redactUrl(target.url);
}

/** The URL without password or query string. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    u.search = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1@');
  }
}

export interface ConnectOptions {
  /** How long to wait for another process holding the embedded database (ms). Default 60 s. */
  lockTimeoutMs?: number;
  /** Called once when we start waiting for another process. */
  onWait?: (message: string) => void;
}

/**
 * Opens one session to the target. An unreachable server, a wrong password or a missing database is a
 * RuntimeError (`SEEDFORGE_DB_UNREACHABLE`) with a message a person can act on.
 *
 * @example const db = await connect(resolveTarget({ cwd })); try { ... } finally { await db.close() }
 */
export async function connect(target: Target, options: ConnectOptions = {}): Promise<Database> {
  if (target.kind === 'postgres') {
    const { connectPostgres } = await import('./connection-postgres.ts');
    return connectPostgres(target.url);
  }
  const { connectPglite } = await import('./connection-pglite.ts');
  return connectPglite(target.dir, options);
}

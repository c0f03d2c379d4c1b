import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connect, describeTarget, resolveTarget, type Database, type Target } from './connection.ts';
import type { ProgressListener } from './progress.ts';

/** How library calls name their database: an open connection (kept open), a URL or target, or nothing (DATABASE_URL, else PGlite). */
export type DatabaseOption = Database | Target | string | undefined;

function isDatabase(value: DatabaseOption): value is Database {
  return typeof value === 'object' && value !== null && typeof (value as Database).query === 'function';
}

export interface OpenOptions {
  db?: DatabaseOption;
  cwd?: string;
  processEnv?: NodeJS.ProcessEnv;
  lockTimeoutMs?: number;
  onProgress?: ProgressListener;
}

/**
 * For read-only and removing commands (status, rollback, clear): the embedded database that does not exist yet
 * is not created just to find it empty. Returns its description then, else undefined.
 */
export function missingEmbeddedDatabase(options: OpenOptions): string | undefined {
  if (isDatabase(options.db)) return undefined;
  const target = targetOf(options);
  return target.kind === 'pglite' && !existsSync(join(target.dir, 'PG_VERSION')) ? describeTarget(target) : undefined;
}

/** Which kind of database the options name, without opening it. */
export function targetKind(options: OpenOptions): Database['kind'] {
  return isDatabase(options.db) ? options.db.kind : targetOf(options).kind;
}

function targetOf(options: OpenOptions): Target {
  return typeof options.db === 'object' && options.db !== null
    ? (options.db as Target)
    : resolveTarget({ db: options.db, env: options.processEnv ?? process.env, cwd: options.cwd ?? process.cwd() });
}

/** Runs `fn` with the database the options name; connections opened here are closed here. */
export async function openDatabase<T>(options: OpenOptions, fn: (db: Database) => Promise<T>): Promise<T> {
  if (isDatabase(options.db)) {
    options.onProgress?.({ type: 'target', kind: options.db.kind, description: options.db.description, defaulted: false });
    return fn(options.db);
  }
  const target = targetOf(options);
  if (target.kind === 'pglite' && !existsSync(join(target.dir, 'PG_VERSION'))) {
    options.onProgress?.({ type: 'phase', message: `creating the embedded database in ${describeTarget(target).replace(/^embedded PGlite at /, '')} (first run only: a few seconds)` });
  }
  const db = await connect(target, {
    ...(options.lockTimeoutMs !== undefined ? { lockTimeoutMs: options.lockTimeoutMs } : {}),
    onWait: (message) => options.onProgress?.({ type: 'waiting', message }),
  });
  const defaulted = options.db === undefined && !(options.processEnv ?? process.env).DATABASE_URL;
  options.onProgress?.({ type: 'target', kind: db.kind, description: db.description, defaulted });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

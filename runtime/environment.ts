import type { Database } from './connection.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';
import { readSetting, writeSetting } from './ledger.ts';

export type EnvironmentName = 'local' | 'staging' | 'production';

export const ENVIRONMENTS: readonly EnvironmentName[] = ['local', 'staging', 'production'];

/** Where the environment came from, for messages ("production (from NODE_ENV)"). */
export type EnvironmentSource = '--env' | 'SEEDFORGE_ENV' | 'NODE_ENV' | 'default';

const aliases: Record<string, EnvironmentName> = {
  local: 'local',
  development: 'local',
  dev: 'local',
  test: 'local',
  staging: 'staging',
  stage: 'staging',
  production: 'production',
  prod: 'production',
};

/**
 * The local environment: `--env`, then `SEEDFORGE_ENV`, then `NODE_ENV`, else `local`.
 *
 * @example resolveEnvironment({ flag: opts.env, env: process.env }) // { name: 'local', source: 'default' }
 */
export function resolveEnvironment(opts: { flag?: string | undefined; env?: NodeJS.ProcessEnv }): { name: EnvironmentName; source: EnvironmentSource } {
  const env = opts.env ?? process.env;
  const candidates: [EnvironmentSource, string | undefined][] = [
    ['--env', opts.flag],
    ['SEEDFORGE_ENV', env.SEEDFORGE_ENV],
    ['NODE_ENV', env.NODE_ENV],
  ];
  for (const [source, raw] of candidates) {
    if (raw === undefined || raw.trim() === '') continue;
    const name = aliases[raw.trim().toLowerCase()];
    if (!name) {
      throw new RuntimeError(RuntimeErrorCodes.EnvUnknown, `unknown environment "${raw}" (from ${source})`, {
        hint: `use one of: local (or development, dev, test), staging (or stage), production (or prod)`,
      });
    }
    return { name, source };
  }
  return { name: 'local', source: 'default' };
}

/** The environment name only; see resolveEnvironment. */
export function detectEnvironment(opts: { flag?: string | undefined; env?: NodeJS.ProcessEnv }): EnvironmentName {
  return resolveEnvironment(opts).name;
}

/** Parses an environment name given by the user (`env mark <name>`); aliases allowed. */
export function parseEnvironmentName(raw: string): EnvironmentName {
  const name = aliases[raw.trim().toLowerCase()];
  if (!name) {
    throw new RuntimeError(RuntimeErrorCodes.EnvUnknown, `unknown environment "${raw}"`, {
      hint: 'use one of: local, staging, production',
    });
  }
  return name;
}

const MARK_KEY = 'environment';

/** The environment recorded inside the database by `seedforge env mark`, or null when unmarked. */
export async function readDatabaseMark(db: Database): Promise<EnvironmentName | null> {
  const value = await readSetting(db, MARK_KEY);
  return value === undefined ? null : (aliases[value] ?? null);
}

/** Records the environment inside the database (schema `seedforge`, created if needed). */
export async function markDatabase(db: Database, env: EnvironmentName): Promise<void> {
  await writeSetting(db, MARK_KEY, env);
}

/**
 * Refuses mock data in production: when the local environment is production, or when the database is marked
 * production (whatever the local environment says). There is no override.
 */
export function assertMockAllowed(opts: {
  environment: EnvironmentName;
  source?: EnvironmentSource;
  mark?: EnvironmentName | null;
  database?: string;
}): void {
  if (opts.environment === 'production') {
    const from = opts.source && opts.source !== 'default' ? ` (from ${opts.source})` : '';
    throw new RuntimeError(RuntimeErrorCodes.EnvProduction, `refusing to load mock data: the environment is production${from}`, {
      hint: 'mock data never goes into production; run against a local or staging database (set --env, SEEDFORGE_ENV or NODE_ENV accordingly)',
    });
  }
  if (opts.mark === 'production') {
    throw new RuntimeError(
      RuntimeErrorCodes.DbMarkedProduction,
      `refusing to load mock data: ${opts.database ?? 'the database'} is marked production`,
      {
        hint: 'this database was marked with `seedforge env mark production`; point --db / DATABASE_URL at a local or staging database',
      },
    );
  }
}

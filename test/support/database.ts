import postgres from 'postgres';

/**
 * Test databases. Tests that need PostgreSQL read DATABASE_URL; each creates its own throwaway database.
 * Without DATABASE_URL they are skipped locally, but under CI=true a missing or unreachable server fails.
 */
export const databaseUrl: string | undefined = process.env.DATABASE_URL;

/** True when PostgreSQL tests should run; throws under CI when they cannot. */
export function hasDatabase(): boolean {
  if (databaseUrl) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error('DATABASE_URL is not set, and CI=true: PostgreSQL tests must run in CI, never skip.');
  }
  return false;
}

/** A fresh, empty database; `drop()` removes it. */
export interface TestDatabase {
  url: string;
  name: string;
  sql: postgres.Sql;
  drop(): Promise<void>;
}

let counter = 0;

export async function createTestDatabase(prefix = 'sf_test'): Promise<TestDatabase> {
  if (!databaseUrl) throw new Error('DATABASE_URL is not set');
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const sql = postgres(url.toString(), { max: 4, onnotice: () => {} });
  return {
    url: url.toString(),
    name,
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      const cleanup = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

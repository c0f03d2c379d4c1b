import postgres from 'postgres';
import { databaseUrl } from '../../support/database.ts';

/**
 * A login role that is no superuser, for tests of what apply may do as such a role: it may use and create in the
 * test database's `public` schema and create schemas (the ledger's) in that database. Roles are the server's, not the
 * database's: `drop()` them after the database, which also takes back what they were granted on the server.
 */
export interface TestRole {
  name: string;
  /** The test database's URL as this role. */
  url: string;
  drop(): Promise<void>;
}

export async function createTestRole(prefix: string, testDatabaseUrl: string): Promise<TestRole> {
  const name = `${prefix}_${process.pid}`;
  const admin = postgres(testDatabaseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE ROLE ${name} LOGIN; GRANT ALL ON SCHEMA public TO ${name}; GRANT CREATE ON DATABASE "${new URL(testDatabaseUrl).pathname.slice(1)}" TO ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testDatabaseUrl);
  url.username = name;
  return {
    name,
    url: url.toString(),
    async drop() {
      const server = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
      try {
        // DROP OWNED also takes back a grant on a parameter, which is the server's, not the dropped database's.
        await server.unsafe(`DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${name}') THEN DROP OWNED BY ${name}; DROP ROLE ${name}; END IF; END $$`);
      } finally {
        await server.end();
      }
    },
  };
}

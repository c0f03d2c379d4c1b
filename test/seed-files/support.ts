import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { connect, type Database } from '../../runtime/connection.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

/** A throwaway project directory with a seeds/ tree. */
export interface Project {
  cwd: string;
  write(path: string, content: string): void;
  remove(path: string): void;
  cleanup(): void;
}

export function makeProject(files: Record<string, string> = {}): Project {
  const cwd = mkdtempSync(join(tmpdir(), 'sf-seeds-'));
  const project: Project = {
    cwd,
    write(path, content) {
      const full = join(cwd, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    },
    remove(path) {
      unlinkSync(join(cwd, path));
    },
    cleanup() {
      rmSync(cwd, { recursive: true, force: true });
    },
  };
  for (const [path, content] of Object.entries(files)) project.write(path, content);
  return project;
}

/** A fresh PostgreSQL database, connected through the runtime's Database interface. */
export interface SeedTestDatabase {
  test: TestDatabase;
  db: Database;
  url: string;
  /** Rows of a query through a separate connection (postgres.js). */
  rows<T = Record<string, unknown>>(query: string): Promise<T[]>;
  drop(): Promise<void>;
}

export async function seedTestDatabase(): Promise<SeedTestDatabase> {
  const test = await createTestDatabase('sf_seed');
  const db = await connect({ kind: 'postgres', url: test.url });
  return {
    test,
    db,
    url: test.url,
    async rows<T>(query: string) {
      return Array.from(await test.sql.unsafe(query)) as T[];
    },
    async drop() {
      await db.close().catch(() => {});
      await test.drop();
    },
  };
}

/** `-- Description/Environment/Idempotent` header plus a body. */
export function seedFile(body: string, header: { idempotent?: boolean; environment?: string; description?: string } = {}): string {
  const lines: string[] = [];
  if (header.description) lines.push(`-- Description: ${header.description}`);
  if (header.environment) lines.push(`-- Environment: ${header.environment}`);
  if (header.idempotent !== undefined) lines.push(`-- Idempotent: ${header.idempotent}`);
  return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${body}`;
}

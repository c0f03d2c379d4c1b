import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type Database, type Target } from '../../../runtime/connection.ts';
import { createTestDatabase, hasDatabase, type TestDatabase } from '../../support/database.ts';

/** A throwaway target of either kind: a fresh PostgreSQL database or a fresh embedded PGlite directory. */
export interface TestTarget {
  kind: 'postgres' | 'pglite';
  target: Target;
  /** `--db` value for the CLI. */
  db: string;
  drop(): Promise<void>;
}

/** The kinds every runtime test runs against: PGlite always, PostgreSQL when DATABASE_URL is set (always under CI). */
export const targetKinds: ('postgres' | 'pglite')[] = hasDatabase() ? ['pglite', 'postgres'] : ['pglite'];

export async function createTestTarget(kind: 'postgres' | 'pglite'): Promise<TestTarget> {
  if (kind === 'postgres') {
    const database: TestDatabase = await createTestDatabase('sf_rt');
    return {
      kind,
      target: { kind: 'postgres', url: database.url },
      db: database.url,
      drop: () => database.drop(),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sf-pglite-'));
  const data = join(dir, 'pglite');
  return {
    kind,
    target: { kind: 'pglite', dir: data },
    db: `pglite:${data}`,
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What most runtime tests open per test: a fresh target, a connection to it, and a scratch directory. */
export interface OpenTarget {
  t: TestTarget;
  db: Database;
  work: string;
}

/** Opens a fresh target of `kind` with a connection and a scratch directory named `prefix…`. */
export async function openTestTarget(kind: 'postgres' | 'pglite', prefix: string): Promise<OpenTarget> {
  const t = await createTestTarget(kind);
  return { t, db: await connect(t.target), work: mkdtempSync(join(tmpdir(), prefix)) };
}

/** Closes what openTestTarget opened (whatever part of it was opened). */
export async function closeTestTarget(open: Partial<OpenTarget>): Promise<void> {
  await open.db?.close();
  await open.t?.drop();
  if (open.work) rmSync(open.work, { recursive: true, force: true });
}

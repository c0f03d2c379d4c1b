import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import { deferForeignKeys } from '../../runtime/defer-foreign-keys.ts';
import { deferIndexes } from '../../runtime/defer-indexes.ts';
import { DEFER_FROM_ROWS } from '../../runtime/deferral.ts';
import { qualified } from '../../runtime/sql.ts';
import type { ProgressEvent } from '../../runtime/progress.ts';
import { rollback } from '../../runtime/rollback.ts';
import { writeFixture, type FixtureSpec } from './support/fixtures.ts';
import { tableCounts } from './support/inspect.ts';
import { closeTestTarget, openTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };

/**
 * parent: referenced by item's foreign key, so its primary key stays during the load. item: a named primary key, a
 * DEFERRABLE unique constraint, a partial index, an expression index with a storage option, a NULLS NOT DISTINCT
 * unique index (all built after the COPY), and a commented index (kept: a rebuild would lose the comment).
 */
const schemaSql = `
CREATE TABLE "parent" ("id" integer PRIMARY KEY NOT NULL);
CREATE TABLE "item" (
  "id" integer NOT NULL,
  "parent_id" integer NOT NULL REFERENCES "public"."parent"("id"),
  "code" text NOT NULL,
  "qty" integer NOT NULL,
  "note" text,
  CONSTRAINT "item_pk" PRIMARY KEY ("id"),
  CONSTRAINT "item_code_key" UNIQUE ("code") DEFERRABLE INITIALLY IMMEDIATE
);
CREATE INDEX "item_qty_partial" ON "item" ("qty") WHERE "qty" > 3;
CREATE INDEX "item_lower_code" ON "item" (lower("code")) WITH (fillfactor = 70);
CREATE UNIQUE INDEX "item_parent_code" ON "item" ("parent_id", "code") NULLS NOT DISTINCT;
CREATE INDEX "item_commented" ON "item" ("note");
COMMENT ON INDEX "item_commented" IS 'kept during the load';
`;

const deferred = ['item_code_key', 'item_lower_code', 'item_parent_code', 'item_pk', 'item_qty_partial'];
const kept = ['item_commented', 'parent_pkey'];

function spec(items: number, code: (i: number) => string = (i) => `c${i}`): FixtureSpec {
  const column = (name: string, type: string, notNull: boolean) => ({ name, type, notNull });
  return {
    scenario: 'items',
    schemaSql,
    snapshot: {
      enums: [],
      tables: [
        { schema: 'public', name: 'parent', columns: [column('id', 'integer', true)], primaryKey: ['id'], uniques: [], foreignKeys: [], checks: [] },
        {
          schema: 'public',
          name: 'item',
          columns: [column('id', 'integer', true), column('parent_id', 'integer', true), column('code', 'text', true), column('qty', 'integer', true), column('note', 'text', false)],
          primaryKey: ['id'],
          uniques: [['code'], ['code', 'parent_id']],
          foreignKeys: [{ columns: ['parent_id'], references: { schema: 'public', table: 'parent', columns: ['id'] } }],
          checks: [],
        },
      ],
    },
    tables: [
      { name: 'parent', columns: ['id'], primaryKey: ['id'], rows: { count: 50, row: (i) => [String(i + 1)] } },
      {
        name: 'item',
        columns: ['id', 'parent_id', 'code', 'qty', 'note'],
        primaryKey: ['id'],
        rows: { count: items, row: (i) => [String(i + 1), String((i % 50) + 1), code(i), String(i % 7), i % 3 === 0 ? null : `note ${i}`] },
      },
    ],
  };
}

describe.each(targetKinds)('indexes built after the COPY on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  beforeEach(async () => void ({ t, db, work } = await openTestTarget(kind, 'sf-indexes-')));
  afterEach(() => closeTestTarget({ t, db, work }));

  /** Every index of both tables: name -> its oid, definition and constraint, plus which columns are NOT NULL. */
  async function catalog(): Promise<{ oids: Record<string, number>; definitions: Record<string, string>; notNull: string[] }> {
    const rows = await db.query<{ name: string; oid: number; definition: string }>(
      `SELECT ic.relname AS name, ic.oid::int AS oid,
              pg_get_indexdef(i.indexrelid) || coalesce(' / ' || k.conname || ' ' || pg_get_constraintdef(k.oid), '') || coalesce(' / ' || obj_description(ic.oid, 'pg_class'), '') AS definition
         FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
         LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')
        WHERE i.indrelid IN ('public.parent'::regclass, 'public.item'::regclass)`,
    );
    const notNull = await db.query<{ name: string }>(
      `SELECT attrelid::regclass::text || '.' || attname AS name FROM pg_attribute
        WHERE attrelid IN ('public.parent'::regclass, 'public.item'::regclass) AND attnum > 0 AND attnotnull ORDER BY 1`,
    );
    return {
      oids: Object.fromEntries(rows.map((r) => [r.name, r.oid])),
      definitions: Object.fromEntries(rows.map((r) => [r.name, r.definition])),
      notNull: notNull.map((r) => r.name),
    };
  }

  async function prepare(fixture: FixtureSpec, extraSql = ''): Promise<string> {
    await db.exec(fixture.schemaSql + extraSql);
    const dir = join(work, 'items');
    await writeFixture(dir, fixture);
    return dir;
  }

  const changed = (before: Record<string, number>, after: Record<string, number>) =>
    Object.keys(before)
      .filter((name) => before[name] !== after[name])
      .sort();

  it('builds every index nothing else depends on after the rows, and the schema comes back exactly', async () => {
    const dir = await prepare(spec(DEFER_FROM_ROWS));
    const before = await catalog();
    expect(Object.keys(before.oids).sort()).toEqual([...deferred, ...kept].sort());
    const events: ProgressEvent[] = [];
    const result = await applyArtifacts({ dir, db, processEnv: env, onProgress: (e) => events.push(e) });
    expect(result).toMatchObject({ status: 'applied', totalRows: DEFER_FROM_ROWS + 50 });
    const after = await catalog();
    // Same names, definitions, constraints, comments and NOT NULL columns; new index objects for the deferred ones.
    expect(after.definitions).toEqual(before.definitions);
    expect(after.notNull).toEqual(before.notNull);
    expect(changed(before.oids, after.oids)).toEqual(deferred);
    expect(events).toContainEqual({ type: 'phase', message: `building ${deferred.length} index(es) of public.item` });
    // The rebuilt indexes work: the unique constraint refuses a duplicate, and rollback finds the rows by key.
    await expect(db.exec(`INSERT INTO item VALUES (${DEFER_FROM_ROWS + 1}, 1, 'c7', 1, NULL)`)).rejects.toThrow(/item_code_key/);
    const rolledBack = await rollback({ db, processEnv: env, scenario: 'items' });
    expect(rolledBack.totalRows).toBe(DEFER_FROM_ROWS + 50);
    expect(await tableCounts(db, ['public.parent', 'public.item'])).toEqual({ 'public.parent': 0, 'public.item': 0 });
    // A second load defers again (the table is empty once more) and still restores the same schema.
    await applyArtifacts({ dir, db, processEnv: env });
    expect((await catalog()).definitions).toEqual(before.definitions);
  });

  it('--fresh: the previous run is removed in the same transaction, then the same keys load and the indexes build', async () => {
    const first = await prepare(spec(DEFER_FROM_ROWS));
    await applyArtifacts({ dir: first, db, processEnv: env });
    const before = await catalog();
    // Different artifacts with the same ids and codes in another order: the deleted rows are still in the heap.
    const dir = join(work, 'items-2');
    await writeFixture(dir, spec(DEFER_FROM_ROWS, (i) => `c${DEFER_FROM_ROWS - 1 - i}`));
    const result = await applyArtifacts({ dir, db, processEnv: env, fresh: true, confirm: async () => true });
    expect(result).toMatchObject({ status: 'applied', replaced: { totalRows: DEFER_FROM_ROWS + 50 } });
    const after = await catalog();
    expect(after.definitions).toEqual(before.definitions);
    expect(changed(before.oids, after.oids)).toEqual(deferred);
    expect(await db.query(`SELECT code FROM item WHERE id = 1`)).toEqual([{ code: `c${DEFER_FROM_ROWS - 1}` }]);
    expect(await tableCounts(db, ['public.item'])).toEqual({ 'public.item': DEFER_FROM_ROWS });
  });

  it('a duplicate key in the rows fails the index build with the key, and nothing is loaded or changed', async () => {
    const dir = await prepare(spec(DEFER_FROM_ROWS, (i) => (i === 9_000 ? 'c17' : `c${i}`)));
    const before = await catalog();
    const error = (await applyArtifacts({ dir, db, processEnv: env }).catch((e: unknown) => e)) as Error & { code?: string; hint?: string };
    expect(error).toMatchObject({ code: 'SEEDFORGE_LOAD_FAILED' });
    expect(error.message).toMatch(/^building index item_\w+ of public\.item after the load failed: .*\(Key \((parent_id, )?code\)=\((18, )?c17\) is duplicated\.\)$/);
    expect(error.hint).toMatch(/two loaded rows share a key of the unique index item_\w+/);
    expect(await tableCounts(db, ['public.parent', 'public.item'])).toEqual({ 'public.parent': 0, 'public.item': 0 });
    expect(await catalog()).toEqual(before);
  });

  it('keeps the indexes of a table that already holds rows, or has fewer rows to load than the threshold', async () => {
    const dir = await prepare(spec(DEFER_FROM_ROWS), `INSERT INTO parent VALUES (1000); INSERT INTO item VALUES (900000, 1000, 'older', 1, NULL);`);
    const before = await catalog();
    await applyArtifacts({ dir, db, processEnv: env });
    expect(changed(before.oids, (await catalog()).oids)).toEqual([]);
    expect(await tableCounts(db, ['public.item'])).toEqual({ 'public.item': DEFER_FROM_ROWS + 1 });

    await db.exec('DROP TABLE item, parent; DROP SCHEMA seedforge CASCADE');
    const small = await prepare(spec(DEFER_FROM_ROWS - 1));
    const smallBefore = await catalog();
    await applyArtifacts({ dir: small, db, processEnv: env });
    expect(changed(smallBefore.oids, (await catalog()).oids)).toEqual([]);
  });

  it('keeps the indexes when checking foreign keys row by row (--row-checks)', async () => {
    const dir = await prepare(spec(DEFER_FROM_ROWS));
    const before = await catalog();
    await applyArtifacts({ dir, db, processEnv: env, rowChecks: true });
    expect(changed(before.oids, (await catalog()).oids)).toEqual([]);
  });

  // PostgreSQL only: it watches the locks from a second session, and PGlite has a single connection.
  it.runIf(kind === 'postgres')('leaves a table that already holds rows (and its parent) readable by other sessions while the load goes on', async () => {
    await prepare(spec(DEFER_FROM_ROWS), `INSERT INTO parent VALUES (1000); INSERT INTO item VALUES (900000, 1000, 'older', 1, NULL);`);
    const observer = await connect(t.target);
    try {
      await db.transaction(async (tx) => {
        const item = { schema: 'public', name: 'item' };
        expect(await deferIndexes(tx, item)).toBeUndefined();
        expect(await deferForeignKeys(tx, item, [qualified(item), qualified({ schema: 'public', name: 'parent' })])).toBeUndefined();
        // Seen from another session while the transaction is open: no lock that would stop a reader.
        const locks = await observer.query(`SELECT relation::regclass::text AS t FROM pg_locks WHERE mode = 'AccessExclusiveLock' AND relation IN ('public.item'::regclass, 'public.parent'::regclass)`);
        expect(locks).toEqual([]);
      });
    } finally {
      await observer.close();
    }
  });

  it.runIf(kind === 'postgres')('does not wait for a session holding a lock on the table: it loads with the indexes in place', async () => {
    const dir = await prepare(spec(DEFER_FROM_ROWS));
    const before = await catalog();
    const reader = await connect(t.target);
    try {
      await reader.exec('BEGIN; SELECT count(*) FROM item');
      const result = await applyArtifacts({ dir, db, processEnv: env });
      expect(result.status).toBe('applied');
      await reader.exec('COMMIT');
    } finally {
      await reader.close();
    }
    expect(changed(before.oids, (await catalog()).oids)).toEqual([]);
    expect(await tableCounts(db, ['public.item'])).toEqual({ 'public.item': DEFER_FROM_ROWS });
  });
});

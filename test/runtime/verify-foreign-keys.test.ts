import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import { connect, type Database } from '../../runtime/connection.ts';
import type { SchemaTable } from '../../runtime/manifest.ts';
import { verifyForeignKeys } from '../../runtime/verify-foreign-keys.ts';
import { familyFixture, writeFixture } from './support/fixtures.ts';
import { databaseState } from './support/inspect.ts';
import { recording, type RecordedStatement } from './support/recording.ts';
import { createTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };

/** p: integers 1..5; g: bigints with a gap (no 3); big: bigints past 2^32, contiguous; e: empty; t: text; pair: composite. */
const schemaSql = `
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE g (id bigint PRIMARY KEY);
CREATE TABLE big (id bigint PRIMARY KEY);
CREATE TABLE e (id integer PRIMARY KEY);
CREATE TABLE t (code text PRIMARY KEY);
CREATE TABLE pair (a integer, b text, PRIMARY KEY (a, b));
CREATE TABLE c (
  id serial PRIMARY KEY,
  p_id integer REFERENCES p,
  g_id bigint REFERENCES g,
  big_id bigint REFERENCES big,
  e_id integer REFERENCES e,
  t_code text REFERENCES t,
  pa integer, pb text, FOREIGN KEY (pa, pb) REFERENCES pair
);
CREATE TABLE c2 (p_id smallint REFERENCES p);
INSERT INTO p SELECT generate_series(1, 5);
INSERT INTO g VALUES (1), (2), (4), (5);
INSERT INTO big SELECT 9000000000 + generate_series(0, 4);
INSERT INTO t VALUES ('a'), ('b');
INSERT INTO pair VALUES (1, 'x'), (2, 'y');
`;

const fk = (columns: string[], table: string, references: string[]) => ({ columns, references: { schema: 'public', table, columns: references } });
const table = (name: string, foreignKeys: SchemaTable['foreignKeys']): SchemaTable => ({ schema: 'public', name, columns: [], primaryKey: [], uniques: [], foreignKeys, checks: [] });
const tables: SchemaTable[] = [
  table('c', [fk(['p_id'], 'p', ['id']), fk(['g_id'], 'g', ['id']), fk(['big_id'], 'big', ['id']), fk(['e_id'], 'e', ['id']), fk(['t_code'], 't', ['code']), fk(['pa', 'pb'], 'pair', ['a', 'b'])]),
  table('c2', [fk(['p_id'], 'p', ['id'])]),
];

class Rollback extends Error {}

describe.each(targetKinds)('foreign-key proofs on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  beforeAll(async () => {
    t = await createTestTarget(kind);
    db = await connect(t.target);
    await db.exec(schemaSql);
  });
  afterAll(async () => {
    await db?.close();
    await t?.drop();
  });

  /** Inserts child rows without per-row checks in a transaction (rolled back), verifies, returns the error message (or undefined) and the statements. */
  async function verify(
    insert: string,
    checked: SchemaTable[] = tables,
    inserted?: Map<string, number>,
  ): Promise<{ message: string | undefined; code: string | undefined; log: string[] }> {
    const log: RecordedStatement[] = [];
    let message: string | undefined;
    let code: string | undefined;
    await db
      .transaction(async (tx) => {
        // As apply's fast path does: foreign-key triggers off while the rows go in.
        await tx.exec(`SET LOCAL session_replication_role = replica; ${insert}; SET LOCAL session_replication_role = origin`);
        try {
          await verifyForeignKeys(recording(tx, log), checked, inserted);
        } catch (error) {
          message = (error as Error).message;
          code = (error as { code?: string }).code;
        }
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    return { message, code, log: log.map((s) => s.sql) };
  }
  const antiJoins = (log: string[]) => log.filter((s) => s.includes('NOT EXISTS')).map((s) => /NOT EXISTS \(SELECT 1 FROM "public"\."(\w+)"/.exec(s)![1]);
  const parentScans = (log: string[]) => log.filter((s) => /count\("\w+"\)::text AS n/.test(s)).map((s) => /FROM "public"\."(\w+)"/.exec(s)![1]);

  it('accepts valid rows: integer keys by range (each parent measured once), the rest by anti-join', async () => {
    const { message, log } = await verify(`
      INSERT INTO c (p_id, g_id, big_id, e_id, t_code, pa, pb) VALUES
        (1, 1, 9000000000, NULL, 'a', 1, 'x'), (5, 5, 9000000004, NULL, 'b', 2, 'y'),
        (NULL, NULL, NULL, NULL, NULL, NULL, NULL), (3, 4, 9000000002, NULL, NULL, 7, NULL);
      INSERT INTO c2 VALUES (1), (5), (NULL)`);
    expect(message).toBeUndefined();
    // p is referenced by both tables, measured once; the gap in g and the text and composite keys need joins.
    expect(parentScans(log).sort()).toEqual(['big', 'e', 'g', 'p']);
    expect(antiJoins(log).sort()).toEqual(['g', 'pair', 't']);
    // One range scan per child table.
    expect(log.filter((s) => s.includes('AS orphans')).map((s) => /FROM "public"\."(\w+)"/.exec(s)![1])).toEqual(['c', 'c2']);
  });

  it.each([
    ['one past the largest parent key', `INSERT INTO c (p_id) VALUES (1), (6)`, 'public.c(p_id) -> public.p: 1 row(s) without a parent, e.g. (6)'],
    ['below the smallest parent key', `INSERT INTO c (p_id) VALUES (0), (-4), (2)`, 'public.c(p_id) -> public.p: 2 row(s) without a parent, e.g. ('],
    ['a smallint child', `INSERT INTO c2 VALUES (9)`, 'public.c2(p_id) -> public.p: 1 row(s) without a parent, e.g. (9)'],
    ['a bigint key past the range', `INSERT INTO c (big_id) VALUES (9000000005)`, 'public.c(big_id) -> public.big: 1 row(s) without a parent, e.g. (9000000005)'],
    ['any key of an empty parent', `INSERT INTO c (e_id) VALUES (1)`, 'public.c(e_id) -> public.e: 1 row(s) without a parent, e.g. (1)'],
    ['a key in the gap of a non-contiguous parent', `INSERT INTO c (g_id) VALUES (2), (3)`, 'public.c(g_id) -> public.g: 1 row(s) without a parent, e.g. (3)'],
    ['a composite key', `INSERT INTO c (pa, pb) VALUES (1, 'x'), (1, 'y')`, 'public.c(pa, pb) -> public.pair: 1 row(s) without a parent, e.g. (1, y)'],
    ['a text key', `INSERT INTO c (t_code) VALUES ('zz')`, 'public.c(t_code) -> public.t: 1 row(s) without a parent, e.g. (zz)'],
  ])('finds an orphan: %s', async (_, insert, expected) => {
    const { message, code } = await verify(insert);
    expect(code).toBe('SEEDFORGE_INTEGRITY_FAILED');
    expect(message).toContain(expected);
    expect(message!.split('\n')).toHaveLength(2);
  });

  it('measures a parent that holds only the rows this load inserted off its index, any other by a scan', async () => {
    const q = [table('cq', [fk(['q_id'], 'q', ['id'])]), table('c2', [fk(['p_id'], 'p', ['id'])])];
    const setup = `CREATE TABLE q (id integer PRIMARY KEY); CREATE TABLE cq (q_id integer REFERENCES q);
      INSERT INTO q SELECT generate_series(1, 4); INSERT INTO p VALUES (6), (7), (8);`;
    // q holds exactly its 4 inserted rows; p holds 3 inserted rows and 5 older ones, so it is scanned.
    const inserted = new Map([['public.q', 4], ['public.p', 3]]);
    const ok = await verify(`${setup} INSERT INTO cq VALUES (1), (4); INSERT INTO c2 VALUES (8)`, q, inserted);
    expect(ok.message).toBeUndefined();
    expect(parentScans(ok.log)).toEqual(['p']);
    // Both parents' index bounds in one statement.
    const bounds = ok.log.filter((s) => s.includes(')::text AS lo, max(') && !s.includes('count('));
    expect(bounds).toHaveLength(1);
    expect([...bounds[0]!.matchAll(/FROM "public"\."(\w+)"/g)].map((m) => m[1]).sort()).toEqual(['p', 'q']);
    const orphan = await verify(`${setup} INSERT INTO cq VALUES (1), (5)`, q, inserted);
    expect(orphan.message).toContain('public.cq(q_id) -> public.q: 1 row(s) without a parent, e.g. (5)');
  });

  it('lists every broken key of a table, in order, with their orphans', async () => {
    const { message, log } = await verify(`INSERT INTO c (p_id, big_id, g_id) VALUES (7, 1, 3), (8, 9000000001, 1), (2, NULL, NULL)`);
    expect(message).toBe(
      'the loaded rows break foreign keys:\n' +
        '  public.c(p_id) -> public.p: 2 row(s) without a parent, e.g. (7), (8)\n' +
        '  public.c(g_id) -> public.g: 1 row(s) without a parent, e.g. (3)\n' +
        '  public.c(big_id) -> public.big: 1 row(s) without a parent, e.g. (1)',
    );
    // The failed range scan of c sends every range-proven key of c to an anti-join for the message.
    expect(antiJoins(log).sort()).toEqual(['big', 'e', 'g', 'p', 'pair', 't']);
  });
});

describe.each(targetKinds)('apply proves foreign keys on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  beforeAll(async () => {
    t = await createTestTarget(kind);
    db = await connect(t.target);
    work = mkdtempSync(join(tmpdir(), 'sf-fk-'));
  });
  afterAll(async () => {
    await db?.close();
    await t?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  let n = 0;
  async function apply(parentIds: number[], childRefs: (number | null)[]) {
    const dir = join(work, `family-${n++}`);
    const spec = familyFixture(parentIds, childRefs);
    await db.exec(`DROP TABLE IF EXISTS child, parent; ${spec.schemaSql}`);
    await writeFixture(dir, spec);
    return applyArtifacts({ dir, db, processEnv: env }).catch((e: unknown) => e as Error & { code?: string });
  }

  it.each([
    ['a contiguous parent, one past its largest key', [1, 2, 3, 4], [1, 4, null, 5], '(5)'],
    ['a parent with a gap, a child pointing into it', [1, 2, 4, 5], [1, 3, null, 5], '(3)'],
  ])('refuses %s and commits nothing', async (_, parentIds, childRefs, orphan) => {
    const error = (await apply(parentIds, childRefs)) as Error & { code?: string };
    expect(error).toMatchObject({ code: 'SEEDFORGE_INTEGRITY_FAILED' });
    expect(error.message).toBe(`the loaded rows break foreign keys:\n  public.child(parent_id) -> public.parent: 1 row(s) without a parent, e.g. ${orphan}`);
    const state = await databaseState(db, ['public.parent', 'public.child']);
    expect(state.counts).toEqual({ 'public.parent': 0, 'public.child': 0 });
    expect(state.runs).toEqual([]);
  });

  it('loads valid rows, NULL references included', async () => {
    const result = await apply([10, 11, 12], [10, null, 12, 11]);
    expect(result).toMatchObject({ status: 'applied', totalRows: 7 });
  });
});

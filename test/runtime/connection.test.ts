import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, resolveTarget, type Database } from '../../runtime/connection.ts';
import { RuntimeError } from '../../runtime/errors.ts';
import { createTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

describe('resolveTarget', () => {
  it('prefers --db, then DATABASE_URL, then the embedded database under cwd', () => {
    expect(resolveTarget({ db: 'postgres://a@h/db', env: { DATABASE_URL: 'postgres://b@h/db' }, cwd: '/p' })).toEqual({ kind: 'postgres', url: 'postgres://a@h/db' });
    expect(resolveTarget({ env: { DATABASE_URL: 'postgresql://b@h/db' }, cwd: '/p' })).toEqual({ kind: 'postgres', url: 'postgresql://b@h/db' });
    expect(resolveTarget({ env: {}, cwd: '/p' })).toEqual({ kind: 'pglite', dir: '/p/.seedforge/pglite' });
    expect(resolveTarget({ db: 'pglite:data/db', env: {}, cwd: '/p' })).toEqual({ kind: 'pglite', dir: '/p/data/db' });
  });

  it('refuses something that is not a connection URL', () => {
    expect(() => resolveTarget({ db: 'mysql://x@y/z', cwd: '/p' })).toThrow(/not a PostgreSQL connection URL/);
  });
});

describe('connect to an unreachable server', () => {
  it('is a RuntimeError that says what to check', async () => {
    const error = await connect({ kind: 'postgres', url: 'postgres://nobody:secret@127.0.0.1:1/app' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).code).toBe('SEEDFORGE_DB_UNREACHABLE');
    expect((error as RuntimeError).message).toBe('cannot connect to postgres://nobody@127.0.0.1:1/app: connection refused');
    expect((error as RuntimeError).message).not.toContain('secret');
  });
});

describe.each(targetKinds)('Database on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  beforeAll(async () => {
    t = await createTestTarget(kind);
    db = await connect(t.target);
    await db.exec(`CREATE TABLE items (id integer PRIMARY KEY, label text, note text); CREATE TABLE other (id integer)`);
  });
  afterAll(async () => {
    await db?.close();
    await t?.drop();
  });

  it('queries with parameters', async () => {
    const rows = await db.query<{ n: number }>('SELECT $1::int + 1 AS n', [41]);
    expect(rows).toEqual([{ n: 42 }]);
    expect(db.kind).toBe(kind);
  });

  it('rolls back a transaction that throws, including nested calls', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO other VALUES (1)`);
        await tx.transaction(async (inner) => inner.query(`INSERT INTO other VALUES (2)`));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await db.query(`SELECT * FROM other`)).toEqual([]);
    await db.transaction(async (tx) => tx.query(`INSERT INTO other VALUES (3)`));
    expect(await db.query(`SELECT id FROM other`)).toEqual([{ id: 3 }]);
  });

  it('a savepoint that throws undoes its own work only, and the transaction commits the rest', async () => {
    await db.exec('DELETE FROM other');
    const caught = await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO other VALUES (10)`);
      const error = await tx
        .savepoint(async (sp) => {
          await sp.query(`INSERT INTO other VALUES (11)`);
          await sp.query(`SELECT 1 / 0`);
        })
        .catch((e: unknown) => e as { code?: string });
      // A savepoint that succeeds keeps its work.
      await tx.savepoint((sp) => sp.query(`INSERT INTO other VALUES (12)`));
      await tx.query(`INSERT INTO other VALUES (13)`);
      return error;
    });
    expect(caught).toMatchObject({ code: '22012' });
    expect(await db.query(`SELECT id FROM other ORDER BY id`)).toEqual([{ id: 10 }, { id: 12 }, { id: 13 }]);
    await expect(db.savepoint(async () => 1)).rejects.toThrow(/outside a transaction/);
    await db.exec('DELETE FROM other');
  });

  it('copies CSV from a stream: NULL vs empty string, quoted newlines, chunk edges anywhere', async () => {
    const csv = 'id,label,note\n1,"",\n2,"a ""quoted""\nline",x\n3,plain,"y,z"\n';
    async function* pieces() {
      for (let i = 0; i < csv.length; i += 3) yield Buffer.from(csv.slice(i, i + 3));
    }
    const rows = await db.transaction((tx) => tx.copyFrom(`COPY items (id, label, note) FROM STDIN WITH (FORMAT csv, HEADER true)`, pieces()));
    expect(rows).toBe(3);
    expect(await db.query(`SELECT id, label, note FROM items ORDER BY id`)).toEqual([
      { id: 1, label: '', note: null },
      { id: 2, label: 'a "quoted"\nline', note: 'x' },
      { id: 3, label: 'plain', note: 'y,z' },
    ]);
  });

  it('copies a file larger than one piece and counts every row', async () => {
    await db.exec(`CREATE TABLE big (id integer, body text)`);
    const body = 'x'.repeat(1000);
    const n = 40_000; // about 40 MB: several pieces for the embedded driver
    async function* lines() {
      yield 'id,body\n';
      for (let i = 0; i < n; i += 1000) {
        let s = '';
        for (let j = i; j < i + 1000; j++) s += `${j},"${body}\n${j}"\n`;
        yield s;
      }
    }
    const rows = await db.transaction((tx) => tx.copyFrom(`COPY big (id, body) FROM STDIN WITH (FORMAT csv, HEADER true)`, lines()));
    expect(rows).toBe(n);
    expect(await db.query(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM big`)).toEqual([{ n, d: n }]);
  });

  it('counts the rows the server inserted, not the records sent', async () => {
    // A trigger that drops some rows, and (from STDIN) an end-of-data marker line, which ends COPY data early.
    await db.exec(`CREATE TABLE picky (id integer);
      CREATE FUNCTION odd_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.id % 2 = 0 THEN RETURN NULL; END IF; RETURN NEW; END $$;
      CREATE TRIGGER picky_odd BEFORE INSERT ON picky FOR EACH ROW EXECUTE FUNCTION odd_only()`);
    async function* csv(text: string) {
      yield text;
    }
    const copy = `COPY picky (id) FROM STDIN WITH (FORMAT csv, HEADER true)`;
    await db.transaction(async (tx) => {
      expect(await tx.copyFrom(copy, csv('id\n1\n2\n3\n4\n5\n'))).toBe(3);
      if (kind === 'postgres') {
        expect(await tx.copyFrom(copy, csv('id\n7\n\\.\n9\n'))).toBe(1);
        expect(await tx.query(`SELECT id FROM picky WHERE id > 5`)).toEqual([{ id: 7 }]);
      }
    });
  });

  it('a failing COPY rolls the transaction back and leaves the session usable', async () => {
    async function* bad() {
      yield 'id,label,note\n10,a,b\nnot-a-number,b,c\n';
    }
    await expect(db.transaction((tx) => tx.copyFrom(`COPY items (id, label, note) FROM STDIN WITH (FORMAT csv, HEADER true)`, bad()))).rejects.toThrow(/invalid input syntax/);
    expect(await db.query(`SELECT count(*)::int AS n FROM items WHERE id = 10`)).toEqual([{ n: 0 }]);
  });

  it('a source that throws mid-COPY aborts the COPY and rolls back', async () => {
    async function* broken() {
      yield 'id,label,note\n20,a,b\n';
      throw new Error('source failed');
    }
    await expect(db.transaction((tx) => tx.copyFrom(`COPY items (id, label, note) FROM STDIN WITH (FORMAT csv, HEADER true)`, broken()))).rejects.toThrow('source failed');
    expect(await db.query(`SELECT count(*)::int AS n FROM items WHERE id = 20`)).toEqual([{ n: 0 }]);
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});

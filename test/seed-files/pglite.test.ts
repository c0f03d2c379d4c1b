import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../../runtime/connection.ts';
import { RuntimeError } from '../../runtime/errors.ts';
import { extractSeedFile, runSeedFiles, seedFileStatus, variablesFrom } from '../../runtime/seed-files/index.ts';
import { makeProject, seedFile, type Project } from './support.ts';

// The embedded database (the default target without --db / DATABASE_URL) gets the essentials too.
describe('seed files on embedded PGlite', () => {
  let dir: string;
  let db: Database;
  let project: Project;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-seed-pglite-'));
    db = await connect({ kind: 'pglite', dir: join(dir, 'pglite') });
    await db.exec(`CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE NOT NULL, tags text[], data jsonb); CREATE TABLE log (n integer);`);
    project = makeProject();
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
    project?.cleanup();
  });

  it('runs, skips unchanged files, maps a failure to its line, and extracts', async () => {
    const email = "o'brien; --";
    project.write('seeds/all/001_admin.sql', seedFile("INSERT INTO users (email, tags, data) VALUES ('${EMAIL}', '{a,\"b c\"}', '{\"k\": [1]}');", { idempotent: false }));
    project.write('seeds/local/001_demo.sql', seedFile('INSERT INTO log VALUES (1);\nINSERT INTO log VALUES (oops);'));
    const variables = variablesFrom({ EMAIL: email });
    const error = (await runSeedFiles({ db, cwd: project.cwd, environment: 'local', variables }).catch((e: unknown) => e)) as RuntimeError;
    expect(error).toBeInstanceOf(RuntimeError);
    expect(error.message).toBe('seeds/local/001_demo.sql:2:25: column "oops" does not exist');
    expect(await db.query('SELECT email FROM users')).toEqual([{ email }]);
    expect(await db.query('SELECT n FROM log')).toEqual([]);

    project.write('seeds/local/001_demo.sql', seedFile('INSERT INTO log VALUES (1);'));
    expect((await runSeedFiles({ db, cwd: project.cwd, environment: 'local', variables })).applied.map((a) => a.name)).toEqual(['local/001_demo.sql']);
    expect((await runSeedFiles({ db, cwd: project.cwd, environment: 'local', variables })).applied).toEqual([]);
    const status = await seedFileStatus({ db, cwd: project.cwd, environment: 'local', variables });
    expect(status.entries.map((e) => `${e.name}:${e.state}`)).toEqual(['all/001_admin.sql:applied', 'local/001_demo.sql:applied']);

    const { sql } = await extractSeedFile({ db, table: 'users' });
    expect(sql).toContain(`VALUES\n  (1, 'o''brien; --', '{a,"b c"}', '{"k": [1]}')\nON CONFLICT ("id") DO UPDATE SET`);
    const before = await db.query('SELECT xmin::text AS x FROM users');
    await db.exec(sql);
    expect(await db.query('SELECT xmin::text AS x FROM users')).toEqual(before);
  });
});

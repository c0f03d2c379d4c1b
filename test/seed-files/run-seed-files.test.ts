import bcrypt from 'bcryptjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markDatabase } from '../../runtime/environment.ts';
import { RuntimeError } from '../../runtime/errors.ts';
import { runSeedFiles, seedFileStatus, SeedProblemsError, variablesFrom, type SeedRunOptions } from '../../runtime/seed-files/index.ts';
import { hasDatabase } from '../support/database.ts';
import { makeProject, seedFile, seedTestDatabase, type Project, type SeedTestDatabase } from './support.ts';

const schema = `
  CREATE TABLE roles (name text PRIMARY KEY, description text);
  CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE NOT NULL, password_hash text, role text);
  CREATE TABLE log (n integer NOT NULL);
`;

describe.skipIf(!hasDatabase())('runSeedFiles on PostgreSQL', () => {
  let t: SeedTestDatabase;
  let project: Project;
  const run = (options: Partial<SeedRunOptions> = {}) =>
    runSeedFiles({ db: t.db, cwd: project.cwd, environment: 'local', variables: variablesFrom({}), ...options });
  const records = async () =>
    (await t.rows<{ name: string; environment: string; run_count: number }>('SELECT name, environment, run_count FROM seedforge.seed_files ORDER BY name')).map(
      (r) => `${r.name}@${r.environment}#${r.run_count}`,
    );
  const log = async () => (await t.rows<{ n: number }>('SELECT n FROM log ORDER BY n')).map((r) => r.n);
  const nothingWritten = async () => {
    expect(await t.rows(`SELECT 1 FROM pg_namespace WHERE nspname = 'seedforge'`)).toEqual([]);
    expect(await log()).toEqual([]);
    expect(await t.rows('SELECT * FROM users')).toEqual([]);
  };

  beforeEach(async () => {
    t = await seedTestDatabase();
    await t.db.exec(schema);
    project = makeProject();
  });
  afterEach(async () => {
    await t?.drop();
    project?.cleanup();
  });

  it('runs all/ then the environment folder in name order; a second run applies nothing and says why', async () => {
    project.write('seeds/local/001_demo.sql', seedFile('INSERT INTO log VALUES (3);'));
    project.write('seeds/all/002_b.sql', seedFile('INSERT INTO log VALUES (2);'));
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    const events: string[] = [];
    const first = await run({ onEvent: (e) => events.push(`${e.type} ${'file' in e ? e.file.name : ''}`) });
    expect(first.applied.map((a) => a.name)).toEqual(['all/001_a.sql', 'all/002_b.sql', 'local/001_demo.sql']);
    expect(events).toEqual([
      'start all/001_a.sql',
      'applied all/001_a.sql',
      'start all/002_b.sql',
      'applied all/002_b.sql',
      'start local/001_demo.sql',
      'applied local/001_demo.sql',
    ]);
    expect(await log()).toEqual([1, 2, 3]);

    const second = await run();
    expect(second.applied).toEqual([]);
    expect(second.plan.map((p) => [p.file.name, p.action, p.reason])).toEqual([
      ['all/001_a.sql', 'skip', 'unchanged'],
      ['all/002_b.sql', 'skip', 'unchanged'],
      ['local/001_demo.sql', 'skip', 'unchanged'],
    ]);
    expect(await log()).toEqual([1, 2, 3]);
    expect(await records()).toEqual(['all/001_a.sql@local#1', 'all/002_b.sql@local#1', 'local/001_demo.sql@local#1']);
  });

  it('re-runs only the edited idempotent file; line endings alone are not an edit', async () => {
    project.write('seeds/all/001_roles.sql', seedFile("INSERT INTO roles VALUES ('admin', 'v1') ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description;", { idempotent: true }));
    project.write('seeds/all/002_log.sql', seedFile('INSERT INTO log VALUES (1);', { idempotent: false }));
    await run();
    project.write('seeds/all/001_roles.sql', seedFile("INSERT INTO roles VALUES ('admin', 'v2') ON CONFLICT (name) DO UPDATE SET description = EXCLUDED.description;", { idempotent: true }));
    const second = await run();
    expect(second.applied.map((a) => a.name)).toEqual(['all/001_roles.sql']);
    expect(second.plan[0]!.reason).toBe('changed (file edited), idempotent: re-runs');
    expect(await t.rows('SELECT description FROM roles')).toEqual([{ description: 'v2' }]);
    expect(await log()).toEqual([1]);
    expect(await records()).toEqual(['all/001_roles.sql@local#2', 'all/002_log.sql@local#1']);

    project.write('seeds/all/002_log.sql', seedFile('INSERT INTO log VALUES (1);', { idempotent: false }).replaceAll('\n', '\r\n'));
    expect((await run()).applied).toEqual([]);
  });

  it('refuses a changed non-idempotent file before running anything, unless --force', async () => {
    project.write('seeds/all/001_once.sql', seedFile('INSERT INTO log VALUES (1);', { idempotent: false }));
    project.write('seeds/all/002_new.sql', seedFile('INSERT INTO log VALUES (2);'));
    await run({ only: '001_once' });
    project.write('seeds/all/001_once.sql', seedFile('INSERT INTO log VALUES (10);', { idempotent: false }));
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeError);
    expect((error as RuntimeError).code).toBe('SEEDFORGE_SEED_CHANGED');
    expect((error as RuntimeError).message).toBe(
      'a seed file that already ran has changed and is not idempotent: seeds/all/001_once.sql (file edited); nothing was run',
    );
    expect((error as RuntimeError).hint).toMatch(/--force/);
    expect(await log()).toEqual([1]);

    const forced = await run({ force: true });
    expect(forced.applied.map((a) => a.name)).toEqual(['all/001_once.sql', 'all/002_new.sql']);
    expect(await log()).toEqual([1, 2, 10]);
  });

  it('--env production never runs local or staging files; status shows what ran where', async () => {
    project.write('seeds/all/001_roles.sql', seedFile('INSERT INTO log VALUES (1);'));
    project.write('seeds/local/001_demo.sql', seedFile('INSERT INTO log VALUES (2);'));
    project.write('seeds/staging/001_qa.sql', seedFile('INSERT INTO log VALUES (3);'));
    project.write('seeds/prod/001_admin.sql', seedFile('INSERT INTO log VALUES (4);', { environment: 'production' }));

    const production = await run({ environment: 'production' });
    expect(production.applied.map((a) => a.name)).toEqual(['all/001_roles.sql', 'production/001_admin.sql']);
    expect(await log()).toEqual([1, 4]);

    const status = await seedFileStatus({ db: t.db, cwd: project.cwd, environment: 'production', variables: variablesFrom({}) });
    expect(status.entries.map((e) => [e.name, e.runsHere, e.state, e.record?.environment])).toEqual([
      ['all/001_roles.sql', true, 'applied', 'production'],
      ['production/001_admin.sql', true, 'applied', 'production'],
      ['local/001_demo.sql', false, 'other-environment', undefined],
      ['staging/001_qa.sql', false, 'other-environment', undefined],
    ]);

    // The same database seen as local: all/ already ran (whatever --env said then), local/ is pending.
    const local = await seedFileStatus({ db: t.db, cwd: project.cwd, environment: 'local', variables: variablesFrom({}) });
    expect(local.entries.map((e) => [e.name, e.state])).toEqual([
      ['all/001_roles.sql', 'applied'],
      ['local/001_demo.sql', 'pending'],
      ['staging/001_qa.sql', 'other-environment'],
      ['production/001_admin.sql', 'applied'],
    ]);
    expect(local.entries.find((e) => e.name === 'production/001_admin.sql')!.reason).toBe('ran in production; does not run in local');
  });

  it('puts a value with quotes, semicolons, backslashes and dollar quotes into the table as literal text', async () => {
    const email = "o'brien'); DROP TABLE users; -- \\ $$ $x$ ${NOT_A_VAR} @example.com";
    project.write(
      'seeds/all/001_admin.sql',
      seedFile(
        [
          '-- uses ${ADMIN_EMAIL} (comments are left alone)',
          "INSERT INTO users (email, role) VALUES ('${ADMIN_EMAIL}', 'admin');",
          'INSERT INTO users (email, role) VALUES (${ADMIN_EMAIL} || \'.bare\', E\'\\\\${ADMIN_EMAIL}\');',
          "DO $body$ BEGIN INSERT INTO users (email, role) VALUES ('${ADMIN_EMAIL}' || '.do', ${ADMIN_EMAIL}); END $body$;",
        ].join('\n'),
        { idempotent: false },
      ),
    );
    await run({ variables: variablesFrom({ ADMIN_EMAIL: email }) });
    expect(await t.rows('SELECT email, role FROM users ORDER BY id')).toEqual([
      { email, role: 'admin' },
      { email: `${email}.bare`, role: `\\${email}` },
      { email: `${email}.do`, role: email },
    ]);
    expect(await t.rows(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'users'`)).toEqual([{ n: 1 }]);
  });

  it('hashes ${hash:NAME} with bcrypt; the checksum counts plain values but not the (salted) hash', async () => {
    project.write(
      'seeds/all/001_admin.sql',
      seedFile(
        "INSERT INTO users (email, password_hash) VALUES ('${ADMIN_EMAIL}', ${hash:ADMIN_PASSWORD}) ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash;",
        { idempotent: true },
      ),
    );
    const variables = variablesFrom({ ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: "s3cret'; --" });
    await run({ variables });
    const [row] = await t.rows<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(row!.password_hash).toMatch(/^\$2b\$12\$/);
    expect(bcrypt.compareSync("s3cret'; --", row!.password_hash)).toBe(true);
    const [record] = await t.rows<{ checksum: string; variables: string[] }>('SELECT checksum, variables FROM seedforge.seed_files');
    expect(record!.variables).toEqual(['ADMIN_EMAIL']);
    expect(JSON.stringify(record)).not.toContain('s3cret');

    // Same values: unchanged, although a new hash would differ. A new password alone is not a change either.
    expect((await run({ variables })).applied).toEqual([]);
    expect((await run({ variables: variablesFrom({ ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: 'other' }) })).applied).toEqual([]);
    // A new plain value is: the idempotent file re-runs.
    const changed = await run({ variables: variablesFrom({ ADMIN_EMAIL: 'b@example.com', ADMIN_PASSWORD: 'x' }) });
    expect(changed.plan[0]!.reason).toBe('changed (variable values changed: ADMIN_EMAIL), idempotent: re-runs');
    expect((await t.rows<{ email: string }>('SELECT email FROM users ORDER BY id')).map((r) => r.email)).toEqual(['a@example.com', 'b@example.com']);
  });

  it('a syntax error in file 3 of 5: 1-2 recorded, 3 reported with its line and rolled back, 4-5 not run', async () => {
    for (const n of [1, 2, 4, 5]) project.write(`seeds/all/00${n}_step.sql`, seedFile(`INSERT INTO log VALUES (${n});`, { idempotent: false }));
    project.write(
      'seeds/all/003_step.sql',
      seedFile(['INSERT INTO log VALUES (3);', '', "INSERT INTO users (email) VALUES ('${EMAIL}');", 'SELEC oops;', 'INSERT INTO log VALUES (33);'].join('\n'), {
        description: 'broken',
        idempotent: false,
      }),
    );
    const error = await run({ variables: variablesFrom({ EMAIL: "x'y" }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuntimeError);
    const e = error as RuntimeError;
    expect(e.code).toBe('SEEDFORGE_SEED_FAILED');
    // Header (2 lines) + 3 lines: `SELEC` is on line 6, column 1.
    expect(e.message).toBe('seeds/all/003_step.sql:6:1: syntax error at or near "SELEC"');
    expect(e.hint).toBe(
      '2 earlier file(s) applied and recorded; all/003_step.sql was rolled back (nothing of it applied); 2 later file(s) not run. Fix line 6 of seeds/all/003_step.sql and run `seedforge seed run` again.',
    );
    expect(e.details).toMatchObject({ file: 'all/003_step.sql', line: 6, column: 1, sqlstate: '42601', applied: ['all/001_step.sql', 'all/002_step.sql'], notRun: ['all/004_step.sql', 'all/005_step.sql'] });
    expect(await log()).toEqual([1, 2]);
    expect(await t.rows('SELECT * FROM users')).toEqual([]);
    expect(await records()).toEqual(['all/001_step.sql@local#1', 'all/002_step.sql@local#1']);

    // Fixed, the next run picks up where it stopped.
    project.write('seeds/all/003_step.sql', seedFile('INSERT INTO log VALUES (3);', { idempotent: false }));
    expect((await run()).applied.map((a) => a.name)).toEqual(['all/003_step.sql', 'all/004_step.sql', 'all/005_step.sql']);
    expect(await log()).toEqual([1, 2, 3, 4, 5]);
  });

  it('points at the failing statement for errors without a cursor, and into DO blocks', async () => {
    project.write('seeds/all/001_dup.sql', seedFile("INSERT INTO roles VALUES ('a');\n\nINSERT INTO roles VALUES\n  ('a');", { idempotent: false }));
    const dup = (await run().catch((e: unknown) => e)) as RuntimeError;
    expect(dup.message).toMatch(/^seeds\/all\/001_dup\.sql:4:1: duplicate key value violates unique constraint "roles_pkey"\n {2}detail: Key \(name\)=\(a\) already exists\.$/);

    project.write('seeds/all/001_dup.sql', seedFile('SELECT 1;'));
    project.write('seeds/all/002_do.sql', seedFile('SELECT 1;\nDO $$\nBEGIN\n  PERFORM 1;\n  INSERT INTO nowhere VALUES (1);\nEND $$;'));
    const inDo = (await run().catch((e: unknown) => e)) as RuntimeError;
    expect(inDo.message).toBe('seeds/all/002_do.sql:5:1: relation "nowhere" does not exist');
  });

  it('reports a missing variable with file and line before anything runs', async () => {
    project.write('seeds/all/001_ok.sql', seedFile('INSERT INTO log VALUES (1);'));
    project.write('seeds/all/002_admin.sql', seedFile("-- Idempotent: true\n\nINSERT INTO users (email) VALUES ('${ADMIN_EMAIL}');"));
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedProblemsError);
    const e = error as SeedProblemsError;
    expect(e.code).toBe('SEEDFORGE_SEED_VARIABLE_MISSING');
    expect(e.message).toBe('seeds/all/002_admin.sql:3:36: variable ADMIN_EMAIL is not set');
    expect(e.diagnostics.map((d) => d.source)).toEqual([{ file: 'seeds/all/002_admin.sql', line: 3, column: 36 }]);
    await nothingWritten();
  });

  it('reports a bad header before anything runs', async () => {
    project.write('seeds/all/001_ok.sql', seedFile('INSERT INTO log VALUES (1);'));
    project.write('seeds/local/002_bad.sql', '-- Description: x\n-- Environment: production\n-- Idempotent: sometimes\nSELECT 1;');
    const e = (await run().catch((x: unknown) => x)) as SeedProblemsError;
    expect(e).toBeInstanceOf(SeedProblemsError);
    expect(e.message).toBe(
      [
        'seeds/local/002_bad.sql:2:4: the header says Environment: production, but the file is in the local folder',
        'seeds/local/002_bad.sql:3:4: Idempotent: "sometimes" must be true or false',
      ].join('\n'),
    );
    await nothingWritten();
  });

  it('refuses transaction control and psql meta-commands in a file before anything runs', async () => {
    project.write('seeds/all/001_ok.sql', seedFile('INSERT INTO log VALUES (1);'));
    project.write('seeds/all/002_tx.sql', 'BEGIN;\nINSERT INTO log VALUES (2);\nCOMMIT;\n\\set x 1\n');
    const e = (await run().catch((x: unknown) => x)) as SeedProblemsError;
    expect(e.diagnostics.map((d) => `${d.source?.line}: ${d.message}`)).toEqual([
      '1: BEGIN is not allowed in a seed file: each file already runs in its own transaction',
      '3: COMMIT is not allowed in a seed file: each file already runs in its own transaction',
      '4: psql meta-command \\set is not supported in seed files',
    ]);
    await nothingWritten();
  });

  it('--dry-run decides but writes nothing', async () => {
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    const result = await run({ dryRun: true });
    expect(result.plan.map((p) => [p.file.name, p.action, p.reason])).toEqual([['all/001_a.sql', 'run', 'new']]);
    expect(result.applied).toEqual([]);
    await nothingWritten();
  });

  it('--fresh needs --yes (or a confirmation) and then runs everything again', async () => {
    project.write('seeds/all/001_a.sql', seedFile("INSERT INTO roles VALUES ('a') ON CONFLICT DO NOTHING;", { idempotent: true }));
    await run();
    const refused = (await run({ fresh: true }).catch((e: unknown) => e)) as RuntimeError;
    expect(refused.code).toBe('SEEDFORGE_CONFIRMATION_REQUIRED');
    expect(refused.hint).toBe('pass --yes to confirm when not running in a terminal');
    const declined = (await run({ fresh: true, confirm: async () => false }).catch((e: unknown) => e)) as RuntimeError;
    expect(declined.code).toBe('SEEDFORGE_ABORTED');
    expect(await records()).toEqual(['all/001_a.sql@local#1']);

    const questions: string[] = [];
    const fresh = await run({ fresh: true, confirm: async (q) => (questions.push(q), true) });
    expect(questions[0]).toMatch(/^--fresh forgets which seed files ran on postgres:\/\/.+ and runs all 1 local file\(s\) again/);
    expect(fresh.applied.map((a) => a.name)).toEqual(['all/001_a.sql']);
    expect((await run({ fresh: true, yes: true })).applied).toHaveLength(1);
  });

  it('runs one file by name, and says when a name does not run in this environment', async () => {
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    project.write('seeds/all/002_b.sql', seedFile('INSERT INTO log VALUES (2);'));
    project.write('seeds/local/001_demo.sql', seedFile('INSERT INTO log VALUES (3);'));
    expect((await run({ only: '002_b' })).applied.map((a) => a.name)).toEqual(['all/002_b.sql']);
    const e = (await run({ only: 'local/001_demo.sql', environment: 'production' }).catch((x: unknown) => x)) as SeedProblemsError;
    expect(e.message).toBe('local/001_demo.sql does not run in production: production runs only the all and production folders');
    const missing = (await run({ only: 'nope' }).catch((x: unknown) => x)) as SeedProblemsError;
    expect(missing.code).toBe('SEEDFORGE_SEED_NOT_FOUND');
    expect(await log()).toEqual([2]);
  });

  it('refuses to run local files against a database marked production', async () => {
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    await markDatabase(t.db, 'production');
    const e = (await run().catch((x: unknown) => x)) as RuntimeError;
    expect(e.code).toBe('SEEDFORGE_DB_MARKED_PRODUCTION');
    expect(e.message).toMatch(/^refusing to run local seed files: postgres:\/\/.+ is marked production$/);
    expect(await log()).toEqual([]);
    expect((await run({ environment: 'production' })).applied).toHaveLength(1);
  });

  it('two concurrent runs never run a file twice (the apply lock, re-checked per file)', async () => {
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1); SELECT pg_sleep(0.3);', { idempotent: false }));
    project.write('seeds/all/002_b.sql', seedFile('INSERT INTO log VALUES (2);', { idempotent: false }));
    const { connect } = await import('../../runtime/connection.ts');
    const other = await connect({ kind: 'postgres', url: t.url });
    try {
      const [a, b] = await Promise.all([run(), runSeedFiles({ db: other, cwd: project.cwd, environment: 'local', variables: variablesFrom({}) })]);
      expect(a.applied.length + b.applied.length).toBe(2);
    } finally {
      await other.close();
    }
    expect(await log()).toEqual([1, 2]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { hasDatabase } from '../support/database.ts';
import { makeProject, seedFile, seedTestDatabase, type Project, type SeedTestDatabase } from './support.ts';

// The environment of the test process must not leak into the CLI's environment detection or variables.
const cleanEnv = { SEEDFORGE_ENV: undefined, NODE_ENV: undefined, DATABASE_URL: undefined, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined };

describe('seedforge seed init / create / list (no database)', () => {
  let project: Project;
  beforeEach(() => {
    project = makeProject();
  });
  afterEach(() => project.cleanup());
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['seed', ...args], { cwd: project.cwd, env: { ...cleanEnv, ...env } });

  it('init writes the templates once and never overwrites', () => {
    const first = cli(['init']);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('created seeds/all/001_roles.sql\ncreated seeds/all/002_admin_user.sql\ncreated seeds/all/003_app_config.sql');
    expect(existsSync(join(project.cwd, 'seeds/production/.gitkeep'))).toBe(true);
    project.write('seeds/all/001_roles.sql', '-- mine\n');
    const second = cli(['init']);
    expect(second.stdout).toContain('kept    seeds/all/001_roles.sql (exists)');
    expect(readFileSync(join(project.cwd, 'seeds/all/001_roles.sql'), 'utf8')).toBe('-- mine\n');
  });

  it('create numbers files per folder and writes a header; an unknown folder is an error', () => {
    expect(cli(['create', 'Feature Flags']).stdout).toBe('created seeds/all/001_feature_flags.sql\n');
    expect(cli(['create', 'admin', '--env', 'prod']).stdout).toBe('created seeds/production/001_admin.sql\n');
    expect(cli(['create', 'more admins', '--env', 'production']).stdout).toBe('created seeds/production/002_more_admins.sql\n');
    expect(readFileSync(join(project.cwd, 'seeds/production/001_admin.sql'), 'utf8')).toMatch(/^-- Description: admin\n-- Environment: production\n-- Idempotent: true\n/);
    const bad = cli(['create', 'x', '--env', 'qa']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('seedforge: unknown seed folder "qa"');
  });

  it('list shows run order for the environment, what each file needs, and its problems', () => {
    cli(['init']);
    project.write('seeds/local/001_demo.sql', seedFile('SELECT 1;', { description: 'Demo data', idempotent: false }));
    const local = cli(['list'], { ADMIN_EMAIL: 'a@example.com' });
    expect(local.stdout).toContain('Seed files for local, in run order (all, then local):');
    expect(local.stdout).toContain('  2  all/002_admin_user.sql  idempotent  The first administrator  [needs ADMIN_EMAIL, hash:ADMIN_PASSWORD]');
    expect(local.stdout).toContain('       error: line 9: variable ADMIN_PASSWORD is not set');
    expect(local.stdout).toContain('  4  local/001_demo.sql      run once    Demo data');
    expect(local.status).toBe(1);
    const production = cli(['list', '--env', 'production'], { ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: 'pw' });
    expect(production.status).toBe(0);
    expect(production.stdout).toContain('Seed files for production (from --env), in run order (all, then production):');
    expect(production.stdout).toMatch(/Not run in production:\n {5}local\/001_demo\.sql/);
  });
});

describe.skipIf(!hasDatabase())('seedforge seed on PostgreSQL', () => {
  let t: SeedTestDatabase;
  let project: Project;
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(['seed', ...args], { cwd: project.cwd, env: { ...cleanEnv, DATABASE_URL: t.url, ...env } });

  beforeEach(async () => {
    t = await seedTestDatabase();
    await t.db.exec(`
      CREATE TABLE roles (name text PRIMARY KEY, description text);
      CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE NOT NULL, password_hash text, role text);
      CREATE TABLE app_config (key text PRIMARY KEY, value text);
      CREATE TABLE log (n integer);
    `);
    project = makeProject();
    project.write('.env', 'ADMIN_EMAIL="admin\'; DROP TABLE users; --@example.com"\nADMIN_PASSWORD=from-dotenv\n');
  });
  afterEach(async () => {
    await t?.drop();
    project?.cleanup();
  });

  it('`seed` runs the init templates with values from .env; the second run applies nothing and says so', async () => {
    expect(cli(['init']).status).toBe(0);
    const first = cli([]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/ {2}run {6}all\/001_roles\.sql {2}\(new\) \.\.\. done in \d+ ms\n/);
    expect(first.stdout).toMatch(/Applied 3 seed file\(s\) for local on postgres:\/\/.+\.\n$/);
    expect(await t.rows('SELECT email, role FROM users')).toEqual([{ email: "admin'; DROP TABLE users; --@example.com", role: 'admin' }]);

    const second = cli(['run']);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('  skip     all/002_admin_user.sql  (unchanged)');
    expect(second.stdout).toMatch(/Nothing to run: all 3 seed file\(s\) for local are up to date on postgres:\/\/.+\.\n$/);

    const status = cli(['status']);
    expect(status.stdout).toMatch(/ {2}applied +all\/001_roles\.sql +ran \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ in local, \d+ ms/);
    expect(status.stdout).toContain('Up to date: nothing to run for local.');
  });

  it('--env production runs only all/ and production/; status shows what ran where', async () => {
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    project.write('seeds/local/001_l.sql', seedFile('INSERT INTO log VALUES (2);'));
    project.write('seeds/staging/001_s.sql', seedFile('INSERT INTO log VALUES (3);'));
    project.write('seeds/production/001_p.sql', seedFile('INSERT INTO log VALUES (4);'));
    const dry = cli(['run', '--env', 'production', '--dry-run']);
    expect(dry.stdout).toContain('  would run  all/001_a.sql  (new)\n  would run  production/001_p.sql  (new)\n2 file(s) would run, 0 unchanged.');
    expect(await t.rows(`SELECT 1 FROM pg_namespace WHERE nspname = 'seedforge'`)).toEqual([]);

    expect(cli(['--env', 'production']).status).toBe(0);
    expect((await t.rows<{ n: number }>('SELECT n FROM log ORDER BY n')).map((r) => r.n)).toEqual([1, 4]);
    const status = cli(['status', '--env', 'production']);
    expect(status.stdout).toMatch(/Seed files for production \(from --env\) on postgres:\/\/\S+:\n {2}applied +all\/001_a\.sql +ran .+ in production/);
    expect(status.stdout).toMatch(/Other environments' folders \(not run in production\):\n {2}not run +local\/001_l\.sql +does not run in production\n {2}not run +staging\/001_s\.sql/);
    const json = JSON.parse(cli(['status', '--json']).stdout) as { environment: string; entries: { name: string; state: string }[] };
    expect(json.environment).toBe('local');
    expect(json.entries.map((e) => `${e.name}:${e.state}`)).toEqual(['all/001_a.sql:applied', 'local/001_l.sql:pending', 'staging/001_s.sql:other-environment', 'production/001_p.sql:applied']);
  });

  it('bad inputs exit 1 with the reason and write nothing', async () => {
    const noSeeds = cli(['run']);
    expect(noSeeds.status).toBe(1);
    expect(noSeeds.stderr).toContain('error SEEDFORGE_SEED_DIR_MISSING  no seeds directory at seeds\n    hint: run `seedforge seed init`');

    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    const env = cli(['run', '--env', 'qa']);
    expect(env.status).toBe(1);
    expect(env.stderr).toBe('seedforge: unknown environment "qa" (from --env)\n  hint: use one of: local (or development, dev, test), staging (or stage), production (or prod)\n');
    const fromVariable = cli(['run'], { SEEDFORGE_ENV: 'qa' });
    expect(fromVariable.stderr).toContain('unknown environment "qa" (from SEEDFORGE_ENV)');

    project.write('seeds/all/002_b.sql', "-- Idempotent: true\nINSERT INTO users (email) VALUES ('${NEW_ADMIN}');\n");
    const missing = cli(['run']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('seeds/all/002_b.sql:2:36  error SEEDFORGE_SEED_VARIABLE_MISSING  variable NEW_ADMIN is not set');
    expect(missing.stderr).toContain('nothing was written.');

    project.write('seeds/all/002_b.sql', '-- Idempotnet: true\nSELECT 1;\n');
    const header = cli(['run']);
    expect(header.status).toBe(1);
    expect(header.stderr).toContain('seeds/all/002_b.sql:1:4  error SEEDFORGE_SEED_HEADER_INVALID  unknown header field "Idempotnet"');
    expect(header.stderr).toContain('hint: did you mean "Idempotent:"?');

    const fresh = cli(['run', '--fresh']);
    expect(fresh.status).toBe(1);
    expect(await t.rows(`SELECT 1 FROM pg_namespace WHERE nspname = 'seedforge'`)).toEqual([]);
    expect(await t.rows('SELECT * FROM log')).toEqual([]);
  });

  it('--fresh without a terminal needs --yes', async () => {
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    cli(['run']);
    const refused = cli(['run', '--fresh']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe('seedforge: --fresh re-runs every seed file and needs confirmation\n  hint: pass --yes to confirm when not running in a terminal\n');
    expect(cli(['run', '--fresh', '--yes']).status).toBe(0);
    expect((await t.rows<{ n: number }>('SELECT n FROM log')).map((r) => r.n)).toEqual([1, 1]);
  });

  it('a failing file exits 1 naming the file and line; earlier files stay applied', async () => {
    project.write('seeds/all/001_a.sql', seedFile('INSERT INTO log VALUES (1);'));
    project.write('seeds/all/002_b.sql', seedFile('INSERT INTO log VALUES (2);\nINSERT INTO nowhere VALUES (1);', { idempotent: true }));
    project.write('seeds/all/003_c.sql', seedFile('INSERT INTO log VALUES (3);'));
    const result = cli(['run']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('  run      all/002_b.sql  (new) ... FAILED (rolled back)\n');
    expect(result.stderr).toContain('seedforge: seeds/all/002_b.sql:3:13: relation "nowhere" does not exist\n');
    expect(result.stderr).toContain('hint: 1 earlier file(s) applied and recorded; all/002_b.sql was rolled back (nothing of it applied); 1 later file(s) not run.');
    expect((await t.rows<{ n: number }>('SELECT n FROM log')).map((r) => r.n)).toEqual([1]);
  });

  it("extract writes an idempotent seed file that the runner applies", async () => {
    await t.db.exec(`INSERT INTO users (email, role) VALUES ('b@x.com', 'member'), ('a@x.com', 'admin'), ('c@x.com', 'admin')`);
    const result = cli(['extract', 'users', '--where', "role = 'admin'", '--out', 'seeds/all/010_admins.sql']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('wrote seeds/all/010_admins.sql: 2 row(s) of public.users\n');
    const text = readFileSync(join(project.cwd, 'seeds/all/010_admins.sql'), 'utf8');
    expect(text).toMatch(/^-- Description: public\.users where role = 'admin'\n-- Environment: all\n-- Idempotent: true\n/);
    expect(text).toContain(`-- Written by \`seedforge seed extract users --where "role = 'admin'"\`.`);
    expect(text).toContain("  (2, 'a@x.com', NULL, 'admin'),\n  (3, 'c@x.com', NULL, 'admin')\n");
    const toStdout = cli(['extract', 'users', '--where', "role = 'admin'"]);
    expect(toStdout.stdout).toBe(text.replace('-- Environment: all\n', ''));

    await t.db.exec('DELETE FROM users');
    expect(cli(['run']).status).toBe(0);
    expect(await t.rows('SELECT id, email FROM users ORDER BY id')).toEqual([
      { id: 2, email: 'a@x.com' },
      { id: 3, email: 'c@x.com' },
    ]);
    const missingTable = cli(['extract', 'nope']);
    expect(missingTable.status).toBe(1);
    expect(missingTable.stderr).toMatch(/^seedforge: no table nope in postgres:\/\/\S+\n {2}hint: name it as in SQL/);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuntimeError } from '../../runtime/errors.ts';
import { extractSeedFile, quoteLiteral, runSeedFiles, variablesFrom } from '../../runtime/seed-files/index.ts';
import { renderTemplate } from '../../runtime/seed-files/template.ts';
import { hasDatabase } from '../support/database.ts';
import { makeProject, seedTestDatabase, type Project, type SeedTestDatabase } from './support.ts';

describe('quoteLiteral', () => {
  it('writes plain text as a standard literal and anything tricky as an E-literal', () => {
    expect(quoteLiteral("O'Brien; --")).toBe("'O''Brien; --'");
    expect(quoteLiteral('line\nbreak\ttab $$ $x$')).toBe("'line\nbreak\ttab $$ $x$'");
    expect(quoteLiteral('C:\\dir')).toBe("E'C:\\\\dir'");
    expect(quoteLiteral('Hi ${name} $${x}')).toBe("E'Hi \\${name} \\$\\${x}'");
    expect(quoteLiteral('a\r\nb\u0001')).toBe("E'a\\r\nb\\x01'");
  });

  it('survives the seed-file templating unchanged (no placeholder, no escape taken)', () => {
    for (const text of ['Hi ${name}', '$${x}', 'C:\\${x}\\', "it's"]) {
      const literal = quoteLiteral(text);
      const rendered = renderTemplate(`SELECT ${literal}`, { file: 'x', value: () => undefined, hash: () => '' });
      expect(rendered.problems).toEqual([]);
      expect(rendered.sql).toBe(`SELECT ${literal}`);
    }
  });
});

const schema = `
  CREATE TYPE mood AS ENUM ('happy', 'sad', 'it''s complicated');
  CREATE DOMAIN short_text AS varchar(20);
  CREATE TABLE users (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    role text NOT NULL,
    name varchar(100), code char(5), bio text, active boolean,
    score numeric(12,4), big bigint, small smallint, ratio real, precise double precision,
    born date, created timestamp, seen timestamptz, wake time, wait interval, uid uuid,
    doc json, data jsonb, avatar bytea, tags text[], grid integer[], feeling mood, nick short_text,
    ip inet, span int4range,
    email_upper text GENERATED ALWAYS AS (upper(email)) STORED
  );
  CREATE TABLE memberships (user_id integer, "Group Name" text, since date, PRIMARY KEY (user_id, "Group Name"));
  CREATE TABLE labels (name text PRIMARY KEY);
  CREATE TABLE no_key (x integer);
`;

// Inserted out of key order; ids 1..4 in insertion order, then 10 and 7 explicitly.
const rows = `
  INSERT INTO users (email, role, name, code, bio, active, score, big, small, ratio, precise, born, created, seen, wake, wait,
                     uid, doc, data, avatar, tags, grid, feeling, nick, ip, span) VALUES
  ('plain@example.com', 'admin', 'Ada', 'ab', 'short', true, 1.5000, 9007199254740993, -32768, 0.1, 0.1,
   '2024-02-29', '2024-01-02 03:04:05.123456', '2024-01-02 03:04:05.654321+05:30', '23:59:59.999999', '1 year 2 mons 3 days 04:05:06.789',
   'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"b": 1,  "a": [1, 2], "a": null}', '{"z": "\\u00e9", "n": 1.10}', '\\x00ff27',
   ARRAY['x', NULL, 'with "quotes"', 'a,b', 'back\\slash', ''], '{{1,2},{3,4}}', 'it''s complicated', 'nick', '192.168.0.1/24', '[1,10)'),
  ('member@example.com', 'member', 'Bob', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  ('tricky@example.com', 'admin', E'O''Brien\\'); DROP TABLE users; --', 'x', E'multi\\nline\\r\\nCRLF \\t tab \\u0001 \${ADMIN_EMAIL} $\${x} $$ $q$ 😀',
   false, 'NaN', -1, 0, 'Infinity', '-Infinity', '0001-01-01', 'infinity', '-infinity', '00:00', '-1 days +02:03:00',
   NULL, '"just a string"', '[]', '\\x', '{}', '{}', 'happy', '', '::1', 'empty'),
  ('precise@example.com', 'admin', NULL, NULL, NULL, NULL, 123456.7891, NULL, NULL, 3.4028235e38, 1e-300, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
  INSERT INTO users (id, email, role) OVERRIDING SYSTEM VALUE VALUES (10, 'ten@example.com', 'admin'), (7, 'seven@example.com', 'admin');
  INSERT INTO memberships VALUES (2, 'b', '2024-01-01'), (1, 'z', NULL), (1, 'a', '2023-01-01');
  INSERT INTO labels VALUES ('b'), ('a');
`;

describe.skipIf(!hasDatabase())('extractSeedFile on PostgreSQL', () => {
  let source: SeedTestDatabase;
  let target: SeedTestDatabase;
  let project: Project;
  const apply = (file: string, options: { fresh?: boolean } = {}) =>
    runSeedFiles({ db: target.db, cwd: project.cwd, environment: 'local', variables: variablesFrom({}), only: file, yes: true, ...options });

  beforeEach(async () => {
    source = await seedTestDatabase();
    target = await seedTestDatabase();
    await source.db.exec(schema + rows);
    await target.db.exec(schema);
    project = makeProject();
  });
  afterEach(async () => {
    await source?.drop();
    await target?.drop();
    project?.cleanup();
  });

  it("recreates the rows of `users --where \"role = 'admin'\"` exactly; applying it twice changes nothing", async () => {
    const { sql, rows: count } = await extractSeedFile({ db: source.db, table: 'users', where: "role = 'admin'", environment: 'all' });
    expect(count).toBe(5);
    project.write('seeds/all/001_admins.sql', sql);

    const first = await apply('001_admins');
    expect(first.applied).toHaveLength(1);
    const wanted = await source.rows<{ row: string }>(`SELECT u::text AS row FROM users u WHERE role = 'admin' ORDER BY id`);
    const got = await target.rows<{ row: string }>('SELECT u::text AS row FROM users u ORDER BY id');
    expect(got).toEqual(wanted);
    expect(got.map((r) => Number(/^\((\d+),/.exec(r.row)![1]))).toEqual([1, 3, 4, 7, 10]);

    // Twice (through the runner, and as plain SQL the way psql would run it): no row version changes.
    const versions = await target.rows('SELECT id, xmin::text AS xmin, ctid::text AS ctid FROM users ORDER BY id');
    await apply('001_admins', { fresh: true });
    await target.db.exec(sql);
    expect(await target.rows('SELECT id, xmin::text AS xmin, ctid::text AS ctid FROM users ORDER BY id')).toEqual(versions);
    expect(await target.rows<{ row: string }>('SELECT u::text AS row FROM users u ORDER BY id')).toEqual(wanted);

    // The identity sequence moved past the loaded ids.
    await target.db.exec("INSERT INTO users (email, role) VALUES ('new@example.com', 'member')");
    expect(await target.rows('SELECT max(id)::int AS id FROM users')).toEqual([{ id: 11 }]);

    // A changed row is updated in place by the next application.
    await target.db.exec("UPDATE users SET bio = 'edited', tags = NULL WHERE id = 3");
    await target.db.exec(sql);
    expect(await target.rows<{ row: string }>(`SELECT u::text AS row FROM users u WHERE id <> 11 ORDER BY id`)).toEqual(wanted);
  });

  it('writes a readable, deterministic file: header, key order, literals by type', async () => {
    const { sql } = await extractSeedFile({ db: source.db, table: 'public.memberships', command: 'seedforge seed extract public.memberships' });
    expect(sql).toBe(
      [
        '-- Description: public.memberships',
        '-- Idempotent: true',
        '--',
        '-- Written by `seedforge seed extract public.memberships`.',
        '-- 3 row(s) of public.memberships, in primary-key order. Running it again updates rows',
        '-- that differ and leaves equal rows untouched.',
        '',
        'INSERT INTO "public"."memberships" AS t ("user_id", "Group Name", "since")',
        'VALUES',
        "  (1, 'a', '2023-01-01'),",
        "  (1, 'z', NULL),",
        "  (2, 'b', '2024-01-01')",
        'ON CONFLICT ("user_id", "Group Name") DO UPDATE SET',
        '  "since" = EXCLUDED."since"',
        'WHERE ROW(t."since")::text IS DISTINCT FROM ROW(EXCLUDED."since")::text;',
        '',
      ].join('\n'),
    );
    const labels = await extractSeedFile({ db: source.db, table: 'labels' });
    expect(labels.sql).toContain("VALUES\n  ('a'),\n  ('b')\nON CONFLICT (\"name\") DO NOTHING;");
    const users = await extractSeedFile({ db: source.db, table: 'users', where: 'id = 1' });
    expect(users.sql).toContain('OVERRIDING SYSTEM VALUE');
    expect(users.sql).not.toContain('email_upper');
    expect(users.sql).toContain("(1, 'plain@example.com', 'admin', 'Ada', 'ab', 'short', true, 1.5000, 9007199254740993, -32768,");
    expect(users.sql).toContain("'2024-01-01 21:34:05.654321+00'");
    expect(users.sql).toContain("E'\\\\x00ff27'");
  });

  it('the extracted file runs as a seed file with no variables, even when the data contains ${...}', async () => {
    const { sql } = await extractSeedFile({ db: source.db, table: 'users', where: "email = 'tricky@example.com'" });
    project.write('seeds/all/001_tricky.sql', sql);
    await apply('001_tricky');
    expect(await target.rows('SELECT bio FROM users')).toEqual(await source.rows("SELECT bio FROM users WHERE email = 'tricky@example.com'"));
    expect(readFileSync(join(project.cwd, 'seeds/all/001_tricky.sql'), 'utf8')).toContain('\\${ADMIN_EMAIL}');
  });

  it('says what is wrong with the table or the condition', async () => {
    const error = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as RuntimeError);
    const missing = await error(extractSeedFile({ db: source.db, table: 'nope' }));
    expect(missing?.code).toBe('SEEDFORGE_SEED_EXTRACT_FAILED');
    expect(missing?.message).toMatch(/^no table nope in postgres:\/\//);
    const noKey = await error(extractSeedFile({ db: source.db, table: 'no_key' }));
    expect(noKey?.message).toBe('public.no_key has no primary key');
    const badWhere = await error(extractSeedFile({ db: source.db, table: 'users', where: 'colour = 1' }));
    expect(badWhere?.message).toBe('reading public.users where colour = 1 failed: column "colour" does not exist');
    // The condition runs read-only: a function with side effects cannot write through it.
    await source.db.exec(`CREATE FUNCTION wipe_labels() RETURNS boolean LANGUAGE sql AS 'DELETE FROM labels RETURNING true'`);
    const writes = await error(extractSeedFile({ db: source.db, table: 'users', where: 'id = 1 AND wipe_labels()' }));
    expect(writes?.message).toBe('reading public.users where id = 1 AND wipe_labels() failed: cannot execute DELETE in a read-only transaction');
    expect(await source.rows('SELECT count(*)::int AS n FROM labels')).toEqual([{ n: 2 }]);
  });
});

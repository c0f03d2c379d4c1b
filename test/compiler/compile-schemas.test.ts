import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, hasDatabase, type TestDatabase } from '../support/database.ts';
import { runCli } from '../support/cli.ts';

const schemas = ['kitchen-sink', 'edge-cases', 'text-keys', 'uuid-cycles'];

/** What each schema has at least: foreign keys and serial/identity sequences (so the checks below are not vacuous). */
const shape: Record<string, { foreignKeys: number; sequences: number }> = {
  'kitchen-sink': { foreignKeys: 9, sequences: 6 },
  'edge-cases': { foreignKeys: 5, sequences: 3 },
  'text-keys': { foreignKeys: 0, sequences: 2 },
  'uuid-cycles': { foreignKeys: 5, sequences: 0 },
};

type Check = [query: string, check: (row: Record<string, any>) => void];

/** Per schema: queries whose answers show the data is varied, not just valid. */
const variety: Record<string, Check[]> = {
  'kitchen-sink': [
    ['select count(distinct mood)::int as moods, count(distinct email)::int as emails, count(*)::int as n, min(karma) as lo, max(karma) as hi from accounts', (a) => {
      expect(a.moods).toBeGreaterThan(1);
      expect(a.emails).toBe(a.n);
      expect(a.lo).toBeGreaterThanOrEqual(-100);
      expect(a.hi).toBeLessThanOrEqual(100);
    }],
    ['select count(*) filter (where parent_id is not null)::int as children from categories', (c) => expect(c.children).toBeGreaterThan(0)],
    ['select count(captain_id)::int as captains from teams', (t) => expect(t.captains).toBeGreaterThan(0)],
  ],
  'uuid-cycles': [
    ['select count(owner_id)::int as owned, count(distinct owner_id)::int as owners from accounts', (a) => {
      expect(a.owned).toBeGreaterThan(0);
      expect(a.owners).toBe(a.owned);
    }],
  ],
  'text-keys': [
    ['select count(distinct (first_name, last_name))::int as pairs, count(*)::int as n from people', (p) => expect(p.pairs).toBe(p.n)],
    ['select count(distinct (code, region))::int as pairs, count(*)::int as n from codes', (c) => expect(c.pairs).toBe(c.n)],
  ],
  'edge-cases': [
    ['select count(*)::int as n, count(*) filter (where ends_at > starts_at)::int as ordered, count(distinct status)::int as statuses, count(hours)::int as computed from events', (e) => {
      expect(e.ordered).toBe(e.n);
      expect(e.statuses).toBe(3);
      expect(e.computed).toBe(e.n);
    }],
    ['select count(distinct (event_id, row, number))::int as seats, count(*)::int as n from seats', (s) => expect(s.seats).toBe(s.n)],
    ['select count(a_id)::int as linked from cycle_c', (c) => expect(c.linked).toBeGreaterThan(0)],
  ],
};

describe.skipIf(!hasDatabase()).each(schemas)('zero-config compile of %s.ts, loaded with plain psql', (name) => {
  const schemaFile = join(import.meta.dirname, `../fixtures/schemas/${name}.ts`);
  let out: string;
  let db: TestDatabase;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seedforge-ks-'));
    const result = runCli(['compile', '--schema', schemaFile, '--count', '200', '--seed', '7', '--out', out]);
    expect(result.stderr).not.toMatch(/error/);
    expect(result.status).toBe(0);
    db = await createTestDatabase();
    psql(db.url, join(out, 'default', 'schema.sql'));
  });

  afterAll(async () => {
    await db?.drop();
    rmSync(out, { recursive: true, force: true });
  });

  async function first(query: string): Promise<Record<string, any>> {
    const rows = await db.sql.unsafe(query);
    return rows[0]!;
  }

  function psql(url: string, file: string): string {
    return execFileSync('psql', ['-v', 'ON_ERROR_STOP=1', '-q', '-X', '-d', url, '-f', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  it('loads with plain psql, every table, with constraints enforced', async () => {
    psql(db.url, join(out, 'default', 'seed.sql'));
    const manifest = JSON.parse(readFileSync(join(out, 'default', 'manifest.json'), 'utf8'));
    for (const table of manifest.tables) {
      const { n } = await first(`select count(*)::int as n from "${table.schema}"."${table.name}"`);
      expect(n, `${table.schema}.${table.name}`).toBe(table.rows);
      expect(n, `${table.schema}.${table.name}`).toBeGreaterThan(0);
    }
  });

  it('leaves no orphan foreign key, including the relaxed NOT NULL cycle', async () => {
    const fks = await db.sql.unsafe(`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
             array(select attname from pg_attribute where attrelid = c.conrelid and attnum = any(c.conkey) order by array_position(c.conkey, attnum)) as cols,
             array(select attname from pg_attribute where attrelid = c.confrelid and attnum = any(c.confkey) order by array_position(c.confkey, attnum)) as pcols
      from pg_constraint c where c.contype = 'f'`);
    expect(fks.length).toBeGreaterThanOrEqual(shape[name]!.foreignKeys);
    for (const fk of fks) {
      const join = (fk.cols as string[]).map((c, i) => `p."${(fk.pcols as string[])[i]}" = x."${c}"`).join(' and ');
      const notNull = (fk.cols as string[]).map((c) => `x."${c}" is not null`).join(' and ');
      const { n } = await first(`select count(*)::int as n from ${fk.child} x where ${notNull} and not exists (select 1 from ${fk.parent} p where ${join})`);
      expect(n, `${fk.child}(${fk.cols}) -> ${fk.parent}`).toBe(0);
    }
  });

  it('sets every sequence past the loaded ids', async () => {
    const sequences = await db.sql.unsafe(`
      select n.nspname as schema, c.relname as table, a.attname as column
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) is not null and a.attnum > 0`);
    expect(sequences.length).toBeGreaterThanOrEqual(shape[name]!.sequences);
    for (const s of sequences) {
      const q = `"${s.schema}"."${s.table}"`;
      const { max } = await first(`select coalesce(max("${s.column}"), 0)::bigint as max from ${q}`);
      const { next } = await first(`select nextval(pg_get_serial_sequence('${q}', '${s.column}'))::bigint as next`);
      expect(BigInt(next), `${q}.${s.column}`).toBeGreaterThan(BigInt(max));
    }
  });

  it('keeps data varied while the database enforces CHECKs, enums, lengths and composite keys', async () => {
    for (const [query, check] of variety[name]!) check(await first(query));
  });
});

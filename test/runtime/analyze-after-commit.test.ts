import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import type { Database } from '../../runtime/connection.ts';
import type { ProgressEvent } from '../../runtime/progress.ts';
import { familyFixture, writeFixture } from './support/fixtures.ts';
import { tableCounts } from './support/inspect.ts';
import { recording, type RecordedStatement } from './support/recording.ts';
import { closeTestTarget, openTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };

describe.each(targetKinds)('statistics after apply on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  beforeEach(async () => void ({ t, db, work } = await openTestTarget(kind, 'sf-analyze-')));
  afterEach(() => closeTestTarget({ t, db, work }));

  /** Columns with statistics, per table. */
  async function analyzed(): Promise<Record<string, number>> {
    const rows = await db.query<{ table: string; n: number }>(
      `SELECT c.relname AS table, count(s.staattnum)::int AS n
         FROM pg_class c LEFT JOIN pg_statistic s ON s.starelid = c.oid
        WHERE c.oid IN ('public.parent'::regclass, 'public.child'::regclass) GROUP BY c.relname`,
    );
    return Object.fromEntries(rows.map((r) => [r.table, r.n]));
  }

  async function apply(extraSql = ''): Promise<{ result: Awaited<ReturnType<typeof applyArtifacts>>; log: RecordedStatement[]; events: ProgressEvent[] }> {
    const spec = familyFixture([1, 2, 3], [1, 2, 3, null, 2]);
    await db.exec(spec.schemaSql + extraSql);
    await writeFixture(join(work, 'family'), spec);
    const log: RecordedStatement[] = [];
    const events: ProgressEvent[] = [];
    const result = await applyArtifacts({ dir: join(work, 'family'), db: recording(db, log), processEnv: env, onProgress: (e) => events.push(e) });
    return { result, log, events };
  }

  it('analyzes every loaded table after the commit', async () => {
    const { result, log, events } = await apply();
    expect(result).toMatchObject({ status: 'applied', warnings: [] });
    expect(await analyzed()).toEqual({ parent: 1, child: 2 });
    const analyzes = log.filter((s) => /^ANALYZE "public"\./.test(s.sql));
    expect(analyzes.map((s) => s.sql).sort()).toEqual(['ANALYZE "public"."child"', 'ANALYZE "public"."parent"']);
    // Outside the load transaction.
    expect(analyzes.every((s) => s.where !== 'tx')).toBe(true);
    const phases = events.flatMap((e) => (e.type === 'phase' ? [e.message] : []));
    expect(phases.slice(-2)).toEqual(['recording the run in the ledger', 'analyzing the loaded tables']);
  });

  // PGlite has one session: the tables are analyzed in turn there (the cases above), so this case is PostgreSQL's only.
  const onPostgres = kind === 'postgres' ? it : () => undefined;
  onPostgres('a second session analyzes the next table while the first is busy', async () => {
    // Analyzing child (the larger table, taken first) takes 0.5 s: an expression statistic sleeps 0.1 s per row.
    const { result, log } = await apply(`
      CREATE FUNCTION slow(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 FROM pg_sleep(0.1)';
      CREATE STATISTICS child_slow ON (slow(id)) FROM child;`);
    expect(result.warnings).toEqual([]);
    expect(log.filter((s) => s.sql.startsWith('ANALYZE')).map((s) => `${s.where}: ${s.sql}`)).toEqual(['session: ANALYZE "public"."child"', 'other: ANALYZE "public"."parent"']);
    expect(await analyzed()).toEqual({ parent: 1, child: 2 });
  });

  it('a failing ANALYZE after the commit is a warning: the rows and the run stay', async () => {
    // An extended statistic whose expression fails: only ANALYZE evaluates it, COPY does not.
    const { result, events } = await apply(`
      CREATE FUNCTION boom(integer) RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RAISE EXCEPTION 'boom on %', $1; END $$;
      CREATE STATISTICS child_boom ON (boom(id)) FROM child;`);
    expect(result.status).toBe('applied');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^the statistics of public\.child were not refreshed \(ANALYZE failed: boom on \d+\); its rows are loaded and committed: run ANALYZE "public"\."child" once the cause is fixed$/);
    expect(events).toContainEqual({ type: 'warning', message: result.warnings[0] });
    expect(await tableCounts(db, ['public.parent', 'public.child'])).toEqual({ 'public.parent': 3, 'public.child': 5 });
    expect(await db.query(`SELECT id::int AS id, status FROM seedforge.runs`)).toEqual([{ id: result.runId, status: 'applied' }]);
    expect(await analyzed()).toEqual({ parent: 1, child: 0 });
  });
});

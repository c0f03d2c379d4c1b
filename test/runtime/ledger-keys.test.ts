import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyArtifacts } from '../../runtime/apply.ts';
import type { Database } from '../../runtime/connection.ts';
import { rollback } from '../../runtime/rollback.ts';
import { familyFixture, writeFixture } from './support/fixtures.ts';
import { recording, type RecordedStatement } from './support/recording.ts';
import { closeTestTarget, openTestTarget, targetKinds, type TestTarget } from './support/targets.ts';

const env = { NODE_ENV: 'test' };

describe.each(targetKinds)('ledger keys of dense integer keys on %s', (kind) => {
  let t: TestTarget;
  let db: Database;
  let work: string;
  beforeEach(async () => void ({ t, db, work } = await openTestTarget(kind, 'sf-ledger-')));
  afterEach(() => closeTestTarget({ t, db, work }));

  /** Applies parent ids `parentIds` (child: ids 1..4) after `before` ran; returns the stored ranges and which tables were scanned by xmin. */
  async function apply(parentIds: number[], before: string) {
    const spec = familyFixture(parentIds, parentIds.length > 0 ? [parentIds[0]!, null, parentIds[0]!, null] : [null, null, null, null]);
    await db.exec(spec.schemaSql + before);
    await writeFixture(join(work, 'family'), spec);
    const log: RecordedStatement[] = [];
    const result = await applyArtifacts({ dir: join(work, 'family'), db: recording(db, log), processEnv: env });
    const ranges = Object.fromEntries(
      (await db.query<{ table_name: string; key_ranges: unknown }>(`SELECT table_name, key_ranges FROM seedforge.run_tables ORDER BY position`)).map((r) => [r.table_name, r.key_ranges]),
    );
    const scanned = log.filter((s) => s.sql.includes('xmin = pg_current_xact_id()')).map((s) => /FROM "public"\."(\w+)"/.exec(s.sql)?.[1]);
    return { result, ranges, scanned: [...new Set(scanned)] };
  }

  it('reads a dense key of a table that held nothing else off its index', async () => {
    const { ranges, scanned } = await apply([5, 6, 7], '');
    expect(ranges).toEqual({ parent: [['5', '7']], child: [['1', '4']] });
    expect(scanned).toEqual([]);
  });

  it.each([
    ['an application row next to the seeded keys', [2, 3, 4], `INSERT INTO parent VALUES (1)`, [1]],
    ['application rows on both sides, the seeded keys dense between them', [11, 12], `INSERT INTO parent VALUES (10), (13)`, [10, 13]],
    ['an application row far away', [1, 2, 3], `INSERT INTO parent VALUES (9000000000)`, [9000000000]],
  ])('scans when the table holds other rows too: %s', async (_, parentIds, before, kept) => {
    const { ranges, scanned } = await apply(parentIds, `;${before}`);
    expect(ranges).toEqual({ parent: [[String(parentIds[0]), String(parentIds.at(-1))]], child: [['1', '4']] });
    expect(scanned).toEqual(['parent']);
    await rollback({ db });
    expect((await db.query<{ id: string }>(`SELECT id::text AS id FROM parent ORDER BY id`)).map((r) => Number(r.id))).toEqual(kept);
  });

  it('scans a table with row-level security (it could hide rows from the bounds)', async () => {
    const { ranges, scanned } = await apply([1, 2, 3], `;ALTER TABLE parent ENABLE ROW LEVEL SECURITY`);
    expect(ranges).toEqual({ parent: [['1', '3']], child: [['1', '4']] });
    expect(scanned).toEqual(['parent']);
  });

  it('scans every table when a loaded table has a trigger of its own (it could have changed what was inserted)', async () => {
    const { ranges, scanned } = await apply(
      [1, 2, 3],
      `;CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER child_noop BEFORE INSERT ON child FOR EACH ROW EXECUTE FUNCTION noop();`,
    );
    expect(ranges).toEqual({ parent: [['1', '3']], child: [['1', '4']] });
    expect(scanned.sort()).toEqual(['child', 'parent']);
  });
});

import type { Database } from './connection.ts';
import { qualified, tableLabel } from './sql.ts';

/** A loaded table to analyze: its size decides the order. */
export interface TableToAnalyze {
  schema: string;
  name: string;
  rows: number;
  columns: number;
}

/** ANALYZE reads at most 300 × default_statistics_target rows (30,000 by default), then works per column. */
const SAMPLE_ROWS = 30_000;

/**
 * Refreshes the planner statistics of loaded tables, so the application's first queries against them get sensible
 * plans. Runs after the load committed: statistics are not data, so they neither lengthen the load transaction nor
 * decide whether the load succeeded. One ANALYZE per table, largest first, on this session and (PostgreSQL) one
 * more, each taking the next table when it is free. A table that cannot be analyzed becomes a warning; the returned
 * warnings follow the order of `tables`.
 */
export async function analyzeTables(db: Database, tables: readonly TableToAnalyze[]): Promise<string[]> {
  const weight = (t: TableToAnalyze) => Math.min(t.rows, SAMPLE_ROWS) * Math.max(1, t.columns);
  const queue = tables.map((table, index) => ({ table, index })).sort((a, b) => weight(b.table) - weight(a.table));
  const warnings: { index: number; text: string }[] = [];
  const work = async (session: Database): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      try {
        await session.exec(`ANALYZE ${qualified(next.table)}`);
      } catch (error) {
        const label = tableLabel(next.table);
        warnings.push({
          index: next.index,
          text: `the statistics of ${label} were not refreshed (ANALYZE failed: ${(error as Error).message}); its rows are loaded and committed: run ANALYZE ${qualified(next.table)} once the cause is fixed`,
        });
      }
    }
  };
  const other = async (): Promise<void> => {
    // Without a second session (PGlite, or it cannot connect) this one does every table.
    const session = await db.connectAgain!().catch(() => undefined);
    if (!session) return;
    try {
      await work(session);
    } finally {
      await session.close().catch(() => {});
    }
  };
  const parallel = queue.length > 1 && db.connectAgain !== undefined;
  await Promise.all([work(db), ...(parallel ? [other()] : [])]);
  return warnings.sort((a, b) => a.index - b.index).map((w) => w.text);
}

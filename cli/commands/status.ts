import type { Command } from 'commander';
import type { StatusResult } from '../../runtime/status.ts';
import { out } from '../output.ts';
import type { CommandModule } from './index.ts';

/** `seedforge status`: the ledger, and whether each applied scenario still matches the live schema. */
export const registerStatus: CommandModule = (program: Command, setExitCode) => {
  program
    .command('status')
    .description('show the applied scenarios (the ledger) and whether each still matches the live schema')
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('--all', 'include rolled-back runs')
    .option('--json', 'print the status as JSON')
    .action(async (flags: { db?: string; all?: boolean; json?: boolean }) => {
      const { status } = await import('../../runtime/status.ts');
      const result = await status({ db: flags.db, all: flags.all === true });
      if (flags.json) out.json(result);
      else printStatus(result);
      setExitCode(0);
    });
};

function printStatus(result: StatusResult): void {
  out.line(`${result.target}${result.mark ? ` (marked ${result.mark})` : ''}`);
  if (result.runs.length === 0) {
    out.line(result.ledger ? 'No scenario is applied.' : 'No scenario is applied (seedforge has not written to this database).');
    return;
  }
  const rows = result.runs.map((r) => [
    String(r.id),
    r.scenario,
    r.status === 'applied' ? 'applied' : 'rolled back',
    String(r.totalRows),
    r.environment,
    r.finishedAt.replace('T', ' ').replace(/\.\d+/, '').replace(/\+00:00$/, 'Z'),
    r.checksum.slice(0, 12),
    r.schemaMatches === null ? '-' : r.schemaMatches ? 'matches' : `DRIFT (${r.drift.length})`,
  ]);
  const header = ['RUN', 'SCENARIO', 'STATUS', 'ROWS', 'ENV', 'APPLIED', 'CHECKSUM', 'SCHEMA'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  out.line(line(header));
  for (const [i, r] of rows.entries()) {
    out.line(line(r));
    for (const d of result.runs[i]!.drift) out.line(`    ${d}`);
  }
}

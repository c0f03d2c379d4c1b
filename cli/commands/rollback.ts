import type { Command } from 'commander';
import type { RollbackResult } from '../../runtime/rollback.ts';
import { CliError } from '../errors.ts';
import { out } from '../output.ts';
import { confirmer, createReporter } from './apply.ts';
import type { CommandModule } from './index.ts';

/** `seedforge rollback`: remove exactly the rows one run inserted. */
export const registerRollback: CommandModule = (program: Command, setExitCode) => {
  program
    .command('rollback')
    .description('remove exactly the rows one run inserted (default: the most recent run); rows your app added stay')
    .option('--scenario <name>', 'roll back the applied run of this scenario')
    .option('--run <id>', 'roll back this run (see `seedforge status`)')
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('-y, --yes', 'do not ask first (required when not in a terminal)')
    .option('--json', 'print the result as JSON')
    .action(async (flags: { scenario?: string; run?: string; db?: string; yes?: boolean; json?: boolean }) => {
      if (flags.scenario !== undefined && flags.run !== undefined) throw new CliError('use --scenario or --run, not both');
      const runId = flags.run === undefined ? undefined : Number(flags.run);
      if (runId !== undefined && (!Number.isInteger(runId) || runId <= 0)) throw new CliError(`--run takes a run id, a positive whole number (got "${flags.run}")`);
      const { rollback } = await import('../../runtime/rollback.ts');
      const reporter = await createReporter(flags.json === true);
      let result: RollbackResult;
      try {
        result = await rollback({
          db: flags.db,
          ...(flags.scenario !== undefined ? { scenario: flags.scenario } : {}),
          ...(runId !== undefined ? { runId } : {}),
          confirm: confirmer(flags.yes === true),
          onProgress: reporter.listener,
        });
      } finally {
        reporter.stop();
      }
      printRollbackResult(result, flags.json === true, 'Nothing to roll back: no scenario is applied.');
      setExitCode(0);
    });
};

/** Shared with clear. */
export function printRollbackResult(result: RollbackResult, json: boolean, nothing: string): void {
  if (json) {
    out.json(result);
    return;
  }
  if (result.runs.length === 0) {
    out.line(nothing);
    return;
  }
  for (const run of result.runs) out.line(`Rolled back run ${run.runId} ("${run.scenario}"): removed ${run.totalRows} rows from ${run.tables.length} tables.`);
}

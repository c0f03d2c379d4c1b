import type { Command } from 'commander';
import type { RollbackResult } from '../../runtime/rollback.ts';
import { confirmer, createReporter } from './apply.ts';
import type { CommandModule } from './index.ts';
import { printRollbackResult } from './rollback.ts';

/** `seedforge clear`: roll back every applied mock run. */
export const registerClear: CommandModule = (program: Command, setExitCode) => {
  program
    .command('clear')
    .description('roll back every applied scenario (all or nothing); rows your app added stay')
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('-y, --yes', 'do not ask first (required when not in a terminal)')
    .option('--json', 'print the result as JSON')
    .action(async (flags: { db?: string; yes?: boolean; json?: boolean }) => {
      const { clear } = await import('../../runtime/rollback.ts');
      const reporter = await createReporter(flags.json === true);
      let result: RollbackResult;
      try {
        result = await clear({ db: flags.db, confirm: confirmer(flags.yes === true), onProgress: reporter.listener });
      } finally {
        reporter.stop();
      }
      printRollbackResult(result, flags.json === true, 'Nothing to clear: no scenario is applied.');
      setExitCode(0);
    });
};

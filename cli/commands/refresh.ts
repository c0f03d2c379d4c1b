import type { Command } from 'commander';
import type { ApplyResult } from '../../runtime/apply.ts';
import { parseSeed } from '../parse-options.ts';
import { confirmer, createReporter, printApplyResult } from './apply.ts';
import type { CommandModule } from './index.ts';

interface RefreshFlags {
  config?: string;
  scenario?: string;
  seed?: string;
  out?: string;
  db?: string;
  env?: string;
  yes?: boolean;
  json?: boolean;
}

/** `seedforge refresh`: clear every applied scenario and apply the scenario as it compiles, in one transaction. */
export const registerRefresh: CommandModule = (program: Command, setExitCode) => {
  program
    .command('refresh')
    .description('replace everything seedforge applied with the scenario, loaded as it compiles (one transaction)')
    .option('-c, --config <file>', 'config file (default: mock.config.ts)')
    .option('--scenario <name>', 'the scenario to compile and apply (needed when the config has several)')
    .option('--seed <n>', 'override the seed')
    .option('-o, --out <dir>', 'output directory for the artifacts (default: the config outDir)')
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('--env <name>', 'environment: local, staging or production (default: SEEDFORGE_ENV, then NODE_ENV, else local)')
    .option('-y, --yes', 'do not ask before removing rows (required when not in a terminal)')
    .option('--json', 'print the result as JSON')
    .action(async (flags: RefreshFlags) => {
      const cwd = process.cwd();
      const { compileAndApply, CompileFailed } = await import('../compile-and-apply.ts');
      const reporter = await createReporter(flags.json === true);
      let result: ApplyResult;
      try {
        // The scenario streams into the database as it compiles; the earlier runs are removed first, in the same transaction.
        ({ applied: result } = await compileAndApply({
          compile: { config: flags.config, scenario: flags.scenario, seed: parseSeed(flags.seed), outDir: flags.out, cwd },
          apply: { db: flags.db, env: flags.env, clearFirst: true, cwd, confirm: confirmer(flags.yes === true), onProgress: reporter.listener },
        }));
      } catch (error) {
        if (error instanceof CompileFailed) throw Object.assign(new Error('compile failed'), { diagnostics: error.result.diagnostics });
        throw error;
      } finally {
        reporter.stop();
      }
      printApplyResult(result, flags.json === true);
      setExitCode(0);
    });
};

import type { Command } from 'commander';
import { parseSeed } from '../parse-options.ts';
import { compileThenLoad, printApplyResult } from './apply.ts';
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
      // The earlier runs are removed first, in the same transaction as the load.
      const { applied } = await compileThenLoad(
        { config: flags.config, scenario: flags.scenario, seed: parseSeed(flags.seed), outDir: flags.out, cwd: process.cwd() },
        { db: flags.db, env: flags.env, clearFirst: true, yes: flags.yes === true, json: flags.json === true },
      );
      printApplyResult(applied, flags.json === true);
      setExitCode(0);
    });
};

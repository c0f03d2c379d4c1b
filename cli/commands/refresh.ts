import type { Command } from 'commander';
import type { ApplyResult } from '../../runtime/apply.ts';
import { CliError } from '../errors.ts';
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

/** `seedforge refresh`: compile, then clear every applied scenario and apply the fresh artifacts in one transaction. */
export const registerRefresh: CommandModule = (program: Command, setExitCode) => {
  program
    .command('refresh')
    .description('compile, then replace everything seedforge applied with the new artifacts (one transaction)')
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
      const { compile } = await import('../../compiler/index.ts');
      const compiled = await compile({ config: flags.config, scenario: flags.scenario, seed: parseSeed(flags.seed), outDir: flags.out, cwd });
      if (compiled.diagnostics.some((d) => d.severity === 'error')) throw Object.assign(new Error('compile failed'), { diagnostics: compiled.diagnostics });
      const scenario = pick(compiled.scenarios, flags.scenario);
      const { applyArtifacts } = await import('../../runtime/apply.ts');
      const reporter = await createReporter(flags.json === true);
      let result: ApplyResult;
      try {
        result = await applyArtifacts({
          dir: scenario.dir,
          db: flags.db,
          env: flags.env,
          clearFirst: true,
          cwd,
          confirm: confirmer(flags.yes === true),
          onProgress: reporter.listener,
        });
      } finally {
        reporter.stop();
      }
      printApplyResult(result, flags.json === true);
      setExitCode(0);
    });
};

function pick(scenarios: { name: string; dir: string }[], wanted: string | undefined): { name: string; dir: string } {
  if (wanted !== undefined) {
    const found = scenarios.find((s) => s.name === wanted);
    if (found) return found;
    throw new CliError(`the config has no scenario "${wanted}"`, 1, `scenarios: ${scenarios.map((s) => s.name).join(', ') || '(none)'}`);
  }
  if (scenarios.length === 1) return scenarios[0]!;
  throw new CliError(`the config defines ${scenarios.length} scenarios: ${scenarios.map((s) => s.name).join(', ')}`, 1, `choose one with --scenario ${scenarios[0]?.name ?? 'NAME'}`);
}

import type { CommandModule } from './index.ts';
import { out } from '../output.ts';

/** `seedforge check`: validate definitions against the schema; exit 1 with diagnostics. */
export const registerCheck: CommandModule = (program, setExitCode) => {
  program
    .command('check')
    .description('validate definitions against the schema without writing anything')
    .option('-c, --config <file>', 'config file (default: mock.config.ts)')
    .option('--schema <file>', 'zero-config: check a bare Drizzle schema module')
    .option('--scenario <name>', 'check only this scenario')
    .action(async (flags: { config?: string; schema?: string; scenario?: string }) => {
      const { compile, formatDiagnostic } = await import('../../compiler/index.ts');
      const result = await compile({ config: flags.config, schema: flags.schema, scenario: flags.scenario, checkOnly: true });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) throw Object.assign(new Error('check failed'), { diagnostics: result.diagnostics });
      for (const d of result.diagnostics) out.error(formatDiagnostic(d));
      for (const plan of result.plans) {
        out.line(`ok ${plan.scenario.name}: ${plan.tables.length} tables, ${plan.tables.reduce((n, t) => n + t.count, 0)} rows planned`);
      }
      setExitCode(0);
    });
};

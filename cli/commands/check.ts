import type { CommandModule } from './index.ts';
import { out } from '../output.ts';
import { projectCache } from '../project-cache.ts';

interface CheckFlags {
  config?: string;
  schema?: string;
  scenario?: string;
  types: boolean;
  tsconfig?: string;
}

/** `seedforge check`: type-check the definitions and validate them against the schema; exit 1 on errors. */
export const registerCheck: CommandModule = (program, setExitCode) => {
  program
    .command('check')
    .description('type-check and validate definitions against the schema without writing anything (exit 1 on errors)')
    .option('-c, --config <file>', 'config file (default: mock.config.ts)')
    .option('--schema <file>', 'zero-config: check a bare Drizzle schema module')
    .option('--scenario <name>', 'check only this scenario')
    .option('--tsconfig <file>', 'tsconfig.json for the TypeScript pass (default: the nearest one above the config)')
    .option('--no-types', 'skip the TypeScript pass (semantic checks only)')
    .action(async (flags: CheckFlags) => {
      const cacheDir = await projectCache(flags);
      const { checkProject, formatDiagnostic } = await import('../../compiler/index.ts');
      const result = await checkProject({ config: flags.config, schema: flags.schema, scenario: flags.scenario, types: flags.types, tsconfig: flags.tsconfig, cacheDir });
      for (const d of result.diagnostics) out.error(formatDiagnostic(d));
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = result.diagnostics.length - errors;
      if (errors > 0) {
        out.error(`\ncheck failed: ${errors} error(s), ${warnings} warning(s)`);
        setExitCode(1);
        return;
      }
      if (result.types) out.line(`ok types: ${result.types.files} file(s) type-checked${result.types.tsconfig ? ` with ${relative(result.types.tsconfig)}` : ''}`);
      for (const plan of result.plans) {
        out.line(`ok ${plan.scenario.name}: ${plan.tables.length} tables, ${plan.tables.reduce((n, t) => n + t.count, 0)} rows planned`);
      }
      setExitCode(0);
    });
};

function relative(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

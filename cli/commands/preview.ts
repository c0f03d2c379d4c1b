import type { CommandModule } from './index.ts';
import { CliError } from '../errors.ts';
import { out } from '../output.ts';
import { projectCache } from '../project-cache.ts';
import { parseCounts } from '../parse-options.ts';

/** `seedforge preview <table>`: sample rows as a table on the terminal. */
export const registerPreview: CommandModule = (program, setExitCode) => {
  program
    .command('preview <table>')
    .description('show sample rows of one table')
    .option('-c, --config <file>', 'config file (default: mock.config.ts)')
    .option('--schema <file>', 'zero-config: a bare Drizzle schema module')
    .option('--scenario <name>', 'scenario to preview (default: the first)')
    .option('--rows <n>', 'rows to show', '5')
    .action(async (tableName: string, flags: { config?: string; schema?: string; scenario?: string; rows: string }) => {
      const cacheDir = await projectCache(flags);
      const { prepare, DiagnosticBag } = await import('../../compiler/index.ts');
      const { textFormatter } = await import('../../compiler/format-value.ts');
      const rows = Number(flags.rows);
      if (!Number.isInteger(rows) || rows < 1) throw new CliError(`--rows must be a whole number above 0 (got "${flags.rows}")`);
      const bag = new DiagnosticBag();
      const { prepared } = await prepare({ config: flags.config, schema: flags.schema, scenario: flags.scenario, counts: parseCounts([]), cacheDir }, bag);
      if (bag.hasErrors) throw Object.assign(new Error('preview failed'), { diagnostics: bag.items });
      const scenario = prepared[0];
      if (!scenario) throw new CliError('no scenario to preview');
      const source = [...scenario.sources.values()].find((s) => s.plan.table.name === tableName || s.plan.table.id === tableName || s.plan.table.exportName === tableName);
      if (!source) {
        throw new CliError(`no table "${tableName}" in scenario ${scenario.plan.scenario.name}`, 1, `tables: ${[...scenario.sources.values()].map((s) => s.plan.table.name).join(', ')}`);
      }
      const columns = source.output.map((c) => c.column);
      const positions = columns.map((c) => source.plan.table.columns.indexOf(c));
      const formatters = columns.map((c) => textFormatter(c));
      const grid: string[][] = [columns.map((c) => c.name)];
      for (let i = 0; i < Math.min(rows, source.count); i++) {
        const values = source.row(i);
        grid.push(positions.map((p, k) => (values[p] === null || values[p] === undefined ? 'NULL' : truncate(formatters[k]!(values[p])))));
      }
      const widths = grid[0]!.map((_, k) => Math.max(...grid.map((r) => r[k]!.length)));
      const line = (cells: string[]): string => cells.map((c, k) => c.padEnd(widths[k]!)).join(' | ');
      out.line(line(grid[0]!));
      out.line(widths.map((w) => '-'.repeat(w)).join('-+-'));
      for (const r of grid.slice(1)) out.line(line(r));
      out.line(`(${Math.min(rows, source.count)} of ${source.count} rows of ${source.plan.table.name}, scenario ${scenario.plan.scenario.name})`);
      setExitCode(0);
    });
};

function truncate(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

import type { Command } from 'commander';
import type { CommandModule } from './index.ts';
import { out } from '../output.ts';
import { parseCounts, parseFormats, parseSeed, parseWorkers } from '../parse-options.ts';

interface CompileFlags {
  config?: string;
  schema?: string;
  scenario?: string;
  seed?: string;
  out?: string;
  format?: string;
  count?: string[];
  json?: boolean;
  workers?: string;
  cache?: boolean;
}

/** `seedforge compile`: definitions -> artifacts. */
export const registerCompile: CommandModule = (program: Command, setExitCode) => {
  program
    .command('compile')
    .description('compile definitions (or a bare schema) into deterministic artifacts')
    .option('-c, --config <file>', 'config file (default: mock.config.ts)')
    .option('--schema <file>', 'zero-config: a Drizzle schema module, compiled as scenario "default"')
    .option('--scenario <name>', 'compile only this scenario')
    .option('--seed <n>', 'override the seed')
    .option('-o, --out <dir>', 'output directory (default: the config outDir, or ./generated)')
    .option('--format <list>', 'comma-separated: sql,csv,json (csv is always written: apply loads it)')
    .option('--count <n|table=n...>', 'rows per table: N for every table, table=N for one (repeatable)', collect, [])
    .option('--workers <n>', 'threads rendering rows, this one included (default: one per million rows, up to the cores); output is identical for any number')
    .option('--no-cache', 'make schema.sql and the typed files anew instead of reusing them from node_modules/.cache/seedforge (also: SEEDFORGE_CACHE=0)')
    .option('--json', 'print the result as JSON')
    .action(async (flags: CompileFlags) => {
      const { compile, DerivedCache } = await import('../../compiler/index.ts');
      const cacheDir = flags.cache === false || process.env.SEEDFORGE_CACHE === '0' ? undefined : process.env.SEEDFORGE_CACHE_DIR || DerivedCache.locate(process.cwd())?.dir;
      const started = performance.now();
      const result = await compile({
        config: flags.config,
        schema: flags.schema,
        scenario: flags.scenario,
        seed: parseSeed(flags.seed),
        outDir: flags.out,
        formats: parseFormats(flags.format),
        counts: parseCounts(flags.count ?? []),
        workers: parseWorkers(flags.workers),
        cacheDir,
      });
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) throw Object.assign(new Error('compile failed'), { diagnostics: result.diagnostics });
      const { formatDiagnostic } = await import('../../compiler/index.ts');
      for (const d of result.diagnostics) out.error(formatDiagnostic(d));
      if (flags.json) {
        out.json({ scenarios: result.scenarios.map((s) => ({ name: s.name, dir: s.dir, checksum: s.manifest.checksum, threads: s.threads, workerRanges: s.workerRanges, tables: Object.fromEntries(s.manifest.tables.map((t) => [`${t.schema}.${t.name}`, t.rows])) })) });
      } else {
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        for (const s of result.scenarios) {
          const rows = s.manifest.tables.reduce((n, t) => n + t.rows, 0);
          out.line(`compiled ${s.name}: ${s.manifest.tables.length} tables, ${rows} rows -> ${relative(s.dir)}`);
        }
        out.line(`done in ${seconds}s`);
      }
      setExitCode(0);
    });
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function relative(path: string): string {
  const cwd = process.cwd();
  return path.startsWith(cwd + '/') ? path.slice(cwd.length + 1) : path;
}

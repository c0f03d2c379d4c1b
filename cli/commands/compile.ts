import type { Command } from 'commander';
import type { CompileResult } from '../../compiler/compile.ts';
import type { ApplyResult } from '../../runtime/apply.ts';
import { CliError } from '../errors.ts';
import { projectCache } from '../project-cache.ts';
import { compileThenLoad, printApplyResult } from './apply.ts';
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
  apply?: boolean;
  db?: string;
  env?: string;
  fresh?: boolean;
  yes?: boolean;
  rowChecks?: boolean;
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
    .option('--workers <n>', 'threads rendering rows, this one included (default: one per 400,000 rows, up to the cores; with --apply, 1); output is identical for any number')
    .option('--no-cache', 'make schema.sql and the typed files anew, and import drizzle-orm as installed, instead of reusing them from node_modules/.cache/seedforge (also: SEEDFORGE_CACHE=0)')
    .option('--apply', 'also load the scenario into the database as it compiles (one pass: rows stream into COPY while they render); as `compile` then `apply`')
    .option('--db <url>', 'with --apply: database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('--env <name>', 'with --apply: environment (default: SEEDFORGE_ENV, then NODE_ENV, else local)')
    .option('--fresh', 'with --apply: replace an applied run of this scenario that has different artifacts (asks first)')
    .option('-y, --yes', 'with --apply: do not ask before removing rows (required with --fresh when not in a terminal)')
    .option('--row-checks', 'with --apply: check foreign keys row by row during COPY')
    .option('--json', 'print the result as JSON')
    .action(async (flags: CompileFlags) => {
      const cacheDir = await projectCache(flags);
      const { compile } = await import('../../compiler/index.ts');
      const started = performance.now();
      const options = {
        config: flags.config,
        schema: flags.schema,
        scenario: flags.scenario,
        seed: parseSeed(flags.seed),
        outDir: flags.out,
        formats: parseFormats(flags.format),
        counts: parseCounts(flags.count ?? []),
        workers: parseWorkers(flags.workers),
        cacheDir,
      };
      const onlyWithApply = (['db', 'env', 'fresh', 'yes', 'rowChecks'] as const).filter((f) => flags[f] !== undefined);
      if (!flags.apply && onlyWithApply.length > 0) {
        throw new CliError(`--${onlyWithApply.map((f) => f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)).join(', --')} only go with --apply`, 1, 'add --apply to load the scenario as it compiles, or run `seedforge apply` afterwards');
      }
      let result: CompileResult;
      let applied: ApplyResult | undefined;
      if (flags.apply) {
        ({ compiled: result, applied } = await compileThenLoad(options, { db: flags.db, env: flags.env, fresh: flags.fresh, rowChecks: flags.rowChecks, yes: flags.yes === true, json: flags.json === true }));
      } else {
        result = await compile(options);
      }
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) throw Object.assign(new Error('compile failed'), { diagnostics: result.diagnostics });
      const { formatDiagnostic } = await import('../../compiler/index.ts');
      for (const d of result.diagnostics) out.error(formatDiagnostic(d));
      if (flags.json) {
        out.json({
          scenarios: result.scenarios.map((s) => ({ name: s.name, dir: s.dir, checksum: s.manifest.checksum, threads: s.threads, workerRanges: s.workerRanges, tables: Object.fromEntries(s.manifest.tables.map((t) => [`${t.schema}.${t.name}`, t.rows])) })),
          ...(applied ? { applied } : {}),
        });
      } else {
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        for (const s of result.scenarios) {
          const rows = s.manifest.tables.reduce((n, t) => n + t.rows, 0);
          out.line(`compiled ${s.name}: ${s.manifest.tables.length} tables, ${rows} rows -> ${relative(s.dir)}`);
        }
        if (applied) printApplyResult(applied, false);
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

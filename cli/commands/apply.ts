import { relative } from 'node:path';
import type { Command } from 'commander';
import type { CompileOptions, CompileResult } from '../../compiler/compile.ts';
import type { ApplyResult } from '../../runtime/apply.ts';
import type { ProgressEvent, ProgressListener } from '../../runtime/progress.ts';
import { out } from '../output.ts';
import { projectCache } from '../project-cache.ts';
import type { CommandModule } from './index.ts';

interface ApplyFlags {
  db?: string;
  env?: string;
  scenario?: string;
  fresh?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  json?: boolean;
  rowChecks?: boolean;
}

/** `seedforge apply [ARTIFACT_DIR]`: load compiled artifacts into a database. */
export const registerApply: CommandModule = (program: Command, setExitCode) => {
  program
    .command('apply')
    .description('load a compiled scenario into a database: one transaction, verified, guarded, recorded')
    .argument('[artifact-dir]', 'a scenario directory (with manifest.json) or a directory of scenarios (default: the config outDir, else ./generated)')
    .option('--db <url>', 'database URL (default: DATABASE_URL, else the embedded database in .seedforge/pglite)')
    .option('--env <name>', 'environment: local, staging or production (default: SEEDFORGE_ENV, then NODE_ENV, else local)')
    .option('--scenario <name>', 'which scenario, when the directory holds several')
    .option('--fresh', 'replace an applied run of this scenario that has different artifacts (asks first)')
    .option('--dry-run', 'check everything and print the plan; write nothing')
    .option('-y, --yes', 'do not ask before removing rows (required with --fresh when not in a terminal)')
    .option('--row-checks', 'check foreign keys row by row during COPY (by default a role that may set session_replication_role, a superuser or one granted it, skips them and proves every key after; any other role loads large empty tables it owns without their foreign keys and adds them back after)')
    .option('--json', 'print the result as JSON')
    .action(async (artifactDir: string | undefined, flags: ApplyFlags) => {
      const { applyArtifacts } = await import('../../runtime/apply.ts');
      const cwd = process.cwd();
      const located = await locateArtifacts(cwd, artifactDir, flags.scenario);
      const reporter = await createReporter(flags.json === true);
      let result: ApplyResult;
      try {
        result = await applyArtifacts({
          dir: located.dir,
          scenario: located.scenario,
          db: flags.db,
          env: flags.env,
          fresh: flags.fresh,
          dryRun: flags.dryRun,
          rowChecks: flags.rowChecks,
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

/**
 * Compiles and loads in one pass (compile --apply, refresh: cli/compile-and-apply.ts), with apply's progress and
 * confirmation. A compile with errors throws its diagnostics, as `compile` does.
 */
export async function compileThenLoad(
  compile: CompileOptions,
  apply: { db?: string; env?: string; fresh?: boolean; rowChecks?: boolean; clearFirst?: boolean; yes: boolean; json: boolean },
): Promise<{ compiled: CompileResult; applied: ApplyResult }> {
  const { compileAndApply, CompileFailed } = await import('../compile-and-apply.ts');
  const { yes, json, ...load } = apply;
  const reporter = await createReporter(json);
  try {
    return await compileAndApply({
      // One rendering thread unless asked: the load is the slower side, and a worker would take the server's core
      // (measured with two cores: 1.52 s against 1.70 s at 968k rows, 12.4 s against 13.0 s at 9.7M rows).
      compile: { ...compile, workers: compile.workers === 'auto' ? 1 : compile.workers },
      apply: { ...load, cwd: compile.cwd ?? process.cwd(), confirm: confirmer(yes), onProgress: reporter.listener },
    });
  } catch (error) {
    if (error instanceof CompileFailed) throw Object.assign(new Error('compile failed'), { diagnostics: error.result.diagnostics });
    throw error;
  } finally {
    reporter.stop();
  }
}

/** Prints an apply result: JSON, or a short human summary. Shared with refresh. */
export function printApplyResult(result: ApplyResult, json: boolean): void {
  if (json) {
    out.json(result);
    return;
  }
  const seconds = (result.ms / 1000).toFixed(2);
  const where = relative(process.cwd(), result.artifactDir) || '.';
  if (result.status === 'unchanged') {
    out.line(`"${result.scenario}" is already applied to ${result.target} (run ${result.runId}, checksum ${result.checksum.slice(0, 12)}): nothing to do.`);
    return;
  }
  if (result.status === 'dry-run') {
    const plan = result.plan!;
    out.line(`Dry run: "${result.scenario}" from ${where} into ${result.target}, environment ${result.environment}. Nothing was written.`);
    if (plan.action === 'nothing (already applied)') {
      out.line('Would do nothing: these exact artifacts are already applied.');
    } else {
      out.line(`Would ${plan.action === 'apply' ? '' : 'remove the previous run of this scenario, then '}load${plan.createsSchema ? ' (creating the schema from schema.sql first)' : ''}:`);
    }
    const width = Math.max(...plan.tables.map((t) => t.table.length), 5);
    for (const t of plan.tables) out.line(`  ${t.table.padEnd(width)}  ${String(t.rows).padStart(9)} rows  ${formatBytes(t.bytes)}`);
    for (const f of plan.fixups) out.line(`  fix-up ${f.table} (${f.columns.join(', ')}): ${f.rows} rows`);
    for (const fk of plan.relaxedForeignKeys) out.line(`  NOT NULL cycle, checked after loading: ${fk}`);
    for (const s of plan.sequences) out.line(`  sequence ${s.table}.${s.column} past ${s.max}`);
    out.line('Checks:');
    for (const check of plan.checks) out.line(`  ${check}`);
    return;
  }
  for (const run of result.cleared) out.line(`Removed run ${run.runId} ("${run.scenario}"): ${run.totalRows} rows.`);
  if (result.replaced) out.line(`Removed run ${result.replaced.runId} (previous artifacts of "${result.scenario}"): ${result.replaced.totalRows} rows.`);
  out.line(`Applied "${result.scenario}" to ${result.target}: ${result.totalRows} rows in ${result.tables.length} tables in ${seconds}s (run ${result.runId}).`);
  // After the summary, not among the progress lines, so that the last thing printed is what needs doing.
  for (const warning of result.warnings) out.error(`warning: ${warning}`);
}

/**
 * Where the project's config (mock.config.ts in `cwd`) writes artifacts, and which scenarios it defines.
 * A stand-in until the compiler exports its own `resolveConfigOutDir`: it loads the config with the compiler's
 * loader, so it costs an esbuild start and is only called when no artifact directory was given.
 */
export async function resolveConfigOutDir(cwd: string): Promise<{ outDir: string; scenarios: string[] } | undefined> {
  const { DiagnosticBag, findConfigFile, loadProject } = await import('../../compiler/index.ts');
  if (!findConfigFile(cwd)) return undefined;
  const cacheDir = await projectCache({}, cwd);
  const bag = new DiagnosticBag();
  const config = await loadProject({ cwd, cacheDir }, bag).catch(() => undefined);
  if (!config || bag.items.some((d) => d.severity === 'error')) return undefined;
  return { outDir: config.outDir, scenarios: config.scenarios.map((s) => s.name) };
}

/** The artifact directory and scenario to apply: the argument, else the config's outDir (and its only scenario), else ./generated. */
export async function locateArtifacts(cwd: string, artifactDir: string | undefined, scenario: string | undefined): Promise<{ dir: string; scenario?: string }> {
  if (artifactDir !== undefined) return { dir: artifactDir, ...(scenario !== undefined ? { scenario } : {}) };
  const config = await resolveConfigOutDir(cwd);
  if (!config) return { dir: 'generated', ...(scenario !== undefined ? { scenario } : {}) };
  const chosen = scenario ?? (config.scenarios.length === 1 ? config.scenarios[0] : undefined);
  return { dir: config.outDir, ...(chosen !== undefined ? { scenario: chosen } : {}) };
}

/**
 * The confirmation for destructive steps: none with --yes; a y/N question on a terminal; otherwise a refusal
 * that asks for --yes (raised only when there is something to remove).
 */
export function confirmer(yes: boolean): ((question: string) => Promise<boolean>) | undefined {
  if (yes) return undefined;
  if (process.stdin.isTTY === true && process.stderr.isTTY === true) return ask;
  return async (question) => {
    const { RuntimeError, RuntimeErrorCodes } = await import('../../runtime/errors.ts');
    throw new RuntimeError(RuntimeErrorCodes.ConfirmationRequired, `${question.replace(/\?$/, '')}: refusing without confirmation`, {
      hint: 'not in a terminal, so seedforge cannot ask: pass --yes to confirm',
    });
  };
}

async function ask(question: string): Promise<boolean> {
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

export interface Reporter {
  listener: ProgressListener;
  stop(): void;
}

/**
 * Progress: bars with rows/s and ETA on a terminal (cli-progress, on stderr), quiet line logs otherwise,
 * nothing with --json (stdout stays parseable).
 */
export async function createReporter(json: boolean): Promise<Reporter> {
  if (json) return { listener: () => {}, stop: () => {} };
  if (process.stderr.isTTY === true && !process.env.CI) return createBars();
  return { listener: logLine, stop: () => {} };
}

function logLine(event: ProgressEvent): void {
  switch (event.type) {
    case 'target':
      out.error(`target: ${event.description}${event.defaulted ? ' (no --db or DATABASE_URL given)' : ''}`);
      break;
    case 'waiting':
    case 'phase':
      out.error(event.message);
      break;
    case 'table-done':
      out.error(`loaded ${event.table}: ${event.rows} rows in ${(event.ms / 1000).toFixed(2)}s${event.ms > 0 ? ` (${Math.round((event.rows * 1000) / event.ms)} rows/s)` : ''}`);
      break;
    case 'table-deleted':
      out.error(`removed ${event.table}: ${event.rows} rows`);
      break;
    default:
      break;
  }
}

async function createBars(): Promise<Reporter> {
  const { default: progress } = await import('cli-progress');
  const bars = new progress.MultiBar(
    {
      stream: process.stderr,
      format: '{table} |{bar}| {percentage}% {value}/{total} rows | {status}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    progress.Presets.shades_classic,
  );
  let bar: ReturnType<typeof bars.create> | undefined;
  let started = 0;
  let width = 20;
  const listener: ProgressListener = (event) => {
    switch (event.type) {
      case 'table-start':
        width = Math.max(width, event.table.length);
        started = performance.now();
        bar = bars.create(Math.max(1, event.rows), 0, { table: event.table.padEnd(width), status: 'starting' });
        break;
      case 'table-progress': {
        const seconds = (performance.now() - started) / 1000;
        const speed = seconds > 0 ? event.rows / seconds : 0;
        // Rows are counted as they are sent; PostgreSQL checks foreign keys once the last row is in.
        const status =
          event.rows >= event.totalRows
            ? 'all rows sent; the server is checking constraints'
            : `${Math.round(speed)} rows/s | ETA ${speed > 0 ? formatSeconds((event.totalRows - event.rows) / speed) : '?'}`;
        bar?.update(event.rows, { status });
        break;
      }
      case 'table-done':
        if (bar) {
          bar.update(Math.max(1, event.rows));
          bars.remove(bar);
          bar = undefined;
        }
        bars.log(`loaded ${event.table.padEnd(width)} ${String(event.rows).padStart(9)} rows in ${(event.ms / 1000).toFixed(2)}s\n`);
        break;
      case 'target':
        bars.log(`target: ${event.description}${event.defaulted ? ' (no --db or DATABASE_URL given)' : ''}\n`);
        break;
      case 'waiting':
      case 'phase':
        bars.log(`${event.message}\n`);
        break;
      case 'table-deleted':
        bars.log(`removed ${event.table}: ${event.rows} rows\n`);
        break;
      default:
        break;
    }
  };
  return { listener, stop: () => bars.stop() };
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

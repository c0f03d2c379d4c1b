import type { Database } from '../connection.ts';
import { readDatabaseMark, type EnvironmentName } from '../environment.ts';
import { RuntimeErrorCodes, isRuntimeError } from '../errors.ts';
import { withLock } from '../lock.ts';
import { discoverSeedFiles } from './layout.ts';
import { locateInTemplate, serverErrorFields } from './locate-error.ts';
import { planOne, planSeedRun, type PlannedSeedFile } from './plan.ts';
import { prepareSeedFiles, renderSeedFile, type PreparedSeedFile } from './prepare.ts';
import { SeedFileErrorCodes, seedError, throwIfErrors, type SeedProblem } from './problems.ts';
import { selectSeedFiles } from './select.ts';
import { ensureSeedFilesTable, forgetSeedFiles, readSeedFileRecords, recordSeedFile, seedFilesTableExists as tableExists } from './tracking.ts';
import { loadSeedVariables, type SeedVariables } from './variables.ts';

export interface SeedRunOptions {
  db: Database;
  /** The project directory: seeds/ and .env are looked up here. */
  cwd: string;
  /** The seeds directory, relative to cwd; default `seeds`. */
  dir?: string | undefined;
  environment: EnvironmentName;
  /** Default: the process environment over .env.<environment> over .env. */
  variables?: SeedVariables;
  /** Run just this file (see selectSeedFiles for the accepted spellings). */
  only?: string | undefined;
  /** Run changed non-idempotent files anyway. */
  force?: boolean | undefined;
  /** Forget what ran and run every selected file again. Needs `yes` or a `confirm` that says yes. */
  fresh?: boolean | undefined;
  /** Decide and report, write nothing. */
  dryRun?: boolean | undefined;
  /** Confirmation for --fresh given up front. */
  yes?: boolean | undefined;
  /** Asks the user (on a TTY). Without it and without `yes`, --fresh is refused. */
  confirm?: ((question: string) => Promise<boolean>) | undefined;
  /** How long to wait for another run's lock (ms). */
  lockTimeoutMs?: number | undefined;
  onEvent?: ((event: SeedRunEvent) => void) | undefined;
}

export type SeedRunEvent =
  | { type: 'skip'; file: PreparedSeedFile; reason: string }
  | { type: 'start'; file: PreparedSeedFile; reason: string }
  | { type: 'applied'; file: PreparedSeedFile; durationMs: number }
  /** The file failed and was rolled back; the error that follows says where and why. */
  | { type: 'failed'; file: PreparedSeedFile }
  | { type: 'wait'; message: string };

export interface SeedRunResult {
  environment: EnvironmentName;
  dryRun: boolean;
  /** Every selected file and what the run decided for it (for a dry run: what it would do). */
  plan: PlannedSeedFile[];
  applied: { name: string; durationMs: number }[];
  /** Warnings about the seeds directory (stray files and folders). */
  warnings: SeedProblem[];
}

/**
 * Runs the seed files for an environment: `all`, then the environment's folder, each file in its own transaction
 * under the seedforge lock, recorded in seedforge.seed_files with the file's checksum.
 *
 * Everything that can be checked is checked before the first file runs (headers, variables, placeholders,
 * refused changes); a file that fails on the server is rolled back and stops the run, and the error names its line.
 *
 * @example await runSeedFiles({ db, cwd, environment: 'local' })
 */
export async function runSeedFiles(options: SeedRunOptions): Promise<SeedRunResult> {
  const { db, environment } = options;
  const layout = discoverSeedFiles({ cwd: options.cwd, dir: options.dir });
  const selection = selectSeedFiles(layout.files, environment, options.only);
  throwIfErrors([...layout.problems, ...selection.problems]);
  const variables = options.variables ?? loadSeedVariables({ cwd: options.cwd, environment });
  const prepared = prepareSeedFiles(selection.files, variables);
  throwIfErrors(prepared.problems);
  const warnings = layout.problems.filter((p) => p.severity === 'warning');

  await assertEnvironmentMatchesDatabase(db, environment);
  const plan = planSeedRun(prepared.files, await readSeedFileRecords(db), options);
  const result: SeedRunResult = { environment, dryRun: options.dryRun === true, plan, applied: [], warnings };
  if (options.dryRun) return result;
  assertNothingRefused(plan);
  if (options.fresh) await confirmFresh(options, plan);

  const lockOptions = {
    ...(options.lockTimeoutMs !== undefined ? { timeoutMs: options.lockTimeoutMs } : {}),
    onWait: (message: string) => options.onEvent?.({ type: 'wait', message }),
  };
  if (options.fresh) {
    await withLock(db, async (tx) => forgetSeedFiles(tx, (await tableExists(tx)) ? plan.map((p) => p.file.name) : []), lockOptions);
  }

  for (let index = 0; index < plan.length; index++) {
    const planned = plan[index]!;
    const file = planned.file;
    if (planned.action === 'skip') {
      options.onEvent?.({ type: 'skip', file, reason: planned.reason });
      continue;
    }
    const rendered = await renderSeedFile(file, variables);
    let failedAt = -1;
    try {
      const outcome = await withLock(
        db,
        async (tx) => {
          // Decide again under the lock: a run we waited for may have applied this file already.
          const exists = await tableExists(tx);
          const current = planOne(file, exists ? (await readSeedFileRecords(tx)).get(file.name) : undefined, { force: options.force });
          if (current.action === 'skip') return { ran: false as const, reason: 'applied meanwhile by another run' };
          assertNothingRefused([current]);
          if (!exists) await ensureSeedFilesTable(tx);
          options.onEvent?.({ type: 'start', file, reason: planned.reason });
          // Seed files are lexed (and values escaped) with standard-conforming strings; make the server agree.
          await tx.exec('SET LOCAL standard_conforming_strings = on');
          const started = performance.now();
          for (let s = 0; s < rendered.statements.length; s++) {
            failedAt = s;
            await tx.exec(rendered.statements[s]!.text);
          }
          failedAt = -1;
          const durationMs = performance.now() - started;
          await recordSeedFile(tx, file, environment, durationMs);
          return { ran: true as const, durationMs };
        },
        lockOptions,
      );
      if (outcome.ran) {
        result.applied.push({ name: file.name, durationMs: outcome.durationMs });
        options.onEvent?.({ type: 'applied', file, durationMs: outcome.durationMs });
      } else {
        options.onEvent?.({ type: 'skip', file, reason: outcome.reason });
      }
    } catch (error) {
      if (failedAt === -1 || isRuntimeError(error)) throw error;
      options.onEvent?.({ type: 'failed', file });
      throw fileFailed(error, file, rendered, failedAt, result, plan.slice(index + 1));
    }
  }
  return result;
}


/**
 * A database marked with `seedforge env mark` runs only its own environment's seed files: local demo users must not
 * land in a database marked production, whatever SEEDFORGE_ENV says on this machine.
 */
async function assertEnvironmentMatchesDatabase(db: Database, environment: EnvironmentName): Promise<void> {
  const mark = await readDatabaseMark(db);
  if (mark === null || mark === environment) return;
  throw seedError(
    mark === 'production' ? RuntimeErrorCodes.DbMarkedProduction : SeedFileErrorCodes.EnvironmentMismatch,
    `refusing to run ${environment} seed files: ${db.description} is marked ${mark}`,
    { hint: `run with --env ${mark} to run the ${mark} seed files, or point --db / DATABASE_URL at a ${environment} database` },
  );
}

function assertNothingRefused(plan: PlannedSeedFile[]): void {
  const refused = plan.filter((p) => p.action === 'refuse');
  if (refused.length === 0) return;
  throw seedError(
    SeedFileErrorCodes.ChangedNotIdempotent,
    `${refused.length === 1 ? 'a seed file that already ran has' : `${refused.length} seed files that already ran have`} changed and ${refused.length === 1 ? 'is' : 'are'} not idempotent: ${refused
      .map((p) => `${p.file.display} (${p.change === 'content' ? 'file edited' : 'variable values changed'})`)
      .join(', ')}; nothing was run`,
    {
      hint: 'running it again could duplicate or overwrite data. Make it idempotent (ON CONFLICT ...) and mark it "Idempotent: true", or re-run it anyway with --force',
      details: { refused: refused.map((p) => p.file.name) },
    },
  );
}

async function confirmFresh(options: SeedRunOptions, plan: PlannedSeedFile[]): Promise<void> {
  if (options.yes) return;
  const question = `--fresh forgets which seed files ran on ${options.db.description} and runs all ${plan.length} ${options.environment} file(s) again (data they wrote is not removed first). Continue?`;
  if (!options.confirm) {
    throw seedError(RuntimeErrorCodes.ConfirmationRequired, '--fresh re-runs every seed file and needs confirmation', {
      hint: 'pass --yes to confirm when not running in a terminal',
    });
  }
  if (!(await options.confirm(question))) throw seedError(RuntimeErrorCodes.Aborted, 'aborted: nothing was run');
}

function fileFailed(
  error: unknown,
  file: PreparedSeedFile,
  rendered: Awaited<ReturnType<typeof renderSeedFile>>,
  statementIndex: number,
  result: SeedRunResult,
  later: PlannedSeedFile[],
) {
  const fields = serverErrorFields(error);
  const at = locateInTemplate(file.text, rendered, statementIndex, fields);
  const reason = fields?.message ?? (error instanceof Error ? error.message : String(error));
  const notRun = later.filter((p) => p.action === 'run').map((p) => p.file.name);
  const lines = [`${file.display}:${at.line}:${at.column}: ${reason}`];
  if (fields?.detail) lines.push(`  detail: ${fields.detail}`);
  if (fields?.hint) lines.push(`  server hint: ${fields.hint}`);
  const summary = [
    result.applied.length > 0 ? `${result.applied.length} earlier file(s) applied and recorded` : 'no earlier file ran in this run',
    `${file.name} was rolled back (nothing of it applied)`,
    notRun.length > 0 ? `${notRun.length} later file(s) not run` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
  return seedError(SeedFileErrorCodes.FileFailed, lines.join('\n'), {
    hint: `${summary}. Fix line ${at.line} of ${file.display} and run \`seedforge seed run\` again.`,
    cause: error,
    details: {
      file: file.name,
      path: file.display,
      line: at.line,
      column: at.column,
      sqlstate: fields?.sqlstate,
      applied: result.applied.map((a) => a.name),
      notRun,
    },
  });
}

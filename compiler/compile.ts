import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Manifest } from '../runtime/manifest.ts';
import type { ArtifactFormat } from '../dsl/index.ts';
import { buildRowSources, type RowSource } from './build-row-sources.ts';
import { GenerationError } from './generation-error.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import { DiagnosticBag, type Diagnostic } from './diagnostics.ts';
import { emitArtifacts, type ArtifactTap } from './emit-artifacts.ts';
import { emitScenarioDeclarations, planDeclarationIndex, writeDeclarationIndex } from './emit-declarations.ts';
import { loadProject, type ProjectOptions } from './load-project.ts';
import { planScenario, type LoadPlan } from './plan-scenario.ts';
import type { ResolvedConfig } from './resolve-config.ts';
import { validateFixtures } from './validate-fixtures.ts';
import { hintKey, readHint, writeHint } from './compile-hint.ts';
import { DerivedCache } from './derived-cache.ts';
import { readLocaleCache, writeLocaleCache } from './locale-cache.ts';
import { SideWork } from './side-thread.ts';
import { trackTemporary, untrackTemporary } from './temporary-files.ts';
import { RenderPool, workerScript } from './worker-pool.ts';

export interface CompileOptions extends ProjectOptions {
  formats?: ArtifactFormat[];
  /** Validate and plan only; write nothing. */
  checkOnly?: boolean;
  /**
   * Threads rendering rows: this one and N - 1 workers. Default 1 (this thread does everything); the CLI passes
   * `auto`: one per ROWS_PER_THREAD rows, up to the core count. The output is byte-identical for any number.
   */
  workers?: number | 'auto';
  /**
   * Side thread (only from the built bundle, which holds its script): the typed files print there while the project
   * loads and rows render, and schema.sql too when true, or by default for SIDE_THREAD_MIN_ROWS rows or more.
   * False: everything on this thread.
   */
  sideThread?: boolean;
  /** With workers, this thread renders what they cannot take at once (default). False: workers render every range. */
  callerRenders?: boolean;
  /** Streams one scenario into a load while it compiles (compile --apply): see CompileStream. */
  stream?: CompileStream;
}

/**
 * A load fed by the compile: one scenario's CSV bytes as they are written (`tap`), then its finished files. The
 * compile moves its output into place only once the load has read what it needs from the staging directory.
 */
export interface CompileStream {
  /** The scenario to stream, out of every scenario being compiled; throwing stops the compile before it writes. */
  select(scenarios: readonly string[]): string;
  tap: ArtifactTap;
  /** schema.sql of the streamed scenario, as soon as it is asked for (the load may need it to create the schema). */
  schemaSql(sql: Promise<string>): void;
  /** Every file of the streamed scenario is written into `dir` (staging): the compile waits for this before moving it into place. */
  written(manifest: Manifest, dir: string): Promise<void>;
}

/**
 * With workers, ranges in flight ahead of the writer (CHUNK_ROWS rows each, ~100 KB of CSV), across tables: workers
 * take them from the back, this thread renders from the front. Measured at 968k rows with two threads: 32 (and four
 * ranges per worker) took 4% longer than 16 (12 interleaved pairs); the worker rendered more, this thread no less.
 */
const RENDER_AHEAD = 16;

/** Below this many rows, a side thread costs more than it saves. */
export const SIDE_THREAD_MIN_ROWS = 100_000;

/**
 * `auto` renders with one thread per this many rows, up to the core count. Measured on two cores (the bench's schema,
 * interleaved pairs of --workers 2 against 1, medians of 8): 1.21 of the time at 121k rows, 0.99-1.04 at 242k, 1.02 at
 * 363k, 0.91 at 484k, 0.79 at 968k; at 9.7M rows 5.75 s against 10.4 s.
 */
export const ROWS_PER_THREAD = 400_000;

export interface CompiledScenario {
  name: string;
  dir: string;
  manifest: Manifest;
  /** Threads that rendered rows: this one and its workers. */
  threads: number;
  /** Ranges (CHUNK_ROWS rows each) the worker threads rendered; the rest this thread did. */
  workerRanges: number;
}

export interface CompileResult {
  diagnostics: Diagnostic[];
  scenarios: CompiledScenario[];
  /** Plans of every scenario (also when checkOnly). */
  plans: LoadPlan[];
  outDir?: string;
}

/** A scenario planned and ready to generate. */
export interface PreparedScenario {
  plan: LoadPlan;
  sources: Map<string, RowSource>;
}

/** Loads, validates and plans every selected scenario. Nothing is generated or written. */
export async function prepare(options: CompileOptions, bag: DiagnosticBag): Promise<{ config?: ResolvedConfig; prepared: PreparedScenario[] }> {
  const config = await loadProject(options, bag);
  if (!config || bag.hasErrors) return { config, prepared: [] };
  const prepared: PreparedScenario[] = [];
  for (const scenario of config.scenarios) {
    const plan = planScenario(scenario, bag);
    const sources = buildRowSources(plan, bag);
    if (!bag.hasErrors) validateFixtures(plan, sources, bag);
    prepared.push({ plan, sources });
  }
  return { config, prepared };
}

/**
 * Compiles definitions into artifacts: `<outDir>/<scenario>/`. All scenarios are generated into a staging
 * directory first and swapped in only when every one succeeded, so a failed compile leaves the output as it was.
 */
export async function compile(options: CompileOptions): Promise<CompileResult> {
  const bag = new DiagnosticBag();
  const cache = options.cacheDir && !options.checkOnly ? new DerivedCache(options.cacheDir) : undefined;
  const hinted = cache && hintKey(options);
  const hint = hinted ? readHint(cache, hinted) : undefined;
  // The value lists, if an earlier compile kept them: faker is then not loaded (locale-cache.ts).
  const localeCached = cache ? readLocaleCache(cache) : false;
  // The typed files print on a side thread, which loads TypeScript while this thread loads and plans the project.
  const side = SideWork.begin(options.checkOnly ? { ...options, sideThread: false } : options, cache, hint !== undefined);
  // Workers need no plan to start: for an explicit thread count (or what `auto` chose last time) they start now and
  // load their modules while this thread does.
  let early = options.checkOnly ? undefined : spawnPool(options, options.workers === 'auto' ? (hint?.threads ?? 1) : (options.workers ?? 1));
  let prepared: PreparedScenario[];
  let config: ResolvedConfig | undefined;
  try {
    ({ config, prepared } = await prepare(options, bag));
  } catch (error) {
    await Promise.all([side.close(), early?.close()]);
    throw error;
  }
  const plans = prepared.map((p) => p.plan);
  if (!config || bag.hasErrors || options.checkOnly) {
    await Promise.all([side.close(), early?.close()]);
    return { diagnostics: bag.items, scenarios: [], plans, outDir: config?.outDir };
  }

  const formats = options.formats ?? config.formats;
  const outDir = config.outDir;
  const staging = join(outDir, `.seedforge-staging-${process.pid}-${Date.now()}`);
  // Removed on every way out of this function; by the CLI's signal handlers if the process is stopped first.
  trackTemporary(staging);
  const compiled: CompiledScenario[] = [];
  // Early workers of the wrong number stop while the scenario renders; the compile returns once they have.
  const stopping: Promise<void>[] = [];
  let indexFiles: string[] = [];
  // schema.sql (drizzle-kit) joins the side thread for large scenarios; for small ones this thread has time for it.
  const rows = prepared.reduce((n, p) => n + p.plan.tables.reduce((m, t) => m + t.count, 0), 0);
  side.schemaOnSide(options.sideThread ?? rows >= SIDE_THREAD_MIN_ROWS);
  try {
    // Throws (nothing written yet) when the stream cannot pick a scenario.
    const streamed = options.stream?.select(plans.map((p) => p.scenario.name));
    mkdirSync(staging, { recursive: true });
    // Everything the side thread makes is asked for before any row renders, the printing first (see SideWork).
    const indexJob = planDeclarationIndex(outDir, prepared.map((p) => p.plan.scenario.name));
    const indexTexts = indexJob ? side.index(indexJob.names, indexJob.ids) : undefined;
    const typed = prepared.map(({ plan, sources }) => {
      const dir = join(staging, plan.scenario.name);
      mkdirSync(dir, { recursive: true });
      return emitScenarioDeclarations(plan, sources, dir, join(outDir, plan.scenario.name), side);
    });
    const schemas = prepared.map(({ plan }) => side.schemaSql(plan.scenario));
    side.settle();
    const streamedIndex = prepared.findIndex(({ plan }) => plan.scenario.name === streamed);
    if (streamedIndex >= 0) options.stream!.schemaSql(schemas[streamedIndex]!);
    // Awaited where they are needed; a failure surfaces there.
    for (const promise of [indexTexts, ...typed, ...schemas]) promise?.catch(() => {});
    for (const [i, { plan, sources }] of prepared.entries()) {
      const threads = threadsFor(options, plan);
      // Workers started early serve the first scenario when their number is right; otherwise they stop.
      const started = early && early.size + 1 === threads ? early : undefined;
      if (early && !started) stopping.push(early.close());
      early = undefined;
      const pool = (started ?? spawnPool(options, threads))?.plan(plan.scenario.name, formats.includes('json'));
      try {
        const manifest = await emitArtifacts(plan, sources, {
          typedArtifacts: typed[i],
          dir: join(staging, plan.scenario.name),
          formats,
          schemaSql: schemas[i]!,
          workers: pool,
          inFlight: RENDER_AHEAD,
          ...(i === streamedIndex ? { tap: options.stream!.tap } : {}),
        });
        if (i === streamedIndex) await options.stream!.written(manifest, join(staging, plan.scenario.name));
        compiled.push({ name: plan.scenario.name, dir: join(outDir, plan.scenario.name), manifest, threads: (pool?.size ?? 0) + 1, workerRanges: pool?.workerRanges ?? 0 });
      } finally {
        await pool?.close();
      }
    }
    indexFiles = indexTexts ? writeDeclarationIndex(staging, outDir, await indexTexts, bag) : [];
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    untrackTemporary(staging);
    if (error instanceof GenerationError) {
      bag.error(error.code, error.message, { path: error.path, hint: error.hint });
      return { diagnostics: bag.items, scenarios: [], plans, outDir };
    }
    throw error;
  } finally {
    await Promise.all([side.close(), early?.close(), ...stopping]);
  }
  try {
    swapIn(staging, outDir, [...compiled.map((c) => c.name), ...indexFiles]);
  } finally {
    untrackTemporary(staging);
  }
  if (cache) writeLocaleCache(cache, localeCached);
  // The early workers serve the first scenario: what `auto` chose for it is what to start with next time.
  if (cache && hinted) writeHint(cache, hinted, { threads: options.workers === 'auto' ? (compiled[0]?.threads ?? 1) : hint?.threads });
  return { diagnostics: bag.items, scenarios: compiled, plans, outDir };
}

/** Threads that render a scenario: the requested number, or for `auto` one per ROWS_PER_THREAD rows up to the cores. */
function threadsFor(options: CompileOptions, plan: LoadPlan): number {
  const rows = plan.tables.reduce((n, t) => n + t.count, 0);
  const requested = options.workers ?? 1;
  return requested === 'auto' ? Math.min(availableParallelism(), Math.max(1, Math.ceil(rows / ROWS_PER_THREAD))) : requested;
}

/** N threads are this one (it renders too, and writes, and hashes) and N - 1 workers; none for one thread. */
function spawnPool(options: CompileOptions, threads: number): RenderPool | undefined {
  const script = threads > 1 ? workerScript() : undefined;
  return script ? RenderPool.spawn(script, threads - 1, options) : undefined;
}

function swapIn(staging: string, outDir: string, names: string[]): void {
  const trash = join(outDir, `.seedforge-old-${process.pid}-${Date.now()}`);
  mkdirSync(trash, { recursive: true });
  try {
    for (const name of names) {
      const target = join(outDir, name);
      if (existsSync(target)) renameSync(target, join(trash, name));
      renameSync(join(staging, name), target);
    }
  } catch (error) {
    throw Object.assign(new Error(`could not move artifacts into ${outDir}: ${(error as Error).message}`), { code: DiagnosticCode.OutputFailed });
  } finally {
    rmSync(trash, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The side thread: schema.sql (drizzle-kit) and the typed files (ts-morph) are made on a thread of their own while
 * rows render, instead of before them. Both libraries take longer to load than a small scenario takes to render.
 * Without the built bundle (running from TypeScript sources) the same work runs on this thread.
 */
import { Worker } from 'node:worker_threads';
import type { CompileOptions } from './compile.ts';
import { BUILD_ID, digest, packageVersion, type DerivedCache } from './derived-cache.ts';
import type { FixturesByTable } from './emit-fixtures-module.ts';
import { inlinePrinter, type DeclarationPrinter } from './emit-declarations.ts';
import { emitSchemaSql } from './emit-schema-sql.ts';
import { loadedBundles, type BundledModule } from './load-module.ts';
import type { SchemaModel } from './model.ts';
import type { IndexTexts, PrintedDeclarations } from './print-declarations.ts';
import { schemaStructure } from './read-drizzle-schema.ts';
import { removeTemporaryModules } from './temporary-files.ts';
import type { ResolvedScenario } from './resolve-config.ts';
import { workerScript } from './worker-pool.ts';

/**
 * The side thread is off the critical path while a large scenario renders: a small young generation (more, cheaper
 * collections) keeps its memory down (measured: 180 MB peak for a 968k-row compile against 193 MB with 16 MB).
 */
const SIDE_YOUNG_GENERATION_MB = 2;

/** What the side thread is asked to make. */
export type SideTask =
  | { kind: 'schema-sql'; scenario: string }
  | { kind: 'declarations'; schema: SchemaModel; fixtures: FixturesByTable }
  | { kind: 'index'; names: string[]; ids: string[] };

/** What the side worker script is started with. */
export interface SideWorkerInput {
  options: CompileOptions;
  /** The main thread's bundles of the config and schema modules (no esbuild run on the side thread). */
  bundles: Record<string, BundledModule>;
  /** Start loading TypeScript at once (the printing thread). */
  preload: boolean;
}

export interface SideReply {
  id: number;
  result?: unknown;
  error?: { message: string; stack?: string };
}

/** Tasks that load the same library run on the same thread: ts-morph (printing) or drizzle-kit (schema). */
type Lane = 'print' | 'schema';

const laneOf = (task: SideTask): Lane => (task.kind === 'schema-sql' ? 'schema' : 'print');

interface Queued {
  id: number;
  task: SideTask;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * schema.sql and the typed files, made off this thread when there is a side thread. One thread at a time: the
 * printing tasks (ts-morph, ~85 MB) run on one, which is then ended before the schema tasks (drizzle-kit, ~50 MB) start
 * on another, so the two libraries never occupy memory together. Ask for everything up front, printing first, so
 * the lanes switch once.
 */
export class SideWork implements DeclarationPrinter {
  private readonly queue: Queued[] = [];
  private readonly running = new Map<number, Queued>();
  /** `threadId` taken at the start: a worker that has exited reports -1. */
  private current: { lane: Lane; worker: Worker; threadId: number } | undefined;
  private nextId = 0;
  private failure: Error | undefined;

  /** schema.sql is made on this thread (small scenarios: a thread loading the project again costs more). */
  private schemaHere = true;

  private constructor(
    private readonly script: URL | undefined,
    private readonly options: CompileOptions,
    private readonly cache: DerivedCache | undefined,
  ) {}

  /**
   * Called first thing in a compile: starts the printing thread at once, loading TypeScript while this thread
   * bundles the config and plans, unless `warm` (the last compile of the same config found or left everything it
   * prints in the cache: the thread then starts only if something turns out to be missing). Without the built bundle,
   * or with `sideThread: false`, everything runs here.
   */
  static begin(options: CompileOptions, cache: DerivedCache | undefined, warm: boolean): SideWork {
    const script = options.sideThread === false ? undefined : workerScript('side-worker');
    const side = new SideWork(script, options, cache);
    if (script && !warm) side.current = side.startWorker('print');
    return side;
  }

  /** A cached text, or `make()`'s, which is cached once made. A key that cannot be computed means no caching. */
  private cached<T extends Record<string, string>>(kind: 'schema-sql' | 'typed', key: () => string, make: () => Promise<T>): Promise<T> {
    if (!this.cache) return make();
    let id: string;
    try {
      id = key();
    } catch {
      return make(); // e.g. a schema export whose properties cannot be read
    }
    const hit = this.cache.get(kind, id) as T | undefined;
    if (hit) return Promise.resolve(hit);
    return make().then((made) => {
      this.cache!.put(kind, id, made);
      return made;
    });
  }

  /** After planning: schema.sql on the side thread too (large scenarios), or here. */
  schemaOnSide(yes: boolean): void {
    this.schemaHere = !yes || !this.script;
  }

  /** Once every task is asked for: a printing thread with nothing to print (typed files reused) ends now. */
  settle(): void {
    if (this.current && this.running.size === 0 && !this.queue.some((q) => laneOf(q.task) === this.current!.lane)) void this.stopCurrent();
    this.pump();
  }

  schemaSql(scenario: ResolvedScenario): Promise<string> {
    const make = async (): Promise<{ sql: string }> => ({
      sql: this.schemaHere ? await emitSchemaSql(scenario.schemaModule) : ((await this.request({ kind: 'schema-sql', scenario: scenario.name })) as string),
    });
    const key = () => digest(JSON.stringify([BUILD_ID, packageVersion('drizzle-kit', 'drizzle-kit/api'), packageVersion('drizzle-orm'), schemaStructure(scenario.schemaModule)]));
    return this.cached('schema-sql', key, make).then((entry) => entry.sql);
  }

  declarations(schema: SchemaModel, fixtures: FixturesByTable): Promise<PrintedDeclarations> {
    const make = () => (this.script ? (this.request({ kind: 'declarations', schema, fixtures }) as Promise<PrintedDeclarations>) : inlinePrinter.declarations(schema, fixtures));
    return this.cached('typed', () => printKey(['declarations', schema, fixtures]), async () => ({ ...(await make()) }));
  }

  index(names: string[], ids: string[]): Promise<IndexTexts> {
    const make = () => (this.script ? (this.request({ kind: 'index', names, ids }) as Promise<IndexTexts>) : inlinePrinter.index(names, ids));
    return this.cached('typed', () => printKey(['index', names, ids]), async () => ({ ...(await make()) }));
  }

  async close(): Promise<void> {
    await this.stopCurrent();
  }

  private request(task: SideTask): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  /** Sends queued tasks of the current lane; switches lanes (a fresh thread) once the current one has none left. */
  private pump(): void {
    while (this.queue.length > 0 && !this.failure) {
      const lane = laneOf(this.queue[0]!.task);
      if (this.current && this.current.lane !== lane) {
        if (this.running.size > 0) return; // the other lane finishes first
        void this.stopCurrent();
      }
      this.current ??= this.startWorker(lane);
      const next = this.queue.shift()!;
      this.running.set(next.id, next);
      this.current.worker.postMessage({ id: next.id, task: next.task });
    }
  }

  private startWorker(lane: Lane): { lane: Lane; worker: Worker; threadId: number } {
    const options = this.options;
    const serializable: CompileOptions = { config: options.config, schema: options.schema, seed: options.seed, counts: options.counts, cwd: options.cwd ?? process.cwd(), outDir: options.outDir };
    // The schema thread starts after planning, when this thread's bundles of the config exist to hand over.
    const workerData: SideWorkerInput = { options: serializable, bundles: lane === 'schema' ? loadedBundles() : {}, preload: lane === 'print' };
    const worker = new Worker(this.script!, { workerData, resourceLimits: { maxYoungGenerationSizeMb: SIDE_YOUNG_GENERATION_MB } });
    worker.on('message', (reply: SideReply) => this.receive(reply));
    worker.once('error', (error) => this.fail(error));
    worker.once('exit', (code) => this.fail(new Error(`the side thread exited early (code ${code})`)));
    return { lane, worker, threadId: worker.threadId };
  }

  private async stopCurrent(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    if (!current) return;
    current.worker.removeAllListeners('exit');
    current.worker.removeAllListeners('error');
    await current.worker.terminate();
    removeTemporaryModules([current.threadId]);
  }

  private receive(reply: SideReply): void {
    const entry = this.running.get(reply.id);
    if (!entry) return;
    this.running.delete(reply.id);
    if (reply.error) entry.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    else entry.resolve(reply.result);
    this.pump();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const entry of [...this.running.values(), ...this.queue]) entry.reject(this.failure);
    this.running.clear();
    this.queue.length = 0;
  }
}

/** The cache key of printed TypeScript: the printer's whole input, seedforge's and ts-morph's versions. */
function printKey(input: unknown[]): string {
  const text = JSON.stringify([BUILD_ID, packageVersion('ts-morph'), ...input], (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
  return digest(text);
}

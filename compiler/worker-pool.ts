import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GenerationError } from './generation-error.ts';
import type { CompileOptions } from './compile.ts';
import { loadedBundles, type BundledModule } from './load-module.ts';
import { loadedLocaleData, type LocaleData } from './locale-data.ts';
import { removeTemporaryModules } from './temporary-files.ts';
import type { RenderedChunk } from './render-rows.ts';

/** A bundled worker script (`compile-worker`, `side-worker`) next to the CLI bundle; absent when running from TypeScript sources. */
export function workerScript(name = 'compile-worker'): URL | undefined {
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url)) && !fileURLToPath(url).endsWith('.ts')) return url;
  }
  return undefined;
}

/**
 * A worker's young generation. Measured at 9.7M rows on two cores (two runs each): 16 MB took 5.6-6.3 s and peaked at
 * 161-181 MB (242-248 MB for a first compile, with the side threads), 96 MB 6.9 s and 195-197 MB (261-282 MB).
 */
const YOUNG_GENERATION_MB = 16;

/**
 * Ranges a worker holds at once: one rendering and one waiting in its inbox, so it never idles while the
 * compiling thread is busy rendering a range of its own and cannot answer.
 */
const PER_WORKER = 2;

interface WorkerMessage {
  type: string;
  id?: number;
  chunk?: RenderedChunk;
  message?: string;
  error?: { message: string; code?: string; path?: string[]; hint?: string; name?: string };
}

/** What a worker is told to plan: the scenario, and the config as the compiling thread bundled it. */
export interface PlanMessage {
  type: 'plan';
  scenario: string;
  json: boolean;
  bundles: Record<string, BundledModule>;
  /** The value lists this thread built or read while planning: the worker need not load faker for them. */
  locale?: LocaleData;
}

interface Pending {
  resolve(chunk: RenderedChunk): void;
  reject(error: Error): void;
}

/** Worker threads that render row ranges of one scenario beside the compiling thread, which renders the rest. */
export class RenderPool {
  private readonly workers: Worker[] = [];
  /** The workers' thread ids, taken at the start: a worker that has exited reports -1. */
  private readonly threadIds: number[] = [];
  /** Ranges sent to each ready worker and not back yet (the worker's own inbox holds the next one). */
  private readonly outstanding = new Map<Worker, number>();
  private readonly queue: { id: number; tableId: string; from: number; to: number; buffer?: ArrayBuffer }[] = [];
  /** Written ranges' CSV buffers, sent back with the next ranges for the workers to render into. */
  private readonly spare: ArrayBuffer[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private constructor() {}

  /** False: every range goes to the workers (the caller waits for them), as tests use to pin the split. */
  private callerRenders = true;
  /** Ranges the workers rendered. */
  workerRanges = 0;

  private failure: Error | undefined;

  /**
   * Starts `size` workers without waiting for them, possibly before there is anything to plan: they load seedforge and
   * its libraries meanwhile, and plan once `plan` hands them the scenario. Until one is ready, the caller renders.
   */
  static spawn(script: URL, size: number, options: CompileOptions): RenderPool {
    const pool = new RenderPool();
    pool.callerRenders = options.callerRenders ?? true;
    const serializable: CompileOptions = { config: options.config, schema: options.schema, seed: options.seed, counts: options.counts, cwd: options.cwd ?? process.cwd(), outDir: options.outDir };
    for (let i = 0; i < size; i++) {
      // Its own young generation (see YOUNG_GENERATION_MB): big enough for a range's short-lived strings, small enough to stay flat.
      const worker = new Worker(script, { workerData: { options: serializable }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      pool.workers.push(worker);
      pool.threadIds.push(worker.threadId);
      worker.once('error', (error) => pool.fail(error));
      worker.on('message', (message: WorkerMessage) => pool.receive(worker, message));
    }
    return pool;
  }

  /** Has every worker plan `scenario` (once); each says when it is ready for ranges. */
  plan(scenario: string, json: boolean): this {
    this.scenario = scenario;
    // The config as this thread bundled it: workers import it without running esbuild again.
    const message: PlanMessage = { type: 'plan', scenario, json, bundles: loadedBundles(), locale: loadedLocaleData() };
    for (const worker of this.workers) worker.postMessage(message);
    return this;
  }

  private scenario = '';

  private receive(worker: Worker, message: WorkerMessage): void {
    if (message.type === 'ready') {
      this.outstanding.set(worker, 0);
      this.dispatch();
    } else if (message.type === 'failed') {
      this.fail(new Error(`compile worker could not plan scenario ${this.scenario}: ${message.message}`));
    } else if (message.type === 'chunk' || message.type === 'error') {
      const entry = this.pending.get(message.id!)!;
      this.pending.delete(message.id!);
      this.outstanding.set(worker, this.outstanding.get(worker)! - 1);
      this.dispatch();
      if (message.type === 'chunk') {
        this.workerRanges++;
        entry.resolve(message.chunk!);
      }
      else {
        const e = message.error!;
        entry.reject(e.name === 'GenerationError' ? new GenerationError(e.code as never, e.message, e.path ?? [], e.hint) : new Error(e.message));
      }
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.reject(error);
    }
  }

  /**
   * Queues a range for the workers, or returns undefined to have the calling thread render it: when the workers
   * failed to start, or when every ready worker already has a range running and one waiting (so a booting worker
   * never holds up the writer, and the caller renders instead of waiting).
   */
  tryRender(tableId: string, from: number, to: number): Promise<RenderedChunk> | undefined {
    if (this.failure) return undefined;
    if (this.callerRenders && this.pending.size >= PER_WORKER * this.outstanding.size) return undefined;
    return this.render(tableId, from, to);
  }

  get size(): number {
    return this.workers.length;
  }

  render(tableId: string, from: number, to: number): Promise<RenderedChunk> {
    const id = this.nextId++;
    return new Promise<RenderedChunk>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, tableId, from, to });
      this.dispatch();
    });
  }

  /** Sends queued ranges to the least busy ready workers, up to PER_WORKER each. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let target: Worker | undefined;
      for (const [worker, n] of this.outstanding) if (n < PER_WORKER && (!target || n < this.outstanding.get(target)!)) target = worker;
      if (!target) return;
      this.outstanding.set(target, this.outstanding.get(target)! + 1);
      const task = this.queue.shift()!;
      task.buffer = this.spare.pop();
      target.postMessage(task, task.buffer ? [task.buffer] : []);
    }
  }

  /** Takes back a rendered range's CSV buffer once it is written (a bounded number are kept). */
  recycle(buffer: ArrayBuffer): void {
    if (this.spare.length < PER_WORKER * 2 * this.workers.length) this.spare.push(buffer);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    removeTemporaryModules(this.threadIds);
  }
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { GenerationError } from './generation-error.ts';
import type { CompileOptions } from './compile.ts';
import { loadedBundles, type BundledModule } from './load-module.ts';
import { loadedLocaleData, type LocaleData } from './locale-data.ts';
import { removeTemporaryModules } from './temporary-files.ts';
import type { RenderedChunk } from './render-rows.ts';
import type { RangeBoard } from './range-board.ts';
import type { RangeWorkers } from './emit-artifacts.ts';

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

interface WorkerMessage {
  type: string;
  /** The range a chunk or error is of. */
  index?: number;
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

/** What a worker is told to render: the board it takes ranges from, and where written buffers come back. */
export interface RangesMessage {
  type: 'ranges';
  board: SharedArrayBuffer;
  window: number;
  tables: { tableId: string; rows: number }[];
  /** Written ranges' CSV buffers, for the worker to render into again. */
  spare: MessagePort;
}

/** A range a worker took: its chunk once it arrived, or who waits for it. */
interface Result {
  chunk?: RenderedChunk;
  error?: Error;
  resolve?(chunk: RenderedChunk): void;
  reject?(error: Error): void;
}

/**
 * Worker threads that render row ranges of one scenario beside the compiling thread, which renders the rest. Each
 * worker takes its ranges from a shared board (range-board.ts) and sends them back rendered.
 */
export class RenderPool implements RangeWorkers {
  private readonly workers: Worker[] = [];
  /** The workers' thread ids, taken at the start: a worker that has exited reports -1. */
  private readonly threadIds: number[] = [];
  /** Per worker, the port its written buffers go back on (set by start). */
  private readonly spare = new Map<Worker, MessagePort>();
  /** Ranges the workers sent back or the writer waits for, by number, until taken. */
  private readonly results = new Map<number, Result>();
  private board: RangeBoard | undefined;

  private constructor(
    /** False: every range goes to the workers (the caller waits for them), as tests use to pin the split. */
    readonly callerRenders: boolean,
  ) {}

  /** Ranges the workers rendered. */
  workerRanges = 0;

  private failure: Error | undefined;

  /**
   * Starts `size` workers without waiting for them, possibly before there is anything to plan: they load seedforge and
   * its libraries meanwhile, and plan once `plan` hands them the scenario. Until one is ready, the caller renders.
   */
  static spawn(script: URL, size: number, options: CompileOptions): RenderPool {
    const pool = new RenderPool(options.callerRenders ?? true);
    const serializable: CompileOptions = { config: options.config, schema: options.schema, seed: options.seed, counts: options.counts, cwd: options.cwd ?? process.cwd(), outDir: options.outDir };
    for (let i = 0; i < size; i++) {
      // Its own young generation (see YOUNG_GENERATION_MB): big enough for a range's short-lived strings, small enough to stay flat.
      const worker = new Worker(script, { workerData: { options: serializable }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      pool.workers.push(worker);
      pool.threadIds.push(worker.threadId);
      worker.once('error', (error) => pool.fail(error));
      // A worker whose thread ends on its own (user code in the config ending it) sends nothing more: its ranges fail.
      worker.once('exit', (code) => pool.fail(new Error(`compile worker stopped (exit code ${code}) while rendering scenario ${pool.scenario}`)));
      worker.on('message', (message: WorkerMessage) => pool.receive(message));
    }
    return pool;
  }

  /** Has every worker plan `scenario` (once); it takes ranges once `start` hands it the board. */
  plan(scenario: string, json: boolean): this {
    this.scenario = scenario;
    // The config as this thread bundled it: workers import it without running esbuild again.
    const message: PlanMessage = { type: 'plan', scenario, json, bundles: loadedBundles(), locale: loadedLocaleData() };
    for (const worker of this.workers) worker.postMessage(message);
    return this;
  }

  private scenario = '';

  start(board: RangeBoard, tables: { tableId: string; rows: number }[]): void {
    this.board = board;
    for (const worker of this.workers) {
      const { port1, port2 } = new MessageChannel();
      this.spare.set(worker, port1);
      const message: RangesMessage = { type: 'ranges', board: board.buffer, window: board.window, tables, spare: port2 };
      worker.postMessage(message, [port2]);
    }
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'failed') {
      this.fail(new Error(`compile worker could not plan scenario ${this.scenario}: ${message.message}`));
    } else if (message.type === 'chunk' || message.type === 'error') {
      const result = this.result(message.index!);
      if (message.type === 'chunk') {
        this.workerRanges++;
        result.chunk = message.chunk!;
        result.resolve?.(result.chunk);
      } else {
        const e = message.error!;
        result.error = e.name === 'GenerationError' ? new GenerationError(e.code as never, e.message, e.path ?? [], e.hint) : new Error(e.message);
        result.reject?.(result.error);
      }
    }
  }

  private result(i: number): Result {
    let result = this.results.get(i);
    if (!result) this.results.set(i, (result = {}));
    return result;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    // Its ranges will not arrive: whoever waits for one fails, and no worker takes more.
    this.board?.stop();
    for (const result of this.results.values()) if (!result.chunk && !result.error) result.reject?.(error);
  }

  arrived(i: number): boolean {
    const result = this.results.get(i);
    return result !== undefined && (result.chunk !== undefined || result.error !== undefined);
  }

  take(i: number): Promise<RenderedChunk> {
    const result = this.result(i);
    if (result.chunk || result.error || this.failure) {
      this.results.delete(i);
      return result.chunk ? Promise.resolve(result.chunk) : Promise.reject(result.error ?? this.failure!);
    }
    return new Promise<RenderedChunk>((resolve, reject) => {
      result.resolve = (chunk) => (this.results.delete(i), resolve(chunk));
      result.reject = (error) => (this.results.delete(i), reject(error));
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Takes back a rendered range's CSV buffer once written; it goes to a worker to render into again. */
  recycle(buffer: ArrayBuffer): void {
    const ports = [...this.spare.values()];
    if (ports.length === 0) return;
    const port = ports[this.recycled++ % ports.length]!;
    port.postMessage(buffer, [buffer]);
  }

  private recycled = 0;

  async close(): Promise<void> {
    this.board?.stop();
    for (const port of this.spare.values()) port.close();
    await Promise.all(this.workers.map((w) => w.terminate()));
    removeTemporaryModules(this.threadIds);
  }
}

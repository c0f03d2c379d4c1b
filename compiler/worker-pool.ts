import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GenerationError } from './generation-error.ts';
import type { CompileOptions } from './compile.ts';
import { loadedBundles } from './load-module.ts';
import type { RenderedChunk } from './render-rows.ts';

/** A bundled worker script (`compile-worker`, `side-worker`) next to the CLI bundle; absent when running from TypeScript sources. */
export function workerScript(name = 'compile-worker'): URL | undefined {
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url)) && !fileURLToPath(url).endsWith('.ts')) return url;
  }
  return undefined;
}

/** Measured: 96 MB cut worker CPU time ~7% against V8's default on the reference schema; larger did not help. */
const YOUNG_GENERATION_MB = 96;

interface WorkerMessage {
  type: string;
  id?: number;
  chunk?: RenderedChunk;
  message?: string;
  error?: { message: string; code?: string; path?: string[]; hint?: string; name?: string };
}

interface Pending {
  resolve(chunk: RenderedChunk): void;
  reject(error: Error): void;
}

/** Worker threads that render row ranges of one scenario. */
export class RenderPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; tableId: string; from: number; to: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private constructor() {}

  private failure: Error | undefined;

  /** Starts `size` workers for `scenario` without waiting for them: ranges queue until a worker has planned it. */
  static start(script: URL, size: number, options: CompileOptions, scenario: string, json: boolean): RenderPool {
    const pool = new RenderPool();
    const serializable: CompileOptions = { config: options.config, schema: options.schema, seed: options.seed, counts: options.counts, cwd: options.cwd ?? process.cwd(), outDir: options.outDir };
    // The config as this thread bundled it: workers import it without running esbuild again.
    const bundles = loadedBundles();
    for (let i = 0; i < size; i++) {
      // Rendering allocates many short-lived strings: a large young generation makes collection far cheaper.
      const worker = new Worker(script, { workerData: { options: serializable, scenario, json, bundles }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      pool.workers.push(worker);
      worker.once('error', (error) => pool.fail(error));
      worker.on('message', (message: WorkerMessage) => pool.receive(worker, message, scenario));
    }
    return pool;
  }

  private receive(worker: Worker, message: WorkerMessage, scenario: string): void {
    if (message.type === 'ready') {
      this.idle.push(worker);
      this.dispatch();
    } else if (message.type === 'failed') {
      this.fail(new Error(`compile worker could not plan scenario ${scenario}: ${message.message}`));
    } else if (message.type === 'chunk' || message.type === 'error') {
      const entry = this.pending.get(message.id!)!;
      this.pending.delete(message.id!);
      this.idle.push(worker);
      this.dispatch();
      if (message.type === 'chunk') entry.resolve(message.chunk!);
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
   * Queues a range for the workers (they take it once booted), or undefined when they failed to start: render it
   * here then. Rendering here while they boot was measured slower on two cores: the threads fight for them.
   */
  tryRender(tableId: string, from: number, to: number): Promise<RenderedChunk> | undefined {
    if (this.failure) return undefined;
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

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) this.idle.shift()!.postMessage(this.queue.shift()!);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

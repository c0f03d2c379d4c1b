import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GenerationError } from './build-row-sources.ts';
import type { CompileOptions } from './compile.ts';
import type { RenderedChunk } from './render-rows.ts';

/** The bundled worker script, next to the CLI bundle; absent when running from TypeScript sources. */
export function workerScript(): URL | undefined {
  for (const candidate of ['./compile-worker.js', '../compile-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url)) && !fileURLToPath(url).endsWith('.ts')) return url;
  }
  return undefined;
}

/** Measured: 96 MB cut worker CPU time ~7% against V8's default on the reference schema; larger did not help. */
const YOUNG_GENERATION_MB = 96;

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

  /** Starts `size` workers for `scenario`; resolves when all have planned it. */
  static async start(script: URL, size: number, options: CompileOptions, scenario: string, json: boolean): Promise<RenderPool> {
    const pool = new RenderPool();
    const serializable: CompileOptions = { config: options.config, schema: options.schema, seed: options.seed, counts: options.counts, cwd: options.cwd ?? process.cwd(), outDir: options.outDir };
    await Promise.all(
      Array.from({ length: size }, () => {
        // Rendering allocates many short-lived strings: a large young generation makes collection far cheaper.
        const worker = new Worker(script, { workerData: { options: serializable, scenario, json }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        pool.workers.push(worker);
        return new Promise<void>((resolve, reject) => {
          worker.once('error', reject);
          worker.on('message', (message: { type: string; id?: number; chunk?: RenderedChunk; message?: string; error?: { message: string; code?: string; path?: string[]; hint?: string; name?: string } }) => {
            if (message.type === 'ready') {
              pool.idle.push(worker);
              pool.dispatch();
              resolve();
            } else if (message.type === 'failed') {
              reject(new Error(`compile worker could not plan scenario ${scenario}: ${message.message}`));
            } else if (message.type === 'chunk' || message.type === 'error') {
              const entry = pool.pending.get(message.id!)!;
              pool.pending.delete(message.id!);
              pool.idle.push(worker);
              pool.dispatch();
              if (message.type === 'chunk') entry.resolve(message.chunk!);
              else {
                const e = message.error!;
                entry.reject(e.name === 'GenerationError' ? new GenerationError(e.code as never, e.message, e.path ?? [], e.hint) : new Error(e.message));
              }
            }
          });
        });
      }),
    );
    return pool;
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

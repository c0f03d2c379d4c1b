/**
 * The side thread: schema.sql (drizzle-kit) and the typed files (ts-morph) are made on a thread of their own while
 * rows render, instead of before them. Both libraries take longer to load than a small scenario takes to render.
 * Without the built bundle (running from TypeScript sources) the same work runs on this thread.
 */
import { Worker } from 'node:worker_threads';
import type { CompileOptions } from './compile.ts';
import type { FixturesByTable } from './emit-fixtures-module.ts';
import { inlinePrinter, type DeclarationPrinter } from './emit-declarations.ts';
import { emitSchemaSql } from './emit-schema-sql.ts';
import { loadedBundles } from './load-module.ts';
import type { SchemaModel } from './model.ts';
import type { IndexTexts, PrintedDeclarations } from './print-declarations.ts';
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
  bundles: Record<string, string>;
}

export interface SideReply {
  id: number;
  result?: unknown;
  error?: { message: string; stack?: string };
}

/** schema.sql and the typed files, made on the side thread when there is one. */
export class SideWork implements DeclarationPrinter {
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 0;
  private failure: Error | undefined;

  private constructor(private readonly worker: Worker | undefined) {
    worker?.on('message', (reply: SideReply) => this.receive(reply));
    worker?.once('error', (error) => this.fail(error));
    worker?.once('exit', (code) => this.fail(new Error(`the side thread exited (code ${code})`)));
  }

  /**
   * Starts the side thread after the project is loaded (its bundles are handed over). `enabled` false, or without
   * the bundle, the work runs on this thread: for a small scenario, starting a thread (which loads the project again)
   * costs more than it overlaps.
   */
  static start(options: CompileOptions, enabled: boolean): SideWork {
    const script = enabled ? workerScript('side-worker') : undefined;
    if (!script) return new SideWork(undefined);
    const serializable: CompileOptions = { config: options.config, schema: options.schema, seed: options.seed, counts: options.counts, cwd: options.cwd ?? process.cwd(), outDir: options.outDir };
    const workerData: SideWorkerInput = { options: serializable, bundles: loadedBundles() };
    return new SideWork(new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: SIDE_YOUNG_GENERATION_MB } }));
  }

  schemaSql(scenario: ResolvedScenario): Promise<string> {
    if (!this.worker) return emitSchemaSql(scenario.schemaModule);
    return this.request({ kind: 'schema-sql', scenario: scenario.name }) as Promise<string>;
  }

  declarations(schema: SchemaModel, fixtures: FixturesByTable): Promise<PrintedDeclarations> {
    if (!this.worker) return inlinePrinter.declarations(schema, fixtures);
    return this.request({ kind: 'declarations', schema, fixtures }) as Promise<PrintedDeclarations>;
  }

  index(names: string[], ids: string[]): Promise<IndexTexts> {
    if (!this.worker) return inlinePrinter.index(names, ids);
    return this.request({ kind: 'index', names, ids }) as Promise<IndexTexts>;
  }

  async close(): Promise<void> {
    this.worker?.removeAllListeners('exit');
    await this.worker?.terminate();
  }

  private request(task: SideTask): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ id, task });
    });
  }

  private receive(reply: SideReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.error) entry.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    else entry.resolve(reply.result);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.reject(this.failure);
    }
  }
}

/**
 * `seedforge compile --apply` and `seedforge refresh`: one scenario compiled and loaded in one pass. Each table's CSV
 * goes into COPY while the next rows render (rendering on this thread, the server's COPY on another core), instead of
 * being written, read back and loaded after the whole compile. The output directory and the database end exactly as
 * after `compile` then `apply`; any failure on either side leaves both as they were.
 */
import { qualifiedName, type ArtifactHead, type Manifest } from '../runtime/manifest.ts';
import { ByteChannel, type StreamedArtifacts } from '../runtime/streamed-artifacts.ts';
import type { ApplyResult, StreamedApplyOptions } from '../runtime/apply.ts';
import type { CompileOptions, CompileResult, CompileStream } from '../compiler/compile.ts';
import { CliError } from './errors.ts';

/**
 * Bytes queued per table between the writer and COPY. Rendering is faster than COPY, so the writer mostly waits here:
 * this bounds the memory, and is large enough that the server never starves while this thread renders.
 */
const QUEUE_BYTES = 4 << 20;

export interface CompileAndApplyOptions {
  compile: Omit<CompileOptions, 'stream' | 'checkOnly'>;
  apply: Omit<StreamedApplyOptions, 'artifacts'>;
}

/** The compile is over with errors: its diagnostics say why (the CLI prints them). */
export class CompileFailed extends Error {
  constructor(readonly result: CompileResult) {
    super('compile failed');
  }
}

/**
 * Compiles (every scenario the options select) and applies the one scenario among them, streaming it into the
 * database as it renders. Resolves when the artifacts are in place and the load committed.
 *
 * @example await compileAndApply({ compile: { config: 'mock.config.ts', scenario: 'demo' }, apply: { db: url } })
 */
export async function compileAndApply(options: CompileAndApplyOptions): Promise<{ compiled: CompileResult; applied: ApplyResult }> {
  const [{ compile }, { applyStreamed }] = await Promise.all([import('../compiler/compile.ts'), import('../runtime/apply.ts')]);
  const bridge = new StreamBridge(options.compile.scenario);
  // The load starts first: it connects and takes its lock while the compile loads the project.
  const applying = applyStreamed({ ...options.apply, artifacts: bridge.loadSide });
  const compiling = bridge.failure
    ? Promise.reject(bridge.failure.error) // refused before anything was compiled (e.g. production)
    : compile({ ...options.compile, stream: bridge.compileSide }).then((result) => {
        const scenario = result.scenarios.find((s) => s.name === bridge.selected);
        if (result.diagnostics.some((d) => d.severity === 'error') || !scenario) throw new CompileFailed(result);
        bridge.published(scenario.dir);
        return result;
      });
  compiling.catch((error: unknown) => bridge.fail(error));
  const [compiled, applied] = await Promise.allSettled([compiling, applying]);
  // Diagnostics first: they say what to fix. Otherwise each side failed with the other's error, or with its own.
  if (compiled.status === 'rejected' && compiled.reason instanceof CompileFailed) throw compiled.reason;
  if (applied.status === 'rejected') throw applied.reason;
  if (compiled.status === 'rejected') throw compiled.reason;
  return { compiled: compiled.value, applied: applied.value };
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // Observed where it matters; a side that never looks must not turn a failure into an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** A turn of the event loop, so COPY's socket writes go out between ranges that render on this thread. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The compile's stream on one side, the load's streamed artifacts on the other. */
class StreamBridge {
  selected: string | undefined;
  private readonly head = deferred<ArtifactHead>();
  private readonly schema = deferred<string>();
  private readonly written = deferred<{ manifest: Manifest; dir: string }>();
  private readonly released = deferred<void>();
  private readonly final = deferred<string>();
  private readonly channels = new Map<string, ByteChannel>();
  /** Resolved once the load reads its first table (or will not read). */
  private readonly reading = deferred<void>();
  private detached = false;
  failure: { error: unknown } | undefined;

  constructor(private readonly wanted: string | undefined) {}

  private readingStarted = false;
  /** Rows per queued chunk, for the load's progress. */
  private readonly rows = new WeakMap<Uint8Array, number>();

  private push(table: { schema: string; name: string }, bytes: Uint8Array): Promise<void> {
    if (this.detached) return Promise.resolve();
    return this.channel(table).push(bytes) ?? nextTurn();
  }

  private startReading(): void {
    this.readingStarted = true;
    this.reading.resolve();
  }

  private channel(table: { schema: string; name: string }): ByteChannel {
    const key = qualifiedName(table);
    let channel = this.channels.get(key);
    if (!channel) {
      this.channels.set(key, (channel = new ByteChannel(QUEUE_BYTES)));
      if (this.failure) channel.fail(this.failure.error);
    }
    return channel;
  }

  readonly compileSide: CompileStream = {
    select: (scenarios) => {
      const wanted = this.wanted;
      if (wanted !== undefined && !scenarios.includes(wanted)) {
        throw new CliError(`the config has no scenario "${wanted}"`, 1, `scenarios: ${scenarios.join(', ') || '(none)'}`);
      }
      if (wanted === undefined && scenarios.length !== 1) {
        throw new CliError(`the config defines ${scenarios.length} scenarios: ${scenarios.join(', ')}`, 1, `choose the one to apply with --scenario ${scenarios[0] ?? 'NAME'}`);
      }
      return (this.selected = wanted ?? scenarios[0]!);
    },
    tap: {
      begin: (head) => this.head.resolve(head),
      csv: (table, bytes, rows) => {
        if (this.failure) return Promise.reject(this.failure.error);
        if (this.detached) return undefined;
        // A copy: the writer renders into the same buffer again.
        const copy = Uint8Array.prototype.slice.call(bytes);
        this.rows.set(copy, rows);
        // Rows render once the load is ready for them. Until then this thread is the load's: its checks are round
        // trips to the server, each of which would otherwise wait for a range to render. Rendering ahead gains
        // nothing, since COPY is the slower side.
        if (!this.readingStarted) return this.reading.promise.then(() => this.push(table, copy));
        return this.push(table, copy);
      },
      end: (table) => {
        if (!this.detached && !this.failure) this.channel(table).end();
      },
    },
    schemaSql: (sql) => {
      sql.then(this.schema.resolve, this.schema.reject);
    },
    written: (manifest, dir) => {
      this.written.resolve({ manifest, dir });
      return this.released.promise;
    },
  };

  readonly loadSide: StreamedArtifacts = {
    kind: 'mock',
    head: this.head.promise,
    schemaSql: () => this.schema.promise,
    csv: (table, onChunk) => {
      this.startReading();
      const channel = this.channel(table);
      if (!onChunk) return channel;
      const rows = this.rows;
      return (async function* counted() {
        for await (const chunk of channel) {
          onChunk(chunk.length, rows.get(chunk) ?? 0);
          yield chunk;
        }
      })();
    },
    detach: () => {
      this.detached = true;
      for (const channel of this.channels.values()) channel.discard();
      this.startReading();
    },
    written: this.written.promise,
    release: () => this.released.resolve(),
    published: this.final.promise,
    abort: (error) => this.fail(error),
  };

  /** The compile moved the artifacts into place. */
  published(dir: string): void {
    this.final.resolve(dir);
  }

  /** Either side failed: the other stops at its next step. */
  fail(error: unknown): void {
    if (this.failure) return;
    this.failure = { error };
    for (const d of [this.head, this.schema, this.written, this.released, this.final, this.reading]) d.reject(error);
    for (const channel of this.channels.values()) channel.fail(error);
  }
}

import type { ArtifactHead, Manifest } from './manifest.ts';

/**
 * Artifacts loaded while they are still being compiled (`seedforge compile --apply`, `seedforge refresh`): each table's
 * CSV reaches COPY as its rows render, instead of being written to a file and read back. The compiler fills it; the
 * runtime only reads it, so neither imports the other. The bytes are the very bytes of the CSV files, whose sha256 the
 * manifest records, so a streamed load is the load of the artifacts that the compile writes.
 */
export interface StreamedArtifacts {
  /** Compiled data is mock data: refused in production before anything renders. */
  readonly kind: Manifest['kind'];
  /** What is known before any row renders. Rejects when the compile fails first. */
  readonly head: Promise<ArtifactHead>;
  /** schema.sql, for an empty embedded database. */
  schemaSql(): Promise<string>;
  /**
   * One table's CSV file, header first, as it is written; `onChunk` hears each chunk's size and rows as the load takes
   * it. Read each table once, in load order.
   */
  csv(table: { schema: string; name: string }, onChunk?: (bytes: number, rows: number) => void): AsyncIterable<Uint8Array>;
  /**
   * The load will not stream (whether these artifacts are already applied is known only from their checksum): the
   * compile goes on writing its files, and the load reads them from `written` instead.
   */
  detach(): void;
  /** Every file is written (manifest.json last): the manifest and the directory the files are in until `release`. */
  readonly written: Promise<{ manifest: Manifest; dir: string }>;
  /** The load has read what it needs from `written`'s directory: the compile may move the files into place. */
  release(): void;
  /** The artifacts are in their final directory (resolves to it). A rejection means the compile failed. */
  readonly published: Promise<string>;
  /** The load failed or was refused: the compile stops and leaves its output directory as it was. */
  abort(error: unknown): void;
}

/**
 * A bounded queue of byte chunks from one producer to one consumer. `push` returns a promise while `limit` bytes are
 * queued, and the producer waits on it, so a fast producer never holds more than about `limit` bytes in memory.
 * Failing the channel (from either side) rejects both the waiting producer and the consumer.
 */
export class ByteChannel implements AsyncIterable<Uint8Array> {
  private readonly queue: Uint8Array[] = [];
  private queued = 0;
  private ended = false;
  private failure: { error: unknown } | undefined;
  private discarded = false;
  private consumerWake: (() => void) | undefined;
  private producerWake: { resolve: () => void; reject: (error: unknown) => void } | undefined;

  constructor(private readonly limit: number) {}

  /** Queues `bytes` (kept as they are: the caller must not reuse them). A returned promise means: wait for room. */
  push(bytes: Uint8Array): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.ended) return Promise.reject(new Error('ByteChannel: push after end'));
    if (bytes.length === 0 || this.discarded) return undefined;
    this.queue.push(bytes);
    this.queued += bytes.length;
    this.wakeConsumer();
    if (this.queued < this.limit) return undefined;
    return new Promise<void>((resolve, reject) => (this.producerWake = { resolve, reject }));
  }

  end(): void {
    this.ended = true;
    this.wakeConsumer();
  }

  fail(error: unknown): void {
    if (this.failure || (this.ended && this.queue.length === 0)) return;
    this.failure = { error };
    this.queue.length = 0;
    this.queued = 0;
    const producer = this.producerWake;
    this.producerWake = undefined;
    producer?.reject(error);
    this.wakeConsumer();
  }

  /** Nobody will read: what is queued is dropped, later pushes are ignored, and a waiting producer goes on. */
  discard(): void {
    this.discarded = true;
    this.queue.length = 0;
    this.queued = 0;
    const producer = this.producerWake;
    this.producerWake = undefined;
    producer?.resolve();
  }

  /** Bytes queued and not yet taken. */
  get pending(): number {
    return this.queued;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    let finished = false;
    try {
      for (;;) {
        if (this.failure) throw this.failure.error;
        const next = this.queue.shift();
        if (next) {
          this.queued -= next.length;
          // Room again below half the limit: the producer renders a few ranges at a time, not one.
          if (this.producerWake && this.queued <= this.limit / 2) {
            const producer = this.producerWake;
            this.producerWake = undefined;
            producer.resolve();
          }
          yield next;
          continue;
        }
        if (this.ended) {
          finished = true;
          return;
        }
        await new Promise<void>((resolve) => (this.consumerWake = resolve));
      }
    } finally {
      // A consumer that stops early (its COPY failed) must not leave the producer waiting for room forever.
      if (!finished) this.fail(new Error('the load stopped reading this table'));
    }
  }

  private wakeConsumer(): void {
    const wake = this.consumerWake;
    this.consumerWake = undefined;
    wake?.();
  }
}

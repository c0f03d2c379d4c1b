import { mkdirSync } from 'node:fs';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { ConnectOptions, Database } from './connection.ts';
import { describeTarget } from './connection.ts';
import { copyFormat, RecordScanner, toBytes } from './copy-records.ts';
import { acquireFileLock } from './file-lock.ts';

/** COPY data is handed to PGlite in whole-record pieces of about this size, so a large file never sits in memory. */
const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) persisted in `dir`.
 * One process at a time may open it; a lock file next to the directory makes a second process wait.
 */
export async function connectPglite(dir: string, options: ConnectOptions = {}): Promise<Database> {
  mkdirSync(dir, { recursive: true });
  const description = describeTarget({ kind: 'pglite', dir });
  const release = await acquireFileLock(`${dir}.lock`, {
    timeoutMs: options.lockTimeoutMs ?? 60_000,
    what: `the embedded database (${description})`,
    ...(options.onWait ? { onWait: options.onWait } : {}),
  });
  let pg: PGlite;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    pg = await PGlite.create(dir);
  } catch (error) {
    release();
    throw error;
  }
  let closed = false;
  return wrap(pg, pg, description, async () => {
    if (closed) return;
    closed = true;
    try {
      await pg.close();
    } finally {
      release();
    }
  });
}

function wrap(pg: PGlite, session: PGlite | Transaction, description: string, close: () => Promise<void>): Database {
  const inTransaction = session !== pg;
  let savepoints = 0;
  const db: Database = {
    kind: 'pglite',
    description,
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      return (await session.query<T>(text, params)).rows;
    },
    async exec(script: string): Promise<void> {
      await session.exec(script);
    },
    async transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(db);
      return pg.transaction((tx) => fn(wrap(pg, tx, description, close)));
    },
    async savepoint<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
      if (!inTransaction) throw new Error('savepoint outside a transaction');
      const name = `seedforge_sp_${savepoints++}`;
      await session.exec(`SAVEPOINT ${name}`);
      let result: T;
      try {
        result = await fn(db);
      } catch (error) {
        await session.exec(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`);
        throw error;
      }
      await session.exec(`RELEASE SAVEPOINT ${name}`);
      return result;
    },
    async copyFrom(copySql: string, chunks: AsyncIterable<Uint8Array | string>): Promise<number> {
      const blobSql = copySql.replace(/\bfrom\s+stdin\b/i, "FROM '/dev/blob'");
      const format = copyFormat(copySql);
      const scanner = new RecordScanner(format.csv);
      let header: Uint8Array | undefined;
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      let pieces = 0;
      let total = 0;
      // Later pieces repeat the header line, so the same statement (HEADER true) reads every piece.
      const load = async (parts: Uint8Array[]): Promise<void> => {
        const blobParts = pieces > 0 && header ? [header, ...parts] : parts;
        const result = await session.query(blobSql, [], { blob: new Blob(blobParts as unknown as ConstructorParameters<typeof Blob>[0]) });
        total += result.affectedRows ?? 0;
        pieces++;
      };
      for await (const chunk of chunks) {
        const bytes = toBytes(chunk);
        const boundary = scanner.scan(bytes);
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (format.header && header === undefined) header = headerOf(pending, format.csv);
        if (pendingBytes >= PIECE_BYTES && boundary !== -1) {
          const rest = bytes.subarray(boundary);
          pending[pending.length - 1] = bytes.subarray(0, boundary);
          await load(pending);
          pending = rest.length > 0 ? [rest] : [];
          pendingBytes = rest.length;
        }
      }
      if (pending.length > 0 || pieces === 0) await load(pending);
      return total;
    },
    close,
  };
  return db;
}

/** The first record (the header line) once the pending bytes contain it whole. */
function headerOf(pending: Uint8Array[], csv: boolean): Uint8Array | undefined {
  const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
  let inQuote = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (csv && b === 0x22) inQuote = !inQuote;
    else if (b === 0x0a && !inQuote) return bytes.slice(0, i + 1);
  }
  return undefined;
}

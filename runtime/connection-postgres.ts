import { Socket } from 'node:net';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import postgres from 'postgres';
import type { Database } from './connection.ts';
import { redactUrl } from './connection.ts';
import { copyFormat, RecordScanner, toBytes } from './copy-records.ts';
import { RuntimeError, RuntimeErrorCodes } from './errors.ts';

/** PostgreSQL through postgres.js: one connection, so a transaction and its advisory lock live on one session. */
export async function connectPostgres(url: string): Promise<Database> {
  const description = redactUrl(url);
  const options: postgres.Options<Record<string, postgres.PostgresType>> & { socket: typeof connectNoDelay } = {
    max: 1,
    onnotice: () => {},
    connect_timeout: connectTimeoutS(),
    idle_timeout: 0,
    connection: { application_name: 'seedforge' },
    socket: connectNoDelay,
  };
  const sql = postgres(url, options);
  // postgres.js keeps retrying a connection that times out while a query waits: bound the first one ourselves.
  const probe = sql.unsafe('select 1');
  probe.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`timed out after ${connectTimeoutS()}s`), { code: 'CONNECT_TIMEOUT' })), connectTimeoutS() * 1000 + 500);
  });
  try {
    await Promise.race([probe, timeout]);
  } catch (error) {
    void sql.end({ timeout: 0 }).catch(() => {});
    throw connectionError(description, error);
  } finally {
    clearTimeout(timer);
  }
  const db = wrap(sql, description, false, async () => {
    await sql.end({ timeout: 5 });
  });
  db.connectAgain = () => connectPostgres(url);
  return db;
}

type Session = postgres.Sql | postgres.TransactionSql;

/** Seconds to wait for a server to answer: SEEDFORGE_CONNECT_TIMEOUT, default 10. */
function connectTimeoutS(): number {
  const value = Number(process.env.SEEDFORGE_CONNECT_TIMEOUT);
  return Number.isFinite(value) && value > 0 ? value : 10;
}

/**
 * postgres.js leaves Nagle's algorithm on: the small CopyDone after a COPY's data then waits for the server's
 * delayed ACK (~40 ms per COPY, and the next query too). This socket factory sets TCP_NODELAY; it tries each host
 * of a multi-host URL in turn, and Unix sockets (`?host=/var/run/postgresql`) work as before.
 */
async function connectNoDelay(options: { host: string[]; port: number[]; path?: string | false }): Promise<Socket> {
  const targets: { path?: string; host?: string; port?: number }[] = options.path
    ? [{ path: options.path }]
    : options.host.map((host, i) => ({ host, port: options.port[i] ?? options.port[0] ?? 5432 }));
  let last: unknown;
  for (const target of targets) {
    try {
      return await openSocket(target);
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

function openSocket(target: { path?: string; host?: string; port?: number }): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const timer = setTimeout(() => {
      socket.destroy();
      reject(Object.assign(new Error(`timed out after ${connectTimeoutS()}s`), { code: 'CONNECT_TIMEOUT' }));
    }, connectTimeoutS() * 1000);
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      socket.setNoDelay(true);
      resolve(socket);
    });
    if (target.path) socket.connect(target.path);
    else {
      // postgres.js reads `host` for TLS SNI.
      Object.assign(socket, { host: target.host, port: target.port });
      socket.connect(target.port!, target.host!);
    }
  });
}

function wrap(session: Session, description: string, inTransaction: boolean, close: () => Promise<void>): Database {
  const db: Database = {
    kind: 'postgres',
    description,
    async query<T>(text: string, params: unknown[] = []): Promise<T[]> {
      const rows = await session.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return Array.from(rows) as T[];
    },
    async exec(script: string): Promise<void> {
      await session.unsafe(script).simple();
    },
    async transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
      if (inTransaction) return fn(db);
      const sql = session as postgres.Sql;
      return (await sql.begin((tx) => fn(wrap(tx, description, true, close)))) as T;
    },
    async savepoint<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
      if (!inTransaction) throw new Error('savepoint outside a transaction');
      // The driver's own savepoint: a failed statement inside it does not fail the enclosing transaction.
      return (await (session as postgres.TransactionSql).savepoint((sp) => fn(wrap(sp, description, true, close)))) as T;
    },
    async copyFrom(copySql: string, chunks: AsyncIterable<Uint8Array | string>): Promise<number> {
      const format = copyFormat(copySql);
      const scanner = new RecordScanner(format.csv);
      // postgres.js never settles the writable when the server rejects the data after CopyDone
      // (porsager/postgres#1173): catch the error where the driver reports it and fail the copy ourselves.
      const query = session.unsafe(copySql) as unknown as { reject: (error: unknown) => void; resolve: (value: unknown) => void; writable(): Promise<Writable> };
      let serverFailed: (error: unknown) => void = () => {};
      const serverError = new Promise<never>((_, reject) => (serverFailed = reject));
      serverError.catch(() => {});
      const driverReject = query.reject;
      query.reject = (error: unknown) => {
        serverFailed(error);
        driverReject(error);
      };
      // The driver resolves the query twice: with the COPY stream, then (unobserved) with the result, whose count is
      // the server's "COPY n": the rows it inserted. Catch that one too.
      let serverDone: (count: number | null) => void = () => {};
      const serverCount = new Promise<number | null>((resolve) => (serverDone = resolve));
      const driverResolve = query.resolve;
      query.resolve = (value: unknown) => {
        if (Array.isArray(value)) serverDone(typeof (value as { count?: unknown }).count === 'number' ? (value as unknown as { count: number }).count : null);
        driverResolve(value);
      };
      const writable = await query.writable();
      async function* counted(): AsyncGenerator<Uint8Array> {
        for await (const chunk of chunks) {
          const bytes = toBytes(chunk);
          scanner.scan(bytes);
          yield bytes;
        }
      }
      const copied = pipeline(Readable.from(counted(), { objectMode: false }), writable);
      copied.catch(() => {});
      let inserted: number | null;
      try {
        await Promise.race([copied, serverError]);
        inserted = await Promise.race([serverCount, serverError]);
      } catch (error) {
        if (!writable.destroyed) writable.destroy();
        throw error;
      }
      // The server's count is the truth (it also sees an end-of-data marker the scanner would count past).
      return inserted ?? Math.max(0, scanner.records - (format.header ? 1 : 0));
    },
    close,
  };
  return db;
}

const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'CONNECT_TIMEOUT']);

/** Turns a driver's connection failure into a message that says what to check. */
export function connectionError(description: string, error: unknown): RuntimeError {
  const e = error as { code?: string; message?: string; errno?: string };
  const code = e.code ?? e.errno ?? '';
  const reason =
    code === 'ECONNREFUSED'
      ? 'connection refused'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'host not found'
        : code === 'CONNECT_TIMEOUT' || code === 'ETIMEDOUT'
          ? `no answer within ${connectTimeoutS()}s`
          : code === '28P01' || code === '28000'
            ? `authentication failed (${e.message})`
            : code === '3D000'
              ? `${e.message}`
              : (e.message ?? String(error));
  const hint =
    code === '3D000'
      ? 'create the database first (createdb), or point --db / DATABASE_URL at an existing one'
      : code === '28P01' || code === '28000'
        ? 'check the user name and password in --db / DATABASE_URL'
        : unreachableCodes.has(code)
          ? 'is the server running and reachable? check --db / DATABASE_URL, or omit both to use the embedded PGlite database'
          : 'check --db / DATABASE_URL';
  return new RuntimeError(RuntimeErrorCodes.DbUnreachable, `cannot connect to ${description}: ${reason}`, { hint, cause: error });
}

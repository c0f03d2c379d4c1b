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
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    connect_timeout: 10,
    idle_timeout: 0,
    connection: { application_name: 'seedforge' },
  });
  try {
    await sql.unsafe('select 1');
  } catch (error) {
    await sql.end({ timeout: 0 }).catch(() => {});
    throw connectionError(description, error);
  }
  return wrap(sql, description, false, async () => {
    await sql.end({ timeout: 5 });
  });
}

type Session = postgres.Sql | postgres.TransactionSql;

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
    async copyFrom(copySql: string, chunks: AsyncIterable<Uint8Array | string>): Promise<number> {
      const format = copyFormat(copySql);
      const scanner = new RecordScanner(format.csv);
      // postgres.js never settles the writable when the server rejects the data after CopyDone
      // (porsager/postgres#1173): catch the error where the driver reports it and fail the copy ourselves.
      const query = session.unsafe(copySql) as unknown as { reject: (error: unknown) => void; writable(): Promise<Writable> };
      let serverFailed: (error: unknown) => void = () => {};
      const serverError = new Promise<never>((_, reject) => (serverFailed = reject));
      serverError.catch(() => {});
      const driverReject = query.reject;
      query.reject = (error: unknown) => {
        serverFailed(error);
        driverReject(error);
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
      try {
        await Promise.race([copied, serverError]);
      } catch (error) {
        if (!writable.destroyed) writable.destroy();
        throw error;
      }
      return Math.max(0, scanner.records - (format.header ? 1 : 0));
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
          ? 'connection timed out'
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

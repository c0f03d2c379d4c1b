import { fileChunks, verifyFile } from './artifacts.ts';
import type { Database } from './connection.ts';
import { deferForeignKeys, restoreForeignKeys, type DeferredKeys } from './defer-foreign-keys.ts';
import { deferIndexes, rebuildIndexes, type DeferredIndexes } from './defer-indexes.ts';
import { DEFER_FROM_ROWS } from './deferral.ts';
import { RuntimeError, RuntimeErrorCodes, isRuntimeError } from './errors.ts';
import { loadRanOnlySeedforgeCode } from './inserted-keys.ts';
import { qualifiedName, type ArtifactHead, type Manifest, type ManifestFixup, type ManifestTable, type RelaxedForeignKey, type TableHead } from './manifest.ts';
import type { ProgressListener } from './progress.ts';
import { beginRelaxation, checkDeferred, endRelaxation, type Relaxation } from './relax-foreign-keys.ts';
import { ident, identList, literal, qualified } from './sql.ts';
import type { StreamedArtifacts } from './streamed-artifacts.ts';
import { verifyForeignKeys } from './verify-foreign-keys.ts';

/** Tables in load order, resolved from `loadOrder`. */
export function tablesInLoadOrder(manifest: Manifest): ManifestTable[] {
  const byName = new Map(manifest.tables.map((t) => [qualifiedName(t), t]));
  const ordered = manifest.loadOrder.map((name) => {
    const table = byName.get(name);
    if (!table) throw new RuntimeError(RuntimeErrorCodes.ManifestInvalid, `manifest.json lists ${name} in loadOrder but not in tables`, { hint: 'recompile with `seedforge compile`' });
    return table;
  });
  for (const table of manifest.tables) {
    if (!manifest.loadOrder.includes(qualifiedName(table))) ordered.push(table);
  }
  return ordered;
}

/** `COPY "s"."t" ("a", "b") FROM STDIN WITH (FORMAT csv, HEADER true)` */
export function copyStatement(table: { schema: string; name: string }, columns: readonly string[]): string {
  return `COPY ${qualified(table)} (${identList(columns)}) FROM STDIN WITH (FORMAT csv, HEADER true)`;
}

/** The load-order positions between which NOT NULL cycles need relaxed checks (replica role). */
function relaxWindow(order: readonly TableHead[], relaxed: readonly RelaxedForeignKey[]): { from: number; to: number } | undefined {
  const involved = new Set(relaxed.flatMap((fk) => [`${fk.schema}.${fk.table}`, `${fk.references.schema}.${fk.references.table}`]));
  const positions = order.map((t, i) => (involved.has(qualifiedName(t)) ? i : -1)).filter((i) => i >= 0);
  return positions.length === 0 ? undefined : { from: Math.min(...positions), to: Math.max(...positions) };
}

/**
 * What `loadTables` reads: the tables in load order, each table's CSV bytes, and, once every table is loaded, the
 * finished manifest with the directory its fix-up files are in. Compiled artifacts on disk (`fileFeed`) have all of it
 * at once; artifacts still compiling (`streamedFeed`) have the manifest only after the last row.
 */
export interface TableFeed {
  tables: TableHead[];
  relaxedForeignKeys: RelaxedForeignKey[];
  /**
   * A table's CSV, header first, and its size when known; `onRead` hears the bytes (and the rows, where the feed
   * knows them) of each chunk as COPY takes it, for progress. Undefined when the table has no file.
   */
  csv(table: TableHead, onRead: (bytes: number, rows?: number) => void): { chunks: AsyncIterable<Uint8Array>; bytes: number | undefined } | undefined;
  /** After a failed COPY: throws the real cause when the bytes were not those the manifest promised. */
  explainFailure(table: TableHead): Promise<void>;
  /** The finished manifest and the directory its files are in. */
  finished(): Promise<{ manifest: Manifest; dir: string }>;
  /** Every file needed was read from `finished`'s directory. */
  release(): void;
}

/** The feed of compiled artifacts in `dir`: files streamed and verified against the manifest's sha256 as they load. */
export function fileFeed(dir: string, manifest: Manifest): TableFeed {
  const file = (table: TableHead) => manifest.tables.find((t) => t.schema === table.schema && t.name === table.name)?.files.csv;
  return {
    tables: tablesInLoadOrder(manifest),
    relaxedForeignKeys: manifest.relaxedForeignKeys ?? [],
    csv(table, onRead) {
      const csv = file(table);
      return csv ? { chunks: fileChunks(dir, csv, onRead), bytes: csv.bytes } : undefined;
    },
    async explainFailure(table) {
      // A changed byte often breaks COPY before the hash is complete: report the real cause.
      const csv = file(table);
      if (csv) await verifyFile(dir, csv);
    },
    finished: async () => ({ manifest, dir }),
    release() {},
  };
}

/** The feed of artifacts still compiling: each table's CSV as it renders, the manifest once the compile wrote it. */
export function streamedFeed(artifacts: StreamedArtifacts, head: ArtifactHead): TableFeed {
  return {
    tables: head.tables,
    relaxedForeignKeys: head.relaxedForeignKeys,
    csv: (table, onRead) => ({ chunks: artifacts.csv(table, onRead), bytes: undefined }),
    async explainFailure() {
      // The bytes came straight from the compile, the same that its files hold: nothing to re-check.
    },
    async finished() {
      const written = await artifacts.written;
      assertSameTables(head, written.manifest);
      return written;
    },
    release: () => artifacts.release(),
  };
}

/** The manifest the compile wrote lists exactly the tables, rows and columns that were streamed. */
function assertSameTables(head: ArtifactHead, manifest: Manifest): void {
  const shape = (t: TableHead) => JSON.stringify([t.schema, t.name, t.rows, t.columns, t.primaryKey]);
  const streamed = head.tables.map(shape).join('\n');
  const written = tablesInLoadOrder(manifest).map(shape).join('\n');
  if (streamed !== written || head.scenario !== manifest.scenario) {
    throw new RuntimeError(RuntimeErrorCodes.LoadFailed, `the compiled manifest of "${manifest.scenario}" does not list the tables that were streamed`, {
      hint: 'this is a seedforge bug: report it; compile and apply separately meanwhile (nothing was loaded)',
    });
  }
}

/**
 * Streams every table's CSV into COPY in load order (on the fast path a large empty table's indexes are built after
 * its rows), runs the cycle fix-ups, proves relaxed foreign keys, and moves sequences past the loaded ids. Returns rows
 * loaded per table, in load order.
 */
export async function loadTables(
  tx: Database,
  feed: TableFeed,
  relaxation: Relaxation,
  onProgress?: ProgressListener,
): Promise<{ table: TableHead; rows: number; ms: number }[]> {
  const order = feed.tables;
  const window = relaxation.mode === 'none' ? undefined : relaxation.scope === 'all' ? { from: 0, to: order.length - 1 } : relaxWindow(order, feed.relaxedForeignKeys);
  const loaded: { table: TableHead; rows: number; ms: number }[] = [];
  const bulk = relaxation.mode !== 'none' && relaxation.scope === 'all';
  // On the fast paths a large empty table takes its indexes (and, when this role may not skip foreign-key checks, its
  // foreign keys) after its rows, as pg_restore does: one sort per index instead of one insertion (and WAL record) per
  // row and index, one query per key instead of one check per row. They come off every such table here, before the
  // first COPY: each check is a round trip, quick now, and slow between two tables of compile --apply, whose thread
  // renders the next table's rows between the replies (about 90 ms of round trips before a table's COPY, measured).
  // Keys come off first: a parent's primary key that only they referenced can then be built after its rows too.
  const keys = new Map<TableHead, DeferredKeys>();
  if (relaxation.mode === 'rebuild') {
    const names = order.map((table) => qualified(table));
    for (const table of order) {
      const taken = table.rows >= DEFER_FROM_ROWS ? await deferForeignKeys(tx, table, names) : undefined;
      if (taken) keys.set(table, taken);
    }
  }
  const deferred = new Map<TableHead, DeferredIndexes>();
  if (bulk) {
    for (const table of order) {
      const taken = table.rows >= DEFER_FROM_ROWS ? await deferIndexes(tx, table) : undefined;
      if (taken) deferred.set(table, taken);
    }
  }
  for (const [index, table] of order.entries()) {
    if (window && index === window.from) await beginRelaxation(tx, relaxation);
    const label = qualifiedName(table);
    const started = performance.now();
    let done = 0;
    let totalBytes = 0;
    let counted = 0;
    const csv = feed.csv(table, (bytes, rows) => {
      done += bytes;
      if (rows !== undefined) counted += rows;
      // Rows as the feed counts them, else in proportion to the bytes of a file whose size is known.
      const sent = rows !== undefined ? counted : totalBytes > 0 ? Math.floor((table.rows * done) / totalBytes) : undefined;
      if (sent !== undefined) onProgress?.({ type: 'table-progress', table: label, bytes: done, totalBytes, rows: sent, totalRows: table.rows });
    });
    totalBytes = csv?.bytes ?? 0;
    onProgress?.({ type: 'table-start', table: label, rows: table.rows, bytes: totalBytes, index, count: order.length });
    let rows = 0;
    if (csv) {
      rows = await copy(tx, copyStatement(table, table.columns), csv.chunks, `loading ${label}`, () => feed.explainFailure(table));
      const taken = deferred.get(table);
      if (taken) {
        onProgress?.({ type: 'phase', message: `building ${taken.indexes.length} index(es) of ${label}` });
        await rebuildIndexes(tx, taken);
      }
    } else if (table.rows > 0) {
      throw new RuntimeError(RuntimeErrorCodes.ManifestInvalid, `manifest.json has ${table.rows} rows for ${label} but no CSV file`, { hint: 'recompile with `seedforge compile`' });
    }
    if (rows !== table.rows) {
      throw new RuntimeError(RuntimeErrorCodes.LoadFailed, `loading ${label}: ${rows} rows copied, the manifest says ${table.rows}`, {
        hint: 'the artifacts are inconsistent: recompile with `seedforge compile` (nothing was loaded)',
      });
    }
    const ms = performance.now() - started;
    loaded.push({ table, rows, ms });
    onProgress?.({ type: 'table-done', table: label, rows, ms });
    if (window && index === window.to) await endRelaxation(tx, relaxation);
  }
  const { manifest, dir } = await feed.finished();
  for (const [index, fixup] of (manifest.fixups ?? []).entries()) {
    onProgress?.({ type: 'phase', message: `fix-up ${fixup.schema}.${fixup.table} (${fixup.columns.join(', ')}): ${fixup.rows} rows` });
    await runFixup(tx, dir, fixup, index);
  }
  feed.release();
  for (const [table, taken] of keys) {
    const label = qualifiedName(table);
    onProgress?.({ type: 'phase', message: `adding back ${taken.keys.length} foreign key(s) of ${label} (one query each checks every row)` });
    await restoreForeignKeys(tx, taken, () => verifyForeignKeys(tx, manifest.schema.tables.filter((t) => qualifiedName(t) === label)));
  }
  if (relaxation.mode === 'replica' || relaxation.mode === 'deferred') {
    onProgress?.({ type: 'phase', message: relaxation.scope === 'all' ? 'verifying foreign keys of every loaded table (per-row checks were skipped: replica role)' : 'verifying foreign keys of the NOT NULL cycle' });
    const checked = new Set(window ? order.slice(window.from, window.to + 1).map(qualifiedName) : []);
    for (const fk of manifest.relaxedForeignKeys) checked.add(`${fk.schema}.${fk.table}`);
    const inserted = (await loadRanOnlySeedforgeCode(tx, order)) ? new Map(loaded.map((l) => [qualifiedName(l.table), l.rows])) : undefined;
    await verifyForeignKeys(tx, manifest.schema.tables.filter((t) => checked.has(`${t.schema}.${t.name}`)), inserted);
    await checkDeferred(tx, relaxation);
  }
  await resetSequences(tx, tablesInLoadOrder(manifest));
  // Statistics are refreshed after the commit (apply's analyzeTables).
  return loaded;
}

async function copy(tx: Database, statement: string, chunks: AsyncIterable<Uint8Array>, what: string, explain: () => Promise<void>): Promise<number> {
  try {
    return await tx.copyFrom(statement, chunks);
  } catch (error) {
    if (isRuntimeError(error)) throw error;
    await explain();
    throw loadError(what, error);
  }
}

/** Sets the cycle columns from the fix-up file: a temp table, one COPY, one UPDATE ... FROM. */
async function runFixup(tx: Database, dir: string, fixup: ManifestFixup, index: number): Promise<void> {
  const target = qualified({ schema: fixup.schema, name: fixup.table });
  const temp = ident(`seedforge_fixup_${index}`);
  const columns = [...fixup.key, ...fixup.columns];
  await tx.exec(`CREATE TEMP TABLE ${temp} ON COMMIT DROP AS SELECT ${identList(columns)} FROM ${target} WITH NO DATA`);
  const what = `fix-up of ${fixup.schema}.${fixup.table}`;
  const copied = await copy(tx, `COPY ${temp} (${identList(columns)}) FROM STDIN WITH (FORMAT csv, HEADER true)`, fileChunks(dir, fixup.file), what, () => verifyFile(dir, fixup.file));
  await tx.exec(`ANALYZE ${temp}`);
  let updated: number;
  try {
    const [row] = await tx.query<{ n: number }>(
      `WITH updated AS (
         UPDATE ${target} AS t SET ${fixup.columns.map((c) => `${ident(c)} = f.${ident(c)}`).join(', ')}
           FROM ${temp} AS f WHERE ${fixup.key.map((c) => `t.${ident(c)} = f.${ident(c)}`).join(' AND ')}
         RETURNING 1)
       SELECT count(*)::int AS n FROM updated`,
    );
    updated = row?.n ?? 0;
  } catch (error) {
    throw loadError(what, error);
  }
  await tx.exec(`DROP TABLE ${temp}`);
  if (copied !== fixup.rows || updated !== fixup.rows) {
    throw new RuntimeError(RuntimeErrorCodes.LoadFailed, `${what}: ${updated} of ${fixup.rows} rows updated`, {
      hint: 'the artifacts are inconsistent: recompile with `seedforge compile` (nothing was loaded)',
    });
  }
}

/** Moves each serial/identity sequence past the largest id loaded, never backwards: one statement for all. */
async function resetSequences(tx: Database, tables: readonly ManifestTable[]): Promise<void> {
  const resets = tables.flatMap((table) =>
    (table.sequences ?? []).map(
      (seq) =>
        `(SELECT setval(s.seq, GREATEST(${BigInt(seq.max)}::bigint, COALESCE((SELECT max(${ident(seq.column)})::bigint FROM ${qualified(table)}), 0), COALESCE(pg_sequence_last_value(s.seq), 0)), true)
            FROM (SELECT pg_get_serial_sequence(${literal(qualified(table))}, ${literal(seq.column)})::regclass AS seq) AS s
           WHERE s.seq IS NOT NULL)`,
    ),
  );
  if (resets.length > 0) await tx.query(resets.join(' UNION ALL '));
}

/** A database error during loading, with PostgreSQL's detail, as a user error. */
export function loadError(what: string, error: unknown): RuntimeError {
  const e = error as { message?: string; detail?: string; code?: string; where?: string };
  const detail = e.detail ? ` (${e.detail})` : '';
  const hint =
    e.code === '23505'
      ? 'the database already holds rows with the same keys: apply to an empty database, or remove them (seedforge clear removes earlier seedforge runs)'
      : e.code === '23503'
        ? 'a referenced row is missing: the database and the artifacts disagree; recompile with `seedforge compile`'
        : 'nothing was loaded: the transaction was rolled back';
  return new RuntimeError(RuntimeErrorCodes.LoadFailed, `${what} failed: ${e.message ?? String(error)}${detail}`, { hint, cause: error });
}

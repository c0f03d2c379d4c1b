import { fileChunks, verifyFile } from './artifacts.ts';
import type { Database } from './connection.ts';
import { DEFER_INDEXES_FROM_ROWS, deferIndexes, rebuildIndexes } from './defer-indexes.ts';
import { RuntimeError, RuntimeErrorCodes, isRuntimeError } from './errors.ts';
import { loadRanOnlySeedforgeCode } from './inserted-keys.ts';
import { qualifiedName, type Manifest, type ManifestFile, type ManifestFixup, type ManifestTable } from './manifest.ts';
import type { ProgressListener } from './progress.ts';
import { beginRelaxation, checkDeferred, endRelaxation, type Relaxation } from './relax-foreign-keys.ts';
import { ident, identList, literal, qualified } from './sql.ts';
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
function relaxWindow(order: ManifestTable[], manifest: Manifest): { from: number; to: number } | undefined {
  const involved = new Set(manifest.relaxedForeignKeys.flatMap((fk) => [`${fk.schema}.${fk.table}`, `${fk.references.schema}.${fk.references.table}`]));
  const positions = order.map((t, i) => (involved.has(qualifiedName(t)) ? i : -1)).filter((i) => i >= 0);
  return positions.length === 0 ? undefined : { from: Math.min(...positions), to: Math.max(...positions) };
}

/**
 * Streams every table's CSV into COPY in load order (hashes verified as they stream; on the fast path a large empty
 * table's indexes are built after its rows), runs the cycle fix-ups,
 * proves relaxed foreign keys, and moves sequences past the loaded ids. Returns rows loaded per table, in load order.
 */
export async function loadTables(
  tx: Database,
  dir: string,
  manifest: Manifest,
  relaxation: Relaxation,
  onProgress?: ProgressListener,
): Promise<{ table: ManifestTable; rows: number; ms: number }[]> {
  const order = tablesInLoadOrder(manifest);
  const window = relaxation.mode === 'none' ? undefined : relaxation.scope === 'all' ? { from: 0, to: order.length - 1 } : relaxWindow(order, manifest);
  const loaded: { table: ManifestTable; rows: number; ms: number }[] = [];
  const bulk = relaxation.mode === 'replica' && relaxation.scope === 'all';
  for (const [index, table] of order.entries()) {
    if (window && index === window.from) await beginRelaxation(tx, relaxation);
    const label = qualifiedName(table);
    const file = table.files.csv;
    const started = performance.now();
    onProgress?.({ type: 'table-start', table: label, rows: table.rows, bytes: file?.bytes ?? 0, index, count: order.length });
    let rows = 0;
    if (file) {
      let done = 0;
      const chunks = fileChunks(dir, file, (n) => {
        done += n;
        onProgress?.({ type: 'table-progress', table: label, bytes: done, totalBytes: file.bytes, rows: Math.floor((table.rows * done) / Math.max(1, file.bytes)), totalRows: table.rows });
      });
      // On the fast path a large empty table takes its indexes after the rows, as pg_restore does: one sort per
      // index instead of one insertion (and WAL record) per row and index.
      const deferred = bulk && table.rows >= DEFER_INDEXES_FROM_ROWS ? await deferIndexes(tx, table) : undefined;
      rows = await copy(tx, dir, file, copyStatement(table, table.columns), chunks, `loading ${label}`);
      if (deferred) {
        onProgress?.({ type: 'phase', message: `building ${deferred.indexes.length} index(es) of ${label}` });
        await rebuildIndexes(tx, deferred);
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
  for (const [index, fixup] of (manifest.fixups ?? []).entries()) {
    onProgress?.({ type: 'phase', message: `fix-up ${fixup.schema}.${fixup.table} (${fixup.columns.join(', ')}): ${fixup.rows} rows` });
    await runFixup(tx, dir, fixup, index);
  }
  if (relaxation.mode !== 'none') {
    onProgress?.({ type: 'phase', message: relaxation.scope === 'all' ? 'verifying foreign keys of every loaded table (per-row checks were skipped: replica role)' : 'verifying foreign keys of the NOT NULL cycle' });
    const checked = new Set(window ? order.slice(window.from, window.to + 1).map(qualifiedName) : []);
    for (const fk of manifest.relaxedForeignKeys) checked.add(`${fk.schema}.${fk.table}`);
    const inserted = (await loadRanOnlySeedforgeCode(tx, order)) ? new Map(loaded.map((l) => [qualifiedName(l.table), l.rows])) : undefined;
    await verifyForeignKeys(tx, manifest.schema.tables.filter((t) => checked.has(`${t.schema}.${t.name}`)), inserted);
    await checkDeferred(tx, relaxation);
  }
  await resetSequences(tx, order);
  // Statistics are refreshed after the commit (apply's analyzeTables).
  return loaded;
}

async function copy(tx: Database, dir: string, file: ManifestFile, statement: string, chunks: AsyncIterable<Buffer>, what: string): Promise<number> {
  try {
    return await tx.copyFrom(statement, chunks);
  } catch (error) {
    if (isRuntimeError(error)) throw error;
    // A changed byte often breaks COPY before the hash is complete: report the real cause.
    await verifyFile(dir, file);
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
  const copied = await copy(tx, dir, fixup.file, `COPY ${temp} (${identList(columns)}) FROM STDIN WITH (FORMAT csv, HEADER true)`, fileChunks(dir, fixup.file), what);
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
async function resetSequences(tx: Database, tables: ManifestTable[]): Promise<void> {
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

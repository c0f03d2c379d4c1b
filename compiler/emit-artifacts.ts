/**
 * Streams one scenario's rows into its artifact files: seed.sql, csv/, json/, fixups/, then manifest.json.
 * Rows go from generator to file in batches; no table is ever held in memory.
 */
import { createReadStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FORMAT_VERSION, TOOL_VERSION, computeManifestChecksum, type ArtifactHead, type Manifest, type ManifestFile, type ManifestFixup, type ManifestTable } from '../runtime/manifest.ts';
import type { ArtifactFormat } from '../dsl/index.ts';
import { csvField } from './format-value.ts';
import { renderRange, tableLayout, type RenderedChunk, type TableLayout } from './render-rows.ts';
import { FileSink } from './file-sink.ts';
import { RangeBoard, RangeMap, WAIT } from './range-board.ts';
import type { RowSource } from './build-row-sources.ts';
import type { LoadPlan } from './plan-scenario.ts';
import type { ColumnModel, ForeignKeyEdge, TableModel } from './model.ts';
import { schemaSnapshot } from './schema-snapshot.ts';
import { compareNames } from '../runtime/compare-names.ts';
import { copyStatement, fixupStatements, relaxedVerification, seedSqlHeader, sequenceResets } from './seed-sql.ts';

interface FixupWriter {
  edge: ForeignKeyEdge;
  table: TableModel;
  key: ColumnModel[];
  columns: ColumnModel[];
  csv: FileSink;
  sql: FileSink;
  rows: number;
  path: string;
}

/** Worker threads that take ranges from a board themselves and send them back rendered. */
export interface RangeWorkers {
  /** Starts the workers on this scenario's ranges (the tables in write order, with their row counts). */
  start(board: RangeBoard, tables: { tableId: string; rows: number }[]): void;
  /** False: this thread takes no range, the workers render all (tests pin the split with it). */
  readonly callerRenders: boolean;
  /** Whether the worker that took range `i` has sent it back (rendered or failed). */
  arrived(i: number): boolean;
  /** Range `i` as the worker that took it rendered it (rejected when it failed, or a worker stopped). */
  take(i: number): Promise<RenderedChunk>;
  /** Takes back a range's CSV buffer once written, for the workers to render into again. */
  recycle(buffer: ArrayBuffer): void;
}

export interface EmitOptions {
  dir: string;
  formats: readonly ArtifactFormat[];
  /** schema.sql's text (awaited last: it may still be printing on the side thread). */
  schemaSql: string | Promise<string>;
  /** Worker threads; ranges they do not take (none ready yet, or the window's front) render on this thread. */
  workers?: RangeWorkers;
  /**
   * Ranges in flight ahead of the writer, across tables. With workers, this thread renders ranges further ahead itself
   * rather than wait for a worker's range it must write next; the window bounds the memory that takes.
   */
  inFlight?: number;
  /** The typed files written into `dir`, recorded in the manifest (awaited last, like schemaSql). */
  typedArtifacts?: Manifest['typedArtifacts'] | Promise<Manifest['typedArtifacts']>;
  /** Receives the scenario as it is written: its head before any row, then each table's CSV bytes (compile --apply). */
  tap?: ArtifactTap;
}

/**
 * A reader of artifacts as they are written: a load that streams each table's CSV into the database while the next
 * rows render. It sees exactly the bytes the CSV files get, in load order.
 */
export interface ArtifactTap {
  /** Before the first row renders. */
  begin(head: ArtifactHead): void;
  /**
   * The next bytes of `table`'s CSV file (the header line first), holding `rows` rows. The writer reuses them once
   * the call returns, so a tap that keeps them copies them. The writer waits for a returned promise: that is how a
   * reader slower than rendering holds it back, and how the reader gets its turn on this thread.
   */
  csv(table: { schema: string; name: string }, bytes: Uint8Array, rows: number): Promise<void> | undefined;
  /** `table`'s CSV file is complete. */
  end(table: { schema: string; name: string }): void;
}

/** CSV buffers this thread keeps for its own next ranges. */
const SPARE_BUFFERS = 4;

/**
 * Longest stretch this thread renders without letting the event loop run. Ranges render and write synchronously, so
 * without a pause a one-thread compile would hold off signals (Ctrl-C cleans up in the CLI's handler), the side
 * thread's replies and every timer until its last row.
 */
const YIELD_EVERY_MS = 50;

/** Writes every artifact of one scenario into `dir` (which must be empty) and returns its manifest. */
export async function emitArtifacts(plan: LoadPlan, sources: Map<string, RowSource>, options: EmitOptions): Promise<Manifest> {
  const { dir, formats } = options;
  const wantSql = formats.includes('sql');
  const wantJson = formats.includes('json');
  // CSV is what the runtime loads; it is always written.
  mkdirSync(join(dir, 'csv'), { recursive: true });
  if (wantJson) mkdirSync(join(dir, 'json'), { recursive: true });
  const scenario = plan.scenario;
  let lastYield = performance.now();
  const deferred = new Map<string, ForeignKeyEdge[]>();
  for (const { table, edge } of plan.fixups) deferred.set(table, [...(deferred.get(table) ?? []), edge]);
  const layouts = new Map<string, TableLayout>();
  for (const tablePlan of plan.tables) layouts.set(tablePlan.table.id, tableLayout(sources.get(tablePlan.table.id)!, deferred.get(tablePlan.table.id) ?? []));
  const relaxed = relaxedForeignKeys(plan);
  const tap = options.tap;
  tap?.begin({
    scenario: scenario.name,
    schema: schemaSnapshot(scenario.schema),
    tables: plan.tables.map(({ table }) => ({
      schema: table.schema,
      name: table.name,
      rows: sources.get(table.id)!.count,
      columns: layouts.get(table.id)!.output.map((c) => c.name),
      primaryKey: [...table.primaryKey],
    })),
    relaxedForeignKeys: relaxed,
  });

  const sql = wantSql ? new FileSink(join(dir, 'seed.sql')) : undefined;
  sql?.write(seedSqlHeader(plan));
  const fixupWriters: FixupWriter[] = [];
  const tables: ManifestTable[] = [];
  const generators: Record<string, string> = {};

  /** The table whose files are being written: opened when the writer reaches it. */
  interface OpenTable {
    index: number;
    table: TableModel;
    source: RowSource;
    layout: TableLayout;
    writers: FixupWriter[];
    csv: FileSink;
    csvPath: string;
    json?: FileSink;
    jsonPath: string;
    sequenceMax: number[];
  }
  const openTable = async (index: number): Promise<OpenTable> => {
    const table = plan.tables[index]!.table;
    const source = sources.get(table.id)!;
    const layout = layouts.get(table.id)!;
    Object.assign(generators, source.generators);
    const writers = layout.deferred.map((edge) => {
      mkdirSync(join(dir, 'fixups'), { recursive: true });
      const path = `fixups/${table.schema}.${table.name}.${edge.name}.csv`;
      const writer: FixupWriter = {
        edge,
        table,
        key: layout.key,
        columns: edge.columns.map((n) => table.columns.find((c) => c.name === n)!),
        csv: new FileSink(join(dir, path)),
        sql: new FileSink(join(dir, `.fixup-${fixupWriters.length}.sql.part`)),
        rows: 0,
        path,
      };
      writer.csv.write([...layout.key.map((c) => c.name), ...edge.columns].map(csvField).join(',') + '\n');
      fixupWriters.push(writer);
      return writer;
    });
    const csvPath = `csv/${table.schema}.${table.name}.csv`;
    const csv = new FileSink(join(dir, csvPath));
    const header = layout.output.map((c) => csvField(c.name)).join(',') + '\n';
    csv.write(header);
    const headerTapped = tap?.csv(table, Buffer.from(header, 'utf8'), 0);
    if (headerTapped) await headerTapped;
    const jsonPath = `json/${table.schema}.${table.name}.json`;
    const json = wantJson ? new FileSink(join(dir, jsonPath)) : undefined;
    json?.write(source.count === 0 ? '[' : '[\n');
    sql?.write(copyStatement(table, layout.output));
    return { index, table, source, layout, writers, csv, csvPath, json, jsonPath, sequenceMax: layout.sequenceColumns.map(() => -Infinity) };
  };
  const closeTable = ({ table, source, layout, csv, csvPath, json, jsonPath, sequenceMax }: OpenTable): void => {
    tap?.end(table);
    sql?.write('\\.\n');
    json?.write(source.count === 0 ? ']\n' : '\n]\n');
    const files: ManifestTable['files'] = { csv: fileEntry(csvPath, csv) };
    if (json) files.json = fileEntry(jsonPath, json);
    tables.push({
      schema: table.schema,
      name: table.name,
      rows: source.count,
      columns: layout.output.map((c) => c.name),
      primaryKey: [...table.primaryKey],
      files,
      sequences: layout.sequenceColumns.flatMap((c, s) => (Number.isFinite(sequenceMax[s]) ? [{ column: c.name, max: sequenceMax[s]! }] : [])),
    });
  };
  let open: OpenTable | undefined;
  /** Makes table `index` the one being written, closing (or opening and closing, when empty) those before it. */
  const advanceTo = async (index: number): Promise<OpenTable> => {
    while (!open || open.index < index) {
      const next = open ? open.index + 1 : 0;
      if (open) closeTable(open);
      open = await openTable(next);
    }
    return open;
  };

  // Every table's row ranges in write order, numbered across tables (see range-board.ts). With workers, one window of
  // them is in flight: this thread renders from its front, the workers take ranges from its back themselves, so the
  // writer seldom reaches a range a worker still holds and never waits at a table's end.
  const ranges = new RangeMap(plan.tables.map(({ table }) => sources.get(table.id)!.count));
  const workers = options.workers;
  const board = workers ? RangeBoard.create(ranges.count, Math.max(1, options.inFlight ?? 1)) : undefined;
  workers?.start(board!, plan.tables.map(({ table }) => ({ tableId: table.id, rows: sources.get(table.id)!.count })));
  // Written ranges' CSV buffers are rendered into again (written synchronously, they are free once written): a
  // fixed set of buffers circulates instead of one new ~100 KB buffer per range.
  const spare: ArrayBuffer[] = [];
  let head = 0;
  const write = async (chunk: RenderedChunk, fromWorker: boolean): Promise<void> => {
    const { table, from, to } = ranges.at(head);
    const t = await advanceTo(table);
    t.csv.write(chunk.csv);
    const tapped = tap?.csv(t.table, chunk.csv, to - from);
    sql?.write(chunk.csv);
    t.json?.write(chunk.json);
    chunk.sequenceMax.forEach((v, s) => (t.sequenceMax[s] = Math.max(t.sequenceMax[s]!, v)));
    chunk.fixups.forEach((f, k) => {
      t.writers[k]!.csv.write(f.csv);
      t.writers[k]!.sql.write(f.csv);
      t.writers[k]!.rows += f.rows;
    });
    const buffer = chunk.csv.buffer as ArrayBuffer;
    if (fromWorker) workers!.recycle(buffer);
    else if (spare.length < SPARE_BUFFERS) spare.push(buffer);
    head++;
    board?.advance(head);
    if (tapped) await tapped;
  };
  /** Ranges this thread rendered ahead of the writer, until written. */
  const own = new Map<number, RenderedChunk>();
  try {
    while (head < ranges.count) {
      const mine = own.get(head);
      if (mine) {
        own.delete(head);
        await write(mine, false);
      } else if (board?.taken(head) && workers!.arrived(head)) {
        await write(await workers!.take(head), true);
      } else {
        // The next range to write is a worker's and not back yet (or is free): render one here instead of waiting.
        const next = !board ? head : workers!.callerRenders ? board.takeFront() : WAIT;
        if (next < 0) {
          await write(await workers!.take(head), true);
          continue;
        }
        const { table, from, to } = ranges.at(next);
        const source = sources.get(plan.tables[table]!.table.id)!;
        own.set(next, renderRange(source, layouts.get(source.plan.table.id)!, from, to, wantJson, spare.pop()));
        // Let the workers' rendered ranges in between this thread's; without workers, now and then.
        if (board || performance.now() - lastYield >= YIELD_EVERY_MS) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          lastYield = performance.now();
        }
      }
    }
  } finally {
    board?.stop();
  }
  if (plan.tables.length > 0) closeTable(await advanceTo(plan.tables.length - 1));

  const fixups: ManifestFixup[] = [];
  for (const writer of fixupWriters) {
    const partPath = writer.sql.path;
    writer.sql.close();
    fixups.push({
      schema: writer.table.schema,
      table: writer.table.name,
      key: writer.key.map((c) => c.name),
      columns: writer.columns.map((c) => c.name),
      rows: writer.rows,
      file: fileEntry(writer.path, writer.csv),
    });
    if (sql) {
      // The fix-up rows are COPY data between the statements that load them into a temporary table and apply them.
      const { before, after } = fixupStatements(fixups.length, writer);
      sql.write(before);
      await appendFile(sql, partPath);
      sql.write(after);
    }
    rmSync(partPath, { force: true });
  }

  if (sql) {
    if (relaxed.length > 0) sql.write(relaxedVerification(relaxed));
    sql.write(sequenceResets(tables));
    sql.write('\nCOMMIT;\n');
  }

  const files: ManifestFile[] = [];
  if (sql) files.push(fileEntry('seed.sql', sql));
  const schemaSink = new FileSink(join(dir, 'schema.sql'));
  schemaSink.write(await options.schemaSql);
  const typedArtifacts = await options.typedArtifacts;
  files.push(fileEntry('schema.sql', schemaSink));

  const manifestBody: Omit<Manifest, 'checksum'> = {
    formatVersion: MANIFEST_FORMAT_VERSION,
    tool: { name: 'seedforge', version: TOOL_VERSION },
    scenario: scenario.name,
    kind: 'mock',
    seed: scenario.seed,
    referenceDate: scenario.referenceDate,
    schema: schemaSnapshot(scenario.schema),
    loadOrder: plan.tables.map((t) => `${t.table.schema}.${t.table.name}`),
    tables,
    fixups,
    relaxedForeignKeys: relaxed,
    files,
    generators: Object.fromEntries(Object.entries(generators).sort(([a], [b]) => compareNames(a, b))),
    ...(typedArtifacts ? { typedArtifacts } : {}),
  };
  const manifest: Manifest = { ...manifestBody, checksum: await computeManifestChecksum(manifestBody) };
  const manifestSink = new FileSink(join(dir, 'manifest.json'));
  manifestSink.write(JSON.stringify(sortedManifest(manifest), null, 2) + '\n');
  manifestSink.close();
  return manifest;
}

/** The foreign keys of NOT NULL cycles, which the load relaxes and then proves. */
function relaxedForeignKeys(plan: LoadPlan): Manifest['relaxedForeignKeys'] {
  return plan.relaxed.map((edge) => {
    const [schema, ...rest] = edge.to.split('.');
    const from = plan.tables.find((t) => t.table.id === edge.from)!.table;
    return { schema: from.schema, table: from.name, columns: [...edge.columns], references: { schema: schema!, table: rest.join('.'), columns: [...edge.toColumns] } };
  });
}

function sortedManifest(manifest: Manifest): Manifest {
  // Keys in a fixed, readable order; nested objects keep their declared order, which is itself deterministic.
  const { formatVersion, tool, scenario, kind, seed, referenceDate, checksum, loadOrder, tables, fixups, relaxedForeignKeys, files, generators, typedArtifacts, schema } = manifest;
  return { formatVersion, tool, scenario, kind, seed, referenceDate, checksum, loadOrder, tables, fixups, relaxedForeignKeys, files, generators, ...(typedArtifacts ? { typedArtifacts } : {}), schema };
}

function fileEntry(path: string, sink: FileSink): ManifestFile {
  const { sha256, bytes } = sink.close();
  return { path, sha256, bytes };
}

async function appendFile(sink: FileSink, path: string): Promise<void> {
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) sink.write(chunk as string);
}

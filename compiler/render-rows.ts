/**
 * Renders a range of one table's rows into the text of every artifact (CSV, which seed.sql reuses, JSON,
 * cycle fix-ups). Pure in (table, range): worker threads render ranges in parallel and the writer concatenates
 * them in order, so the bytes never depend on how the work was split.
 */
import type { RowSource } from './build-row-sources.ts';
import { CsvBytes, TYPED_CELL_MAX, putDate, putFixed, putInt, type DateLayout } from './csv-bytes.ts';
import { csvField, isPlainTextKind, jsonValue, textFormatter } from './format-value.ts';
import { GenerationError } from './generation-error.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { ColumnModel, ForeignKeyEdge, TableModel } from './model.ts';

/**
 * The artifact text of rows [from, to) of one table. The CSV rows serve twice: as csv/<table>.csv and, unchanged,
 * as the data of seed.sql's `COPY ... FROM stdin WITH (FORMAT csv)`.
 */
export interface RenderedChunk {
  /** UTF-8 bytes (the writer only hashes and writes them). */
  csv: Uint8Array;
  json: string | Uint8Array;
  /** Per deferred (cycle) foreign key: its fix-up rows (CSV). */
  fixups: { csv: string; rows: number }[];
  /** Largest value per sequence column in the range (-Infinity when none). */
  sequenceMax: number[];
}

/** What the writer needs to know about a table's rendering. */
export interface TableLayout {
  table: TableModel;
  output: ColumnModel[];
  deferred: ForeignKeyEdge[];
  /** Columns that identify a row for fix-up UPDATEs. */
  key: ColumnModel[];
  sequenceColumns: ColumnModel[];
  /** CSV bytes per row of the last rendered range, rounded up: sizes the next range's buffer (an integer, see tableLayout). */
  bytesPerRow: number;
  /** How each output column is written, worked out once per table (see CellPlan). */
  cells: CellPlan;
}

/**
 * Per output column, in parallel arrays: where its value sits in a row, how it is written. Built once per table
 * rather than per range, so renderRange's optimised code holds only the row loop: V8 re-optimises it whenever a new
 * table's rows bring new shapes, and a smaller function costs less each time.
 */
interface CellPlan {
  width: number;
  positions: number[];
  modes: CellMode[];
  formatters: ((value: unknown) => string)[];
  dateLayouts: DateLayout[];
  scales: number[];
  /** Cycle foreign-key columns: left empty in the CSV, set by the fix-ups. */
  deferred: boolean[];
  sequencePositions: number[];
  names: string[];
  keyPositions: number[];
  keyFormatters: ((value: unknown) => string)[];
  /** Per deferred edge: its columns' positions and formatters. */
  fixupPositions: number[][];
  fixupFormatters: ((value: unknown) => string)[][];
}

/** The row identity used by fix-ups: the primary key, else a NOT NULL unique. */
export function rowKey(table: TableModel): string[] {
  if (table.primaryKey.length > 0) return table.primaryKey;
  return table.uniques.find((u) => u.columns.every((c) => table.columns.find((col) => col.name === c)?.notNull))?.columns ?? [];
}

export function tableLayout(source: RowSource, deferred: ForeignKeyEdge[]): TableLayout {
  const table = source.plan.table;
  const output = source.output.map((c) => c.column);
  const key = rowKey(table).map((name) => table.columns.find((c) => c.name === name)!);
  const sequenceColumns = output.filter((c) => c.sequence !== null);
  const position = new Map(table.columns.map((c, i) => [c.name, i]));
  const deferredColumns = new Set(deferred.flatMap((e) => e.columns));
  const cells: CellPlan = {
    width: output.length,
    positions: output.map((c) => position.get(c.name)!),
    modes: output.map((c) => cellMode(c)),
    formatters: output.map((c) => textFormatter(c)),
    dateLayouts: output.map((c) => DATE_LAYOUTS[c.kind] ?? 'date'),
    scales: output.map((c) => c.scale ?? 0),
    deferred: output.map((c) => deferredColumns.has(c.name)),
    sequencePositions: sequenceColumns.map((c) => position.get(c.name)!),
    names: output.map((c) => c.name),
    keyPositions: key.map((c) => position.get(c.name)!),
    keyFormatters: key.map((c) => textFormatter(c)),
    fixupPositions: deferred.map((edge) => edge.columns.map((n) => position.get(n)!)),
    fixupFormatters: deferred.map((edge) => edge.columns.map((n) => textFormatter(table.columns.find((c) => c.name === n)!))),
  };
  // An integer throughout (renderRange rounds it up): a field that turned from small integer to fraction would
  // change the layout's hidden class, and V8 would throw away the optimised code that had seen the old one.
  return { table, output, deferred, key, sequenceColumns, bytesPerRow: 64, cells };
}

const COMMA = 44;
const NEWLINE = 10;

/** How a column's cells are written: integers and dates as digits, other plain kinds unquoted, text as CSV fields. */
const enum CellMode {
  Integer,
  Fixed,
  Date,
  Plain,
  Text,
}

const DATE_LAYOUTS: Partial<Record<ColumnModel['kind'], DateLayout>> = { date: 'date', timestamp: 'timestamp', timestamptz: 'timestamptz', time: 'time' };

function cellMode(column: ColumnModel): CellMode {
  if (column.arrayDimensions === 0 && (column.kind === 'smallint' || column.kind === 'integer' || column.kind === 'bigint')) return CellMode.Integer;
  if (column.arrayDimensions === 0 && column.kind === 'numeric' && column.scale !== undefined) return CellMode.Fixed;
  if (column.arrayDimensions === 0 && DATE_LAYOUTS[column.kind]) return CellMode.Date;
  return isPlainTextKind(column) ? CellMode.Plain : CellMode.Text;
}

/**
 * Renders rows [from, to). `json` false skips the JSON text. `reuse`: the CSV buffer of a range already written out,
 * to render into instead of a new one.
 */
export function renderRange(source: RowSource, layout: TableLayout, from: number, to: number, json: boolean, reuse?: ArrayBuffer): RenderedChunk {
  const cells = layout.cells;
  const csv = new CsvBytes(Math.ceil((to - from) * layout.bytesPerRow * 1.1) + 1024, reuse);
  const sequenceMax: number[] = [];
  for (let s = 0; s < cells.sequencePositions.length; s++) sequenceMax.push(-Infinity);
  const fixups: RenderedChunk['fixups'] = [];
  for (let f = 0; f < cells.fixupPositions.length; f++) fixups.push({ csv: '', rows: 0 });
  const hasFixups = fixups.length > 0;
  const rows: string[] | undefined = json ? [] : undefined;
  for (let i = from; i < to; i++) {
    const values = source.row(i);
    csvRow(csv, cells, values, layout.table, i);
    for (let s = 0; s < sequenceMax.length; s++) {
      const v = values[cells.sequencePositions[s]!];
      if (typeof v === 'number' && v > sequenceMax[s]!) sequenceMax[s] = v;
    }
    if (rows) rows.push(jsonRow(layout, values));
    if (hasFixups) addFixups(cells, values, fixups);
  }
  if (to > from) layout.bytesPerRow = Math.ceil(csv.length / (to - from));
  // Each row on its own line, after a comma unless it is the table's first.
  const jsonText = rows && rows.length > 0 ? (from > 0 ? ',\n  ' : '  ') + rows.join(',\n  ') : '';
  return { csv: csv.bytes(), json: jsonText, fixups, sequenceMax };
}

/**
 * One row's CSV line. Typed cells (and separators) are written straight into the buffer at a local position, with
 * room for a whole row of them reserved once (and again after text, which reserves its own room through CsvBytes).
 */
function csvRow(csv: CsvBytes, cells: CellPlan, values: unknown[], table: TableModel, index: number): void {
  const width = cells.width;
  const rowRoom = width * (TYPED_CELL_MAX + 1) + 1;
  csv.reserve(rowRoom);
  let buf = csv.buf;
  let at = csv.length;
  for (let k = 0; k < width; k++) {
    if (k > 0) buf[at++] = COMMA;
    const v = values[cells.positions[k]!];
    if (v === null || v === undefined || cells.deferred[k]) continue;
    const mode = cells.modes[k];
    if (mode === CellMode.Integer) {
      if (typeof v === 'number' && Number.isSafeInteger(v)) {
        at = putInt(buf, at, v);
        continue;
      }
    } else if (mode === CellMode.Fixed) {
      const end = typeof v === 'number' ? putFixed(buf, at, v, cells.scales[k]!) : -1;
      if (end >= 0) {
        at = end;
        continue;
      }
    } else if (mode === CellMode.Date) {
      const end = v instanceof Date ? putDate(buf, at, v, cells.dateLayouts[k]!) : -1;
      if (end >= 0) {
        at = end;
        continue;
      }
    }
    // Text, and values the typed writers leave to the column's formatter.
    csv.length = at;
    if (mode === CellMode.Text) {
      const text = cells.formatters[k]!(v);
      if (csv.field(text) && hasEndOfDataLine(text)) {
        throw new GenerationError(
          DiagnosticCode.ValueInvalid,
          `${table.name}: row ${index} has a value with a line that is exactly "\\.", which ends COPY data early in psql.`,
          [table.name],
          'change the generator or constant that produces this text',
        );
      }
    } else csv.raw(cells.formatters[k]!(v));
    csv.reserve(rowRoom);
    buf = csv.buf;
    at = csv.length;
  }
  buf[at++] = NEWLINE;
  csv.length = at;
}

/** One row as a JSON object's text. */
function jsonRow(layout: TableLayout, values: unknown[]): string {
  const cells = layout.cells;
  const object: Record<string, unknown> = {};
  for (let k = 0; k < cells.width; k++) object[cells.names[k]!] = jsonValue(layout.output[k]!, values[cells.positions[k]!], cells.formatters[k]!);
  return JSON.stringify(object);
}

/** A row's fix-up lines: per deferred edge whose columns are not all null, the row's key and the edge's values. */
function addFixups(cells: CellPlan, values: unknown[], fixups: RenderedChunk['fixups']): void {
  for (let f = 0; f < fixups.length; f++) {
    const fkValues = cells.fixupPositions[f]!.map((p) => values[p]);
    if (fkValues.every((v) => v === null || v === undefined)) continue;
    const keyTexts = cells.keyPositions.map((p, k) => cells.keyFormatters[k]!(values[p]));
    const fkTexts = fkValues.map((v, k) => (v === null || v === undefined ? null : cells.fixupFormatters[f]![k]!(v)));
    const target = fixups[f]!;
    target.csv += [...keyTexts.map(csvField), ...fkTexts.map((t) => (t === null ? '' : csvField(t)))].join(',') + '\n';
    target.rows++;
  }
}

/** Encodes a chunk's large texts to UTF-8 in fresh buffers that can be transferred between threads. */
export function encodeChunk(chunk: RenderedChunk): { chunk: RenderedChunk; transfer: ArrayBuffer[] } {
  const encoder = new TextEncoder();
  const encode = (text: string | Uint8Array): Uint8Array => (typeof text === 'string' ? encoder.encode(text) : text);
  const encoded = { ...chunk, json: encode(chunk.json) };
  return { chunk: encoded, transfer: [encoded.csv.buffer as ArrayBuffer, encoded.json.buffer as ArrayBuffer] };
}

/**
 * A line of CSV data that is exactly `\.` would end psql's COPY data. Line breaks only occur inside quoted text
 * fields, whose first line follows the opening quote and whose last precedes the closing one: only the lines in
 * between can be exactly `\.`.
 */
function hasEndOfDataLine(text: string): boolean {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length - 1; i++) if (lines[i] === '\\.' || lines[i] === '\\.\r') return true;
  return false;
}

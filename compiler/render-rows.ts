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
  /** CSV bytes per row of the last rendered range: sizes the next range's buffer. */
  bytesPerRow: number;
}

/** The row identity used by fix-ups: the primary key, else a NOT NULL unique. */
export function rowKey(table: TableModel): string[] {
  if (table.primaryKey.length > 0) return table.primaryKey;
  return table.uniques.find((u) => u.columns.every((c) => table.columns.find((col) => col.name === c)?.notNull))?.columns ?? [];
}

export function tableLayout(source: RowSource, deferred: ForeignKeyEdge[]): TableLayout {
  const table = source.plan.table;
  const output = source.output.map((c) => c.column);
  return {
    table,
    output,
    deferred,
    key: rowKey(table).map((name) => table.columns.find((c) => c.name === name)!),
    sequenceColumns: output.filter((c) => c.sequence !== null),
    bytesPerRow: 64,
  };
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
  const table = layout.table;
  const position = new Map(table.columns.map((c, i) => [c.name, i]));
  const outPositions = layout.output.map((c) => position.get(c.name)!);
  const formatters = layout.output.map((c) => textFormatter(c));
  const modes = layout.output.map((c) => cellMode(c));
  const dateLayouts = layout.output.map((c) => DATE_LAYOUTS[c.kind] ?? 'date');
  const scales = layout.output.map((c) => c.scale ?? 0);
  const deferredColumns = new Set(layout.deferred.flatMap((e) => e.columns));
  const isDeferred = layout.output.map((c) => deferredColumns.has(c.name));
  const sequencePositions = layout.sequenceColumns.map((c) => position.get(c.name)!);
  const sequenceMax = layout.sequenceColumns.map(() => -Infinity);
  const keyPositions = layout.key.map((c) => position.get(c.name)!);
  const keyFormatters = layout.key.map((c) => textFormatter(c));
  const fixupColumns = layout.deferred.map((edge) => edge.columns.map((n) => table.columns.find((c) => c.name === n)!));
  const fixupFormatters = fixupColumns.map((cols) => cols.map((c) => textFormatter(c)));
  const fixups = layout.deferred.map(() => ({ csv: '', rows: 0 }));
  const names = layout.output.map((c) => c.name);
  const width = layout.output.length;

  const csv = new CsvBytes(Math.ceil((to - from) * layout.bytesPerRow * 1.1) + 1024, reuse);
  let jsonText = '';
  // Typed cells (and separators) are written straight into the buffer at a local position, with room for a whole
  // row of them reserved once per row (and again after text, which reserves its own room through CsvBytes).
  const rowRoom = width * (TYPED_CELL_MAX + 1) + 1;
  for (let i = from; i < to; i++) {
    const values = source.row(i);
    csv.reserve(rowRoom);
    let buf = csv.buf;
    let at = csv.length;
    for (let k = 0; k < width; k++) {
      if (k > 0) buf[at++] = COMMA;
      const v = values[outPositions[k]!];
      if (v === null || v === undefined || isDeferred[k]) continue;
      const mode = modes[k];
      if (mode === CellMode.Integer) {
        if (typeof v === 'number' && Number.isSafeInteger(v)) {
          at = putInt(buf, at, v);
          continue;
        }
      } else if (mode === CellMode.Fixed) {
        const end = typeof v === 'number' ? putFixed(buf, at, v, scales[k]!) : -1;
        if (end >= 0) {
          at = end;
          continue;
        }
      } else if (mode === CellMode.Date) {
        const end = v instanceof Date ? putDate(buf, at, v, dateLayouts[k]!) : -1;
        if (end >= 0) {
          at = end;
          continue;
        }
      }
      // Text, and values the typed writers leave to the column's formatter.
      csv.length = at;
      if (mode === CellMode.Text) {
        const text = formatters[k]!(v);
        if (csv.field(text) && hasEndOfDataLine(text)) {
          throw new GenerationError(
            DiagnosticCode.ValueInvalid,
            `${table.name}: row ${i} has a value with a line that is exactly "\\.", which ends COPY data early in psql.`,
            [table.name],
            'change the generator or constant that produces this text',
          );
        }
      } else csv.raw(formatters[k]!(v));
      csv.reserve(rowRoom);
      buf = csv.buf;
      at = csv.length;
    }
    buf[at++] = NEWLINE;
    csv.length = at;
    if (json) {
      const object: Record<string, unknown> = {};
      for (let k = 0; k < width; k++) object[names[k]!] = jsonValue(layout.output[k]!, values[outPositions[k]!], formatters[k]!);
      jsonText += (i > 0 ? ',\n  ' : '  ') + JSON.stringify(object);
    }
    for (let s = 0; s < sequencePositions.length; s++) {
      const v = values[sequencePositions[s]!];
      if (typeof v === 'number' && v > sequenceMax[s]!) sequenceMax[s] = v;
    }
    for (let f = 0; f < layout.deferred.length; f++) {
      const edge = layout.deferred[f]!;
      const fkValues = edge.columns.map((name) => values[position.get(name)!]);
      if (fkValues.every((v) => v === null || v === undefined)) continue;
      const keyTexts = keyPositions.map((p, k) => keyFormatters[k]!(values[p]));
      const fkTexts = fkValues.map((v, k) => (v === null || v === undefined ? null : fixupFormatters[f]![k]!(v)));
      const target = fixups[f]!;
      target.csv += [...keyTexts.map(csvField), ...fkTexts.map((t) => (t === null ? '' : csvField(t)))].join(',') + '\n';
      target.rows++;
    }
  }
  if (to > from) layout.bytesPerRow = csv.length / (to - from);
  return { csv: csv.bytes(), json: jsonText, fixups, sequenceMax };
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

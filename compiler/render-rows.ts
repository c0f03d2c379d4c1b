/**
 * Renders a range of one table's rows into the text of every artifact (CSV, which seed.sql reuses, JSON,
 * cycle fix-ups). Pure in (table, range): worker threads render ranges in parallel and the writer concatenates
 * them in order, so the bytes never depend on how the work was split.
 */
import type { RowSource } from './build-row-sources.ts';
import { csvField, isPlainTextKind, jsonValue, textFormatter } from './format-value.ts';
import { GenerationError } from './generation-error.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { ColumnModel, ForeignKeyEdge, TableModel } from './model.ts';

/**
 * The artifact text of rows [from, to) of one table. The CSV rows serve twice: as csv/<table>.csv and, unchanged,
 * as the data of seed.sql's `COPY ... FROM stdin WITH (FORMAT csv)`.
 */
export interface RenderedChunk {
  /** Text, or UTF-8 bytes when a worker thread encoded it (so the writer only hashes and writes). */
  csv: string | Uint8Array;
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
  };
}

/** Renders rows [from, to). `json` false skips the JSON text. */
export function renderRange(source: RowSource, layout: TableLayout, from: number, to: number, json: boolean): RenderedChunk {
  const table = layout.table;
  const position = new Map(table.columns.map((c, i) => [c.name, i]));
  const outPositions = layout.output.map((c) => position.get(c.name)!);
  const formatters = layout.output.map((c) => textFormatter(c));
  const plain = layout.output.map((c) => isPlainTextKind(c));
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

  let csv = '';
  let jsonText = '';
  for (let i = from; i < to; i++) {
    const values = source.row(i);
    let csvLine = '';
    for (let k = 0; k < width; k++) {
      const v = values[outPositions[k]!];
      if (k > 0) csvLine += ',';
      if (v === null || v === undefined || isDeferred[k]) continue;
      const text = formatters[k]!(v);
      csvLine += plain[k] ? text : csvField(text);
    }
    if (csvLine.includes('\\.') && hasEndOfDataLine(csvLine)) {
      throw new GenerationError(
        DiagnosticCode.ValueInvalid,
        `${table.name}: row ${i} has a value with a line that is exactly "\\.", which ends COPY data early in psql.`,
        [table.name],
        'change the generator or constant that produces this text',
      );
    }
    csv += csvLine + '\n';
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
  return { csv, json: jsonText, fixups, sequenceMax };
}

/** Encodes a chunk's large texts to UTF-8 in fresh buffers that can be transferred between threads. */
export function encodeChunk(chunk: RenderedChunk): { chunk: RenderedChunk; transfer: ArrayBuffer[] } {
  const encoder = new TextEncoder();
  const encode = (text: string | Uint8Array): Uint8Array => (typeof text === 'string' ? encoder.encode(text) : text);
  const encoded = { ...chunk, csv: encode(chunk.csv), json: encode(chunk.json) };
  return { chunk: encoded, transfer: [encoded.csv.buffer as ArrayBuffer, encoded.json.buffer as ArrayBuffer] };
}

/** A line of CSV data that is exactly `\.` (inside a quoted multi-line value) would end psql's COPY data. */
function hasEndOfDataLine(line: string): boolean {
  return line.split('\n').some((part) => part === '\\.' || part === '\\.\r');
}

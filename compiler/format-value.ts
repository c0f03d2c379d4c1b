/**
 * Turns generated JS values into the text PostgreSQL reads (COPY, CSV) and into typed JSON values.
 * UTC only: no output depends on the machine's time zone or locale.
 */
import type { ColumnModel } from './model.ts';

/** Text form of a non-null value for the column (no COPY/CSV escaping). */
export type TextFormatter = (value: unknown) => string;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** '00'..'99' and '000'..'999': date formatting is hot, and table lookups allocate nothing. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, i) => pad(i, 2));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => pad(i, 3));

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  return undefined;
}

function isoDate(d: Date): string {
  const y = d.getUTCFullYear();
  const year = y >= 1000 && y <= 9999 ? String(y) : `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}`;
  return year + '-' + TWO_DIGITS[d.getUTCMonth() + 1]! + '-' + TWO_DIGITS[d.getUTCDate()]!;
}

function isoTime(d: Date): string {
  const ms = d.getUTCMilliseconds();
  const hms = TWO_DIGITS[d.getUTCHours()]! + ':' + TWO_DIGITS[d.getUTCMinutes()]! + ':' + TWO_DIGITS[d.getUTCSeconds()]!;
  return ms ? hms + '.' + THREE_DIGITS[ms]! : hms;
}

function scalarFormatter(column: ColumnModel): TextFormatter {
  switch (column.kind) {
    case 'boolean':
      return (v) => (v === true || v === 't' || v === 'true' || v === 1 ? 't' : 'f');
    case 'numeric': {
      const scale = column.scale;
      return (v) => (typeof v === 'number' ? (scale !== undefined ? v.toFixed(scale) : numberText(v)) : String(v));
    }
    case 'smallint':
    case 'integer':
    case 'bigint':
      return (v) => (typeof v === 'number' ? (Number.isSafeInteger(v) ? '' + v : numberText(Math.trunc(v))) : String(v));
    case 'real':
    case 'double':
      return (v) => (typeof v === 'number' ? numberText(v) : String(v));
    case 'date':
      return (v) => {
        const d = toDate(v);
        return d ? isoDate(d) : String(v);
      };
    case 'timestamp':
      return (v) => {
        const d = toDate(v);
        return d ? `${isoDate(d)} ${isoTime(d)}` : String(v);
      };
    case 'timestamptz':
      return (v) => {
        const d = toDate(v);
        return d ? `${isoDate(d)} ${isoTime(d)}+00` : String(v);
      };
    case 'time':
      return (v) => {
        const d = toDate(v);
        return d ? isoTime(d) : String(v);
      };
    case 'json':
    case 'jsonb':
      return (v) => JSON.stringify(v);
    default:
      return (v) => (typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
  const s = String(n);
  return s.includes('e') ? n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '') : s;
}

/** A PostgreSQL array literal: {a,"b c",NULL}. */
function arrayLiteral(values: unknown[], element: TextFormatter, dimensions: number): string {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (dimensions > 1 && Array.isArray(v)) return arrayLiteral(v, element, dimensions - 1);
    const text = element(v);
    return text === '' || /[{}",\\\s]/.test(text) || /^null$/i.test(text) ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : text;
  });
  return `{${parts.join(',')}}`;
}

/** The text form for a column, arrays included. */
export function textFormatter(column: ColumnModel): TextFormatter {
  const scalar = scalarFormatter(column);
  if (column.arrayDimensions === 0) return scalar;
  return (v) => (Array.isArray(v) ? arrayLiteral(v, scalar, column.arrayDimensions) : scalar(v));
}

/** Escapes a field for CSV (RFC 4180). Empty strings are quoted so they differ from NULL (an empty field). */
export function csvField(text: string): string {
  const n = text.length;
  if (n === 0) return '""';
  let quote = text.charCodeAt(0) <= 32 || text.charCodeAt(n - 1) <= 32 || text === '\\.';
  for (let i = 0; !quote && i < n; i++) {
    const c = text.charCodeAt(i);
    quote = c === 34 || c === 44 || c === 10 || c === 13;
  }
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Kinds whose text never needs CSV quoting or COPY escaping (digits, signs, dots, dashes, colons, hex). */
export function isPlainTextKind(column: ColumnModel): boolean {
  if (column.arrayDimensions > 0) return false;
  return ['smallint', 'integer', 'bigint', 'numeric', 'real', 'double', 'boolean', 'uuid', 'date', 'timestamp', 'timestamptz', 'time'].includes(column.kind);
}

/** Typed JSON value of a cell, as the database would return it. */
export function jsonValue(column: ColumnModel, value: unknown, text: TextFormatter): unknown {
  if (value === null || value === undefined) return null;
  if (column.kind === 'json' || column.kind === 'jsonb') return value;
  if (column.arrayDimensions > 0 && Array.isArray(value)) {
    const scalar = { ...column, arrayDimensions: 0 };
    const inner = textFormatter(scalar);
    const convert = (v: unknown): unknown => (Array.isArray(v) ? v.map(convert) : jsonValue(scalar, v, inner));
    return value.map(convert);
  }
  switch (column.kind) {
    case 'boolean':
      return text(value) === 't';
    case 'smallint':
    case 'integer':
    case 'real':
    case 'double':
      return typeof value === 'number' ? value : Number(text(value));
    case 'bigint': {
      const n = typeof value === 'number' ? value : Number(text(value));
      return Number.isSafeInteger(n) ? n : text(value);
    }
    case 'date':
      return text(value);
    case 'timestamp':
      return value instanceof Date ? value.toISOString().replace('Z', '') : text(value);
    case 'timestamptz':
      return value instanceof Date ? value.toISOString() : text(value);
    default:
      return text(value);
  }
}

/** A value as an SQL literal (for fix-ups and previews). */
export function sqlLiteral(column: ColumnModel, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  return `'${textFormatter(column)(value).replace(/'/g, "''")}'`;
}

import { quoteIdent, quoteLiteral } from './sql-literal.ts';

/** A column of an extracted table, as the catalog describes it. */
export interface ExtractedColumn {
  name: string;
  /** `format_type` spelling, for comments. */
  type: string;
  /** pg_type oid of the column's type (domains keep their own oid: they are written as quoted text). */
  typeOid: number;
  /** `a` GENERATED ALWAYS AS IDENTITY, `d` BY DEFAULT, '' none. */
  identity: '' | 'a' | 'd';
  /** True when the column has a serial or identity sequence (its value is set past the loaded rows). */
  hasSequence: boolean;
}

export interface ExtractedTable {
  schema: string;
  name: string;
  /** Insertable columns, in table order (generated columns already left out). */
  columns: ExtractedColumn[];
  primaryKey: string[];
  /** Row values as PostgreSQL prints them (`::text`), null for NULL; in primary-key order. */
  rows: (string | null)[][];
}

export interface RenderExtractOptions {
  /** The header's Description. */
  description: string;
  /** The header's Environment; omitted when undefined (the folder decides). */
  environment?: string | undefined;
  /** The command that wrote the file, for the comment. */
  command?: string | undefined;
  /** Rows per INSERT statement. */
  batchSize?: number;
}

const INT_TYPES = new Set([20, 21, 23, 26]); // int8, int2, int4, oid
const NUMERIC = 1700;
const BOOL = 16;

/**
 * An idempotent seed file that recreates `table.rows` exactly: `INSERT ... ON CONFLICT (pk) DO UPDATE`, rows in
 * primary-key order, each value the literal text PostgreSQL printed for it (so arrays, json, bytea, timestamps and
 * numerics round-trip through their own input functions). Rows already equal are not touched (no new row versions,
 * no triggers); serial and identity sequences are moved past the loaded keys, never backwards.
 *
 * @example renderExtractedSeed(table, { description: 'admins' })
 */
export function renderExtractedSeed(table: ExtractedTable, options: RenderExtractOptions): string {
  const target = `${quoteIdent(table.schema)}.${quoteIdent(table.name)}`;
  const columns = table.columns;
  const keys = new Set(table.primaryKey);
  const updatable = columns.filter((c) => !keys.has(c.name) && c.identity !== 'a');
  const lines: string[] = [];
  lines.push(`-- Description: ${oneLine(options.description)}`);
  if (options.environment) lines.push(`-- Environment: ${options.environment}`);
  lines.push('-- Idempotent: true');
  lines.push('--');
  if (options.command) lines.push(`-- Written by \`${oneLine(options.command)}\`.`);
  lines.push(`-- ${table.rows.length} row(s) of ${table.schema}.${table.name}, in primary-key order. Running it again updates rows`);
  lines.push('-- that differ and leaves equal rows untouched.');
  if (table.rows.length === 0) {
    lines.push('', `-- No rows matched: nothing to insert into ${target}.`);
    return lines.join('\n') + '\n';
  }

  const batchSize = options.batchSize ?? 500;
  const columnList = columns.map((c) => quoteIdent(c.name)).join(', ');
  const overriding = columns.some((c) => c.identity === 'a') ? '\nOVERRIDING SYSTEM VALUE' : '';
  const conflict = `ON CONFLICT (${table.primaryKey.map(quoteIdent).join(', ')})`;
  const action =
    updatable.length === 0
      ? `${conflict} DO NOTHING`
      : [
          `${conflict} DO UPDATE SET`,
          updatable.map((c) => `  ${quoteIdent(c.name)} = EXCLUDED.${quoteIdent(c.name)}`).join(',\n'),
          // Compared as text: exact (1.50 differs from 1.5) and defined for every type, json included.
          `WHERE ROW(${updatable.map((c) => `t.${quoteIdent(c.name)}`).join(', ')})::text IS DISTINCT FROM ROW(${updatable
            .map((c) => `EXCLUDED.${quoteIdent(c.name)}`)
            .join(', ')})::text`,
        ].join('\n');

  for (let start = 0; start < table.rows.length; start += batchSize) {
    const batch = table.rows.slice(start, start + batchSize);
    lines.push('');
    lines.push(`INSERT INTO ${target} AS t (${columnList})${overriding}`);
    lines.push('VALUES');
    lines.push(batch.map((row) => `  (${row.map((value, i) => literal(value, columns[i]!)).join(', ')})`).join(',\n'));
    lines.push(`${action};`);
  }

  for (const column of columns.filter((c) => c.hasSequence)) {
    const tableText = quoteLiteral(target);
    const columnText = quoteLiteral(column.name);
    lines.push('');
    lines.push(`-- Move ${column.name}'s sequence past the loaded values (never backwards).`);
    lines.push(
      `SELECT setval(s.seq, s.max_value) FROM (SELECT pg_get_serial_sequence(${tableText}, ${columnText}) AS seq, max(${quoteIdent(column.name)}) AS max_value FROM ${target}) s`,
    );
    lines.push(`WHERE s.seq IS NOT NULL AND s.max_value > COALESCE(pg_sequence_last_value(s.seq::regclass), 0);`);
  }
  return lines.join('\n') + '\n';
}

function literal(value: string | null, column: ExtractedColumn): string {
  if (value === null) return 'NULL';
  if (INT_TYPES.has(column.typeOid) && /^-?\d+$/.test(value)) return value;
  if (column.typeOid === NUMERIC && /^-?\d+(\.\d+)?$/.test(value)) return value;
  if (column.typeOid === BOOL && (value === 'true' || value === 't')) return 'true';
  if (column.typeOid === BOOL && (value === 'false' || value === 'f')) return 'false';
  return quoteLiteral(value);
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

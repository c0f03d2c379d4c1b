/**
 * Fixture rows as JavaScript values typed the way Drizzle returns them (numbers, strings, booleans, `Date` for
 * date-mode timestamps, bigint for bigint-mode columns, parsed JSON), for the generated fixtures module.
 */
import type { RowSource } from './build-row-sources.ts';
import { textFormatter } from './format-value.ts';
import type { ColumnModel } from './model.ts';

/** One fixture: its name and its values by property name (columns the database fills are left out). */
export interface FixtureValues {
  name: string;
  values: [key: string, value: unknown][];
}

/** The fixtures of one table, computed by the engine (so generated and linked values are the real ones). */
export function fixtureValues(source: RowSource): FixtureValues[] {
  const names = Object.keys(source.plan.fixtures);
  const table = source.plan.table;
  const output = new Set(source.output.map((c) => c.column.name));
  return names.map((name, index) => {
    const row = source.row(index);
    const values: [string, unknown][] = [];
    table.columns.forEach((column, i) => {
      if (output.has(column.name)) values.push([column.key, drizzleValue(column, row[i])]);
    });
    return { name, values };
  });
}

/** A cell as Drizzle's select returns it for this column. */
export function drizzleValue(column: ColumnModel, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.arrayDimensions > 0 && Array.isArray(value)) {
    const element = { ...column, arrayDimensions: column.arrayDimensions - 1 };
    return value.map((v) => drizzleValue(element, v));
  }
  const text = textFormatter(column)(value);
  switch (column.kind) {
    case 'smallint':
    case 'integer':
    case 'real':
    case 'double':
      return typeof value === 'number' ? value : Number(text);
    case 'bigint':
      return column.mode === 'bigint' ? BigInt(text) : typeof value === 'number' ? value : Number(text);
    case 'boolean':
      return text === 't';
    case 'date':
    case 'timestamp':
    case 'timestamptz':
      if (column.mode !== 'date') return text;
      return value instanceof Date ? value : new Date(column.kind === 'date' ? `${text}T00:00:00.000Z` : text.replace(' ', 'T').replace(/\+00$/, 'Z'));
    case 'json':
    case 'jsonb':
      return value;
    default:
      return text;
  }
}

import type { InferInsertModel, Table } from 'drizzle-orm';
import type { ColumnRules } from './column-types.ts';
import { captureSource, type SourceLocation } from './source.ts';

/** What a table definition may say. */
export interface TableRules<T extends Table> {
  /** Rows to generate (before the scenario's volume multiplier). */
  count?: number;
  /** Generators per column; columns left out are inferred from their name and type. */
  columns?: ColumnRules<T>;
  /** Named rows placed first, with stable keys; generated rows fill the rest. */
  fixtures?: Record<string, Partial<InferInsertModel<T>>>;
  /** Infer generators for columns without a rule (default true). */
  infer?: boolean;
}

/** A frozen table definition, as `defineTable` returns it. */
export interface TableDefinition<T extends Table = Table> {
  readonly kind: 'table';
  readonly table: T;
  readonly rules: TableRules<T>;
  readonly source?: SourceLocation;
}

/**
 * Describes how to fill one Drizzle table.
 *
 * @example defineTable(users, { count: 100, columns: { email: g.email({ unique: true }) } })
 */
export function defineTable<T extends Table>(table: T, rules: TableRules<T> = {}): TableDefinition<T> {
  return Object.freeze({ kind: 'table', table, rules: Object.freeze({ ...rules }), source: captureSource() });
}

/** True for a value made by `defineTable`. */
export function isTableDefinition(value: unknown): value is TableDefinition {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'table';
}

import type { InferInsertModel, Table } from 'drizzle-orm';
import type { CheckTableRules } from './check-table-rules.ts';
import type { ColumnRules } from './column-types.ts';
import type { FixtureRows } from './fixture-ref.ts';
import { captureSource, type SourceLocation } from './source.ts';

/** What a table definition may say. */
export interface TableRules<T extends Table> {
  /** Rows to generate (before the scenario's volume multiplier). */
  count?: number;
  /** Generators per column; columns left out are inferred from their name and type. */
  columns?: ColumnRules<T>;
  /**
   * Named rows placed first (row 0, 1, ... in declaration order), with stable keys; generated rows fill the rest.
   * A value may be `g.fixture(otherDefinition, 'name')` to point a foreign key at another table's fixture.
   */
  fixtures?: Record<string, FixtureRows<InferInsertModel<T>>>;
  /** Infer generators for columns without a rule (default true). */
  infer?: boolean;
}

/** The loose shape `defineTable` accepts before checking it against the table (see check-table-rules.ts). */
export interface TableRulesInput {
  count?: number;
  columns?: { readonly [column: string]: unknown };
  fixtures?: { readonly [name: string]: { readonly [column: string]: unknown } };
  infer?: boolean;
}

/** A frozen table definition, as `defineTable` returns it. `F` names its fixtures (for `g.fixture`). */
export interface TableDefinition<T extends Table = Table, F extends string = string> {
  readonly kind: 'table';
  readonly table: T;
  readonly rules: TableRules<T>;
  readonly source?: SourceLocation;
  /** Phantom: the fixture names, so `g.fixture(definition, 'name')` is checked. Never set at run time. */
  readonly __fixtures?: readonly F[];
}

/** The fixture names of rules R, as a union of string literals. */
export type FixtureNamesOf<R> = R extends { fixtures?: infer F } ? (undefined extends F ? keyof Exclude<F, undefined> : keyof F) & string : never;

/**
 * Describes how to fill one Drizzle table. Rules are checked against the table at compile time: an unknown column,
 * a generator whose values do not fit, a `g.ref()` to a column of another type, or (with `infer: false`) a required
 * column without a rule is a type error that says what is wrong.
 *
 * @example defineTable(users, { count: 100, columns: { email: g.email({ unique: true }) }, fixtures: { admin: { email: 'admin@example.com' } } })
 */
export function defineTable<T extends Table, const R extends TableRulesInput = {}>(
  table: T,
  rules?: R & NoInfer<CheckTableRules<T, R>>,
): TableDefinition<T, FixtureNamesOf<R>> {
  const frozen = Object.freeze({ ...(rules ?? {}) }) as TableRules<T>;
  return Object.freeze({ kind: 'table', table, rules: frozen, source: captureSource() }) as TableDefinition<T, FixtureNamesOf<R>>;
}

/** True for a value made by `defineTable`. */
export function isTableDefinition(value: unknown): value is TableDefinition {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'table';
}

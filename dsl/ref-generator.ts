import type { Generator } from './generator.ts';

/** What a ref points at, as the type checker sees it: names for messages and the value type to compare. */
export interface RefTarget<TableName extends string, ColumnName extends string, V> {
  readonly table: TableName;
  readonly column: ColumnName;
  readonly value: V;
}

/**
 * A generator that copies another column's value (a foreign key's parent key), as `g.ref()` returns it. The phantom
 * `__refTarget` lets the type checker name both columns when their types differ.
 */
export interface RefGenerator<TableName extends string, ColumnName extends string, V> extends Generator<V> {
  /** Phantom: the column pointed at. Never set at run time. */
  readonly __refTarget?: RefTarget<TableName, ColumnName, V>;
}

/** A ref pinned to one named fixture row, as `g.fixture()` returns it. */
export interface FixtureRefGenerator<TableName extends string, Fixture extends string, ColumnName extends string, V> extends RefGenerator<TableName, ColumnName, V> {
  /** Phantom: the fixture pointed at. Never set at run time. */
  readonly __fixtureRef?: Fixture;
}

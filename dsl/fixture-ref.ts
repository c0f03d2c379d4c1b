import type { Table } from 'drizzle-orm';
import type { ColumnsOf } from './column-types.ts';
import { isTableDefinition, type TableDefinition } from './define-table.ts';
import { generator, type Generator } from './generator.ts';
import type { FixtureRefGenerator } from './ref-generator.ts';

/** The property name of the single-column primary key of T (never for composite or missing keys). */
type PrimaryKeyOf<T extends Table> = {
  [K in keyof ColumnsOf<T>]: ColumnsOf<T>[K]['_']['isPrimaryKey'] extends true ? K : never;
}[keyof ColumnsOf<T>];

/** The SQL name of T's primary key column, or `key` when T has no single-column primary key. */
type PrimaryKeyName<T extends Table> = [PrimaryKeyOf<T>] extends [never] ? 'key' : ColumnsOf<T>[PrimaryKeyOf<T>]['_']['name'];

/** The value of T's primary key, or unknown when T has no single-column primary key. */
type PrimaryKeyValue<T extends Table> = [PrimaryKeyOf<T>] extends [never] ? unknown : ColumnsOf<T>[PrimaryKeyOf<T>]['_']['data'];

/** A fixture row as stored: insert values, or `g.fixture(...)` for foreign keys. */
export type FixtureRows<Row> = { [K in keyof Row]?: Row[K] | Generator<unknown> };

/**
 * Pins a foreign key to a named fixture of the parent table: in `columns` every row points at it, in a fixture
 * only that row does. The key copied is the one the foreign key references (usually the parent's primary key).
 * Pass the parent's definition (fixture names are then checked), or its Drizzle table where the definition is not
 * in scope yet (a fixture pointing at another fixture of the same table).
 *
 * @example fixtures: { welcome: { authorId: g.fixture(usersDef, 'admin'), title: 'Welcome' } }
 */
export function fixtureRef<T extends Table, F extends string, const N extends F>(
  definition: TableDefinition<T, F>,
  name: N,
): FixtureRefGenerator<T['_']['name'], N, PrimaryKeyName<T>, PrimaryKeyValue<T>>;
export function fixtureRef<T extends Table, const N extends string>(table: T, name: N): FixtureRefGenerator<T['_']['name'], N, PrimaryKeyName<T>, PrimaryKeyValue<T>>;
export function fixtureRef(target: TableDefinition | Table, name: string): Generator<unknown> {
  const table = isTableDefinition(target) ? target.table : target;
  return generator('fixture', { table, fixture: name });
}

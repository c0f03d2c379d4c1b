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

/** The table of a definition (or the table itself). */
type TableOf<D> = D extends TableDefinition<infer T, string> ? T : D extends Table ? D : never;

/** Fixture names a target accepts: a definition's declared names, any name for a bare table. */
type FixtureNameOf<D> = D extends TableDefinition<Table, infer F> ? F : string;

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
export function fixtureRef<D extends TableDefinition<Table, string> | Table, const N extends FixtureNameOf<D>>(
  target: D,
  name: N,
): FixtureRefGenerator<TableOf<D>['_']['name'], N, PrimaryKeyName<TableOf<D>>, PrimaryKeyValue<TableOf<D>>> {
  const table = isTableDefinition(target) ? target.table : target;
  return generator('fixture', { table, fixture: name }) as never;
}

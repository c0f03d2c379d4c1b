import type { Column, Table } from 'drizzle-orm';
import type { DatabaseDefault } from './generators.ts';
import type { Generator } from './generator.ts';

/** The columns of a Drizzle table, keyed by their TypeScript property names. */
export type ColumnsOf<T extends Table> = T['_']['columns'];

type ColumnTypeName<C extends Column> = C['_']['columnType'];

type TemporalColumn = 'PgTimestamp' | 'PgTimestampString' | 'PgDate' | 'PgDateString' | 'PgTime';

type BigIntColumn = 'PgBigInt53' | 'PgBigInt64' | 'PgBigSerial53' | 'PgBigSerial64';

/** What a generator may produce for column C: its Drizzle data type, widened where the emitter converts losslessly. */
export type AcceptedValue<C extends Column> = ColumnTypeName<C> extends 'PgNumeric'
  ? string | number
  : ColumnTypeName<C> extends TemporalColumn
    ? Date | string
    : ColumnTypeName<C> extends BigIntColumn
      ? number | bigint
      : C['_']['data'];

type NullIfNullable<C extends Column> = C['_']['notNull'] extends true ? never : null;

type DefaultIfDefaulted<C extends Column> = C['_']['hasDefault'] extends true ? DatabaseDefault : never;

/** A rule for one column: a generator whose values fit the column. */
export type ColumnRule<C extends Column> =
  | Generator<AcceptedValue<C> | NullIfNullable<C>>
  | Generator<DefaultIfDefaulted<C>>;

/** Per-column rules for table T; unknown keys are type errors. */
export type ColumnRules<T extends Table> = {
  [K in keyof ColumnsOf<T>]?: ColumnRule<ColumnsOf<T>[K]>;
};

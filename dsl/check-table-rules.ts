/**
 * Type-level validation of `defineTable` rules against the Drizzle table. Each rule that cannot hold becomes a
 * `SeedforgeTypeError<'...'>` at the offending property, so the editor says what is wrong and where.
 */
import type { Column, Table } from 'drizzle-orm';
import type { AcceptedValue, ColumnsOf } from './column-types.ts';
import type { DatabaseDefault } from './generators.ts';
import type { RefTarget } from './ref-generator.ts';
import type { SeedforgeTypeError } from './type-error.ts';

/** The SQL name of table T. */
type TableName<T extends Table> = T['_']['name'];

/** `users.displayName`: how messages name a column (by the property the user writes). */
type ColumnLabel<T extends Table, K> = `${TableName<T>}.${K & string}`;

/** The value a generator descriptor produces (read from its phantom field). */
export type GeneratedValue<G> = G extends { readonly __value?: () => infer V } ? V : never;

/** The column a `g.ref()` or `g.fixture()` descriptor points at (read from its phantom field). */
export type RefTargetOf<G> = G extends { readonly __refTarget?: infer C } ? Exclude<C, undefined> : never;

/** The fixture a `g.fixture()` descriptor points at. */
type FixtureOf<G> = G extends { readonly __fixtureRef?: infer F } ? Exclude<F, undefined> : never;

/** A short name for a type of values, for messages (a union of string literals is an enum). */
type LabelOf<V> = [V] extends [string]
  ? string extends V
    ? 'strings'
    : 'values of its enum'
  : [V] extends [number]
    ? 'numbers'
    : [V] extends [boolean]
      ? 'booleans'
      : [V] extends [Date | string]
        ? 'dates (Date or ISO string)'
        : [V] extends [number | bigint]
          ? 'integers (number or bigint)'
          : [V] extends [string | number]
            ? 'decimals (string or number)'
            : [V] extends [readonly unknown[]]
              ? 'arrays'
              : 'JSON values';

/** A short name for the values column C stores. */
type ValueLabel<C extends Column> = LabelOf<AcceptedValue<C>>;

/** NULL fits nullable columns only. */
type NullFor<C extends Column> = C['_']['notNull'] extends true ? never : null;

/** `g.default()` fits a column with a DEFAULT, or a nullable one (it is then NULL). */
type DefaultFor<C extends Column> = C['_']['hasDefault'] extends true ? DatabaseDefault : C['_']['notNull'] extends true ? never : DatabaseDefault;

/** Everything a generator for column C may produce. */
export type FitsColumn<C extends Column> = AcceptedValue<C> | NullFor<C> | DefaultFor<C>;

type UnknownColumnMessage<T extends Table, K> = `${TableName<T>} has no column "${K & string}": use a property name of the Drizzle table.`;

type NotNullMessage<T extends Table, K> = `${ColumnLabel<T, K>} is NOT NULL, but this generator can make NULL: remove .nullable().`;

type DefaultMessage<T extends Table, K> = `g.default() needs a DEFAULT, but ${ColumnLabel<T, K>} has none and is NOT NULL: add .default() to the schema or use a generator.`;

type MismatchMessage<T extends Table, K, C extends Column> = `${ColumnLabel<T, K>} stores ${ValueLabel<C>}; this generator makes values of another type.`;

type RefMessage<T extends Table, K, C extends Column, Target> = Target extends RefTarget<infer TableName, infer ColumnName, infer V>
  ? `g.ref() points at ${TableName}.${ColumnName}, which stores ${LabelOf<V>}, but ${ColumnLabel<T, K>} stores ${ValueLabel<C>}.`
  : never;

type FixtureRefMessage<T extends Table, K, C extends Column, Target, Fixture> = Target extends RefTarget<infer TableName, infer ColumnName, infer V>
  ? `g.fixture() points at ${TableName} fixture "${Fixture & string}" (${TableName}.${ColumnName} stores ${LabelOf<V>}), but ${ColumnLabel<T, K>} stores ${ValueLabel<C>}.`
  : never;

type NotAGeneratorMessage<T extends Table, K> = `${ColumnLabel<T, K>}: a column rule must be a generator such as g.int() or g.constant(value).`;

/** Why a generator with value V does not fit column C (one conditional per reason). */
type ValueError<T extends Table, K, C extends Column, V> = [Exclude<V, null>] extends [FitsColumn<C>]
  ? SeedforgeTypeError<NotNullMessage<T, K>>
  : [V] extends [DatabaseDefault]
    ? SeedforgeTypeError<DefaultMessage<T, K>>
    : SeedforgeTypeError<MismatchMessage<T, K, C>>;

/** A ref whose target column stores another type gets a message naming both columns. */
type RefCheck<T extends Table, K, C extends Column, Rule> = [RefTargetOf<Rule>] extends [never]
  ? ValueError<T, K, C, GeneratedValue<Rule>>
  : [Exclude<GeneratedValue<Rule>, null>] extends [FitsColumn<C>]
    ? ValueError<T, K, C, GeneratedValue<Rule>>
    : [FixtureOf<Rule>] extends [never]
      ? SeedforgeTypeError<RefMessage<T, K, C, RefTargetOf<Rule>>>
      : SeedforgeTypeError<FixtureRefMessage<T, K, C, RefTargetOf<Rule>, FixtureOf<Rule>>>;

/** The rule itself when it fits column C, else the reason it does not. */
export type CheckColumnRule<T extends Table, K, C extends Column, Rule> = Rule extends { readonly kind: 'generator' }
  ? [GeneratedValue<Rule>] extends [FitsColumn<C>]
    ? Rule
    : RefCheck<T, K, C, Rule>
  : SeedforgeTypeError<NotAGeneratorMessage<T, K>>;

/** One entry of `columns`: the rule when it fits, else the reason; unknown columns are errors. */
export type CheckColumnEntry<T extends Table, K, Rule> = K extends keyof ColumnsOf<T>
  ? [Rule] extends [undefined]
    ? Rule
    : CheckColumnRule<T, K, ColumnsOf<T>[K], Exclude<Rule, undefined>> | Extract<Rule, undefined>
  : SeedforgeTypeError<UnknownColumnMessage<T, K>>;

type IsIntegerKind<C extends Column> = [C['_']['data']] extends [number | bigint] ? true : false;

/**
 * A column the compiler cannot fill without a rule when inference is off: NOT NULL, no DEFAULT, and not an
 * integer primary key (those are numbered 1..n). Foreign keys are included: with `infer: false`, say `g.ref(...)`.
 */
type IsRequired<C extends Column> = C['_']['notNull'] extends true
  ? C['_']['hasDefault'] extends true
    ? false
    : C['_']['isPrimaryKey'] extends true
      ? IsIntegerKind<C> extends true
        ? false
        : true
      : true
  : false;

/** Keys of the columns of T that need a rule when `infer: false`. */
export type RequiredColumnKeys<T extends Table> = {
  [K in keyof ColumnsOf<T>]: IsRequired<ColumnsOf<T>[K]> extends true ? K : never;
}[keyof ColumnsOf<T>];

type ColumnsIn<R> = R extends { columns?: infer C } ? (undefined extends C ? Exclude<C, undefined> : C) : {};

type MissingRequired<T extends Table, R> = R extends { infer: false } ? Exclude<RequiredColumnKeys<T>, keyof ColumnsIn<R>> : never;

type MissingRuleMessage<T extends Table, K> = `infer is false, so ${TableName<T>}.${K & string} (NOT NULL, no default) needs a generator.`;

/** With `infer: false`, `columns` must name every required column. */
type CheckRequired<T extends Table, R> = [MissingRequired<T, R>] extends [never]
  ? unknown
  : { columns: { [K in MissingRequired<T, R>]: SeedforgeTypeError<MissingRuleMessage<T, K>> } };

type FixtureValueMessage<T extends Table, N, K, C extends Column> = `fixture "${N & string}": ${TableName<T>}.${K & string} stores ${ValueLabel<C>}${C['_']['notNull'] extends true ? ' and is NOT NULL' : ''}; this value does not fit.`;

type FixtureGeneratorMessage<T extends Table, N, K> = `fixture "${N & string}": ${TableName<T>}.${K & string} takes a plain value or g.fixture(definition, 'name'), not a generator.`;

type FixtureUnknownColumnMessage<T extends Table, N, K> = `fixture "${N & string}": ${TableName<T>} has no column "${K & string}".`;

/** Arrays written in a `const` context are readonly tuples; compare them as plain arrays. */
type Widened<V> = V extends readonly (infer E)[] ? E[] : V;

/**
 * A plain fixture value fits what an insert accepts: the column's values, or NULL when nullable. NULL in a NOT NULL
 * column is reported on the row (see CheckFixtureRow): `null & error` would collapse to an unreadable `never`.
 */
type FixturePlainCheck<T extends Table, N, K, C extends Column, V> = [V] extends [null]
  ? V
  : [Widened<V>] extends [AcceptedValue<C> | NullFor<C>]
    ? V
    : SeedforgeTypeError<FixtureValueMessage<T, N, K, C>>;

/** Keys of a fixture row that set a NOT NULL column to NULL. */
type NullViolations<T extends Table, Row> = {
  [K in keyof Row]: K extends keyof ColumnsOf<T> ? ([Row[K]] extends [null] ? (ColumnsOf<T>[K]['_']['notNull'] extends true ? K : never) : never) : never;
}[keyof Row];

type FixtureNullMessage<T extends Table, N, K> = `fixture "${N & string}": ${TableName<T>}.${K & string} is NOT NULL; give it a value or leave it out.`;

/** One fixture row: every value checked, plus NULLs in NOT NULL columns reported on the row. */
type CheckFixtureRow<T extends Table, N, Row> = { [C in keyof Row]: CheckFixtureValue<T, N, C, Row[C]> } & ([NullViolations<T, Row>] extends [never]
  ? unknown
  : SeedforgeTypeError<FixtureNullMessage<T, N, NullViolations<T, Row>>>);

/** A generator in a fixture must be `g.fixture(...)` whose key fits the column. */
type FixtureGeneratorCheck<T extends Table, N, K, C extends Column, V> = [FixtureOf<V>] extends [never]
  ? SeedforgeTypeError<FixtureGeneratorMessage<T, N, K>>
  : CheckColumnRule<T, K, C, V>;

/** One value of one fixture row. */
type CheckFixtureValue<T extends Table, N, K, V> = K extends keyof ColumnsOf<T>
  ? V extends { readonly kind: 'generator' }
    ? FixtureGeneratorCheck<T, N, K, ColumnsOf<T>[K], V>
    : FixturePlainCheck<T, N, K, ColumnsOf<T>[K], V>
  : SeedforgeTypeError<FixtureUnknownColumnMessage<T, N, K>>;

type UnknownOptionMessage<K> = `defineTable has no option "${K & string}": use count, columns, fixtures or infer.`;

/** Known top-level options of a table definition. */
export type TableRuleKey = 'count' | 'columns' | 'fixtures' | 'infer';

/** The checks `defineTable` intersects with the rules it is given. */
export type CheckTableRules<T extends Table, R> = {
  [K in keyof R]: K extends 'columns'
    ? { [C in keyof R[K]]: CheckColumnEntry<T, C, R[K][C]> }
    : K extends 'fixtures'
      ? { [N in keyof R[K]]: CheckFixtureRow<T, N, R[K][N]> }
      : K extends TableRuleKey
        ? unknown
        : SeedforgeTypeError<UnknownOptionMessage<K>>;
} & CheckRequired<T, R>;

/**
 * Type-level checks of a scenario or config against its schema module: every table definition must be for a
 * table of that schema, and every `counts` key must name one of its tables.
 */
import type { Table } from 'drizzle-orm';
import type { TableDefinition } from './define-table.ts';
import type { SeedforgeTypeError } from './type-error.ts';

/** The Drizzle tables a schema module exports. */
type SchemaTableOf<S> = { [K in keyof S]: S[K] extends Table ? S[K] : never }[keyof S];

/** Names `counts` accepts: export names and SQL names. */
export type SchemaTableName<S> = { [K in keyof S]: S[K] extends Table ? (K & string) | S[K]['_']['name'] : never }[keyof S];

type ForeignTableMessage<T extends Table> = `defineTable(${T['_']['name']}): this table is not in the schema module of this scenario; export it from that schema, or give the scenario the schema it belongs to.`;

type UnknownCountMessage<K> = `counts: the schema has no table "${K & string}"; use a table's SQL name or export name.`;

/** One entry of `tables`: itself when its table is in the schema, else the reason. */
type CheckTableEntry<S, D> = D extends TableDefinition<infer T, string>
  ? [T] extends [SchemaTableOf<S>]
    ? D
    : SeedforgeTypeError<ForeignTableMessage<T>>
  : D;

type CheckTables<S, Tables> = { [I in keyof Tables]: CheckTableEntry<S, Tables[I]> };

type CheckCounts<S, Counts> = { [K in keyof Counts]: K extends SchemaTableName<S> ? Counts[K] : SeedforgeTypeError<UnknownCountMessage<K>> };

/** A module type that is only known as "some record" cannot be checked. */
type IsSpecific<S> = string extends keyof S ? false : true;

type TablesCheck<S, O> = O extends { tables?: infer Tables } ? { tables?: CheckTables<S, Exclude<Tables, undefined>> } : unknown;

type CountsCheck<S, O> = O extends { counts?: infer Counts } ? { counts?: CheckCounts<S, Exclude<Counts, undefined>> } : unknown;

type UnknownOptionMessage<Fn extends string, K> = `${Fn} has no option "${K & string}".`;

/** Options the function does not know are errors (the inferred options type would otherwise accept them). */
type KnownOptionsCheck<O, Known, Fn extends string> = { [K in Exclude<keyof O, keyof Known>]: SeedforgeTypeError<UnknownOptionMessage<Fn, K>> };

/** The checks `defineScenario` and `defineConfig` intersect with their options when a schema is given. */
export type CheckSchemaTables<O> = O extends { schema: infer S }
  ? IsSpecific<S> extends true
    ? TablesCheck<S, O> & CountsCheck<S, O>
    : unknown
  : unknown;

/** Everything `defineScenario` / `defineConfig` check: known option names, then tables and counts against the schema. */
export type CheckOptions<O, Known, Fn extends string> = KnownOptionsCheck<O, Known, Fn> & CheckSchemaTables<O>;

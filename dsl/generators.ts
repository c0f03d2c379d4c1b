import type { Column } from 'drizzle-orm';
import { fixtureRef } from './fixture-ref.ts';
import { generator, type Generator } from './generator.ts';
import type { RefGenerator } from './ref-generator.ts';

/** Marks a column whose value the database's DEFAULT supplies (the column is left out of the load). */
export interface DatabaseDefault {
  readonly __databaseDefault: true;
}

/** A postal address, as `g.address()` produces it. */
export interface Address {
  street: string;
  city: string;
  state: string;
  zip: string;
  country: string;
}

/** Date range options shared by `g.date` and `g.timestamp`. Relative ranges count from the config's reference date. */
export interface DateRange {
  /** Inclusive lower bound (ISO string or Date). */
  from?: string | Date;
  /** Inclusive upper bound (ISO string or Date). */
  to?: string | Date;
  /** Within the N days before the reference date. */
  pastDays?: number;
  /** Within the N days after the reference date. */
  futureDays?: number;
}

/** How a foreign key picks its parent rows. */
export interface RefOptions {
  /** `uniform` (default) or `zipf` (a few parents are very popular). */
  distribution?: 'uniform' | 'zipf';
  /** Zipf exponent, default 1. */
  zipfExponent?: number;
  /** Children per parent: the child count becomes the sum over parents. */
  perParent?: number | { min: number; max: number };
  /** One child per parent at most (one-to-one). */
  unique?: boolean;
}

type ShapeValue<S> = S extends Generator<infer V> ? V : S extends Record<string, unknown> ? { [K in keyof S]: ShapeValue<S[K]> } : S;

/** Values a `derive` function sees: the other columns of the same row. */
export type DeriveRow = Record<string, unknown>;

/** Extra inputs to a `derive` function: the row index and a deterministic random number in [0, 1) for this cell. */
export interface DeriveContext {
  readonly index: number;
  readonly random: () => number;
}

/**
 * The generator catalogue. Every entry returns a descriptor (data); the compiler runs it.
 *
 * @example columns: { email: g.email({ domain: 'example.com', unique: true }), age: g.int({ min: 18, max: 90 }) }
 */
export const g = {
  /** Integer in [min, max] (defaults follow the column type). */
  int: (options: { min?: number; max?: number; unique?: boolean } = {}) => generator<number>('int', options),
  /** Floating-point number in [min, max), rounded to `decimals` when given. */
  float: (options: { min?: number; max?: number; decimals?: number } = {}) => generator<number>('float', options),
  /** Exact decimal string with `scale` digits after the point (for numeric columns). */
  decimal: (options: { min?: number; max?: number; scale?: number } = {}) => generator<string>('decimal', options),
  /** true with the given probability (default 0.5). */
  boolean: (options: { probability?: number } = {}) => generator<boolean>('boolean', options),
  /** A version-4 UUID derived from the cell key (unique per column). */
  uuid: () => generator<string>('uuid', {}),
  /** Random string of letters and digits. */
  string: (options: { length?: number; min?: number; max?: number; alphabet?: string; unique?: boolean } = {}) =>
    generator<string>('string', options),
  /** `#` digit, `?` letter, `*` letter or digit, anything else literal: `pattern('INV-####')`. */
  pattern: (pattern: string, options: { unique?: boolean } = {}) => generator<string>('pattern', { pattern, ...options }),
  word: () => generator<string>('word', {}),
  words: (options: { min?: number; max?: number } = {}) => generator<string>('words', options),
  sentence: (options: { min?: number; max?: number } = {}) => generator<string>('sentence', options),
  paragraph: (options: { min?: number; max?: number } = {}) => generator<string>('paragraph', options),
  paragraphs: (options: { min?: number; max?: number } = {}) => generator<string>('paragraphs', options),
  firstName: () => generator<string>('firstName', {}),
  lastName: () => generator<string>('lastName', {}),
  fullName: () => generator<string>('fullName', {}),
  username: (options: { unique?: boolean } = {}) => generator<string>('username', options),
  email: (options: { domain?: string; unique?: boolean } = {}) => generator<string>('email', options),
  phone: () => generator<string>('phone', {}),
  /** A whole address as an object (for json columns). */
  address: () => generator<Address>('address', {}),
  street: () => generator<string>('street', {}),
  city: () => generator<string>('city', {}),
  state: () => generator<string>('state', {}),
  country: (options: { code?: boolean } = {}) => generator<string>('country', options),
  zip: () => generator<string>('zip', {}),
  company: () => generator<string>('company', {}),
  jobTitle: () => generator<string>('jobTitle', {}),
  url: () => generator<string>('url', {}),
  imageUrl: (options: { width?: number; height?: number } = {}) => generator<string>('imageUrl', options),
  avatar: () => generator<string>('avatar', {}),
  /** URL slug of a few words; unique ones end with a short index-derived suffix. */
  slug: (options: { words?: number; unique?: boolean } = {}) => generator<string>('slug', options),
  /** Money amount in [min, max] with two decimals. */
  price: (options: { min?: number; max?: number } = {}) => generator<number>('price', options),
  /** Amount in [min, max] with `scale` decimals (default 2). */
  amount: (options: { min?: number; max?: number; scale?: number } = {}) => generator<number>('amount', options),
  /** Calendar date (time 00:00 UTC). */
  date: (range: DateRange = {}) => generator<Date>('date', range),
  /** Instant with millisecond precision. */
  timestamp: (range: DateRange = {}) => generator<Date>('timestamp', range),
  /** One of the values; `weights` (same length) make some likelier. */
  oneOf: <const T>(values: readonly T[], options: { weights?: readonly number[] } = {}) =>
    generator<T>('oneOf', { values, ...options }),
  /** The same value in every row. */
  constant: <const T>(value: T) => generator<T>('constant', { value }),
  /** start, start+step, ...; with `template` ('INV-{n}') a string, `pad` zero-pads n. */
  sequence: ((options: { start?: number; step?: number; template?: string; pad?: number } = {}) =>
    generator('sequence', options)) as {
    (options?: { start?: number; step?: number }): Generator<number>;
    (options: { start?: number; step?: number; template: string; pad?: number }): Generator<string>;
  },
  /** A foreign key to `column` of another table (or the same table). */
  ref: <C extends Column>(column: C, options: RefOptions = {}): RefGenerator<C['_']['tableName'], C['_']['name'], C['_']['data']> =>
    generator<C['_']['data']>('ref', { column, ...options }),
  /**
   * A foreign key pinned to a named fixture of the parent's definition (every row in `columns`, one row in `fixtures`).
   *
   * @example fixtures: { welcome: { authorId: g.fixture(usersDef, 'admin') } }
   */
  fixture: fixtureRef,
  /**
   * A value computed from the other columns of the same row.
   *
   * @example slug: g.derive((row) => String(row.title).toLowerCase().replace(/\W+/g, '-'))
   */
  derive: <V>(fn: (row: DeriveRow, context: DeriveContext) => V) => generator<V>('derive', { fn }),
  /** A JSON object whose fields are generators or constants. */
  json: <const S extends Record<string, unknown>>(shape: S) => generator<ShapeValue<S>>('json', { shape }),
  /** An array of `of` values, between min and max long. */
  array: <T>(of: Generator<T>, options: { min?: number; max?: number } = {}) => generator<T[]>('array', { of, ...options }),
  /** Leave the column to the database DEFAULT. */
  default: () => generator<DatabaseDefault>('default', {}),
} as const;

/** The generator catalogue's type. */
export type GeneratorCatalogue = typeof g;

import type { ColumnModel, TableModel } from '../model.ts';
import type { Key64, Rng } from '../random.ts';

/**
 * Limits a generated value must respect, gathered by the planner from the column type and simple CHECKs.
 * Numeric bounds are inclusive.
 */
export interface ValueConstraints {
  min?: number;
  max?: number;
  /** Only these values are allowed (enum labels, `IN (...)` checks). */
  allowed?: readonly (string | number)[];
  /** A `LIKE` pattern every value must match (`%` any run, `_` one character). */
  like?: string;
  /** Maximum string length (varchar/char length, length checks). */
  maxLength?: number;
  minLength?: number;
}

/** What a generator implementation knows when it is created for one column. */
export interface GeneratorContext {
  table: TableModel;
  column: ColumnModel;
  /** The fixed "now" (config referenceDate) as epoch milliseconds; never the wall clock. */
  referenceTime: number;
  /** Rows this column will be generated for. */
  count: number;
  /**
   * The column's 64-bit key (from seed, table, column and generator version), the same key its cells are hashed from.
   * Keys the permutations behind unique values, so they change with the seed. When absent, a key derived from the
   * table and column names is used (seed-independent): the engine should always pass it.
   */
  key?: Key64;
  constraints: ValueConstraints;
  /** Builds a nested generator (for json shapes and arrays): same column context, nested options. */
  nested(descriptor: unknown, path: string): ValueFn;
}

/**
 * Produces the value of one cell. Pure: the same rng state and index give the same value.
 * `index` is the row index (0-based); unique generators embed it so values never collide.
 */
export type ValueFn = (rng: Rng, index: number) => unknown;

/** Raised by `create` for bad options; the compiler turns it into a diagnostic naming the table and column. */
export class GeneratorOptionError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'GeneratorOptionError';
  }
}

/** One algorithm of the `g.*` catalogue, at one version. */
export interface GeneratorImpl {
  /** The descriptor `type`, e.g. `email`. */
  name: string;
  /** Algorithm version; bump when output changes and keep the previous implementation registered. */
  version: number;
  /** Column kinds this generator's values can be stored in (checked by the compiler). */
  accepts: readonly ColumnModel['kind'][] | 'any';
  /** Builds the value function. Throws GeneratorOptionError for invalid options or impossible constraints. */
  create(options: Readonly<Record<string, unknown>>, ctx: GeneratorContext): ValueFn;
  /**
   * For `unique` columns: a value function injective in `index` over [0, count), or a GeneratorOptionError
   * when `count` values cannot be distinct (name the domain size in the message).
   * Absent: the generator cannot promise unique values.
   */
  createUnique?(options: Readonly<Record<string, unknown>>, ctx: GeneratorContext): ValueFn;
}

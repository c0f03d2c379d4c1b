/**
 * A generator descriptor: plain frozen data naming an algorithm and its options.
 * The compiler turns descriptors into functions; user code never runs them.
 *
 * @example g.email({ domain: 'example.com' }).nullable(0.1)
 */
export interface Generator<T> {
  readonly kind: 'generator';
  /** Algorithm name, e.g. `email`. */
  readonly type: string;
  readonly options: Readonly<Record<string, unknown>>;
  /** Fraction of rows (0..1) that get NULL. */
  readonly nullFraction?: number;
  /** Every row gets a distinct value (an injective construction, never retries). */
  readonly unique?: boolean;
  /** Pinned algorithm version; when absent the current version is used and recorded. */
  readonly version?: number;
  /** Phantom: the value type this generator produces. Never set at run time. */
  readonly __value?: () => T;
  /** NULL in `fraction` of the rows (default 0.1). */
  nullable(fraction?: number): Generator<T | null>;
  /** Distinct values in every row; infeasible domains are compile errors. */
  asUnique(): Generator<T>;
  /** Pin an algorithm version so upgrades never rewrite committed artifacts. */
  atVersion(version: number): Generator<T>;
}

const methods = {
  nullable<T>(this: Generator<T>, fraction = 0.1): Generator<T | null> {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new RangeError(`nullable(${fraction}): the fraction must be between 0 and 1`);
    }
    return withFields(this, { nullFraction: fraction }) as Generator<T | null>;
  },
  asUnique<T>(this: Generator<T>): Generator<T> {
    return withFields(this, { unique: true });
  },
  atVersion<T>(this: Generator<T>, version: number): Generator<T> {
    return withFields(this, { version });
  },
};

const proto = Object.freeze(Object.assign(Object.create(null), methods));

interface Fields {
  type: string;
  options: Record<string, unknown>;
  nullFraction?: number;
  unique?: boolean;
  version?: number;
}

function build<T>(fields: Fields): Generator<T> {
  const value = Object.create(proto) as Record<string, unknown>;
  value.kind = 'generator';
  value.type = fields.type;
  value.options = Object.freeze({ ...fields.options });
  if (fields.nullFraction !== undefined) value.nullFraction = fields.nullFraction;
  if (fields.unique !== undefined) value.unique = fields.unique;
  if (fields.version !== undefined) value.version = fields.version;
  return Object.freeze(value) as unknown as Generator<T>;
}

function withFields<T>(gen: Generator<T>, extra: Partial<Fields>): Generator<T> {
  return build<T>({
    type: gen.type,
    options: { ...gen.options },
    nullFraction: gen.nullFraction,
    unique: gen.unique,
    version: gen.version,
    ...extra,
  });
}

/** Creates a descriptor; `unique` in options becomes the descriptor's unique flag. */
export function generator<T>(type: string, options: object = {}): Generator<T> {
  const { unique, ...rest } = options as Record<string, unknown> & { unique?: boolean };
  return build<T>({ type, options: rest, unique: unique === true ? true : undefined });
}

/** True for any seedforge generator descriptor, whichever copy of the package made it. */
export function isGenerator(value: unknown): value is Generator<unknown> {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'generator';
}

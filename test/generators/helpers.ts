import { isGenerator } from '../../dsl/generator.ts';
import { getGenerator } from '../../compiler/generators/registry.ts';
import type { GeneratorContext, ValueConstraints, ValueFn } from '../../compiler/generators/types.ts';
import type { ColumnKind, ColumnModel, TableModel } from '../../compiler/model.ts';
import { cellRng, hashKey } from '../../compiler/random.ts';

/** Fixed seeds every generator is tested with (as faker does). */
export const SEEDS = [42, 1337, 1211] as const;

/** 2026-01-01T00:00:00Z, the default reference date. */
export const REFERENCE_TIME = Date.UTC(2026, 0, 1);

const SQL_TYPES: Partial<Record<ColumnKind, string>> = {
  smallint: 'smallint',
  integer: 'integer',
  bigint: 'bigint',
  real: 'real',
  double: 'double precision',
  boolean: 'boolean',
  text: 'text',
  uuid: 'uuid',
  date: 'date',
  timestamp: 'timestamp without time zone',
  timestamptz: 'timestamp with time zone',
  json: 'json',
  jsonb: 'jsonb',
};

export function column(kind: ColumnKind, extra: Partial<ColumnModel> = {}): ColumnModel {
  let sqlType = SQL_TYPES[kind] ?? kind;
  if (kind === 'varchar' && extra.length !== undefined) sqlType = `character varying(${extra.length})`;
  if (kind === 'char' && extra.length !== undefined) sqlType = `character(${extra.length})`;
  if (kind === 'numeric' && extra.precision !== undefined) sqlType = `numeric(${extra.precision},${extra.scale ?? 0})`;
  return {
    name: 'value',
    key: 'value',
    kind,
    sqlType,
    notNull: true,
    hasDefault: false,
    sequence: null,
    arrayDimensions: 0,
    ...extra,
  };
}

export function table(columns: ColumnModel[], extra: Partial<TableModel> = {}): TableModel {
  return { id: 'public.things', schema: 'public', name: 'things', columns, primaryKey: [], uniques: [], foreignKeys: [], checks: [], ...extra };
}

export interface ContextOptions {
  count?: number;
  constraints?: ValueConstraints;
  referenceTime?: number;
  seed?: number;
  table?: TableModel;
}

/** A generator context for one column, with `nested` built from the registry like the engine does. */
export function context(col: ColumnModel, options: ContextOptions = {}): GeneratorContext {
  const tbl = options.table ?? table([col]);
  const ctx: GeneratorContext = {
    table: tbl,
    column: col,
    referenceTime: options.referenceTime ?? REFERENCE_TIME,
    count: options.count ?? 1000,
    key: hashKey(options.seed ?? 42, tbl.id, col.name, 'key'),
    constraints: options.constraints ?? {},
    nested(descriptor, path) {
      if (!isGenerator(descriptor)) throw new Error(`not a generator at ${path}`);
      const impl = getGenerator(descriptor.type, descriptor.version);
      if (!impl) throw new Error(`unknown generator ${descriptor.type}`);
      const inner = { ...ctx, constraints: {} };
      return descriptor.unique && impl.createUnique ? impl.createUnique(descriptor.options, inner) : impl.create(descriptor.options, inner);
    },
  };
  return ctx;
}

/** Builds the value function of generator `name` (unique when asked). */
export function build(name: string, options: Record<string, unknown>, ctx: GeneratorContext, unique = false): ValueFn {
  const impl = getGenerator(name);
  if (!impl) throw new Error(`unknown generator ${name}`);
  if (unique) {
    if (!impl.createUnique) throw new Error(`${name} has no createUnique`);
    return impl.createUnique(options, ctx);
  }
  return impl.create(options, ctx);
}

/** Values of rows [0, n) with cell streams keyed by seed, table and column. */
export function sample(fn: ValueFn, n: number, seed = 42, salt = 'value'): unknown[] {
  const key = hashKey(seed, 'public.things', salt, 1);
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) out.push(fn(cellRng(key, i), i));
  return out;
}

/** Values for one generator in one step: `generate('email', {}, column('text'))`. */
export function generate(name: string, options: Record<string, unknown>, col: ColumnModel, n = 200, ctxOptions: ContextOptions = {}, unique = false): unknown[] {
  const ctx = context(col, { count: n, ...ctxOptions });
  return sample(build(name, options, ctx, unique), n, ctxOptions.seed ?? 42);
}

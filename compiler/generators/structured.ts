import { isGenerator } from '../../dsl/generator.ts';
import { hashKey, mix32, rngFromKey, type Key64, type Rng } from '../random.ts';
import { checkOptionNames, columnName, countRange, JSON_KINDS, label, show } from './options.ts';
import { GeneratorOptionError, type GeneratorContext, type GeneratorImpl } from './types.ts';

/**
 * Structured values: json (an object whose fields are generators or constants) and array (of another generator).
 * Each field and element draws from its own sub-stream keyed by its path or position, so adding a field to a shape
 * changes no other field, and a longer array keeps its first elements.
 */

type Options = Readonly<Record<string, unknown>>;

/** A deterministic child stream of `rng` for one field or element (`salt` from its path or index). */
function childRng(base: Key64, salt: Key64): Rng {
  return rngFromKey({ hi: mix32(base.hi ^ salt.hi), lo: mix32(base.lo ^ salt.lo ^ 0x2545f491) });
}

function baseKey(rng: Rng): Key64 {
  return { hi: rng.u32(), lo: rng.u32() };
}

/** Compiles one shape value: generators become value functions, plain objects and arrays recurse, others stay constant. */
function compileShape(value: unknown, path: string, ctx: GeneratorContext): (base: Key64, index: number) => unknown {
  if (isGenerator(value)) {
    const fn = ctx.nested(value, path);
    const salt = hashKey('json', path);
    return (base, index) => fn(childRng(base, salt), index);
  }
  if (Array.isArray(value)) {
    const items = value.map((item, i) => compileShape(item, `${path}[${i}]`, ctx));
    return (base, index) => items.map((item) => item(base, index));
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).map(([key, field]) => [key, compileShape(field, path ? `${path}.${key}` : key, ctx)] as const);
    return (base, index) => {
      const out: Record<string, unknown> = {};
      for (const [key, field] of entries) out[key] = field(base, index);
      return out;
    };
  }
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint' || (typeof value === 'number' && !Number.isFinite(value))) {
    throw new GeneratorOptionError(`${label('json')}: the value at "${path}" (${show(value)}) cannot be stored as JSON`, 'Use a generator, a string, a finite number, a boolean, null, an array or an object.');
  }
  return () => value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const json: GeneratorImpl = {
  name: 'json',
  version: 1,
  accepts: JSON_KINDS,
  create(options, ctx) {
    checkOptionNames('json', options, ['shape']);
    const shape = options.shape;
    if (!isPlainObject(shape)) {
      throw new GeneratorOptionError(`${label('json')} needs an object shape, got ${show(shape)}`, 'Pass an object: g.json({ theme: g.oneOf([\'light\', \'dark\']) }).');
    }
    const build = compileShape(shape, '', ctx);
    return (rng, index) => build(baseKey(rng), index);
  },
};

const array: GeneratorImpl = {
  name: 'array',
  version: 1,
  accepts: 'any',
  create(options, ctx) {
    checkOptionNames('array', options, ['of', 'min', 'max']);
    const { column } = ctx;
    if (column.arrayDimensions === 0 && !(JSON_KINDS as readonly string[]).includes(column.kind)) {
      throw new GeneratorOptionError(
        `${label('array')} makes arrays but ${columnName(column)} is ${column.sqlType || column.kind}, not an array or json column`,
        'Use an array column type (e.g. text().array()) or json/jsonb, or a scalar generator.',
      );
    }
    if (!isGenerator(options.of)) {
      throw new GeneratorOptionError(`${label('array')} needs a generator for its elements, got ${show(options.of)}`, 'Pass one: g.array(g.word(), { min: 1, max: 5 }).');
    }
    const { min, max } = countRange('array', options, { min: 1, max: 3 }, 0);
    const element = ctx.nested(options.of, '[]');
    const salts = Array.from({ length: Math.min(max, 1024) }, (_, i) => hashKey('array', i));
    const spread = max - min + 1;
    return (rng, index) => {
      const length = min + Math.floor(rng.float() * spread);
      const base = baseKey(rng);
      const out = new Array<unknown>(length);
      for (let i = 0; i < length; i++) out[i] = element(childRng(base, salts[i] ?? hashKey('array', i)), index);
      return out;
    };
  },
};

export const structuredGenerators: readonly GeneratorImpl[] = [json, array];

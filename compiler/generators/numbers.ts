import type { Rng } from '../random.ts';
import { checkBound, numberLimits, rejectAllowed, requireLength, resolveRange, textLimits, type NumberLimits } from './limits.ts';
import { checkOptionNames, columnName, FRACTION_KINDS, intOption, label, NUMBER_KINDS, numberOption, STRING_KINDS } from './options.ts';
import { GeneratorOptionError, type GeneratorContext, type GeneratorImpl, type ValueFn } from './types.ts';
import { below, uniqueIndex } from './unique.ts';

/**
 * Numbers: int, float, decimal, price, amount. Fractional values are drawn on a grid of 10^-scale steps in integer
 * "units", which keeps them exact, inside numeric precision, and makes unique values a permutation of the grid.
 */

type Options = Readonly<Record<string, unknown>>;

const TWO_32 = 4294967296;

/** Uniform integer in [lo, hi] (both safe integers). */
function uniformInt(lo: number, hi: number): (rng: Rng) => number {
  const span = hi - lo + 1;
  if (span <= TWO_32) return (rng) => lo + below(rng.u32(), span);
  return (rng) => lo + Math.floor(rng.float() * span);
}

// ---------------------------------------------------------------------------------------------- int

interface IntDomain {
  lo: number;
  hi: number;
  /** Set when a constraint lists the allowed values. */
  values?: number[];
}

function intDomain(options: Options, ctx: GeneratorContext): IntDomain {
  checkOptionNames('int', options, ['min', 'max']);
  const userMin = numberOption('int', options, 'min');
  const userMax = numberOption('int', options, 'max');
  const limits = integerLimits(numberLimits(ctx));
  const allowed = ctx.constraints.allowed;
  if (allowed !== undefined) {
    if (userMin !== undefined) checkBound('int', ctx, 'min', userMin, limits);
    if (userMax !== undefined) checkBound('int', ctx, 'max', userMax, limits);
    const lo = Math.max(limits.min, userMin ?? -Infinity);
    const hi = Math.min(limits.max, userMax ?? Infinity);
    const values = [...new Set(allowed.map(Number))].filter((v) => Number.isSafeInteger(v) && v >= lo && v <= hi).sort((a, b) => a - b);
    if (values.length === 0) {
      throw new GeneratorOptionError(
        `${label('int')} has no value for ${columnName(ctx.column)}: none of the allowed values ${allowed.join(', ')} is an integer in [${lo}, ${hi}]`,
        'Use g.oneOf([...]) with the allowed values, or widen min/max.',
      );
    }
    return { lo, hi, values };
  }
  const range = resolveRange('int', ctx, limits, userMin, userMax, { min: 1, max: 1000 });
  const lo = Math.ceil(range.min);
  const hi = Math.floor(range.max);
  if (lo > hi) {
    throw new GeneratorOptionError(`${label('int')}: no integer lies in [${range.min}, ${range.max}]`, 'Widen min/max to include an integer.');
  }
  return { lo, hi };
}

/** Limits rounded inward to integers and capped to safe integers. */
function integerLimits(limits: NumberLimits): NumberLimits {
  return {
    ...limits,
    min: Math.max(Math.ceil(limits.min), -Number.MAX_SAFE_INTEGER),
    max: Math.min(Math.floor(limits.max), Number.MAX_SAFE_INTEGER),
  };
}

const int: GeneratorImpl = {
  name: 'int',
  version: 1,
  accepts: NUMBER_KINDS,
  create(options, ctx) {
    const { lo, hi, values } = intDomain(options, ctx);
    if (values) return (rng) => values[below(rng.u32(), values.length)]!;
    return uniformInt(lo, hi);
  },
  createUnique(options, ctx) {
    const { lo, hi, values } = intDomain(options, ctx);
    const hint = 'Widen min/max, lower the row count, or use g.sequence() for an unbounded unique number.';
    if (values) {
      const perm = uniqueIndex('int', ctx, values.length, hint);
      return (_rng, index) => values[perm(index)]!;
    }
    const perm = uniqueIndex('int', ctx, hi - lo + 1, hint, `${label('int')} in [${lo}, ${hi}]`);
    return (_rng, index) => lo + perm(index);
  },
};

// ---------------------------------------------------------------------------------------------- grid numbers

const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** x * 10^scale as an integer, rounding `up` or down unless x already sits on the grid (up to float noise). */
function toUnits(x: number, p: number, up: boolean): number {
  const u = x * p;
  const r = Math.round(u);
  if (Math.abs(u - r) <= 1e-9 * Math.max(1, Math.abs(u))) return r;
  return up ? Math.ceil(u) : Math.floor(u);
}

/** Exact decimal text of units * 10^-scale. */
export function formatUnits(units: number, scale: number): string {
  const negative = units < 0;
  const a = negative ? -units : units;
  if (scale === 0) return (negative ? '-' : '') + a;
  const p = POW10[scale]!;
  let whole = Math.floor(a / p);
  let frac = a - whole * p;
  if (frac < 0) {
    whole--;
    frac += p;
  } else if (frac >= p) {
    whole++;
    frac -= p;
  }
  return (negative ? '-' : '') + whole + '.' + String(frac).padStart(scale, '0');
}

interface Grid {
  loUnits: number;
  hiUnits: number;
  scale: number;
}

interface GridSpec {
  name: string;
  defaults: { min: number; max: number };
  /** The scale the user asked for (validated against the column), or undefined. */
  scale: number | undefined;
  /** Scale when neither the user nor the column decides. */
  defaultScale: number;
  /** Keep the user's scale only up to the column's scale instead of refusing a larger one. */
  clampScale: boolean;
}

function grid(options: Options, ctx: GeneratorContext, spec: GridSpec): Grid {
  rejectAllowed(spec.name, ctx);
  const limits = numberLimits(ctx);
  const userMin = numberOption(spec.name, options, 'min');
  const userMax = numberOption(spec.name, options, 'max');
  const range = resolveRange(spec.name, ctx, limits, userMin, userMax, spec.defaults);
  let scale = spec.scale ?? Math.min(spec.defaultScale, limits.scale ?? spec.defaultScale);
  if (limits.scale !== undefined && scale > limits.scale) {
    if (!spec.clampScale) {
      throw new GeneratorOptionError(
        `${label(spec.name)} option scale: ${scale} digits after the point but ${columnName(ctx.column)} keeps ${limits.scale}`,
        `Use scale ${limits.scale} or less, or widen the column's scale.`,
      );
    }
    scale = limits.scale;
  }
  const p = POW10[scale]!;
  const loUnits = toUnits(range.min, p, true);
  const hiUnits = toUnits(range.max, p, false);
  if (loUnits > hiUnits) {
    throw new GeneratorOptionError(`${label(spec.name)}: no value with ${scale} decimals lies in [${range.min}, ${range.max}]`, 'Widen min/max.');
  }
  if (hiUnits - loUnits > Number.MAX_SAFE_INTEGER - 1) {
    throw new GeneratorOptionError(`${label(spec.name)}: the range [${range.min}, ${range.max}] is too wide for ${scale} decimals`, 'Narrow min/max or use fewer decimals.');
  }
  return { loUnits, hiUnits, scale };
}

function gridValues<V>(g: Grid, format: (units: number) => V): ValueFn {
  const draw = uniformInt(g.loUnits, g.hiUnits);
  return (rng) => format(draw(rng));
}

function gridUnique<V>(name: string, ctx: GeneratorContext, g: Grid, format: (units: number) => V): ValueFn {
  const domain = g.hiUnits - g.loUnits + 1;
  const perm = uniqueIndex(name, ctx, domain, 'Widen min/max, use more decimals, or lower the row count.', `${label(name)} with ${g.scale} decimals`);
  const lo = g.loUnits;
  return (_rng, index) => format(lo + perm(index));
}

function divider(scale: number): (units: number) => number {
  const p = POW10[scale]!;
  return (units) => units / p;
}

function scaleOption(name: string, options: Options): number | undefined {
  const scale = intOption(name, options, 'scale', 0);
  if (scale !== undefined && scale > 15) {
    throw new GeneratorOptionError(`${label(name)} option scale: ${scale} is more than 15 digits`, 'Use a scale of 15 or less.');
  }
  return scale;
}

const float: GeneratorImpl = {
  name: 'float',
  version: 1,
  accepts: FRACTION_KINDS,
  create(options, ctx) {
    checkOptionNames('float', options, ['min', 'max', 'decimals']);
    const decimals = decimalsOption(options);
    const limits = numberLimits(ctx);
    if (decimals === undefined && limits.scale === undefined) {
      rejectAllowed('float', ctx);
      const range = resolveRange('float', ctx, limits, numberOption('float', options, 'min'), numberOption('float', options, 'max'), { min: 0, max: 1000 });
      const lo = range.min;
      const width = range.max - range.min;
      return (rng) => lo + rng.float() * width;
    }
    const g = grid(options, ctx, floatSpec(decimals));
    return gridValues(g, divider(g.scale));
  },
  createUnique(options, ctx) {
    checkOptionNames('float', options, ['min', 'max', 'decimals']);
    const g = grid(options, ctx, floatSpec(decimalsOption(options) ?? 6));
    return gridUnique('float', ctx, g, divider(g.scale));
  },
};

function decimalsOption(options: Options): number | undefined {
  const decimals = intOption('float', options, 'decimals', 0);
  if (decimals !== undefined && decimals > 15) {
    throw new GeneratorOptionError(`${label('float')} option decimals: ${decimals} is more than 15`, 'Use 15 decimals or less.');
  }
  return decimals;
}

function floatSpec(decimals: number | undefined): GridSpec {
  return { name: 'float', defaults: { min: 0, max: 1000 }, scale: decimals, defaultScale: decimals ?? 15, clampScale: true };
}

function decimalGrid(options: Options, ctx: GeneratorContext): Grid {
  checkOptionNames('decimal', options, ['min', 'max', 'scale']);
  // Without a scale option, decimal keeps every digit the column keeps (numeric(10, 4) -> 4 decimals).
  const columnScale = ctx.column.kind === 'numeric' ? numberLimits(ctx).scale : undefined;
  const scale = scaleOption('decimal', options);
  const g = grid(options, ctx, { name: 'decimal', defaults: { min: 0, max: 1000 }, scale, defaultScale: scale ?? columnScale ?? 2, clampScale: false });
  if (ctx.column.kind !== 'numeric') {
    const widest = Math.max(formatUnits(g.loUnits, g.scale).length, formatUnits(g.hiUnits, g.scale).length);
    requireLength('decimal', ctx, textLimits(ctx), widest, `for ${formatUnits(g.hiUnits, g.scale)}`);
  }
  return g;
}

const decimal: GeneratorImpl = {
  name: 'decimal',
  version: 1,
  accepts: ['numeric', ...STRING_KINDS],
  create(options, ctx) {
    const g = decimalGrid(options, ctx);
    return gridValues(g, (units) => formatUnits(units, g.scale));
  },
  createUnique(options, ctx) {
    const g = decimalGrid(options, ctx);
    return gridUnique('decimal', ctx, g, (units) => formatUnits(units, g.scale));
  },
};

function priceGrid(options: Options, ctx: GeneratorContext): Grid {
  checkOptionNames('price', options, ['min', 'max']);
  return grid(options, ctx, { name: 'price', defaults: { min: 1, max: 1000 }, scale: undefined, defaultScale: 2, clampScale: true });
}

const price: GeneratorImpl = {
  name: 'price',
  version: 1,
  accepts: FRACTION_KINDS,
  create(options, ctx) {
    const g = priceGrid(options, ctx);
    return gridValues(g, divider(g.scale));
  },
  createUnique(options, ctx) {
    const g = priceGrid(options, ctx);
    return gridUnique('price', ctx, g, divider(g.scale));
  },
};

function amountGrid(options: Options, ctx: GeneratorContext): Grid {
  checkOptionNames('amount', options, ['min', 'max', 'scale']);
  return grid(options, ctx, { name: 'amount', defaults: { min: 1, max: 1000 }, scale: scaleOption('amount', options), defaultScale: 2, clampScale: false });
}

const amount: GeneratorImpl = {
  name: 'amount',
  version: 1,
  accepts: FRACTION_KINDS,
  create(options, ctx) {
    const g = amountGrid(options, ctx);
    return gridValues(g, divider(g.scale));
  },
  createUnique(options, ctx) {
    const g = amountGrid(options, ctx);
    return gridUnique('amount', ctx, g, divider(g.scale));
  },
};

export const numberGenerators: readonly GeneratorImpl[] = [int, float, decimal, price, amount];

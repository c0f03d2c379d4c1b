import { columnName, label, show } from './options.ts';
import { GeneratorOptionError, type GeneratorContext } from './types.ts';

/**
 * What a column accepts, from its type (smallint range, numeric precision/scale, varchar length) intersected with
 * the planner's constraints (simple CHECKs). Generators read limits here and never re-derive them.
 */

const TYPE_RANGES: Partial<Record<string, [number, number]>> = {
  smallint: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  bigint: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** Inclusive numeric bounds with where each comes from (for messages). */
export interface NumberLimits {
  min: number;
  max: number;
  minReason: string;
  maxReason: string;
  /** Digits after the point the column keeps (numeric scale); undefined when unlimited. */
  scale: number | undefined;
  /** Both bounds come from constraints narrower than the column type (e.g. `CHECK (rating BETWEEN 1 AND 5)`). */
  fromCheck: boolean;
}

/** The numeric limits of the column in `ctx`. */
export function numberLimits(ctx: GeneratorContext): NumberLimits {
  const { column, constraints } = ctx;
  let min = -Infinity;
  let max = Infinity;
  let typeReason = `its type ${column.sqlType || column.kind}`;
  let scale: number | undefined;
  const range = TYPE_RANGES[column.kind];
  if (range) {
    [min, max] = range;
    scale = 0;
  } else if (column.kind === 'numeric' && column.precision !== undefined) {
    scale = column.scale ?? 0;
    // numeric(p, s) holds |v| < 10^(p - s), in steps of 10^-s.
    max = Number((10 ** (column.precision - scale) - 10 ** -scale).toFixed(Math.min(Math.max(scale, 0), 100)));
    // A negative scale (PostgreSQL 15+) rounds to tens or hundreds: whole numbers are the closest we model.
    scale = Math.max(scale, 0);
    min = -max;
    typeReason = `its type numeric(${column.precision}, ${column.scale ?? 0})`;
  } else if (column.kind === 'numeric' && column.scale !== undefined) {
    scale = Math.max(column.scale, 0);
  }
  let minReason = typeReason;
  let maxReason = typeReason;
  let narrowMin = false;
  let narrowMax = false;
  if (constraints.min !== undefined && constraints.min > min) {
    min = constraints.min;
    minReason = 'a CHECK constraint';
    narrowMin = true;
  }
  if (constraints.max !== undefined && constraints.max < max) {
    max = constraints.max;
    maxReason = 'a CHECK constraint';
    narrowMax = true;
  }
  if (min > max) {
    throw new GeneratorOptionError(
      `${columnName(column)} allows no value: its constraints need at least ${min} and at most ${max}`,
      'Fix the CHECK constraint or the column type.',
    );
  }
  return { min, max, minReason, maxReason, scale, fromCheck: narrowMin && narrowMax };
}

/** Throws when a user-given bound lies outside what the column allows. */
export function checkBound(name: string, ctx: GeneratorContext, key: string, value: number, limits: NumberLimits): void {
  const col = columnName(ctx.column);
  if (value < limits.min) {
    throw new GeneratorOptionError(
      `${label(name)} option ${key}: ${value} is below the smallest value ${col} allows (${limits.min}, from ${limits.minReason})`,
      `Raise ${key} to ${limits.min} or more, or relax ${limits.minReason}.`,
    );
  }
  if (value > limits.max) {
    throw new GeneratorOptionError(
      `${label(name)} option ${key}: ${value} is above the largest value ${col} allows (${limits.max}, from ${limits.maxReason})`,
      `Lower ${key} to ${limits.max} or less, or relax ${limits.maxReason}.`,
    );
  }
}

/**
 * The range to draw from: the user's min/max when given (checked against the limits), otherwise the default range
 * clamped into the limits. A narrow CHECK range (both ends, at most a million wide) is used whole.
 */
export function resolveRange(
  name: string,
  ctx: GeneratorContext,
  limits: NumberLimits,
  userMin: number | undefined,
  userMax: number | undefined,
  defaults: { min: number; max: number },
): { min: number; max: number } {
  if (userMin !== undefined) checkBound(name, ctx, 'min', userMin, limits);
  if (userMax !== undefined) checkBound(name, ctx, 'max', userMax, limits);
  if (userMin !== undefined && userMax !== undefined && userMin > userMax) {
    throw new GeneratorOptionError(`${label(name)}: min (${userMin}) is greater than max (${userMax})`, 'Make min at most max.');
  }
  const width = defaults.max - defaults.min;
  let lo: number;
  let hi: number;
  if (userMin !== undefined && userMax !== undefined) {
    lo = userMin;
    hi = userMax;
  } else if (userMin !== undefined) {
    lo = userMin;
    hi = Math.min(limits.max, Math.max(defaults.max, userMin + width));
  } else if (userMax !== undefined) {
    hi = userMax;
    lo = Math.max(limits.min, Math.min(defaults.min, userMax - width));
  } else if (limits.fromCheck && limits.max - limits.min <= 1e6) {
    lo = limits.min;
    hi = limits.max;
  } else {
    lo = Math.max(defaults.min, limits.min);
    hi = Math.min(defaults.max, limits.max);
    if (lo > hi) {
      // The default window misses the allowed range: take a window of the same width at its nearest end.
      if (defaults.min > limits.max) {
        hi = limits.max;
        lo = Math.max(limits.min, hi - width);
      } else {
        lo = limits.min;
        hi = Math.min(limits.max, lo + width);
      }
    }
  }
  return { min: lo, max: hi };
}

/** Inclusive string length limits; `maxLength` is Infinity when unlimited. */
export interface TextLimits {
  minLength: number;
  maxLength: number;
  /** Where maxLength comes from, for messages. */
  maxReason: string;
}

/** The string length limits of the column in `ctx` (varchar/char length and length CHECKs). */
export function textLimits(ctx: GeneratorContext): TextLimits {
  const { column, constraints } = ctx;
  let maxLength = Infinity;
  let maxReason = '';
  if ((column.kind === 'varchar' || column.kind === 'char') && column.length !== undefined) {
    maxLength = column.length;
    maxReason = `its type ${column.sqlType || `${column.kind}(${column.length})`}`;
  }
  if (constraints.maxLength !== undefined && constraints.maxLength < maxLength) {
    maxLength = constraints.maxLength;
    maxReason = 'a length CHECK constraint';
  }
  const minLength = Math.max(0, constraints.minLength ?? 0);
  if (minLength > maxLength) {
    throw new GeneratorOptionError(
      `${columnName(column)} allows no string: it needs at least ${minLength} and at most ${maxLength} characters`,
      'Fix the length CHECK constraint or the column length.',
    );
  }
  return { minLength, maxLength, maxReason };
}

/** Throws when the longest value a generator can make does not fit (for generators that must not truncate). */
export function requireLength(name: string, ctx: GeneratorContext, limits: TextLimits, needed: number, why: string): void {
  if (needed > limits.maxLength) {
    throw new GeneratorOptionError(
      `${label(name)} needs ${needed} characters ${why} but ${columnName(ctx.column)} holds at most ${limits.maxLength} (${limits.maxReason})`,
      `Widen the column to at least ${needed} characters, or use a shorter generator such as g.string({ max: ${limits.maxLength} }).`,
    );
  }
}

/** Throws when the column restricts values to a list (`IN (...)` check): only oneOf/constant can honour it. */
export function rejectAllowed(name: string, ctx: GeneratorContext): void {
  const allowed = ctx.constraints.allowed;
  if (allowed === undefined) return;
  const list = allowed.slice(0, 5).map(show).join(', ') + (allowed.length > 5 ? ', ...' : '');
  throw new GeneratorOptionError(
    `${label(name)} cannot respect ${columnName(ctx.column)}: a constraint allows only ${list}`,
    `Use g.oneOf([${list}]) for this column.`,
  );
}

/** Cuts text to at most `max` characters, at a space when one is near, never leaving trailing spaces or dangling punctuation. */
export function truncate(text: string, max: number, min = 0): string {
  if (text.length <= max) return text;
  let cut = text.lastIndexOf(' ', max);
  if (cut < Math.max(min, max >> 1)) cut = max;
  let end = cut;
  while (end > min && end > 1 && isTrailingJunk(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

function isTrailingJunk(c: number): boolean {
  // space, comma, hyphen, period, apostrophe
  return c === 32 || c === 44 || c === 45 || c === 46 || c === 39;
}

/** The entries of `list` whose length fits the column; throws (naming the generator) when none does. */
export function fitList(name: string, ctx: GeneratorContext, list: readonly string[], limits: TextLimits): readonly string[] {
  if (limits.minLength === 0 && limits.maxLength === Infinity) return list;
  const fitting = list.filter((s) => s.length >= limits.minLength && s.length <= limits.maxLength);
  if (fitting.length === 0) {
    const shortest = list.reduce((m, s) => Math.min(m, s.length), Infinity);
    if (shortest > limits.maxLength) requireLength(name, ctx, limits, shortest, 'for its shortest value');
    throw new GeneratorOptionError(
      `${label(name)} has no value of ${limits.minLength} to ${limits.maxLength} characters for ${columnName(ctx.column)}`,
      'Use g.string() with a length, or relax the length constraint.',
    );
  }
  return fitting;
}

/** Throws when a CHECK requires longer strings than a generator's shortest value. */
export function requireMinLength(name: string, ctx: GeneratorContext, limits: TextLimits, shortest: number): void {
  if (limits.minLength > shortest) {
    throw new GeneratorOptionError(
      `${label(name)} can make values of ${shortest} characters but ${columnName(ctx.column)} requires at least ${limits.minLength} (a CHECK constraint)`,
      `Use g.string({ min: ${limits.minLength} }) or g.sentence(), or relax the constraint.`,
    );
  }
}

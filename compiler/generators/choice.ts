import { numberLimits, textLimits } from './limits.ts';
import { checkOptionNames, columnName, intOption, label, NUMBER_KINDS, numberOption, show, STRING_KINDS, stringOption } from './options.ts';
import { GeneratorOptionError, type GeneratorContext, type GeneratorImpl } from './types.ts';
import { below, uniqueIndex } from './unique.ts';

/** Choices: boolean, oneOf, constant, sequence. */

type Options = Readonly<Record<string, unknown>>;

// ---------------------------------------------------------------------------------------------- boolean

function probability(options: Options): number {
  checkOptionNames('boolean', options, ['probability']);
  const p = numberOption('boolean', options, 'probability') ?? 0.5;
  if (p < 0 || p > 1) {
    throw new GeneratorOptionError(`${label('boolean')} option probability: ${p} is not between 0 and 1`, 'Pass a probability from 0 to 1.');
  }
  return p;
}

const boolean: GeneratorImpl = {
  name: 'boolean',
  version: 1,
  accepts: ['boolean'],
  create(options) {
    const threshold = probability(options) * 4294967296;
    return (rng) => rng.u32() < threshold;
  },
  createUnique(options, ctx) {
    const p = probability(options);
    const values = p === 0 ? [false] : p === 1 ? [true] : [false, true];
    const perm = uniqueIndex('boolean', ctx, values.length, 'A unique boolean column holds at most 2 rows: drop unique or use another type.');
    return (_rng, index) => values[perm(index)];
  },
};

// ---------------------------------------------------------------------------------------------- value checks

/** Throws when a literal value (oneOf/constant) does not fit the column. */
function checkLiteral(name: string, ctx: GeneratorContext, value: unknown): void {
  const { column, constraints } = ctx;
  const col = columnName(column);
  if (value === null || value === undefined) {
    if (column.notNull) {
      throw new GeneratorOptionError(`${label(name)} value ${show(value)} is not allowed: ${col} is NOT NULL`, 'Remove null, or make the column nullable.');
    }
    return;
  }
  const allowed = constraints.allowed ?? column.enumValues;
  if (allowed !== undefined && (typeof value === 'string' || typeof value === 'number')) {
    if (!allowed.some((a) => a === value || String(a) === String(value))) {
      const list = allowed.map(show).join(', ');
      throw new GeneratorOptionError(`${label(name)} value ${show(value)} is not allowed in ${col}: it allows only ${list}`, `Use only ${list}.`);
    }
  }
  if (typeof value === 'number' && (NUMBER_KINDS as readonly string[]).includes(column.kind) && column.arrayDimensions === 0) {
    const limits = numberLimits(ctx);
    if (value < limits.min || value > limits.max) {
      throw new GeneratorOptionError(
        `${label(name)} value ${value} is outside what ${col} allows ([${limits.min}, ${limits.max}], from ${value < limits.min ? limits.minReason : limits.maxReason})`,
        `Use values from ${limits.min} to ${limits.max}.`,
      );
    }
  }
  if (typeof value === 'string' && (STRING_KINDS as readonly string[]).includes(column.kind) && column.arrayDimensions === 0) {
    const limits = textLimits(ctx);
    if (value.length > limits.maxLength || value.length < limits.minLength) {
      throw new GeneratorOptionError(
        `${label(name)} value ${show(value)} has ${value.length} characters but ${col} takes ${limits.minLength} to ${limits.maxLength}`,
        'Shorten the value or widen the column.',
      );
    }
  }
}

/** A key that identifies equal literal values (for counting distinct ones). */
function literalKey(value: unknown): string {
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (typeof value === 'object' && value !== null) return `o:${JSON.stringify(value)}`;
  return `${typeof value}:${String(value)}`;
}

// ---------------------------------------------------------------------------------------------- oneOf

interface OneOf {
  values: readonly unknown[];
  weights: readonly number[] | undefined;
}

function readOneOf(options: Options, ctx: GeneratorContext): OneOf {
  checkOptionNames('oneOf', options, ['values', 'weights']);
  const values = options.values;
  if (!Array.isArray(values) || values.length === 0) {
    throw new GeneratorOptionError(`${label('oneOf')} needs a non-empty array of values, got ${show(values)}`, "Pass the values: g.oneOf(['a', 'b']).");
  }
  for (const value of values) checkLiteral('oneOf', ctx, value);
  const weights = options.weights;
  if (weights === undefined) return { values, weights: undefined };
  if (!Array.isArray(weights) || weights.length !== values.length) {
    throw new GeneratorOptionError(
      `${label('oneOf')} option weights: needs one weight per value (${values.length}), got ${show(weights)}`,
      'Give exactly one weight per value.',
    );
  }
  let total = 0;
  for (const w of weights) {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new GeneratorOptionError(`${label('oneOf')} option weights: ${show(w)} is not a finite number >= 0`, 'Use non-negative numbers as weights.');
    }
    total += w;
  }
  if (total <= 0) {
    throw new GeneratorOptionError(`${label('oneOf')} option weights: they add up to 0`, 'Give at least one value a positive weight.');
  }
  return { values, weights };
}

const oneOf: GeneratorImpl = {
  name: 'oneOf',
  version: 1,
  accepts: 'any',
  create(options, ctx) {
    const { values, weights } = readOneOf(options, ctx);
    const n = values.length;
    if (weights === undefined) return (rng) => values[below(rng.u32(), n)];
    const cumulative: number[] = [];
    let total = 0;
    for (const w of weights) cumulative.push((total += w));
    return (rng) => {
      const x = rng.float() * total;
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cumulative[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      return values[lo];
    };
  },
  createUnique(options, ctx) {
    const { values, weights } = readOneOf(options, ctx);
    // Weights cannot shape a permutation; zero-weight values stay excluded.
    const seen = new Set<string>();
    const distinct: unknown[] = [];
    values.forEach((value, i) => {
      const key = literalKey(value);
      if ((weights === undefined || weights[i]! > 0) && !seen.has(key)) {
        seen.add(key);
        distinct.push(value);
      }
    });
    const perm = uniqueIndex('oneOf', ctx, distinct.length, 'Add more values, lower the row count, or drop unique.', `${label('oneOf')} of ${distinct.length} distinct values`);
    return (_rng, index) => distinct[perm(index)];
  },
};

// ---------------------------------------------------------------------------------------------- constant

function readConstant(options: Options, ctx: GeneratorContext): unknown {
  checkOptionNames('constant', options, ['value']);
  const value = options.value;
  checkLiteral('constant', ctx, value);
  return value;
}

const constant: GeneratorImpl = {
  name: 'constant',
  version: 1,
  accepts: 'any',
  create(options, ctx) {
    const value = readConstant(options, ctx);
    return () => value;
  },
  createUnique(options, ctx) {
    const value = readConstant(options, ctx);
    uniqueIndex('constant', ctx, 1, 'A constant cannot be unique across several rows: use g.sequence() or g.oneOf([...]).');
    return () => value;
  },
};

// ---------------------------------------------------------------------------------------------- sequence

function createSequence(options: Options, ctx: GeneratorContext, unique: boolean): (rng: unknown, index: number) => number | string {
  checkOptionNames('sequence', options, ['start', 'step', 'template', 'pad']);
  const start = numberOption('sequence', options, 'start') ?? 1;
  const step = numberOption('sequence', options, 'step') ?? 1;
  const template = stringOption('sequence', options, 'template');
  const pad = intOption('sequence', options, 'pad', 0) ?? 0;
  if (unique && step === 0) {
    throw new GeneratorOptionError(`${ctx.count} rows need ${ctx.count} distinct values but ${label('sequence')} with step 0 has only 1`, 'Use a non-zero step.');
  }
  const last = start + step * Math.max(ctx.count - 1, 0);
  const isString = template !== undefined || (STRING_KINDS as readonly string[]).includes(ctx.column.kind);
  if (!isString) {
    const limits = numberLimits(ctx);
    const integerColumn = limits.scale === 0;
    if (integerColumn && (!Number.isSafeInteger(start) || !Number.isSafeInteger(step))) {
      throw new GeneratorOptionError(`${label('sequence')}: start ${start} and step ${step} must be integers for ${columnName(ctx.column)}`, 'Use integer start and step.');
    }
    for (const v of [start, last]) {
      if (v < limits.min || v > limits.max || !Number.isSafeInteger(Math.round(v))) {
        throw new GeneratorOptionError(
          `${label('sequence')} reaches ${v} over ${ctx.count} rows, outside what ${columnName(ctx.column)} allows ([${limits.min}, ${limits.max}], from ${v < limits.min ? limits.minReason : limits.maxReason})`,
          'Change start/step, lower the row count, or widen the column type.',
        );
      }
    }
    return (_rng, index) => start + step * index;
  }
  const parts = (template ?? '{n}').split('{n}');
  if (parts.length < 2) {
    throw new GeneratorOptionError(`${label('sequence')} option template: ${show(template)} has no {n} placeholder`, "Put {n} where the number goes, e.g. 'INV-{n}'.");
  }
  const format = (n: number): string => {
    const digits = n < 0 ? '-' + String(-n).padStart(pad, '0') : String(n).padStart(pad, '0');
    return parts.length === 2 ? parts[0] + digits + parts[1] : parts.join(digits);
  };
  const limits = textLimits(ctx);
  for (const v of [start, last]) {
    const text = format(v);
    if (text.length > limits.maxLength) {
      throw new GeneratorOptionError(
        `${label('sequence')} makes ${show(text)} (${text.length} characters) over ${ctx.count} rows but ${columnName(ctx.column)} holds at most ${limits.maxLength} (${limits.maxReason})`,
        'Shorten the template, lower the row count, or widen the column.',
      );
    }
  }
  return (_rng, index) => format(start + step * index);
}

const sequence: GeneratorImpl = {
  name: 'sequence',
  version: 1,
  accepts: [...NUMBER_KINDS, ...STRING_KINDS],
  create: (options, ctx) => createSequence(options, ctx, false),
  createUnique: (options, ctx) => createSequence(options, ctx, true),
};

export const choiceGenerators: readonly GeneratorImpl[] = [boolean, oneOf, constant, sequence];

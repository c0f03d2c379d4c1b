import type { ColumnModel } from '../model.ts';
import { GeneratorOptionError } from './types.ts';

/** Option readers shared by the generator families: each validates one option and names it in the error. */

type Options = Readonly<Record<string, unknown>>;

/** Column kinds grouped by the JavaScript value they take. */
export const INTEGER_KINDS = ['smallint', 'integer', 'bigint'] as const satisfies readonly ColumnModel['kind'][];
export const FRACTION_KINDS = ['numeric', 'real', 'double'] as const satisfies readonly ColumnModel['kind'][];
export const NUMBER_KINDS = [...INTEGER_KINDS, ...FRACTION_KINDS] as const;
export const STRING_KINDS = ['text', 'varchar', 'char'] as const satisfies readonly ColumnModel['kind'][];
export const JSON_KINDS = ['json', 'jsonb'] as const satisfies readonly ColumnModel['kind'][];

/** `g.email()`, as users write it. */
export function label(name: string): string {
  return `g.${name}()`;
}

/** Rejects option names the generator does not know (typos in untyped configs). */
export function checkOptionNames(name: string, options: Options, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const list = known.length > 0 ? `it takes ${known.join(', ')}` : 'it takes no options';
      throw new GeneratorOptionError(`${label(name)} has no option "${key}"`, `Remove "${key}": ${list}.`);
    }
  }
}

/** A finite number option, or undefined when absent. */
export function numberOption(name: string, options: Options, key: string): number | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new GeneratorOptionError(`${label(name)}: option "${key}" must be a finite number, got ${show(value)}`, `Pass a number as ${key}.`);
  }
  return value;
}

/** A safe-integer option (optionally at least `least`), or undefined when absent. */
export function intOption(name: string, options: Options, key: string, least = Number.MIN_SAFE_INTEGER): number | undefined {
  const value = numberOption(name, options, key);
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < least) {
    const what = least === Number.MIN_SAFE_INTEGER ? 'an integer' : `an integer >= ${least}`;
    throw new GeneratorOptionError(`${label(name)}: option "${key}" must be ${what}, got ${show(value)}`, `Pass ${what} as ${key}.`);
  }
  return value;
}

/** A string option, or undefined when absent. */
export function stringOption(name: string, options: Options, key: string): string | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new GeneratorOptionError(`${label(name)}: option "${key}" must be a string, got ${show(value)}`, `Pass a string as ${key}.`);
  }
  return value;
}

/** A boolean option, or undefined when absent. */
export function booleanOption(name: string, options: Options, key: string): boolean | undefined {
  const value = options[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    throw new GeneratorOptionError(`${label(name)}: option "${key}" must be true or false, got ${show(value)}`, `Pass true or false as ${key}.`);
  }
  return value;
}

/** Word/sentence/element counts: `{ min, max }` with defaults, validated as 0 <= min <= max. */
export function countRange(name: string, options: Options, defaults: { min: number; max: number }, least = 1): { min: number; max: number } {
  const min = intOption(name, options, 'min', least);
  const max = intOption(name, options, 'max', least);
  const lo = min ?? (max !== undefined ? Math.min(defaults.min, max) : defaults.min);
  const hi = max ?? Math.max(defaults.max, lo);
  if (lo > hi) {
    throw new GeneratorOptionError(`${label(name)}: min (${lo}) is greater than max (${hi})`, 'Make min at most max.');
  }
  return { min: lo, max: hi };
}

/** A value as it appears in messages. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
  return String(value);
}

/** The column as messages name it. */
export function columnName(column: ColumnModel): string {
  return `column "${column.name}"`;
}

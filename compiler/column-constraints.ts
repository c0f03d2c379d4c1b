/**
 * Per-column value limits from the column type (integer ranges, numeric precision, lengths, enums) merged with
 * what simple CHECKs say.
 */
import type { ValueConstraints } from './generators/types.ts';
import type { ColumnModel } from './model.ts';

/** Inclusive ranges of the integer kinds (bigint limited to what a JS number holds exactly). */
export const INTEGER_RANGES: Record<string, [number, number]> = {
  smallint: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  bigint: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/** Limits implied by the column type alone. */
export function baseConstraints(column: ColumnModel): ValueConstraints {
  const c: ValueConstraints = {};
  const range = INTEGER_RANGES[column.kind];
  if (range && column.arrayDimensions === 0) {
    c.min = range[0];
    c.max = range[1];
  }
  if (column.kind === 'numeric' && column.precision !== undefined && column.arrayDimensions === 0) {
    const limit = 10 ** (column.precision - (column.scale ?? 0)) - 10 ** -(column.scale ?? 0);
    c.min = -limit;
    c.max = limit;
  }
  if (column.length !== undefined) c.maxLength = column.length;
  if (column.enumValues) c.allowed = column.enumValues;
  return c;
}

/** Both sets of limits at once (the narrower wins). */
export function mergeConstraints(a: ValueConstraints, b: ValueConstraints): ValueConstraints {
  const out: ValueConstraints = { ...a };
  if (b.min !== undefined) out.min = Math.max(a.min ?? -Infinity, b.min);
  if (b.max !== undefined) out.max = Math.min(a.max ?? Infinity, b.max);
  if (b.maxLength !== undefined) out.maxLength = Math.min(a.maxLength ?? Infinity, b.maxLength);
  if (b.minLength !== undefined) out.minLength = Math.max(a.minLength ?? 0, b.minLength);
  if (b.like !== undefined) out.like = b.like;
  if (b.allowed !== undefined) out.allowed = a.allowed ? a.allowed.filter((v) => b.allowed!.includes(v)) : b.allowed;
  return out;
}

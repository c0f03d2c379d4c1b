import { createPermutation } from '../permutation.ts';
import { hashKey, mix32, type Key64 } from '../random.ts';
import { columnName, label } from './options.ts';
import { GeneratorOptionError, type GeneratorContext } from './types.ts';

/**
 * Building blocks for unique values without retries (ARCHITECTURE §4):
 * - finite domains: a keyed permutation of [0, domain) maps row i to a distinct domain element;
 * - open-ended values: an index code (distinct digits per row) embedded where it survives formatting.
 * Domains never depend on the row count, so raising a count keeps existing rows identical.
 */

/** Largest domain a permutation covers exactly (its arithmetic stays within safe integers). */
export const MAX_DOMAIN = 2 ** 52;

/** The permutation key for one purpose (`salt`) of the column in `ctx`. */
export function permutationKey(ctx: GeneratorContext, salt: string): Key64 {
  const base = ctx.key ?? hashKey('seedforge-column', ctx.table.id, ctx.column.name);
  const s = hashKey(salt);
  return { hi: mix32(base.hi ^ s.hi), lo: mix32(base.lo ^ s.lo ^ 0x5bd1e995) };
}

/** Throws the standard infeasibility error when `ctx.count` rows cannot get distinct values from `domain` values. */
export function requireDomain(name: string, ctx: GeneratorContext, domain: number, hint: string, what = label(name)): void {
  if (ctx.count > domain) {
    throw new GeneratorOptionError(
      `${ctx.count} rows need ${ctx.count} distinct values but ${what} has only ${domain} for ${columnName(ctx.column)}`,
      hint,
    );
  }
}

/** A permutation of [0, domain) for unique picks, after checking the row count fits. */
export function uniqueIndex(name: string, ctx: GeneratorContext, domain: number, hint: string, what?: string): (index: number) => number {
  requireDomain(name, ctx, domain, hint, what);
  return createPermutation(Math.min(domain, MAX_DOMAIN), permutationKey(ctx, name));
}

/**
 * Distinct decimal codes per index that look like the numbers people append to usernames: rows 0..89 get two-digit
 * codes (10..99) in a keyed order, the next 900 rows three-digit codes, and so on. Codes never start with 0 and are
 * distinct across blocks because their lengths differ.
 */
export function createIndexCode(ctx: GeneratorContext, salt: string): (index: number) => string {
  const key = permutationKey(ctx, `code:${salt}`);
  const starts: number[] = [];
  const sizes: number[] = [];
  const perms: ((i: number) => number)[] = [];
  let start = 0;
  for (let digits = 2; digits <= 16; digits++) {
    const size = 9 * 10 ** (digits - 1);
    starts.push(start);
    sizes.push(size);
    perms.push(createPermutation(Math.min(size, MAX_DOMAIN), { hi: key.hi, lo: mix32(key.lo ^ digits) }));
    start += size;
  }
  return (index) => {
    let block = 0;
    while (index - starts[block]! >= sizes[block]!) block++;
    return String(sizes[block]! / 9 + perms[block]!(index - starts[block]!));
  };
}

/** The number of characters of the longest index code `ctx.count` rows use. */
export function indexCodeLength(count: number): number {
  let digits = 2;
  let covered = 90;
  while (covered < count) {
    digits++;
    covered += 9 * 10 ** (digits - 1);
  }
  return digits;
}

/** Uniform integer in [0, n) from one 32-bit draw (n up to 2^32; the bias is below n / 2^32). */
export function below(u32: number, n: number): number {
  return Math.floor((u32 * n) / 4294967296);
}

/** One family of values (e.g. company names of one pattern): `render(v)` is injective on [0, size). */
export interface Segment<V> {
  size: number;
  render(value: number): V;
}

/**
 * The disjoint union of segments as one domain: value v goes to the segment it falls in. Injective when the
 * segments' values never coincide (callers use segments whose texts differ in shape).
 */
export function unionDomain<V>(segments: readonly Segment<V>[]): { size: number; render(value: number): V } {
  const size = segments.reduce((n, s) => n + s.size, 0);
  return {
    size,
    render(value) {
      let v = value;
      for (const segment of segments) {
        if (v < segment.size) return segment.render(v);
        v -= segment.size;
      }
      throw new RangeError(`value ${value} is outside the domain of ${size}`);
    },
  };
}

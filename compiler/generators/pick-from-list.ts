import { STRING_KINDS } from './options.ts';
import type { GeneratorContext, GeneratorImpl } from './types.ts';
import { below, uniqueIndex } from './unique.ts';

/**
 * A generator that picks from a list already fitted to the column (length, allowed values); unique picks permute
 * the list, so a list of D entries holds D distinct rows and the next row is a clear error.
 */
export function pickFromList(name: string, fitted: (options: Readonly<Record<string, unknown>>, ctx: GeneratorContext) => readonly string[], hint: string): GeneratorImpl {
  return {
    name,
    version: 1,
    accepts: STRING_KINDS,
    create(options, ctx) {
      const values = fitted(options, ctx);
      return (rng) => values[below(rng.u32(), values.length)];
    },
    createUnique(options, ctx) {
      const values = fitted(options, ctx);
      const perm = uniqueIndex(name, ctx, values.length, hint);
      return (_rng, index) => values[perm(index)];
    },
  };
}

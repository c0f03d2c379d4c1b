import { dirname, resolve } from 'node:path';

/**
 * The derived cache directory (node_modules/.cache/seedforge; SEEDFORGE_CACHE_DIR moves it) for a command that loads
 * the project, or undefined when caching is off (`--no-cache`, SEEDFORGE_CACHE=0) or there is no node_modules to hold
 * it. Starts checking, or building, the flattened drizzle-orm at once: esbuild works in its own process while the
 * command loads the compiler, and the project then imports three files instead of drizzle-orm's hundred modules.
 */
export async function projectCache(flags: { config?: string; schema?: string; cache?: boolean }, cwd = process.cwd()): Promise<string | undefined> {
  const [{ DerivedCache }, { prefetchFlatDrizzle }] = await Promise.all([import('../compiler/derived-cache.ts'), import('../compiler/load-module.ts')]);
  const cacheDir = flags.cache === false || process.env.SEEDFORGE_CACHE === '0' ? undefined : process.env.SEEDFORGE_CACHE_DIR || DerivedCache.locate(cwd)?.dir;
  if (cacheDir) prefetchFlatDrizzle(dirname(resolve(cwd, flags.schema ?? flags.config ?? 'mock.config.ts')), cacheDir);
  return cacheDir;
}

/**
 * What the last successful compile of the same config and options looked like, kept in the derived cache and read
 * first thing by the next one: whether everything it printed was cached (then TypeScript need not preload on the side
 * thread) and how many threads rendered (then `--workers auto` starts its workers before planning). A hint only
 * decides what starts early; a wrong one costs time, never a byte of output.
 */
import { readFileSync } from 'node:fs';
import type { CompileOptions } from './compile.ts';
import { BUILD_ID, digest, type DerivedCache } from './derived-cache.ts';
import { findConfigFile } from './load-project.ts';

export interface CompileHint {
  /** Threads `--workers auto` chose for the first scenario (the one workers started before planning serve). */
  threads?: number;
}

/** The hint's key: seedforge's build, the options that decide the output, and the config (or schema) file's text. */
export function hintKey(options: CompileOptions): string {
  const { config, schema, cwd = process.cwd(), scenario, seed, counts } = options;
  let text = '';
  try {
    text = readFileSync(findConfigFile(cwd, schema ?? config) ?? '', 'utf8');
  } catch {
    // No config yet: the key still differs from a compile that had one.
  }
  return digest(JSON.stringify([BUILD_ID, cwd, config, schema, scenario, seed, counts, text]));
}

export function readHint(cache: DerivedCache, key: string): CompileHint | undefined {
  const entry = cache.get('hint', key);
  if (!entry) return undefined;
  const threads = Number(entry.threads);
  return Number.isInteger(threads) && threads >= 1 ? { threads } : {};
}

export function writeHint(cache: DerivedCache, key: string, hint: CompileHint): void {
  cache.put('hint', key, hint.threads === undefined ? {} : { threads: String(hint.threads) });
}

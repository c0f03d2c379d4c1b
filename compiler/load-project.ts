import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from '../dsl/index.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import { ModuleLoadError, loadUserModule } from './load-module.ts';
import { loadDrizzle } from './read-drizzle-schema.ts';
import { resolveConfig, type ResolveOverrides, type ResolvedConfig } from './resolve-config.ts';

/** Where the definitions come from: a config file, or a bare schema module (zero-config). */
export interface ProjectOptions extends ResolveOverrides {
  config?: string;
  schema?: string;
  cwd?: string;
  /**
   * Where schema.sql and the typed files are cached by the hash of their inputs (derived-cache.ts), so an unchanged
   * schema loads neither drizzle-kit nor TypeScript, and drizzle-orm is kept flattened (flat-drizzle.ts). Unset: no
   * cache. The CLI uses node_modules/.cache/seedforge.
   */
  cacheDir?: string;
}

export const CONFIG_NAMES = ['mock.config.ts', 'mock.config.mts', 'mock.config.js', 'mock.config.mjs'];

/** Finds the config file: the given path, else mock.config.* in cwd. */
export function findConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit) return resolve(cwd, explicit);
  return CONFIG_NAMES.map((n) => resolve(cwd, n)).find((p) => existsSync(p));
}

/** Loads and resolves the project's definitions. Problems go into `bag`. */
export async function loadProject(options: ProjectOptions, bag: DiagnosticBag): Promise<ResolvedConfig | undefined> {
  const cwd = options.cwd ?? process.cwd();
  if (options.schema) {
    const file = resolve(cwd, options.schema);
    const module = await importReporting(file, 'schema', bag, options.cacheDir);
    if (!module) return undefined;
    const config = defineConfig({ schema: module, outDir: options.outDir ?? 'generated' });
    return resolveConfig({ ...config, source: { file, line: 1, column: 1 } }, undefined, { ...options, outDir: options.outDir ?? resolve(cwd, 'generated') }, bag);
  }
  const file = findConfigFile(cwd, options.config);
  if (!file || !existsSync(file)) {
    bag.error(DiagnosticCode.ConfigNotFound, options.config ? `Config file ${options.config} does not exist.` : `No mock.config.ts in ${cwd}.`, {
      hint: 'create mock.config.ts with `export default defineConfig({ schema })`, or run zero-config: seedforge compile --schema path/to/schema.ts',
    });
    return undefined;
  }
  const module = await importReporting(file, 'config', bag, options.cacheDir);
  if (!module) return undefined;
  return resolveConfig(module.default, file, options, bag);
}

async function importReporting(file: string, what: 'schema' | 'config', bag: DiagnosticBag, cacheDir: string | undefined): Promise<Record<string, unknown> | undefined> {
  try {
    const module = await loadUserModule(file, { cacheDir });
    await loadDrizzle();
    return module;
  } catch (error) {
    if (!(error instanceof ModuleLoadError)) throw error;
    const notFound = error.kind === 'not-found';
    bag.error(
      notFound ? (what === 'schema' ? DiagnosticCode.SchemaNotFound : DiagnosticCode.ConfigNotFound) : what === 'schema' ? DiagnosticCode.SchemaLoadFailed : DiagnosticCode.ConfigLoadFailed,
      notFound ? `The ${what} file ${file} does not exist.` : `The ${what} file could not be loaded: ${error.message}`,
      {
        source: error.location ?? { file },
        hint: notFound ? `check the path${what === 'schema' ? ' given to --schema' : ' given to --config'}` : `fix the error in the ${what} file`,
      },
    );
    return undefined;
  }
}

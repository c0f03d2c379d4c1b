import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { FLAT_SUBPATHS, drizzlePackageFrom, sharedFlatDrizzle, type FlatDrizzle, type FlatEntry } from './flat-drizzle.ts';
import { useDrizzle } from './read-drizzle-schema.ts';
import { TEMPORARY_MODULE_SUFFIX, temporaryModulePrefix, trackModuleSource } from './temporary-files.ts';

/** Why a user module could not be loaded, with the place to fix it when esbuild knows it. */
export class ModuleLoadError extends Error {
  constructor(
    message: string,
    readonly kind: 'not-found' | 'syntax' | 'runtime',
    readonly location?: { file: string; line: number; column: number },
  ) {
    super(message);
    this.name = 'ModuleLoadError';
  }
}

let counter = 0;

/** A user module as esbuild bundled it, and the flattened drizzle-orm it imports, if it does (flat-drizzle.ts). */
export interface BundledModule {
  code: string;
  drizzle?: FlatDrizzle;
}

/** Where a load may keep and find derived files: the flattened drizzle-orm. Unset: the packages are imported as they are. */
export interface LoadOptions {
  cacheDir?: string;
}

/**
 * Imports a TypeScript (or JavaScript) module of the user's: bundled with esbuild (their own files inlined,
 * packages left external so Drizzle and seedforge resolve from the user's node_modules), written next to the source
 * so resolution works from there, imported, then removed. Inline source maps keep stack traces on the user's lines.
 * With a cache directory, drizzle-orm and drizzle-orm/pg-core are imported from the user's drizzle-orm flattened
 * (flat-drizzle.ts), and the schema readers use that instance.
 */
export async function loadUserModule(file: string, options: LoadOptions = {}): Promise<Record<string, unknown>> {
  if (!existsSync(file)) throw new ModuleLoadError(`${file} does not exist`, 'not-found');
  trackModuleSource(file);
  const temp = join(dirname(file), `${temporaryModulePrefix(file, threadId)}${Date.now()}.${counter++}${TEMPORARY_MODULE_SUFFIX}`);
  const bundled = provided.get(file) ?? (await bundle(file, temp, options.cacheDir));
  recorded.set(file, bundled);
  await writeFile(temp, bundled.code);
  // Stack traces point at the user's own lines through the bundle's inline source map, while it loads. Only then:
  // parsing the source maps of every module (seedforge's bundle, its libraries) cost ~70 MB and ~50 ms per command.
  process.setSourceMapsEnabled(true);
  try {
    const module = (await import(pathToFileURL(temp).href)) as Record<string, unknown>;
    if (bundled.drizzle) {
      const [root, pgCore] = await Promise.all([import(bundled.drizzle.root), import(bundled.drizzle['pg-core'])]);
      useDrizzle(root as typeof import('drizzle-orm'), pgCore as typeof import('drizzle-orm/pg-core'));
    }
    return module;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ModuleLoadError(message, 'runtime', locateInStack(error, file));
  } finally {
    process.setSourceMapsEnabled(false);
    await unlink(temp).catch(() => {});
  }
}

/** The latest bundle of every module loaded on this thread, by source path. */
const recorded = new Map<string, BundledModule>();
/** Bundles handed to this (worker) thread, used instead of running esbuild again. */
const provided = new Map<string, BundledModule>();

/** Bundles of the modules this thread loaded: worker threads get them so they need not bundle again. */
export function loadedBundles(): Record<string, BundledModule> {
  return Object.fromEntries(recorded);
}

/** Makes later loads of these files use the given bundles (a worker thread, planning what the main thread planned). */
export function provideBundles(bundles: Record<string, BundledModule>): void {
  for (const [file, bundled] of Object.entries(bundles)) provided.set(file, bundled);
}

/**
 * Starts checking (and, on a first compile, building) the flattened drizzle-orm that modules in `dir` resolve, before
 * the config is bundled: esbuild builds it in its own process while this thread loads the compiler. The bundle's
 * resolution then joins this call (sharedFlatDrizzle). Does nothing when `dir` resolves no drizzle-orm.
 */
export function prefetchFlatDrizzle(dir: string, cacheDir: string): void {
  const pkgDir = drizzlePackageFrom(dir);
  if (pkgDir) void usingEsbuild((esbuild) => sharedFlatDrizzle(esbuild, pkgDir, cacheDir));
}

/** Uses of esbuild in progress on this thread: its service process is stopped when none is left. */
let esbuildUsers = 0;

/** Runs `work` with esbuild's API, then stops its service process unless another use is in progress. */
async function usingEsbuild<T>(work: (esbuild: typeof import('esbuild')) => Promise<T>): Promise<T> {
  const esbuild = loadEsbuild();
  esbuildUsers++;
  try {
    return await work(esbuild);
  } finally {
    // The service process would otherwise live (and hold its memory) until this process exits.
    if (--esbuildUsers === 0) await esbuild.stop();
  }
}

/**
 * esbuild's API, loaded with `require`: it is a CommonJS module, which `import()` would first scan with Node's lexer for
 * its named exports (88 KB of source: 21-24 ms against 7-8 ms on this project's machines, measured with node -e).
 */
function loadEsbuild(): typeof import('esbuild') {
  return createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
}

async function bundle(file: string, temp: string, cacheDir: string | undefined): Promise<BundledModule> {
  return usingEsbuild(async (esbuild) => {
    try {
      return await bundleWith(esbuild, file, temp, cacheDir);
    } catch (error) {
      const first = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors?.[0];
      if (first) {
        const location = first.location ? { file: join(process.cwd(), first.location.file), line: first.location.line, column: first.location.column + 1 } : undefined;
        throw new ModuleLoadError(first.text, 'syntax', location);
      }
      throw error;
    }
  });
}

/** Bundles `file` with esbuild; with a cache directory, importing the flattened drizzle-orm where it can. */
async function bundleWith(esbuild: typeof import('esbuild'), file: string, temp: string, cacheDir: string | undefined): Promise<BundledModule> {
  const build = async (flat: boolean): Promise<BundledModule & { otherSubpath: boolean }> => {
    let drizzle: FlatDrizzle | undefined;
    let otherSubpath = false;
    const result = await esbuild.build({
      entryPoints: [file],
      // Source map paths are relative to the bundle, which is written next to the source.
      outfile: temp,
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      sourcesContent: false,
      logLevel: 'silent',
      plugins: flat && cacheDir ? [flattenDrizzle(esbuild, cacheDir, (found) => (drizzle = found), () => (otherSubpath = true))] : [],
    });
    return { code: result.outputFiles[0]!.text, drizzle, otherSubpath };
  };
  const first = await build(true);
  // A deep import (drizzle-orm/pg-core/columns, drizzle-orm/postgres-js...) would load a second drizzle-orm beside
  // the flattened one: such a module imports the package as it is, throughout.
  const { code, drizzle } = first.drizzle && first.otherSubpath ? await build(false) : first;
  return drizzle ? { code, drizzle } : { code };
}

/**
 * Resolves `drizzle-orm` and `drizzle-orm/pg-core` to the flattened files of the copy they would resolve to, and
 * reports any other subpath of the package. Other packages are left to `packages: 'external'`.
 */
function flattenDrizzle(esbuild: typeof import('esbuild'), cacheDir: string, found: (drizzle: FlatDrizzle) => void, other: () => void): import('esbuild').Plugin {
  const entries = new Map(Object.entries(FLAT_SUBPATHS).map(([entry, subpath]) => [subpath as string, entry as FlatEntry]));
  const built = new Map<string, Promise<FlatDrizzle | undefined>>();
  return {
    name: 'seedforge-flat-drizzle',
    setup(build) {
      build.onResolve({ filter: /^drizzle-orm(\/|$)/ }, async (args) => {
        const entry = entries.get(args.path);
        if (!entry) {
          other();
          return undefined;
        }
        // Not installed there: esbuild's own resolution reports what is missing.
        const pkgDir = drizzlePackageFrom(args.resolveDir, args.path);
        if (pkgDir && !built.has(pkgDir)) built.set(pkgDir, sharedFlatDrizzle(esbuild, pkgDir, cacheDir));
        const drizzle = pkgDir ? await built.get(pkgDir) : undefined;
        if (!drizzle) return undefined;
        found(drizzle);
        return { path: drizzle[entry], external: true };
      });
    },
  };
}

function locateInStack(error: unknown, file: string): { file: string; line: number; column: number } | undefined {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  const dir = dirname(file);
  for (const line of stack.split('\n')) {
    const m = /\(?(\/[^\s():]+):(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (m && m[1]!.startsWith(dir) && !m[1]!.includes('node_modules')) {
      return { file: m[1]!, line: Number(m[2]), column: Number(m[3]) };
    }
  }
  return undefined;
}

/**
 * drizzle-orm in three files instead of a hundred. Its ESM build is about 100 modules, which Node resolves, reads and
 * compiles one by one: about 90 ms on every thread that reads a schema (the compiling thread and every worker), more
 * than a third of a small compile. The same code bundled into one entry per subpath and a shared chunk loads in about
 * 25 ms. So the first compile bundles the user's own drizzle-orm (the copy their schema resolves) into the derived cache
 * (derived-cache.ts), and the config's bundle imports those files instead of the package (load-module.ts). seedforge
 * reads the schema with that same instance (read-drizzle-schema.ts).
 *
 * An entry is keyed by the package's real path and version and by esbuild's version, and it records every file it was
 * built from with its size and modification time, and the sha256 of every file it holds. Before use each is checked:
 * an edited, reinstalled or patched drizzle-orm, or a damaged entry, is built again. Anything that fails here (no cache
 * directory, a read-only disk, a drizzle-orm esbuild cannot bundle) returns undefined and the package is imported as
 * it always was: the cache only ever costs the speed-up.
 */
import { builtinModules, createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { digest, packageRoot } from './derived-cache.ts';

/** The flattened subpaths, by the name of the file each is written to. The schema readers need exactly these two. */
export const FLAT_SUBPATHS = { root: 'drizzle-orm', 'pg-core': 'drizzle-orm/pg-core' } as const;
export type FlatEntry = keyof typeof FLAT_SUBPATHS;

/** A flattened drizzle-orm: the file URL to import instead of each subpath. */
export type FlatDrizzle = Record<FlatEntry, string>;

/** The entry's layout; part of the key, so a change of it never reads an older layout. */
const FORMAT = 2;
/** Entries kept (one per drizzle-orm copy and version); the least recently built go first. */
const KEEP = 8;

interface Recorded {
  /** Files esbuild read, with what they were when it did. */
  inputs: { path: string; size: number; mtimeMs: number }[];
  /** sha256 of every file of the entry but this record. */
  outputs: Record<string, string>;
}

type Esbuild = typeof import('esbuild');

/** Calls of flatDrizzle under way, by package and cache directory: a prefetch and the bundle's own call share one. */
const underWay = new Map<string, Promise<FlatDrizzle | undefined>>();

/** flatDrizzle, joining a call for the same package and cache directory that is under way. */
export function sharedFlatDrizzle(esbuild: Esbuild, pkgDir: string, cacheDir: string): Promise<FlatDrizzle | undefined> {
  const key = `${pkgDir}\0${cacheDir}`;
  let call = underWay.get(key);
  if (!call) {
    call = flatDrizzle(esbuild, pkgDir, cacheDir).finally(() => underWay.delete(key));
    underWay.set(key, call);
  }
  return call;
}

/** The flattened drizzle-orm whose package.json is `pkgDir`/package.json, built into `cacheDir` when missing or stale. */
export async function flatDrizzle(esbuild: Esbuild, pkgDir: string, cacheDir: string): Promise<FlatDrizzle | undefined> {
  try {
    const real = realpathSync(pkgDir);
    const { name, version } = JSON.parse(readFileSync(join(real, 'package.json'), 'utf8')) as { name?: string; version?: string };
    if (name !== 'drizzle-orm' || typeof version !== 'string') return undefined;
    const key = digest(JSON.stringify([FORMAT, real, version, esbuild.version])).slice(0, 24);
    const root = join(cacheDir, 'drizzle');
    const dir = join(root, key);
    if (isFresh(dir)) return urls(dir);
    // A copy esbuild could not flatten is not tried again on every compile, until the package is installed anew.
    const marker = join(root, `${key}.unsupported`);
    const installed = packageStamp(real);
    if (readText(marker) === installed) return undefined;
    try {
      await build(esbuild, real, root, dir);
    } catch (error) {
      if (error instanceof Unsupported || (error as { errors?: unknown[] }).errors?.length) writeFileSync(marker, installed);
      throw error;
    }
    return urls(dir);
  } catch {
    return undefined;
  }
}

/** A drizzle-orm that cannot live in the cache on its own: it imports another package. */
class Unsupported extends Error {}

/** What identifies an installation of the package: its package.json's size and modification time. */
function packageStamp(pkgDir: string): string {
  const stat = statSync(join(pkgDir, 'package.json'));
  return `${stat.size}:${stat.mtimeMs}`;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The directory of the drizzle-orm that `specifier` (drizzle-orm or a subpath) resolves to from a module in `dir`. */
export function drizzlePackageFrom(dir: string, specifier = 'drizzle-orm'): string | undefined {
  try {
    return packageRoot(createRequire(join(dir, 'noop.js')).resolve(specifier), 'drizzle-orm')?.dir;
  } catch {
    return undefined; // not installed there: the caller imports (and reports) as it always did
  }
}

function urls(dir: string): FlatDrizzle {
  return Object.fromEntries(Object.keys(FLAT_SUBPATHS).map((entry) => [entry, pathToFileURL(join(dir, `${entry}.mjs`)).href])) as FlatDrizzle;
}

function isFresh(dir: string): boolean {
  let recorded: Recorded;
  try {
    recorded = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) as Recorded;
  } catch {
    return false;
  }
  for (const input of recorded.inputs) {
    const stat = statSync(input.path, { throwIfNoEntry: false });
    if (!stat || stat.size !== input.size || stat.mtimeMs !== input.mtimeMs) return false;
  }
  for (const [file, hash] of Object.entries(recorded.outputs)) {
    try {
      if (digest(readFileSync(join(dir, file))) !== hash) return false;
    } catch {
      return false;
    }
  }
  return Object.keys(FLAT_SUBPATHS).every((entry) => `${entry}.mjs` in recorded.outputs);
}

async function build(esbuild: Esbuild, pkgDir: string, root: string, dir: string): Promise<void> {
  const temp = join(root, `.tmp-${process.pid}-${threadId}-${Date.now()}`);
  mkdirSync(temp, { recursive: true });
  try {
    const result = await esbuild.build({
      // The subpaths as the package exports them, resolved from inside it: the files the user's imports resolve to.
      entryPoints: Object.entries(FLAT_SUBPATHS).map(([out, subpath]) => ({ in: subpath, out })),
      nodePaths: [dirname(pkgDir)],
      absWorkingDir: pkgDir,
      outdir: temp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      chunkNames: 'chunk-[hash]',
      // ES modules whatever package.json is above the cache (a project's "type": "commonjs" would make .js CommonJS).
      outExtension: { '.js': '.mjs' },
      metafile: true,
      write: true,
      logLevel: 'silent',
    });
    // Every import but Node's builtins must be inside the bundle: the files live in the cache, where nothing else resolves.
    const builtin = (path: string) => path.startsWith('node:') || builtinModules.includes(path);
    const external = Object.values(result.metafile.outputs).some((output) => output.imports.some((i) => i.external && !builtin(i.path)));
    if (external) throw new Unsupported('drizzle-orm imports another package');
    const inputs = Object.keys(result.metafile.inputs).map((path) => {
      const absolute = resolve(pkgDir, path);
      const stat = statSync(absolute);
      return { path: absolute, size: stat.size, mtimeMs: stat.mtimeMs };
    });
    const outputs = Object.fromEntries(readdirSync(temp).map((file) => [file, digest(readFileSync(join(temp, file)))]));
    writeFileSync(join(temp, 'inputs.json'), JSON.stringify({ inputs, outputs } satisfies Recorded));
    // Another process may have built the same entry meanwhile, and may be importing it: a fresh entry is never replaced.
    if (isFresh(dir)) return;
    // A stale one is moved aside first (its files stay whole for anyone still reading them), then removed.
    if (existsSync(dir)) {
      const old = join(root, `.tmp-old-${process.pid}-${threadId}-${Date.now()}`);
      renameSync(dir, old);
      rmSync(old, { recursive: true, force: true });
    }
    try {
      renameSync(temp, dir);
    } catch (error) {
      // Another process moved its build into place at the same moment: theirs serves as well as ours.
      if (!isFresh(dir)) throw error;
    }
    prune(root);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Keeps the KEEP most recent entries, and removes temporary directories an interrupted build left an hour ago or more. */
function prune(root: string): void {
  const now = Date.now();
  const entries: { path: string; t: number }[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    const t = statSync(path).mtimeMs;
    if (name.startsWith('.tmp-')) {
      if (now - t > 3_600_000) rmSync(path, { recursive: true, force: true });
    } else entries.push({ path, t });
  }
  entries.sort((a, b) => b.t - a.t);
  for (const { path } of entries.slice(KEEP)) rmSync(path, { recursive: true, force: true });
}

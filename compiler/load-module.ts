import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
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

/**
 * Imports a TypeScript (or JavaScript) module of the user's: bundled with esbuild (their own files inlined,
 * packages left external so Drizzle and seedforge resolve from the user's node_modules), written next to the source
 * so resolution works from there, imported, then removed. Inline source maps keep stack traces on the user's lines.
 */
export async function loadUserModule(file: string): Promise<Record<string, unknown>> {
  if (!existsSync(file)) throw new ModuleLoadError(`${file} does not exist`, 'not-found');
  trackModuleSource(file);
  const temp = join(dirname(file), `${temporaryModulePrefix(file, threadId)}${Date.now()}.${counter++}${TEMPORARY_MODULE_SUFFIX}`);
  const code = provided.get(file) ?? (await bundle(file, temp));
  recorded.set(file, code);
  await writeFile(temp, code);
  // Stack traces point at the user's own lines through the bundle's inline source map, while it loads. Only then:
  // parsing the source maps of every module (seedforge's bundle, its libraries) cost ~70 MB and ~50 ms per command.
  process.setSourceMapsEnabled(true);
  try {
    return (await import(pathToFileURL(temp).href)) as Record<string, unknown>;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ModuleLoadError(message, 'runtime', locateInStack(error, file));
  } finally {
    process.setSourceMapsEnabled(false);
    await unlink(temp).catch(() => {});
  }
}

/** The latest bundle of every module loaded on this thread, by source path. */
const recorded = new Map<string, string>();
/** Bundles handed to this (worker) thread, used instead of running esbuild again. */
const provided = new Map<string, string>();

/** Bundles of the modules this thread loaded: worker threads get them so they need not bundle again. */
export function loadedBundles(): Record<string, string> {
  return Object.fromEntries(recorded);
}

/** Makes later loads of these files use the given bundles (a worker thread, planning what the main thread planned). */
export function provideBundles(bundles: Record<string, string>): void {
  for (const [file, code] of Object.entries(bundles)) provided.set(file, code);
}

/** Bundles in progress on this thread: esbuild's service process is stopped when none is left. */
let activeBundles = 0;

/**
 * esbuild's API, loaded with `require`: it is a CommonJS module, which `import()` would first scan with Node's lexer for
 * its named exports (88 KB of source: 21-24 ms against 7-8 ms on this project's machines, measured with node -e).
 */
function loadEsbuild(): typeof import('esbuild') {
  return createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
}

async function bundle(file: string, temp: string): Promise<string> {
  const esbuild = loadEsbuild();
  activeBundles++;
  try {
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
    });
    return result.outputFiles[0]!.text;
  } catch (error) {
    const first = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] }).errors?.[0];
    if (first) {
      const location = first.location ? { file: join(process.cwd(), first.location.file), line: first.location.line, column: first.location.column + 1 } : undefined;
      throw new ModuleLoadError(first.text, 'syntax', location);
    }
    throw error;
  } finally {
    // The service process would otherwise live (and hold its memory) until this process exits.
    if (--activeBundles === 0) await esbuild.stop();
  }
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

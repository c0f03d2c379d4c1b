/**
 * A cache of the artifacts that cost more to make than the data they describe: schema.sql (drizzle-kit), the typed
 * files (ts-morph), and the value lists taken from faker's English locale (locale-cache.ts). Each entry is keyed by
 * the sha256 of everything it is computed from, including seedforge's build (BUILD_ID) and the version of the library
 * that made it, so a hit gives the bytes a fresh run would print without loading that library. The CLI keeps it in
 * `node_modules/.cache/seedforge` (where build tools keep theirs); `--no-cache` or SEEDFORGE_CACHE=0 turns it off. A
 * damaged or unreadable entry is a miss, never an error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { TOOL_VERSION } from '../runtime/manifest.ts';

export type CacheKind = 'schema-sql' | 'typed' | 'hint' | 'locale';

declare const __SEEDFORGE_BUILD__: string | undefined;

/**
 * Which seedforge made an entry: the release, and the hash of the sources the bundle was built from (scripts/build.mjs),
 * so a changed printer never reads what an earlier build of the same version cached. From sources: 'source'.
 */
export const BUILD_ID = `${TOOL_VERSION}+${typeof __SEEDFORGE_BUILD__ === 'string' ? __SEEDFORGE_BUILD__ : 'source'}`;

/** Entries kept per kind; the least recently written go first. */
const KEEP = 64;

interface Entry {
  key: string;
  files: Record<string, string>;
  /** sha256 of the files' canonical JSON: a half-written or edited entry is a miss. */
  sha256: string;
}

export class DerivedCache {
  constructor(readonly dir: string) {}

  /** The cache for a project in `cwd`: the nearest `node_modules` above it, or none (no cache). */
  static locate(cwd: string): DerivedCache | undefined {
    for (let dir = cwd; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'node_modules'))) return new DerivedCache(join(dir, 'node_modules', '.cache', 'seedforge'));
      if (dirname(dir) === dir) return undefined;
    }
  }

  get(kind: CacheKind, key: string): Record<string, string> | undefined {
    try {
      const entry = JSON.parse(readFileSync(this.path(kind, key), 'utf8')) as Entry;
      if (entry.key !== key || entry.sha256 !== digest(JSON.stringify(entry.files))) return undefined;
      return entry.files;
    } catch {
      return undefined;
    }
  }

  has(kind: CacheKind, key: string): boolean {
    return existsSync(this.path(kind, key));
  }

  /** Stores an entry (written whole, then renamed into place); a cache that cannot be written is skipped. */
  put(kind: CacheKind, key: string, files: Record<string, string>): void {
    try {
      const dir = join(this.dir, kind);
      mkdirSync(dir, { recursive: true });
      const entry: Entry = { key, files, sha256: digest(JSON.stringify(files)) };
      const temp = join(dir, `.${key}.${process.pid}-${threadId}.tmp`);
      writeFileSync(temp, JSON.stringify(entry));
      renameSync(temp, this.path(kind, key));
      prune(dir);
    } catch {
      // A read-only or full disk only loses the speed-up.
    }
  }

  private path(kind: CacheKind, key: string): string {
    return join(this.dir, kind, `${key}.json`);
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((f) => f.endsWith('.json'));
  if (entries.length <= KEEP) return;
  const byAge = entries.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, entries.length - KEEP)) rmSync(join(dir, f), { force: true });
}

export function digest(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

const versions = new Map<string, string>();

/** The installed version of a package seedforge uses (resolved from seedforge itself), part of cache keys. */
export function packageVersion(name: string, entry = name): string {
  let version = versions.get(name);
  if (version === undefined) {
    try {
      version = packageRoot(createRequire(import.meta.url).resolve(entry), name)?.version;
    } catch {
      // Unresolvable: 'unknown' still keys correctly as long as nothing changes.
    }
    version ??= 'unknown';
    versions.set(name, version);
  }
  return version;
}

/** The directory and version of package `name` that the file `inside` (a resolved entry of it) belongs to. */
export function packageRoot(inside: string, name: string): { dir: string; version: string } | undefined {
  for (let dir = dirname(inside); dirname(dir) !== dir; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    // A package.json of another name (a nested {"type": ...}) is passed over.
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === name) return { dir, version: pkg.version ?? 'unknown' };
  }
  return undefined;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const runtime = join(root, 'runtime');

/** Layers and packages the runtime must never load (ARCHITECTURE §1, §2): it loads artifacts, it does not make them. */
const forbiddenDirs = ['dsl', 'compiler', 'cli'].map((d) => join(root, d) + '/');
const forbiddenPackages = ['@faker-js/faker', 'ts-morph', 'esbuild', 'drizzle-kit', 'tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name) ? [path] : [];
  });
}

/** Every module specifier: static imports, re-exports, dynamic import() and require(). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Walks the import graph from every runtime file; returns each reachable file and package with the path that reached it. */
function reachable(): { files: Map<string, string[]>; packages: Map<string, string[]> } {
  const files = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const queue: [string, string[]][] = sourceFiles(runtime).map((f) => [f, [relative(root, f)]]);
  while (queue.length > 0) {
    const [file, path] = queue.shift()!;
    if (files.has(file)) continue;
    files.set(file, path);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (existsSync(target) && target.endsWith('.ts')) queue.push([target, [...path, relative(root, target)]]);
      } else if (!specifier.startsWith('node:')) {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, [...path, name]);
      }
    }
  }
  return { files, packages };
}

describe('runtime import boundary', () => {
  const graph = reachable();

  it('sees the runtime (sanity: the walk found files and packages)', () => {
    expect(graph.files.size).toBeGreaterThan(15);
    expect([...graph.packages.keys()]).toEqual(expect.arrayContaining(['postgres', '@electric-sql/pglite']));
  });

  it('never reaches dsl/, compiler/ or cli/, directly or transitively', () => {
    const bad = [...graph.files.entries()].filter(([file]) => forbiddenDirs.some((d) => file.startsWith(d))).map(([, path]) => path.join(' -> '));
    expect(bad).toEqual([]);
  });

  it('never loads faker, ts-morph, esbuild, drizzle-kit or tsx', () => {
    const bad = forbiddenPackages.filter((p) => graph.packages.has(p)).map((p) => graph.packages.get(p)!.join(' -> '));
    expect(bad).toEqual([]);
  });

  it('the check itself catches a forbidden import (the patterns match every import form)', () => {
    const sample = `import { a } from '../compiler/x.ts';\nimport type { B } from "../dsl/index.ts";\nexport * from './y.ts';\nconst f = await import('ts-morph');\nrequire('esbuild');`;
    expect(specifiers(sample)).toEqual(['../compiler/x.ts', '../dsl/index.ts', './y.ts', 'ts-morph', 'esbuild']);
  });

  // `npm test` builds first; the bundle's import graph (chunks included) must be just as clean.
  it.skipIf(!existsSync(join(root, 'dist', 'runtime.js')))('the built dist/runtime.js loads none of them either', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) walk(resolve(dirname(file), specifier));
        else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
      }
    };
    walk(join(root, 'dist', 'runtime.js'));
    expect(packages.has('postgres')).toBe(true);
    expect(forbiddenPackages.filter((p) => packages.has(p))).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pgCore from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { drizzlePackageFrom, flatDrizzle } from '../../compiler/flat-drizzle.ts';
import { loadUserModule, loadedBundles } from '../../compiler/load-module.ts';
import { findTables, readDrizzleSchema } from '../../compiler/read-drizzle-schema.ts';
import { temporaryDirectories } from '../support/files.ts';

const root = join(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const esbuild = require('esbuild') as typeof import('esbuild');
const pkgDir = drizzlePackageFrom(root)!;
const temp = temporaryDirectories();

/** A stand-in drizzle-orm package in a new project: its entry and its pg-core entry, as ES modules. */
function fakeDrizzle(version: string, index: string, pgCore: string): string {
  const dir = join(temp('seedforge-flat-fake-'), 'node_modules', 'drizzle-orm');
  mkdirSync(join(dir, 'pg-core'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'drizzle-orm', version, type: 'module', exports: { '.': './index.js', './pg-core': './pg-core/index.js' } }));
  writeFileSync(join(dir, 'index.js'), index);
  writeFileSync(join(dir, 'pg-core', 'index.js'), pgCore);
  return dir;
}

/** The entry's directory and its record of inputs and outputs. */
function entryOf(cacheDir: string): { dir: string; record: { inputs: { path: string; size: number; mtimeMs: number }[]; outputs: Record<string, string> } } {
  const [key, ...others] = readdirSync(join(cacheDir, 'drizzle')).filter((f) => !f.startsWith('.'));
  expect(others).toEqual([]);
  const dir = join(cacheDir, 'drizzle', key!);
  return { dir, record: JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8')) };
}

describe('flattened drizzle-orm (compiler/flat-drizzle.ts)', () => {
  it('is drizzle-orm and drizzle-orm/pg-core in a few files, with the same exports, recording what it was built from', async () => {
    const cacheDir = temp('seedforge-flat-');
    expect(pkgDir).toBe(join(root, 'node_modules', 'drizzle-orm'));
    const flat = (await flatDrizzle(esbuild, pkgDir, cacheDir))!;
    expect(Object.keys(flat).sort()).toEqual(['pg-core', 'root']);
    const { dir, record } = entryOf(cacheDir);
    expect(readdirSync(dir).filter((f) => f.endsWith('.mjs')).length).toBeLessThanOrEqual(4);
    // Every input is a file of the package, as it is now.
    expect(record.inputs.length).toBeGreaterThan(50);
    for (const input of record.inputs) {
      expect(input.path.startsWith(pkgDir), input.path).toBe(true);
      expect(statSync(input.path).size).toBe(input.size);
    }
    const [flatRoot, flatPg] = await Promise.all([import(flat.root), import(flat['pg-core'])]);
    expect(Object.keys(flatPg).sort()).toEqual(Object.keys(pgCore).sort());
    expect(Object.keys(flatRoot).sort()).toEqual(Object.keys(await import('drizzle-orm')).sort());
    // One instance: pg-core's tables are the root's tables.
    expect(Object.getPrototypeOf(flatPg.PgTable)).toBe(flatRoot.Table);
  });

  it('is used again while its inputs and files are unchanged, and built again when either changes', async () => {
    const cacheDir = temp('seedforge-flat-');
    const first = (await flatDrizzle(esbuild, pkgDir, cacheDir))!;
    const { dir, record } = entryOf(cacheDir);
    const recordFile = join(dir, 'inputs.json');
    const built = statSync(recordFile).mtimeMs;
    expect(await flatDrizzle(esbuild, pkgDir, cacheDir)).toEqual(first);
    expect(statSync(recordFile).mtimeMs).toBe(built);

    // An input that changed since (its recorded time no longer matches the file's): built again, recorded as it is.
    const edited = { ...record, inputs: record.inputs.map((input, i) => (i === 3 ? { ...input, mtimeMs: input.mtimeMs - 1000 } : input)) };
    writeFileSync(recordFile, JSON.stringify(edited));
    expect(await flatDrizzle(esbuild, pkgDir, cacheDir)).toEqual(first);
    expect(entryOf(cacheDir).record).toEqual(record);

    // A damaged file of the entry: built again, and it loads.
    const pgFile = fileURLToPath(first['pg-core']);
    writeFileSync(pgFile, 'export const broken = ;');
    expect(await flatDrizzle(esbuild, pkgDir, cacheDir)).toEqual(first);
    expect(readFileSync(pgFile, 'utf8')).not.toContain('broken');
    expect(entryOf(cacheDir).record).toEqual(record);
  });

  it('is built by concurrent compiles without one removing what another uses', async () => {
    const cacheDir = temp('seedforge-flat-');
    const pending = [1, 2, 3, 4].map(() => flatDrizzle(esbuild, pkgDir, cacheDir));
    // Once one build is in place, the others (which found no entry when they started) leave it as it is.
    await Promise.race(pending);
    const { dir } = entryOf(cacheDir);
    const inPlace = statSync(join(dir, 'pg-core.mjs')).ino;
    const builds = await Promise.all(pending);
    expect(new Set(builds.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(statSync(join(dir, 'pg-core.mjs')).ino).toBe(inPlace);
    // One entry, whole; no temporary directory left behind.
    expect(readdirSync(join(cacheDir, 'drizzle'))).toEqual([dir.split('/').pop()]);
    expect(Object.keys((await import(builds[0]!['pg-core'])) as object)).toContain('pgTable');
  });

  it('loads as ES modules under a package that says "type": "commonjs"', async () => {
    const project = temp('seedforge-flat-cjs-');
    writeFileSync(join(project, 'package.json'), '{"type":"commonjs"}');
    const flat = (await flatDrizzle(esbuild, pkgDir, join(project, 'cache')))!;
    // Imported by Node itself (vitest would transform the files whatever their type).
    const script = `const [pg, root] = await Promise.all([import(${JSON.stringify(flat['pg-core'])}), import(${JSON.stringify(flat.root)})]); console.log(typeof pg.pgTable, typeof root.sql);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('function function');
  });

  it('is not tried again for a copy esbuild cannot flatten, until the package is installed anew', async () => {
    // A stand-in drizzle-orm whose entry imports a package that is not installed.
    const fake = fakeDrizzle('0.0.1', "import 'not-installed-anywhere';\nexport const is = () => false;\n", 'export const pgTable = () => ({});\n');
    let builds = 0;
    const counting = { version: esbuild.version, build: ((options: never) => (builds++, esbuild.build(options))) as typeof esbuild.build } as typeof esbuild;
    const cacheDir = temp('seedforge-flat-');
    expect(await flatDrizzle(counting, fake, cacheDir)).toBeUndefined();
    expect(await flatDrizzle(counting, fake, cacheDir)).toBeUndefined();
    expect(builds).toBe(1);
    // Installed anew (its package.json rewritten): tried again.
    utimesSync(join(fake, 'package.json'), new Date(), new Date(Date.now() + 5000));
    expect(await flatDrizzle(counting, fake, cacheDir)).toBeUndefined();
    expect(builds).toBe(2);
  });

  it('keeps imports of Node builtins, which resolve from anywhere', async () => {
    const fake = fakeDrizzle('0.0.2', "import { createHash } from 'node:crypto';\nexport const digest = (s) => createHash('sha256').update(s).digest('hex');\n", "export { digest } from '../index.js';\n");
    const flat = (await flatDrizzle(esbuild, fake, temp('seedforge-flat-')))!;
    expect(flat).toBeDefined();
    const script = `const m = await import(${JSON.stringify(flat['pg-core'])}); console.log(m.digest('a').slice(0, 8));`;
    expect(spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout.trim()).toBe('ca978112');
  });

  it('is skipped, never an error, when the cache cannot be written or the directory is not drizzle-orm', async () => {
    const blocked = join(temp('seedforge-flat-'), 'a-file');
    writeFileSync(blocked, '');
    expect(await flatDrizzle(esbuild, pkgDir, blocked)).toBeUndefined();
    expect(await flatDrizzle(esbuild, join(root, 'node_modules', 'zod'), temp('seedforge-flat-'))).toBeUndefined();
  });

  it('is what a user module imports with a cache directory, and the schema is read with that instance', async () => {
    const cacheDir = temp('seedforge-flat-');
    const file = join(root, 'examples/shop/schema.ts');
    const flatLoaded = await loadUserModule(file, { cacheDir });
    const bundled = loadedBundles()[file]!;
    expect(bundled.drizzle).toBeDefined();
    expect(bundled.code).toContain(bundled.drizzle!['pg-core']);
    expect(bundled.code).not.toMatch(/from ["']drizzle-orm/);
    const flatPg = await import(bundled.drizzle!['pg-core']);
    const tables = findTables(flatLoaded);
    expect(tables.length).toBeGreaterThan(2);
    expect(tables.every(({ table }) => table instanceof flatPg.PgTable)).toBe(true);

    // Without a cache: the package itself, and the same schema model.
    const plain = await loadUserModule(file);
    expect(loadedBundles()[file]!.drizzle).toBeUndefined();
    expect(loadedBundles()[file]!.code).toMatch(/from ["']drizzle-orm\/pg-core["']/);
    expect(findTables(plain).some(({ table }) => table instanceof flatPg.PgTable)).toBe(false);
    expect(readDrizzleSchema(plain)).toEqual(readDrizzleSchema(flatLoaded));
  });

  it('is not used by a module importing another subpath of drizzle-orm, which would load a second copy beside it', async () => {
    const dir = temp('seedforge-flat-project-');
    const file = join(dir, 'schema.ts');
    writeFileSync(
      file,
      [
        "import { pgTable, serial } from 'drizzle-orm/pg-core';",
        "import { PgText } from 'drizzle-orm/pg-core/columns/text';",
        'export const notes = pgTable("notes", { id: serial("id").primaryKey() });',
        'export const textColumn = PgText.name;',
      ].join('\n'),
    );
    // Resolved from the project's node_modules, as a user's would be.
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const { symlinkSync } = await import('node:fs');
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const module = await loadUserModule(file, { cacheDir: temp('seedforge-flat-') });
    expect(loadedBundles()[file]!.drizzle).toBeUndefined();
    expect(loadedBundles()[file]!.code).toMatch(/from ["']drizzle-orm\/pg-core["']/);
    expect(findTables(module).map((t) => t.exportName)).toEqual(['notes']);
  });

  it('spares every thread of a compile the package: a second compile loads no file of node_modules/drizzle-orm', () => {
    const dir = temp('seedforge-flat-run-');
    // Every module the threads load (the main thread and, through the inherited --import, its workers).
    writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.SEEDFORGE_TEST_LOADED, url + '\\n'); return next(url, context); }\n");
    writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n");
    // The built library, with the worker rendering every range: it surely plans, and so loads the project.
    const script = [
      `const { compile } = await import(${JSON.stringify(new URL('../../dist/compiler.js', import.meta.url).href)});`,
      `const result = await compile({ schema: process.argv[2], counts: { '*': 2000 }, formats: ['csv'], outDir: process.argv[3], cacheDir: process.argv[4], workers: 2, callerRenders: false });`,
      `if (result.diagnostics.length > 0 || !(result.scenarios[0].workerRanges > 0)) throw new Error(JSON.stringify(result));`,
    ].join('\n');
    writeFileSync(join(dir, 'compile.mjs'), script);
    const compile = (name: string): string[] => {
      const log = join(dir, `${name}.log`);
      const args = ['--import', join(dir, 'register.mjs'), join(dir, 'compile.mjs'), join(root, 'examples/shop/schema.ts'), join(dir, name), join(dir, 'cache')];
      const result = spawnSync(process.execPath, args, { env: { ...process.env, SEEDFORGE_TEST_LOADED: log }, encoding: 'utf8', timeout: 120_000 });
      expect(result.status, result.stderr).toBe(0);
      return readFileSync(log, 'utf8').trimEnd().split('\n');
    };
    compile('first');
    const loaded = compile('second');
    expect(loaded.filter((url) => url.endsWith('/dist/compile-worker.js'))).toHaveLength(1);
    expect(loaded.filter((url) => url.includes('/node_modules/drizzle-orm/'))).toEqual([]);
    // Both threads imported the flattened files instead.
    expect(loaded.filter((url) => url.includes('/cache/drizzle/') && url.endsWith('/pg-core.mjs'))).toHaveLength(2);
  });
});

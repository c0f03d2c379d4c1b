import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseUrl, hasDatabase } from '../support/database.ts';
import { temporaryDirectories } from '../support/files.ts';

const root = join(import.meta.dirname, '../..');
const temp = temporaryDirectories();

/**
 * Every command that loads the project imports the flattened drizzle-orm from the derived cache (cli/project-cache.ts),
 * not the package's hundred modules: checked by logging every module Node loads, with a loader hook.
 */
describe('commands that load the project use the flattened drizzle-orm', () => {
  const dir = temp('seedforge-project-cache-');
  writeFileSync(join(dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { appendFileSync(process.env.SEEDFORGE_TEST_LOADED, url + '\\n'); return next(url, context); }\n");
  writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n");
  const cache = join(dir, 'cache');
  let runs = 0;
  /** The URLs of the modules `seedforge args` loaded (run from `cwd`, with the test's cache directory). */
  const loaded = (args: string[], cwd = root): { status: number | null; stderr: string; urls: string[] } => {
    const log = join(dir, `${runs++}.log`);
    const result = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), join(root, 'bin/seedforge.js'), ...args], {
      cwd,
      env: { ...process.env, SEEDFORGE_TEST_LOADED: log, SEEDFORGE_CACHE_DIR: cache },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: result.status, stderr: result.stderr, urls: existsSync(log) ? readFileSync(log, 'utf8').trimEnd().split('\n') : [] };
  };
  const flattened = (urls: string[]) => urls.filter((url) => url.includes('/cache/drizzle/') && url.endsWith('/pg-core.mjs'));
  const installed = (urls: string[]) => urls.filter((url) => url.includes('/node_modules/drizzle-orm/'));
  const schema = join(root, 'examples/shop/schema.ts');

  it.each([
    ['check', ['check', '--no-types', '--schema', schema]],
    ['preview', ['preview', 'customers', '--rows', '2', '--schema', schema]],
    ['diagram', ['diagram', '--schema', schema, '--out', '-']],
    ['types', ['types', 'typescript', '--schema', schema]],
  ])('%s', (_name, args) => {
    const run = loaded(args);
    expect(run.status, run.stderr).toBe(0);
    expect(flattened(run.urls)).toHaveLength(1);
    expect(installed(run.urls)).toEqual([]);
  });

  // Without an artifact directory, apply reads the config to find them.
  it.runIf(hasDatabase())('apply, finding its artifacts through the config', () => {
    const run = loaded(['apply', '--dry-run', '--scenario', 'blog', '--db', databaseUrl!], join(root, 'examples/blog'));
    // The config's bundle, imported from next to the config.
    expect(run.urls.some((url) => url.includes('/examples/blog/.mock.config.ts.') && url.endsWith('.seedforge.mjs'))).toBe(true);
    expect(flattened(run.urls)).toHaveLength(1);
    expect(installed(run.urls)).toEqual([]);
  });

  it('and not with SEEDFORGE_CACHE=0', () => {
    const log = join(dir, 'off.log');
    const result = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), join(root, 'bin/seedforge.js'), 'check', '--no-types', '--schema', schema], {
      cwd: root,
      env: { ...process.env, SEEDFORGE_TEST_LOADED: log, SEEDFORGE_CACHE_DIR: cache, SEEDFORGE_CACHE: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const urls = readFileSync(log, 'utf8').trimEnd().split('\n');
    expect(flattened(urls)).toEqual([]);
    expect(installed(urls).length).toBeGreaterThan(10);
  });
});

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/worker-hang');
const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'seedforge-leftovers-'));
  dirs.push(dir);
  return dir;
};
/** The temporary modules a load writes next to the user's file (compiler/load-module.ts). */
const leftovers = () => readdirSync(fixture).filter((f) => f.endsWith('.seedforge.mjs'));
// A failing run must not leave them in the source tree either.
afterAll(() => [...dirs, ...leftovers().map((f) => join(fixture, f))].forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('threads stopped while they import the config', () => {
  it('leave no temporary module next to it', async () => {
    // Through the built library (worker scripts exist only there).
    const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof import('../../compiler/index.ts');
    expect(leftovers()).toEqual([]);
    // Workers never get past the import: the compiling thread renders every row, then stops them mid-import.
    const result = await dist.compile({ config: join(fixture, 'hang.config.ts'), outDir: temp(), workers: 3, formats: ['csv'] });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.scenarios[0]!.workerRanges).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});

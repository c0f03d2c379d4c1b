import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Compiler from '../../compiler/index.ts';
import { filesIn as files } from '../support/files.ts';

// The side thread's script exists only in the built bundle (npm test builds it first), so this test compiles through
// dist/ — the code the CLI runs.
const root = join(import.meta.dirname, '../..');
const dist = (await import(new URL('../../dist/compiler.js', import.meta.url).href)) as typeof Compiler;
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function compileInto(sideThread: boolean, outDir = mkdtempSync(join(tmpdir(), 'seedforge-side-'))): Promise<Map<string, Buffer>> {
  temps.push(outDir);
  const result = await dist.compile({ config: join(root, 'mock.config.ts'), outDir, formats: ['csv', 'sql', 'json'], sideThread, workers: 1 });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return files(outDir);
}

describe('schema.sql and typed files printed on the side thread', () => {
  it('are byte-identical to printing them on the compiling thread, index and every scenario included', async () => {
    const inline = await compileInto(false);
    const side = await compileInto(true);
    expect([...side.keys()]).toEqual([...inline.keys()]);
    for (const name of ['types.d.ts', 'fixtures.js', 'blog/schema.sql', 'blog/types.d.ts', 'blog/fixtures.d.ts', 'shop/manifest.json']) expect(side.has(name), name).toBe(true);
    for (const [name, bytes] of inline) expect(side.get(name)!.equals(bytes), name).toBe(true);
  });

  it('a recompile into the same directory reuses the typed files and leaves every byte as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seedforge-side-'));
    const first = await compileInto(true, dir);
    const second = await compileInto(true, dir);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes), name).toBe(true);
  });
});

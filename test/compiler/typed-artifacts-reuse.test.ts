import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../../compiler/index.ts';

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'seedforge-typed-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('typed artifacts are reused only when their inputs and bytes are unchanged', () => {
  it('recompiling gives the same files, and a hand-edited declaration file is rewritten', async () => {
    const options = { config: join(root, 'examples/blog/mock.config.ts'), outDir: out };
    const first = await compile(options);
    expect(first.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const typesPath = join(out, 'blog', 'types.d.ts');
    const original = readFileSync(typesPath, 'utf8');
    const manifest = JSON.parse(readFileSync(join(out, 'blog', 'manifest.json'), 'utf8'));
    expect(manifest.typedArtifacts.files.map((f: { path: string }) => f.path)).toEqual(['types.d.ts', 'fixtures.js', 'fixtures.d.ts', 'diagram.mmd']);

    await compile(options);
    expect(readFileSync(typesPath, 'utf8')).toBe(original);

    writeFileSync(typesPath, original.replace('export', 'export /* edited */'));
    await compile(options);
    expect(readFileSync(typesPath, 'utf8')).toBe(original);
  });

  it('the committed examples are what a fresh compile makes', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'seedforge-typed-fresh-'));
    try {
      await compile({ config: join(root, 'mock.config.ts'), outDir: fresh });
      const reused = mkdtempSync(join(tmpdir(), 'seedforge-typed-reused-'));
      cpSync(fresh, reused, { recursive: true });
      await compile({ config: join(root, 'mock.config.ts'), outDir: reused });
      for (const file of ['blog/types.d.ts', 'blog/fixtures.js', 'shop/diagram.mmd', 'types.d.ts', 'fixtures.js']) {
        expect(readFileSync(join(reused, file), 'utf8'), file).toBe(readFileSync(join(fresh, file), 'utf8'));
      }
      rmSync(reused, { recursive: true, force: true });
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

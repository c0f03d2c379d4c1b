import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTsconfig, typeCheckProject } from '../../compiler/type-check-project.ts';
import { typeErrorMessage } from '../../compiler/type-error-text.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of a fixture project outside the repository (no tsconfig above it), with seedforge and drizzle linked in. */
function detached(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'seedforge-types-'));
  temps.push(dir);
  cpSync(join(fixtures, name), dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/seedforge'));
  symlinkSync(join(root, 'node_modules/drizzle-orm'), join(dir, 'node_modules/drizzle-orm'));
  return dir;
}

describe('typeCheckProject', () => {
  it('reports a typo\'d column, a mistyped generator and a mistyped ref, each at its line', async () => {
    const result = await typeCheckProject(join(fixtures, 'bad-types/mock.config.ts'));
    expect(result.tsconfig).toBe(join(root, 'tsconfig.json'));
    const lines = result.diagnostics.map((d) => `${d.source?.line}:${d.source?.column} ${d.severity} ${d.code} ${d.message}`);
    expect(lines).toMatchInlineSnapshot(`
      [
        "8:5 error SEEDFORGE_TYPE_ERROR users has no column "emial": use a property name of the Drizzle table.",
        "9:5 error SEEDFORGE_TYPE_ERROR users.plan stores strings; this generator makes values of another type.",
        "14:14 error SEEDFORGE_TYPE_ERROR g.ref() points at users.email, which stores strings, but posts.authorId stores numbers.",
      ]
    `);
    for (const d of result.diagnostics) {
      expect(d.source?.file).toBe(join(fixtures, 'bad-types/mock.config.ts'));
      expect(d.hint).toMatch(/editor shows the same error/);
    }
  });

  it('passes a correct project, with strict defaults when there is no tsconfig', async () => {
    const dir = detached('typed-project');
    expect(findTsconfig(dir)).toBeUndefined();
    const result = await typeCheckProject(join(dir, 'mock.config.ts'));
    expect(result.tsconfig).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toBe(2);
  });

  it('uses strict defaults: an implicit any is an error without a tsconfig', async () => {
    const dir = detached('typed-project');
    appendFileSync(join(dir, 'mock.config.ts'), '\nexport function pick(x) {\n  return x;\n}\n');
    const result = await typeCheckProject(join(dir, 'mock.config.ts'));
    expect(result.diagnostics.map((d) => `${d.source?.line}:${d.source?.column} ${d.message}`)).toEqual([
      "12:22 Parameter 'x' implicitly has an 'any' type. (TS7006)",
    ]);
  });
});

describe('typeErrorMessage', () => {
  it('keeps the branded message and flattens plain TypeScript errors to one line', () => {
    expect(typeErrorMessage('Type X is not assignable...\nProperty missing in type \'SeedforgeTypeError<"a \\"b\\" c">\'', 2322)).toBe('a "b" c');
    expect(typeErrorMessage("Cannot find module './nope.ts'.", 2307)).toBe("Cannot find module './nope.ts'. (TS2307)");
    expect(typeErrorMessage('first\nmiddle\nlast', 2322)).toBe('first last (TS2322)');
  });
});

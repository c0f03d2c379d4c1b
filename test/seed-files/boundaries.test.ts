import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE §2: the runtime never imports dsl/, compiler/, cli/ or the heavy build-time packages.
describe('runtime/seed-files imports', () => {
  it('stay inside the runtime', () => {
    const dir = join(import.meta.dirname, '../../runtime/seed-files');
    const forbidden = /from '(\.\.\/\.\.\/(dsl|compiler|cli)\/|@faker-js|ts-morph|esbuild|drizzle-kit)|import\('(\.\.\/\.\.\/(dsl|compiler|cli)\/|@faker-js|ts-morph|esbuild)/;
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => forbidden.test(readFileSync(join(dir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

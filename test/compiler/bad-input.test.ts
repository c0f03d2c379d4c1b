import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const dir = join(import.meta.dirname, '../fixtures/bad-config');
let out: string;

afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Every file under dir with its contents. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path.slice(root.length)] = readFileSync(path, 'utf8');
    }
  };
  walk(root);
  return files;
}

/** Runs compile into a fresh directory and checks that it failed cleanly and wrote nothing. */
function failing(args: string[]): string {
  out = mkdtempSync(join(tmpdir(), 'seedforge-bad-'));
  const result = runCli(['compile', ...args, '--out', join(out, 'generated')]);
  expect(result.status, result.stderr).toBe(1);
  expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  expect(existsSync(join(out, 'generated')) ? readdirSync(join(out, 'generated')) : []).toEqual([]);
  expect(readdirSync(dir).filter((f) => f.includes('.seedforge.'))).toEqual([]);
  return result.stderr;
}

describe('bad input: exit 1, one clear message per problem, nothing written', () => {
  it('a missing schema file', () => {
    const stderr = failing(['--schema', join(dir, 'nope.ts')]);
    expect(stderr).toMatch(/SEEDFORGE_SCHEMA_NOT_FOUND.*nope\.ts does not exist/);
  });

  it('a module exporting no tables', () => {
    const stderr = failing(['--schema', join(dir, 'no-tables.ts')]);
    expect(stderr).toMatch(/no-tables\.ts.*SEEDFORGE_SCHEMA_EMPTY.*exports no Drizzle pgTable/);
    expect(stderr).toMatch(/hint: export your tables/);
  });

  it('an unknown column, pointing at the definition line', () => {
    const stderr = failing(['--config', join(dir, 'unknown-column.config.ts')]);
    expect(stderr).toMatch(/unknown-column\.config\.ts:7:\d+\s+error SEEDFORGE_UNKNOWN_COLUMN\s+users: there is no column "emial"/);
    expect(stderr).toMatch(/hint: columns of users: id, email, plan/);
  });

  it('an unknown table', () => {
    const stderr = failing(['--config', join(dir, 'unknown-table.config.ts')]);
    expect(stderr).toMatch(/unknown-table\.config\.ts:7:\d+\s+error SEEDFORGE_UNKNOWN_TABLE\s+defineTable: table public\.stray is not in the schema/);
  });

  it('infeasible constraints: a unique column over 3 values, a one-to-one ref with too many children', () => {
    const stderr = failing(['--config', join(dir, 'infeasible.config.ts')]);
    expect(stderr).toMatch(/SEEDFORGE_UNIQUE_INFEASIBLE\s+users\.plan: .*10.*3/);
    expect(stderr).toMatch(/profiles: 20 rows cannot be generated: user_id is one-to-one with public\.users, which has only 10 rows/);
    expect(stderr).toMatch(/2 error\(s\)/);
  });

  it('a malformed config: one message per bad field', () => {
    const stderr = failing(['--config', join(dir, 'malformed.config.ts')]);
    expect(stderr).toMatch(/SEEDFORGE_CONFIG_INVALID\s+defineConfig: seed/);
    expect(stderr).toMatch(/SEEDFORGE_CONFIG_INVALID\s+defineConfig: formats\.1/);
  });

  it('a config that does not use defineConfig', () => {
    const stderr = failing(['--config', join(dir, 'not-define-config.config.ts')]);
    expect(stderr).toMatch(/must `export default defineConfig/);
  });

  it('a config with a syntax error, pointing at the line', () => {
    const stderr = failing(['--config', join(dir, 'syntax-error.config.ts')]);
    expect(stderr).toMatch(/syntax-error\.config\.ts:3:\d+\s+error SEEDFORGE_CONFIG_LOAD_FAILED/);
  });

  it('a value with a line that would end COPY data', () => {
    const stderr = failing(['--config', join(dir, 'end-of-data.config.ts')]);
    expect(stderr).toMatch(/SEEDFORGE_VALUE_INVALID\s+users: row 0 has a value with a line that is exactly "\\\."/);
  });

  it('a compile failing midway leaves an existing output directory exactly as it was', () => {
    out = mkdtempSync(join(tmpdir(), 'seedforge-bad-'));
    const target = join(out, 'generated');
    const good = runCli(['compile', '--schema', join(dir, 'schema.ts'), '--count', '3', '--out', target]);
    expect(good.status, good.stderr).toBe(0);
    const before = snapshot(target);
    // Fails while rows are being written (after planning succeeded): the staging directory must vanish.
    const result = runCli(['compile', '--config', join(dir, 'end-of-data.config.ts'), '--out', target]);
    expect(result.status).toBe(1);
    expect(snapshot(target)).toEqual(before);
  });

  it('a missing config', () => {
    out = mkdtempSync(join(tmpdir(), 'seedforge-bad-'));
    const result = runCli(['compile'], { cwd: out });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SEEDFORGE_CONFIG_NOT_FOUND.*No mock\.config\.ts/);
    expect(result.stderr).toMatch(/--schema/);
  });

  it('an unknown --count table and a bad --seed', () => {
    expect(failing(['--schema', join(dir, 'schema.ts'), '--count', 'nosuch=3'])).toMatch(/--count nosuch=3: there is no table "nosuch"/);
    expect(failing(['--schema', join(dir, 'schema.ts'), '--seed', 'abc'])).toMatch(/--seed must be a whole number/);
  });
});

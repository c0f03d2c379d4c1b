import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../compiler/resolve-config.ts';
import { DiagnosticBag } from '../../compiler/diagnostics.ts';

/** The messages resolveConfig reports for a config value (built as defineConfig / defineScenario build them). */
function messages(config: Record<string, unknown>): string[] {
  const bag = new DiagnosticBag();
  resolveConfig({ kind: 'config', ...config }, undefined, {}, bag);
  return bag.items.map((d) => d.message);
}

const scenario = (options: Record<string, unknown>) => ({ kind: 'scenario', ...options });

describe('config validation', () => {
  // zod's messages, word for word: they are what a user reads to fix the config.
  it('names each bad field of defineConfig with what it expected', () => {
    expect(messages({ seed: -1, formats: ['xml'], outDir: '', defaultCount: 1.5, referenceDate: 'soon' })).toEqual([
      'defineConfig: seed Too small: expected number to be >=0',
      'defineConfig: referenceDate must be an ISO date such as 2026-01-01T00:00:00Z',
      'defineConfig: outDir Too small: expected string to have >=1 characters',
      'defineConfig: formats.0 Invalid option: expected one of "sql"|"csv"|"json"',
      'defineConfig: defaultCount Invalid input: expected int, received number',
    ]);
    expect(messages({ seed: 2 ** 32, formats: [], tables: {} })).toEqual([
      'defineConfig: seed Too big: expected number to be <=4294967295',
      'defineConfig: formats Too small: expected array to have >=1 items',
      'defineConfig: tables Invalid input: expected array, received object',
    ]);
  });

  it('names each bad field of defineScenario', () => {
    const config = (s: Record<string, unknown>) => messages({ scenarios: [scenario(s)] });
    expect(config({ name: 'two words' })).toEqual(['defineScenario "two words": name use letters, digits, - and _ (it names a directory)']);
    expect(config({ name: 'ok', counts: { users: 2.5 }, volumeMultiplier: 0, seed: 'x' })).toEqual([
      'defineScenario "ok": seed Invalid input: expected number, received string',
      'defineScenario "ok": counts.users Invalid input: expected int, received number',
      'defineScenario "ok": volumeMultiplier Too small: expected number to be >0',
    ]);
  });
});

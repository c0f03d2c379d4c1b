import { choiceGenerators } from './choice.ts';
import { internetGenerators } from './internet.ts';
import { locationGenerators } from './location.ts';
import { numberGenerators } from './numbers.ts';
import { personGenerators } from './person.ts';
import { structuredGenerators } from './structured.ts';
import { temporalGenerators } from './temporal.ts';
import { textGenerators } from './text.ts';
import type { GeneratorImpl } from './types.ts';

/**
 * Every generator algorithm by name and version (ARCHITECTURE §3.5). A changed algorithm is registered under a new
 * version next to the old one, so descriptors pinned with `.atVersion(n)` keep producing the same values.
 * `ref`, `derive` and `default` are not here: the engine handles them itself.
 */

const registry = new Map<string, Map<number, GeneratorImpl>>();

for (const impl of [
  ...numberGenerators,
  ...textGenerators,
  ...personGenerators,
  ...internetGenerators,
  ...locationGenerators,
  ...temporalGenerators,
  ...choiceGenerators,
  ...structuredGenerators,
]) {
  register(impl);
}

function register(impl: GeneratorImpl): void {
  let versions = registry.get(impl.name);
  if (!versions) registry.set(impl.name, (versions = new Map()));
  if (versions.has(impl.version)) throw new Error(`generator ${impl.name}@${impl.version} is registered twice`);
  versions.set(impl.version, impl);
}

/**
 * The implementation of generator `name` at `version` (default: the current version), or undefined when unknown.
 *
 * @example getGenerator('email')?.create({ domain: 'example.com' }, ctx)
 */
export function getGenerator(name: string, version?: number): GeneratorImpl | undefined {
  const versions = registry.get(name);
  if (!versions) return undefined;
  return versions.get(version ?? currentVersion(name)!);
}

/** The newest version of generator `name` (what descriptors without `.atVersion()` use and record). */
export function currentVersion(name: string): number | undefined {
  const versions = registry.get(name);
  if (!versions) return undefined;
  let newest = 0;
  for (const v of versions.keys()) newest = Math.max(newest, v);
  return newest;
}

/** Every registered version of generator `name`, oldest first (empty when unknown). */
export function generatorVersions(name: string): number[] {
  return [...(registry.get(name)?.keys() ?? [])].sort((a, b) => a - b);
}

/** Names of all registered generators, sorted. */
export function generatorNames(): string[] {
  return [...registry.keys()].sort();
}

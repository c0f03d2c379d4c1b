import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import type { EnvironmentName } from '../environment.ts';

/** Variable values for `${NAME}` placeholders, and where they were read from. */
export interface SeedVariables {
  get(name: string): string | undefined;
  /** The .env files that were read, in increasing priority (for messages). */
  files: string[];
}

/**
 * Values for placeholders: the process environment, over `.env.<environment>`, over `.env` (both in the project
 * directory, both optional). A variable set to the empty string is set (to the empty string).
 *
 * @example loadSeedVariables({ cwd, environment: 'local' }).get('ADMIN_EMAIL')
 */
export function loadSeedVariables(opts: { cwd: string; environment: EnvironmentName; env?: NodeJS.ProcessEnv }): SeedVariables {
  const env = opts.env ?? process.env;
  const files: string[] = [];
  const layers: Record<string, string | undefined>[] = [];
  for (const name of ['.env', `.env.${opts.environment}`]) {
    const path = join(opts.cwd, name);
    if (!existsSync(path)) continue;
    layers.unshift(parseEnv(readFileSync(path, 'utf8')));
    files.push(name);
  }
  layers.unshift(env);
  return {
    files,
    get(name) {
      for (const layer of layers) {
        if (Object.hasOwn(layer, name) && layer[name] !== undefined) return layer[name];
      }
      return undefined;
    },
  };
}

/** Variables from a plain object (tests, programmatic use). */
export function variablesFrom(values: Record<string, string | undefined>): SeedVariables {
  return { files: [], get: (name) => (Object.hasOwn(values, name) ? values[name] : undefined) };
}

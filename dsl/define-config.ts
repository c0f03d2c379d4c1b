import type { Table } from 'drizzle-orm';
import type { CheckOptions } from './check-schema-tables.ts';
import type { TableDefinition } from './define-table.ts';
import type { ScenarioDefinition, SchemaModule } from './define-scenario.ts';
import { captureSource, type SourceLocation } from './source.ts';

/** Artifact formats `compile` can write. */
export type ArtifactFormat = 'sql' | 'csv' | 'json';

/** The contents of `mock.config.ts`. */
export interface ConfigOptions {
  /** The Drizzle schema module used by scenarios that name none. */
  schema?: SchemaModule;
  /** Base seed (default 1). */
  seed?: number;
  /** Fixed "now" for relative dates (default 2026-01-01T00:00:00Z). Never the wall clock. */
  referenceDate?: string;
  /** Where artifacts go, relative to the config file (default `generated`). */
  outDir?: string;
  /** Formats to write (default all). */
  formats?: readonly ArtifactFormat[];
  /** Rows for tables without a count (default 10). */
  defaultCount?: number;
  /** Scenarios to compile. When absent, one scenario `default` is made from `tables`. */
  scenarios?: readonly ScenarioDefinition[];
  /** Table definitions of the implicit `default` scenario. */
  tables?: readonly TableDefinition<Table>[];
}

/** A frozen config definition. */
export interface ConfigDefinition extends Readonly<ConfigOptions> {
  readonly kind: 'config';
  readonly source?: SourceLocation;
}

/**
 * The root of `mock.config.ts`.
 *
 * @example export default defineConfig({ schema, seed: 42, scenarios: [demo] })
 */
export function defineConfig<const O extends ConfigOptions>(options: O & NoInfer<CheckOptions<O, ConfigOptions, 'defineConfig'>>): ConfigDefinition {
  return Object.freeze({ ...options, kind: 'config', source: captureSource() });
}

/** True for a value made by `defineConfig`. */
export function isConfigDefinition(value: unknown): value is ConfigDefinition {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'config';
}

import type { Table } from 'drizzle-orm';
import type { CheckOptions } from './check-schema-tables.ts';
import type { TableDefinition } from './define-table.ts';
import { captureSource, type SourceLocation } from './source.ts';

/** A Drizzle schema module: `import * as schema from './schema'`. */
export type SchemaModule = Record<string, unknown>;

/** What a scenario may say. */
export interface ScenarioOptions {
  /** Directory name of the scenario's artifacts: letters, digits, `-` and `_`. */
  name: string;
  /** A scenario whose tables, counts and schema this one starts from. */
  extends?: ScenarioDefinition;
  /** The Drizzle schema module (defaults to the config's `schema`). */
  schema?: SchemaModule;
  /** Seed for this scenario (defaults to the config's seed). */
  seed?: number;
  /** Table definitions; a later definition of the same table replaces an inherited one. */
  tables?: readonly TableDefinition<Table>[];
  /** Row counts by table name (SQL name or export name), applied over the table definitions. */
  counts?: Record<string, number>;
  /** Multiplies every count (rounded, at least 1). */
  volumeMultiplier?: number;
  /** Only these tables (and what they reference) are generated when set. */
  include?: readonly string[];
}

/** A frozen scenario definition. */
export interface ScenarioDefinition extends Readonly<ScenarioOptions> {
  readonly kind: 'scenario';
  readonly source?: SourceLocation;
}

/**
 * Names a data set: which tables, how many rows, which seed. With `schema`, table definitions and `counts` keys are
 * checked against it at compile time.
 *
 * @example defineScenario({ name: 'demo', tables: [usersDef], counts: { posts: 500 } })
 */
export function defineScenario<const O extends ScenarioOptions>(options: O & NoInfer<CheckOptions<O, ScenarioOptions, 'defineScenario'>>): ScenarioDefinition {
  return Object.freeze({ ...options, kind: 'scenario', source: captureSource() });
}

/** True for a value made by `defineScenario`. */
export function isScenarioDefinition(value: unknown): value is ScenarioDefinition {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'scenario';
}

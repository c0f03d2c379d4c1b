import { dirname, isAbsolute, resolve } from 'node:path';
// zod's mini build, a namespace import: the bundle (scripts/build.mjs) keeps only the parts this file calls. The full
// build defines every schema class and method when it loads: about 20 ms of every thread that reads a config (the
// compiling thread, each compile worker). A module of these calls imported as fast as an empty one.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { ConfigDefinition, ScenarioDefinition, TableDefinition } from '../dsl/index.ts';
import { isConfigDefinition, isScenarioDefinition, isTableDefinition } from '../dsl/index.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticBag, DiagnosticSource } from './diagnostics.ts';
import type { SchemaModel, TableModel } from './model.ts';
import { findTables, isOtherDialectTable, readDrizzleSchema, tableId } from './read-drizzle-schema.ts';

/** Defaults for everything a config may leave out (one place, as vitest does). */
export const CONFIG_DEFAULTS = {
  seed: 1,
  referenceDate: '2026-01-01T00:00:00.000Z',
  outDir: 'generated',
  formats: ['sql', 'csv', 'json'] as const,
  defaultCount: 10,
} as const;

/** A scenario with every default applied and its tables matched to the schema. */
export interface ResolvedScenario {
  name: string;
  seed: number;
  referenceDate: string;
  referenceTime: number;
  schemaModule: Record<string, unknown>;
  schema: SchemaModel;
  /** Table definitions by table id (inheritance applied). */
  definitions: Map<string, TableDefinition>;
  /** Counts by table id from `counts` (scenario chain). */
  counts: Map<string, number>;
  volumeMultiplier: number;
  defaultCount: number;
  source?: DiagnosticSource;
}

export interface ResolvedConfig {
  configFile?: string;
  outDir: string;
  formats: ('sql' | 'csv' | 'json')[];
  scenarios: ResolvedScenario[];
}

// zod/mini loads no messages: the English ones, which the full build sets when it loads (the same texts).
z.config(en());

/** A seed: a 32-bit unsigned integer. */
const seedShape = () => z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(2 ** 32 - 1)));

const configShape = z.object({
  seed: seedShape(),
  referenceDate: z.optional(z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date such as 2026-01-01T00:00:00Z'))),
  outDir: z.optional(z.string().check(z.minLength(1))),
  formats: z.optional(z.array(z.enum(['sql', 'csv', 'json'])).check(z.minLength(1))),
  defaultCount: z.optional(z.number().check(z.int(), z.minimum(0))),
  scenarios: z.optional(z.array(z.any())),
  tables: z.optional(z.array(z.any())),
  schema: z.optional(z.record(z.string(), z.unknown())),
});

const scenarioShape = z.object({
  name: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'use letters, digits, - and _ (it names a directory)')),
  seed: seedShape(),
  counts: z.optional(z.record(z.string(), z.number().check(z.int(), z.minimum(0)))),
  volumeMultiplier: z.optional(z.number().check(z.positive())),
  tables: z.optional(z.array(z.any())),
});

/** Command-line overrides. */
export interface ResolveOverrides {
  seed?: number;
  outDir?: string;
  formats?: ('sql' | 'csv' | 'json')[];
  scenario?: string;
  /** Zero-config counts: `--count N` (key `*`) and `--count table=N`. */
  counts?: Record<string, number>;
}

/**
 * Validates a loaded config and resolves its scenarios. Problems go into `bag`; the result is undefined when
 * nothing can be compiled.
 */
export function resolveConfig(
  value: unknown,
  configFile: string | undefined,
  overrides: ResolveOverrides,
  bag: DiagnosticBag,
): ResolvedConfig | undefined {
  const fileSource = configFile ? { file: configFile } : undefined;
  if (!isConfigDefinition(value)) {
    bag.error(DiagnosticCode.ConfigInvalid, 'The config file must `export default defineConfig({ ... })`.', {
      source: fileSource,
      hint: "import { defineConfig } from 'seedforge' and export its result as the default export",
    });
    return undefined;
  }
  const config = value as ConfigDefinition;
  const source = config.source ?? fileSource;
  const parsed = configShape.safeParse(config);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      bag.error(DiagnosticCode.ConfigInvalid, `defineConfig: ${issue.path.join('.') || 'options'} ${issue.message}`, { path: issue.path.map(String), source });
    }
    return undefined;
  }
  const baseDir = configFile ? dirname(configFile) : process.cwd();
  const outDir = overrides.outDir ? resolve(process.cwd(), overrides.outDir) : resolve(baseDir, config.outDir ?? CONFIG_DEFAULTS.outDir);
  const formats = overrides.formats ?? [...(config.formats ?? CONFIG_DEFAULTS.formats)];

  let scenarioDefs: ScenarioDefinition[];
  if (config.scenarios && config.scenarios.length > 0) {
    scenarioDefs = [...config.scenarios];
  } else {
    scenarioDefs = [{ kind: 'scenario', name: 'default', tables: config.tables ?? [], source } as ScenarioDefinition];
  }
  const names = new Set<string>();
  const scenarios: ResolvedScenario[] = [];
  for (const def of scenarioDefs) {
    if (!isScenarioDefinition(def)) {
      bag.error(DiagnosticCode.ConfigInvalid, 'Every entry of `scenarios` must be made with defineScenario({ ... }).', { source, path: ['scenarios'] });
      continue;
    }
    if (names.has(def.name)) {
      bag.error(DiagnosticCode.ScenarioDuplicate, `Two scenarios are named "${def.name}".`, { source: def.source ?? source, hint: 'give each scenario its own name' });
      continue;
    }
    names.add(def.name);
    if (overrides.scenario && def.name !== overrides.scenario) continue;
    const resolved = resolveScenario(def, config, overrides, bag, source);
    if (resolved) scenarios.push(resolved);
  }
  if (overrides.scenario && !names.has(overrides.scenario)) {
    bag.error(DiagnosticCode.ScenarioNotFound, `No scenario is named "${overrides.scenario}". Known: ${[...names].join(', ') || '(none)'}.`, {
      source,
      hint: 'pass one of the known names to --scenario',
    });
  }
  return { configFile, outDir, formats, scenarios };
}

function chain(def: ScenarioDefinition): ScenarioDefinition[] {
  const out: ScenarioDefinition[] = [];
  const seen = new Set<ScenarioDefinition>();
  for (let s: ScenarioDefinition | undefined = def; s; s = s.extends) {
    if (seen.has(s)) break;
    seen.add(s);
    out.unshift(s);
  }
  return out;
}

function resolveScenario(
  def: ScenarioDefinition,
  config: ConfigDefinition,
  overrides: ResolveOverrides,
  bag: DiagnosticBag,
  configSource: DiagnosticSource | undefined,
): ResolvedScenario | undefined {
  const source = def.source ?? configSource;
  const parsed = scenarioShape.safeParse(def);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      bag.error(DiagnosticCode.ScenarioNameInvalid, `defineScenario "${def.name}": ${issue.path.join('.')} ${issue.message}`, { source, path: ['scenarios', String(def.name)] });
    }
    return undefined;
  }
  const lineage = chain(def);
  const schemaModule = [...lineage].reverse().find((s) => s.schema)?.schema ?? config.schema;
  if (!schemaModule) {
    bag.error(DiagnosticCode.SchemaNotFound, `Scenario "${def.name}" has no schema.`, {
      source,
      hint: "pass `schema` (import * as schema from './schema') to defineConfig or defineScenario",
    });
    return undefined;
  }
  const schema = readSchemaModule(schemaModule, bag, source);
  if (!schema) return undefined;
  const byId = new Map(schema.tables.map((t) => [t.id, t]));

  const definitions = new Map<string, TableDefinition>();
  const counts = new Map<string, number>();
  let volumeMultiplier = 1;
  for (const level of lineage) {
    for (const tableDef of level.tables ?? []) {
      if (!isTableDefinition(tableDef)) {
        bag.error(DiagnosticCode.ConfigInvalid, `Scenario "${def.name}": every entry of \`tables\` must be made with defineTable(table, { ... }).`, { source: level.source ?? source });
        continue;
      }
      const id = safeTableId(tableDef.table);
      const model = id ? byId.get(id) : undefined;
      if (!model) {
        bag.error(DiagnosticCode.UnknownTable, `defineTable: table ${id ?? '(not a Drizzle table)'} is not in the schema of scenario "${def.name}".`, {
          source: tableDef.source ?? level.source ?? source,
          path: [id ?? '?'],
          hint: `define only tables exported by the schema module (${schema.tables.map((t) => t.name).join(', ')})`,
        });
        continue;
      }
      checkDefinition(tableDef, model, bag, level.source ?? source);
      definitions.set(model.id, tableDef);
    }
    for (const [name, count] of Object.entries(level.counts ?? {})) {
      const model = findTableByName(schema.tables, name);
      if (!model) {
        bag.error(DiagnosticCode.UnknownTable, `Scenario "${level.name}": counts names table "${name}", which is not in the schema.`, {
          source: level.source ?? source,
          path: ['counts', name],
          hint: `use one of: ${schema.tables.map((t) => t.name).join(', ')}`,
        });
        continue;
      }
      counts.set(model.id, count);
    }
    if (level.volumeMultiplier !== undefined) volumeMultiplier = level.volumeMultiplier;
  }
  for (const [name, count] of Object.entries(overrides.counts ?? {})) {
    if (name === '*') continue;
    const model = findTableByName(schema.tables, name);
    if (!model) {
      bag.error(DiagnosticCode.UnknownTable, `--count ${name}=${count}: there is no table "${name}".`, { path: [name], hint: `use one of: ${schema.tables.map((t) => t.name).join(', ')}` });
      continue;
    }
    counts.set(model.id, count);
  }
  const referenceDate = new Date(config.referenceDate ?? CONFIG_DEFAULTS.referenceDate).toISOString();
  return {
    name: def.name,
    seed: overrides.seed ?? [...lineage].reverse().find((s) => s.seed !== undefined)?.seed ?? config.seed ?? CONFIG_DEFAULTS.seed,
    referenceDate,
    referenceTime: Date.parse(referenceDate),
    schemaModule,
    schema,
    definitions,
    counts,
    volumeMultiplier,
    defaultCount: overrides.counts?.['*'] ?? config.defaultCount ?? CONFIG_DEFAULTS.defaultCount,
    source,
  };
}

/** Reads a schema module, reporting a module without PostgreSQL tables. */
export function readSchemaModule(module: Record<string, unknown>, bag: DiagnosticBag, source?: DiagnosticSource): SchemaModel | undefined {
  if (findTables(module).length === 0) {
    const other = Object.values(module).some(isOtherDialectTable);
    bag.error(
      other ? DiagnosticCode.UnsupportedDialect : DiagnosticCode.SchemaEmpty,
      other ? 'The schema module exports MySQL or SQLite tables; seedforge compiles PostgreSQL (pg-core) schemas.' : 'The schema module exports no Drizzle pgTable.',
      { source, hint: other ? 'use drizzle-orm/pg-core tables' : 'export your tables: `export const users = pgTable(...)`' },
    );
    return undefined;
  }
  return readDrizzleSchema(module);
}

function safeTableId(table: unknown): string | undefined {
  try {
    return tableId(table as never);
  } catch {
    return undefined;
  }
}

/** Finds a table by SQL name, export name or `schema.name`. */
export function findTableByName(tables: readonly TableModel[], name: string): TableModel | undefined {
  return tables.find((t) => t.id === name) ?? tables.find((t) => t.name === name) ?? tables.find((t) => t.exportName === name);
}

function checkDefinition(def: TableDefinition, table: TableModel, bag: DiagnosticBag, fallback?: DiagnosticSource): void {
  const source = def.source ?? fallback;
  const rules = def.rules;
  if (rules.count !== undefined && !(Number.isInteger(rules.count) && rules.count >= 0)) {
    bag.error(DiagnosticCode.InvalidCount, `${table.name}: count must be a whole number of rows (got ${String(rules.count)}).`, { source, path: [table.name, 'count'] });
  }
  for (const key of Object.keys(rules.columns ?? {})) {
    if (!table.columns.some((c) => c.key === key || c.name === key)) {
      bag.error(DiagnosticCode.UnknownColumn, `${table.name}: there is no column "${key}".`, {
        source,
        path: [table.name, key],
        hint: `columns of ${table.name}: ${table.columns.map((c) => c.key).join(', ')}`,
      });
    }
  }
}

/** Resolves a path given on the command line or in a config, relative to a base directory. */
export function resolveFrom(base: string, path: string): string {
  return isAbsolute(path) ? path : resolve(base, path);
}

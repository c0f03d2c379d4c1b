/**
 * Named fixtures in the planner: fixture rows are checked against the table, and `g.fixture(definition, 'name')`
 * (in a fixture row, or as a column rule that pins every row) becomes a link to that fixture's row index, which is
 * its position in the parent definition's `fixtures` (fixtures are rows 0, 1, ... in declaration order).
 */
import { isGenerator, type Generator } from '../dsl/index.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticBag, DiagnosticSource } from './diagnostics.ts';
import type { ForeignKeyEdge, TableModel } from './model.ts';
import { tableId } from './read-drizzle-schema.ts';
import type { ResolvedScenario } from './resolve-config.ts';

const LINK = Symbol.for('seedforge.fixtureLink');

/** A fixture value that copies a column of another fixture row (resolved by the engine at generation time). */
export interface FixtureLink {
  readonly [LINK]: true;
  /** Parent table id. */
  readonly table: string;
  /** Parent column (SQL name) whose value is copied. */
  readonly column: string;
  /** Parent row index (the fixture's position). */
  readonly index: number;
}

/** True for a value made by resolveFixtureRows. */
export function isFixtureLink(value: unknown): value is FixtureLink {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[LINK] === true;
}

/** Row index of fixture `name` of table `id` in this scenario, or -1. */
export function fixtureIndex(scenario: ResolvedScenario, id: string, name: string): number {
  const fixtures = scenario.definitions.get(id)?.rules.fixtures ?? {};
  return Object.keys(fixtures).indexOf(name);
}

interface Where {
  table: TableModel;
  scenario: ResolvedScenario;
  bag: DiagnosticBag;
  source?: DiagnosticSource;
}

/** Checks a `g.fixture()` descriptor against the foreign key it fills; returns the parent row index. */
export function resolvePin(rule: Generator<unknown>, edge: ForeignKeyEdge, columnKey: string, where: Where): number | undefined {
  const { table, scenario, bag, source } = where;
  const target = safeTableId(rule.options.table);
  const name = String(rule.options.fixture);
  const path = [table.name, columnKey];
  if (target !== edge.to) {
    bag.error(DiagnosticCode.FixtureInvalid, `${table.name}.${columnKey}: g.fixture() points at ${target ?? 'an unknown table'}, but the foreign key references ${edge.to}.`, {
      source,
      path,
      hint: `pass the definition of ${edge.to} to g.fixture()`,
    });
    return undefined;
  }
  const index = fixtureIndex(scenario, target, name);
  if (index < 0) {
    const known = Object.keys(scenario.definitions.get(target)?.rules.fixtures ?? {});
    bag.error(DiagnosticCode.FixtureInvalid, `${table.name}.${columnKey}: ${edge.to} has no fixture "${name}" in scenario "${scenario.name}".`, {
      source,
      path,
      hint: known.length > 0 ? `use one of: ${known.join(', ')}` : `add fixtures: { ${name}: { ... } } to the scenario's definition of ${edge.to}`,
    });
    return undefined;
  }
  return index;
}

/**
 * The fixture rows of a table with `g.fixture()` values turned into links. Unknown columns and generators other
 * than `g.fixture()` are reported (fixture values are plain values).
 */
export function resolveFixtureRows(rows: Record<string, Record<string, unknown>> | undefined, where: Where): Record<string, Record<string, unknown>> {
  const { table, bag, source } = where;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, row] of Object.entries(rows ?? {})) {
    const resolved: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(row ?? {})) {
      const column = table.columns.find((c) => c.key === key) ?? table.columns.find((c) => c.name === key);
      const path = [table.name, 'fixtures', name, key];
      if (!column) {
        bag.error(DiagnosticCode.FixtureInvalid, `${table.name}: fixture "${name}" sets "${key}", which is not a column.`, { source, path, hint: `columns of ${table.name}: ${table.columns.map((c) => c.key).join(', ')}` });
        continue;
      }
      if (!isGenerator(value)) {
        resolved[column.key] = value;
        continue;
      }
      const edge = table.foreignKeys.find((fk) => fk.columns.length === 1 && fk.columns[0] === column.name);
      if (value.type !== 'fixture' || !edge) {
        bag.error(DiagnosticCode.FixtureInvalid, `${table.name}: fixture "${name}" gives ${column.key} a generator (g.${value.type}()); fixture values are plain values${edge ? ' or g.fixture(definition, name)' : ''}.`, {
          source,
          path,
          hint: edge ? `point it at a parent fixture with g.fixture(), or write the value` : 'write the value itself',
        });
        continue;
      }
      const index = resolvePin(value, edge, column.key, where);
      if (index !== undefined) resolved[column.key] = Object.freeze({ [LINK]: true, table: edge.to, column: edge.toColumns[0]!, index });
    }
    out[name] = resolved;
  }
  return out;
}

function safeTableId(table: unknown): string | undefined {
  try {
    return tableId(table as never);
  } catch {
    return undefined;
  }
}

/**
 * Fixture rows skip generation, so nothing else proves they fit: NOT NULL, enum labels, lengths, CHECKs, and
 * unique keys, both among the fixtures and against every generated row of the table (a fixture's explicit
 * `id: 5` must not collide with generated row 4's id 5). Run once per scenario, after the engine is built.
 */
import type { RowSource } from './build-row-sources.ts';
import { GenerationError } from './generation-error.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import { textFormatter } from './format-value.ts';
import type { ColumnModel, TableModel } from './model.ts';
import { checkPasses } from './evaluate-check.ts';
import type { LoadPlan, TablePlan } from './plan-scenario.ts';

/** Reports every fixture value that the database would reject. */
export function validateFixtures(plan: LoadPlan, sources: Map<string, RowSource>, bag: DiagnosticBag): void {
  for (const tablePlan of plan.tables) {
    const names = Object.keys(tablePlan.fixtures);
    if (names.length === 0) continue;
    const source = sources.get(tablePlan.table.id);
    if (!source) continue;
    try {
      names.forEach((name, index) => checkRow(tablePlan, name, source.row(index), bag));
      checkUniques(tablePlan, names, source, bag);
    } catch (error) {
      if (!(error instanceof GenerationError)) throw error;
      bag.error(error.code, error.message, { source: tablePlan.source, path: error.path, hint: error.hint });
    }
  }
}

function checkRow(tablePlan: TablePlan, name: string, values: unknown[], bag: DiagnosticBag): void {
  const { table, source } = tablePlan;
  const fixture = tablePlan.fixtures[name]!;
  const report = (column: ColumnModel, message: string, hint: string): void =>
    bag.error(DiagnosticCode.FixtureInvalid, `${table.name}: fixture "${name}" ${message}`, { source, path: [table.name, 'fixtures', name, column.key], hint });
  table.columns.forEach((column, i) => {
    if (!(column.key in fixture)) return;
    const value = values[i];
    if (value === null || value === undefined) {
      if (column.notNull || table.primaryKey.includes(column.name)) report(column, `sets ${column.key} to NULL, but the column is NOT NULL.`, `give ${column.key} a value, or leave it out to have it generated`);
      return;
    }
    if (column.enumValues && column.arrayDimensions === 0 && !column.enumValues.includes(String(value))) {
      report(column, `sets ${column.key} to "${String(value)}", which is not one of ${column.enumValues.join(', ')}.`, 'use one of the allowed values');
    }
    if (column.length !== undefined && column.arrayDimensions === 0 && typeof value === 'string' && [...value].length > column.length) {
      report(column, `sets ${column.key} to a value of ${[...value].length} characters; ${column.sqlType} holds ${column.length}.`, 'shorten the value, or widen the column');
    }
  });
  const named: Record<string, unknown> = {};
  table.columns.forEach((c, i) => (named[c.name] = values[i] === undefined ? null : values[i]));
  for (const check of tablePlan.checks) {
    if (!check.columns.some((c) => table.columns.find((col) => col.name === c)!.key in fixture)) continue;
    if (!checkPasses(check, named)) {
      bag.error(DiagnosticCode.FixtureInvalid, `${table.name}: fixture "${name}" does not satisfy CHECK "${check.name}" (${check.sql}).`, {
        source,
        path: [table.name, 'fixtures', name],
        hint: `change ${check.columns.join(', ')} so the check holds`,
      });
    }
  }
}

/** Unique keys (primary key included) whose columns some fixture sets explicitly. */
function keysTouched(table: TableModel, fixtures: TablePlan['fixtures']): string[][] {
  const keys = [table.primaryKey, ...table.uniques.map((u) => u.columns)].filter((k) => k.length > 0);
  const set = (name: string): boolean => Object.values(fixtures).some((f) => table.columns.find((c) => c.name === name)!.key in f);
  const seen = new Set<string>();
  return keys.filter((k) => k.some(set) && !seen.has(k.join(',')) && seen.add(k.join(',')));
}

function checkUniques(tablePlan: TablePlan, names: string[], source: RowSource, bag: DiagnosticBag): void {
  const { table } = tablePlan;
  for (const key of keysTouched(table, tablePlan.fixtures)) {
    const columns = key.map((n) => table.columns.find((c) => c.name === n)!);
    const formatters = columns.map((c) => textFormatter(c));
    const tuple = (index: number): string | undefined => {
      const values = columns.map((c) => source.cell(c.name, index));
      if (values.some((v) => v === null || v === undefined)) return undefined; // NULLs never collide
      return JSON.stringify(values.map((v, k) => formatters[k]!(v)));
    };
    const owners = new Map<string, string>();
    const label = columns.map((c) => c.key).join(', ');
    names.forEach((name, index) => {
      const t = tuple(index);
      if (t === undefined) return;
      const other = owners.get(t);
      if (other) {
        bag.error(DiagnosticCode.FixtureInvalid, `${table.name}: fixtures "${other}" and "${name}" have the same ${label} (${t.slice(1, -1)}).`, {
          source: tablePlan.source,
          path: [table.name, 'fixtures', name, ...columns.map((c) => c.key)],
          hint: `give each fixture its own ${label}`,
        });
      } else {
        owners.set(t, name);
      }
    });
    for (let index = names.length; index < source.count && owners.size > 0; index++) {
      const t = tuple(index);
      const owner = t === undefined ? undefined : owners.get(t);
      if (!owner) continue;
      bag.error(DiagnosticCode.FixtureInvalid, `${table.name}: fixture "${owner}" has the same ${label} (${t!.slice(1, -1)}) as generated row ${index}.`, {
        source: tablePlan.source,
        path: [table.name, 'fixtures', owner, ...columns.map((c) => c.key)],
        hint: key.length === 1 && columns[0]!.sequence ? `leave ${label} out of the fixture: fixture rows get the first ids` : `choose a ${label} the generator cannot make, or leave it out of the fixture`,
      });
      owners.delete(t!);
    }
  }
}

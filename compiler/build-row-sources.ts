/**
 * The generation engine: turns a LoadPlan into pure row functions. Every cell is
 * gen(rng(hash(seed, table, column, generator@version, row))), so rows can be produced in any order,
 * on any worker, and a parent's key can be computed without materialising the parent table.
 */
import type { Generator } from '../dsl/index.ts';
import { isGenerator } from '../dsl/index.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import { DiagnosticBag } from './diagnostics.ts';
import { currentVersion, getGenerator } from './generators/registry.ts';
import { GeneratorOptionError, type GeneratorContext, type ValueFn } from './generators/types.ts';
import type { ColumnModel } from './model.ts';
import { checkPasses } from './evaluate-check.ts';
import { isFixtureLink } from './resolve-fixtures.ts';
import { GenerationError } from './generation-error.ts';
import { jointFiller, refFiller } from './pick-references.ts';
import type { ColumnPlan, LoadPlan, TablePlan } from './plan-scenario.ts';
import { ReusableRng, cellFraction, cellRng, hashKey, type Key64 } from './random.ts';

const CHECK_ATTEMPTS = 24;

/** Produces rows of one table. `row(i)` returns values in `table.columns` order (undefined for DEFAULT columns). */
export interface RowSource {
  plan: TablePlan;
  count: number;
  /** Columns written to the artifacts (DEFAULT columns are left to the database). */
  output: ColumnPlan[];
  row(index: number): unknown[];
  /** One cell (used by children to copy a parent's key). */
  cell(column: string, index: number): unknown;
  /** A reader of one column's cells, resolved once (the hot path of `cell`). */
  cellReader(column: string): (index: number) => unknown;
  /** `table.column` -> `generator@version`, for the manifest. */
  generators: Record<string, string>;
}

/** Builds row sources for every table of the plan, reporting invalid generators as diagnostics. */
export function buildRowSources(plan: LoadPlan, bag: DiagnosticBag): Map<string, RowSource> {
  const sources = new Map<string, RowSource>();
  for (const table of plan.tables) {
    sources.set(table.table.id, buildTable(table, plan, sources, bag));
  }
  return sources;
}

interface Cell {
  plan: ColumnPlan;
  position: number;
  key: Key64;
  nullKey: Key64;
  nullFraction: number;
  fn?: ValueFn;
  rng: ReusableRng;
  /** A serial key: its value is the row number, no random stream needed. */
  serial: boolean;
  /** A serial key's first value (its value is `serialStart + index`). */
  serialStart: number;
}

function buildTable(tablePlan: TablePlan, plan: LoadPlan, sources: Map<string, RowSource>, bag: DiagnosticBag): RowSource {
  const { table } = tablePlan;
  const seed = plan.scenario.seed;
  const count = tablePlan.count;
  const generators: Record<string, string> = {};
  const position = new Map(table.columns.map((c, i) => [c.name, i]));
  const cells: Cell[] = [];
  const byName = new Map<string, Cell>();

  for (const columnPlan of tablePlan.columns) {
    const { column, fill } = columnPlan;
    let identity: string = fill.kind;
    let fn: ValueFn | undefined;
    let nullFraction = 0;
    let serialStart = 0;
    if (fill.kind === 'generator') {
      const built = buildWithFallback(fill.generator, columnPlan, tablePlan, plan, bag);
      identity = built.identity;
      fn = built.fn;
      nullFraction = fill.generator.nullFraction ?? 0;
      generators[`${table.name}.${column.name}`] = built.identity;
    } else if (fill.kind === 'serial') {
      const start = fill.start;
      serialStart = start;
      fn = (_rng, index) => start + index;
      generators[`${table.name}.${column.name}`] = 'serial@1';
    } else if (fill.kind === 'ref') {
      generators[`${table.name}.${column.name}`] = `ref@${fill.ref.version}:${fill.ref.edge.to}`;
    } else if (fill.kind === 'derive') {
      generators[`${table.name}.${column.name}`] = 'derive@1';
    } else if (fill.kind === 'joint') {
      generators[`${table.name}.${column.name}`] = 'joint@1';
    }
    const key = hashKey(seed, table.id, column.name, identity);
    const cell: Cell = { plan: columnPlan, position: position.get(column.name)!, key, nullKey: hashKey(seed, table.id, column.name, 'null'), nullFraction, fn, rng: new ReusableRng(), serial: fill.kind === 'serial', serialStart };
    cells.push(cell);
    byName.set(column.name, cell);
  }

  const refFillers = tablePlan.refs.map((ref) => refFiller(ref, tablePlan, plan, sources, count, ref.edge.columns.map((name) => position.get(name)!)));
  const jointFillers = tablePlan.joints.map((joint, i) => jointFiller(joint, i, tablePlan, plan, sources));
  const derived = cells.filter((c) => c.plan.fill.kind === 'derive');
  const direct = cells.filter((c) => c.fn);
  const checks = tablePlan.checks;
  const checkColumns = checks.map((check) => direct.filter((c) => check.columns.includes(c.plan.column.name) && c.plan.fill.kind === 'generator'));
  const fixtures = Object.values(tablePlan.fixtures);
  const output = tablePlan.columns.filter((c) => c.fill.kind !== 'default');

  const directValue = (cell: Cell, index: number, attempt = 0): unknown => {
    if (cell.nullFraction > 0 && cellFraction(cell.nullKey, index) < cell.nullFraction) return null;
    if (cell.serial) return cell.fn!(cell.rng, index);
    const key = attempt === 0 ? cell.key : hashKey(cell.key.hi, cell.key.lo, 'attempt', attempt);
    return cell.fn!(cell.rng.reseed(key, index), index);
  };

  let cachedIndex = -1;
  let cachedRow: unknown[] = [];
  const row = (index: number): unknown[] => {
    if (index === cachedIndex) return cachedRow;
    const values = new Array<unknown>(table.columns.length);
    // Generic elements from the start (an explicit undefined reads as the hole it replaces): a table of numbers only
    // would otherwise get an array of unboxed doubles, and the renderer's optimised code, having seen other tables'
    // arrays, would be thrown away and built again for it.
    if (values.length > 0) values[0] = undefined;
    for (let r = 0; r < refFillers.length; r++) refFillers[r]!(index, values);
    for (const fill of jointFillers) fill(index, values, position);
    for (let d = 0; d < direct.length; d++) {
      const cell = direct[d]!;
      values[cell.position] = directValue(cell, index);
    }
    const fixture = index < fixtures.length ? fixtures[index] : undefined;
    if (fixture) applyFixture(fixture, values, tablePlan, sources);
    if (derived.length > 0) {
      const rowObject = toObject(table.columns, values);
      for (const cell of derived) {
        if (fixture && cell.plan.column.key in fixture) continue; // a fixture's own value wins over derive
        const fill = cell.plan.fill as Extract<ColumnPlan['fill'], { kind: 'derive' }>;
        const rng = cellRng(cell.key, index);
        try {
          const v = fill.fn(rowObject, { index, random: () => rng.float() });
          values[cell.position] = v === undefined ? null : v;
          rowObject[cell.plan.column.key] = values[cell.position];
        } catch (error) {
          throw new GenerationError(DiagnosticCode.DeriveFailed, `${table.name}.${cell.plan.column.key}: the derive function threw at row ${index}: ${(error as Error).message}`, [table.name, cell.plan.column.key]);
        }
      }
    }
    if (checks.length > 0 && !fixture) enforceChecks(index, values);
    cachedIndex = index;
    cachedRow = values;
    return values;
  };

  const enforceChecks = (index: number, values: unknown[]): void => {
    for (let c = 0; c < checks.length; c++) {
      const check = checks[c]!;
      let object = toNamedObject(table.columns, values);
      if (checkPasses(check, object)) continue;
      let ok = false;
      for (let attempt = 1; attempt <= CHECK_ATTEMPTS && !ok; attempt++) {
        for (const cell of checkColumns[c]!) values[cell.position] = directValue(cell, index, attempt);
        object = toNamedObject(table.columns, values);
        ok = checkPasses(check, object);
      }
      if (!ok) {
        throw new GenerationError(
          DiagnosticCode.CheckUnsatisfied,
          `${table.name}: row ${index} does not satisfy CHECK "${check.name}" (${check.sql}) after ${CHECK_ATTEMPTS} attempts.`,
          [table.name, check.name],
          `give ${check.columns.join(', ')} generators whose values always satisfy the check`,
        );
      }
    }
  };

  const checkedColumns = new Set(checks.flatMap((check) => check.columns));
  const cellReader = (name: string): ((index: number) => unknown) => {
    const c = byName.get(name);
    const at = position.get(name)!;
    // Keys and independent generators are computed alone: a child never materialises its parent's row.
    if (c?.fn && !checkedColumns.has(name)) {
      const first = fixtures.length;
      if (c.serial) {
        // The hottest reader (every reference copies a parent's serial key): directValue's serial case, inline.
        const start = c.serialStart;
        return (index) => (index >= first ? start + index : row(index)[at]);
      }
      return (index) => (index >= first ? directValue(c, index) : row(index)[at]);
    }
    return (index) => row(index)[at];
  };
  const cell = (name: string, index: number): unknown => cellReader(name)(index);

  return { plan: tablePlan, count, output, row, cell, cellReader, generators };
}

function toObject(columns: ColumnModel[], values: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => (out[c.key] = values[i] === undefined ? null : values[i]));
  return out;
}

function toNamedObject(columns: ColumnModel[], values: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  columns.forEach((c, i) => (out[c.name] = values[i] === undefined ? null : values[i]));
  return out;
}

/** Fixture values (keyed by property name, see resolve-fixtures.ts) override generated ones; links copy a parent key. */
function applyFixture(fixture: Record<string, unknown>, values: unknown[], plan: TablePlan, sources: Map<string, RowSource>): void {
  plan.table.columns.forEach((column, i) => {
    if (!(column.key in fixture)) return;
    const v = fixture[column.key];
    values[i] = isFixtureLink(v) ? sources.get(v.table)!.cell(v.column, v.index) : v;
  });
}

/**
 * Builds the generator; when it cannot make enough distinct values and the plan has a fallback (a member made unique
 * only to keep a composite key distinct), uses the fallback and says so.
 */
function buildWithFallback(
  generator: Generator<unknown>,
  columnPlan: ColumnPlan,
  tablePlan: TablePlan,
  plan: LoadPlan,
  bag: DiagnosticBag,
): { identity: string; fn: ValueFn | undefined } {
  const fallback = columnPlan.uniqueFallback;
  if (!fallback) return buildGenerator(generator, columnPlan, tablePlan, plan, bag);
  const trial = new DiagnosticBag();
  const built = buildGenerator(generator, columnPlan, tablePlan, plan, trial);
  if (!trial.items.some((d) => d.code === DiagnosticCode.UniqueInfeasible)) {
    bag.items.push(...trial.items);
    return built;
  }
  const { table } = tablePlan;
  bag.warn(
    DiagnosticCode.UniqueFallback,
    `${table.name}.${columnPlan.column.key}: g.${generator.type}() has too few distinct values for ${tablePlan.count} rows, so g.${fallback.type}() over the whole column type makes them instead.`,
    {
      source: tablePlan.source,
      path: [table.name, columnPlan.column.key],
      hint: `give ${columnPlan.column.key} a generator with enough distinct values in defineTable(${table.exportName ?? table.name}, { columns })`,
    },
  );
  return buildGenerator(fallback, columnPlan, tablePlan, plan, bag);
}

function buildGenerator(
  generator: Generator<unknown>,
  columnPlan: ColumnPlan,
  tablePlan: TablePlan,
  plan: LoadPlan,
  bag: DiagnosticBag,
): { identity: string; fn: ValueFn | undefined } {
  const { column } = columnPlan;
  const table = tablePlan.table;
  const where = { source: tablePlan.source, path: [table.name, column.key] };
  const version = generator.version ?? currentVersion(generator.type);
  const impl = version === undefined ? undefined : getGenerator(generator.type, version);
  const identity = `${generator.type}@${version ?? '?'}`;
  if (!impl) {
    const known = currentVersion(generator.type);
    bag.error(
      known === undefined ? DiagnosticCode.UnknownGenerator : DiagnosticCode.UnknownGeneratorVersion,
      known === undefined
        ? `${table.name}.${column.key}: there is no generator "${generator.type}".`
        : `${table.name}.${column.key}: generator ${generator.type} has no version ${generator.version} (current: ${known}).`,
      { ...where, hint: known === undefined ? 'use one of the g.* generators' : `remove .atVersion(${generator.version}) or use a version up to ${known}` },
    );
    return { identity, fn: undefined };
  }
  const element = column.arrayDimensions > 0 && generator.type !== 'array' ? undefined : column.kind;
  if (column.arrayDimensions > 0 && generator.type !== 'array' && generator.type !== 'constant' && generator.type !== 'oneOf') {
    bag.error(DiagnosticCode.GeneratorTypeMismatch, `${table.name}.${column.key}: the column is an array (${column.sqlType}) but the generator is g.${generator.type}().`, {
      ...where,
      hint: `wrap it: g.array(g.${generator.type}())`,
    });
    return { identity, fn: undefined };
  }
  if (element && impl.accepts !== 'any' && !impl.accepts.includes(element)) {
    bag.error(DiagnosticCode.GeneratorTypeMismatch, `${table.name}.${column.key}: g.${generator.type}() makes values that do not fit a ${column.sqlType} column.`, {
      ...where,
      hint: `use a generator for ${column.kind} values, or change the column type`,
    });
    return { identity, fn: undefined };
  }
  const ctx: GeneratorContext = {
    table,
    column,
    key: hashKey(plan.scenario.seed, table.id, column.name, identity),
    referenceTime: plan.scenario.referenceTime,
    count: tablePlan.count,
    constraints: columnPlan.constraints,
    nested(descriptor: unknown, path: string): ValueFn {
      if (!isGenerator(descriptor)) return () => descriptor;
      const nestedVersion = descriptor.version ?? currentVersion(descriptor.type);
      const nestedImpl = nestedVersion === undefined ? undefined : getGenerator(descriptor.type, nestedVersion);
      if (!nestedImpl) throw new GeneratorOptionError(`${path}: there is no generator "${descriptor.type}"`);
      const elementColumn = column.arrayDimensions > 0 ? { ...column, arrayDimensions: column.arrayDimensions - 1 } : { ...column, kind: 'jsonb' as const };
      const inner = nestedImpl.create(descriptor.options, { ...ctx, column: elementColumn, constraints: column.arrayDimensions > 0 ? ctx.constraints : {} });
      const fraction = descriptor.nullFraction ?? 0;
      if (fraction === 0) return inner;
      return (rng, index) => (rng.float() < fraction ? null : inner(rng, index));
    },
  };
  try {
    if (generator.unique) {
      if (!impl.createUnique) {
        bag.error(DiagnosticCode.UniqueInfeasible, `${table.name}.${column.key}: g.${generator.type}() cannot promise distinct values, but the column must be unique.`, {
          ...where,
          hint: 'use a generator with unique support (uuid, email, username, slug, string, pattern, int, sequence, oneOf)',
        });
        return { identity, fn: undefined };
      }
      return { identity, fn: impl.createUnique(generator.options, ctx) };
    }
    return { identity, fn: impl.create(generator.options, ctx) };
  } catch (error) {
    if (error instanceof GeneratorOptionError) {
      bag.error(generator.unique && /distinct|unique/i.test(error.message) ? DiagnosticCode.UniqueInfeasible : DiagnosticCode.InvalidGeneratorOptions, `${table.name}.${column.key}: ${error.message}`, {
        ...where,
        hint: error.hint,
      });
      return { identity, fn: undefined };
    }
    throw error;
  }
}

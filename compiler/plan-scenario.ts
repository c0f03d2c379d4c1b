/**
 * The planner: decides, for one scenario, the load order, row counts, how every column is filled and
 * whether the constraints can hold — before any row is generated. The plan is data (tested as data).
 */
import type { Generator, TableDefinition } from '../dsl/index.ts';
import { g, isGenerator } from '../dsl/index.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticBag, DiagnosticSource } from './diagnostics.ts';
import type { ValueConstraints } from './generators/types.ts';
import { inferGenerator } from './infer-generator.ts';
import type { ColumnModel, ForeignKeyEdge, TableModel } from './model.ts';
import { orderByForeignKeys, type EdgeStrategy } from './order-by-foreign-keys.ts';
import { columnConstraints, parseCheck, type ParsedCheck } from './parse-check.ts';
import type { ResolvedScenario } from './resolve-config.ts';
import { resolveFixtureRows, resolvePin } from './resolve-fixtures.ts';
import { tableId } from './read-drizzle-schema.ts';
import { baseConstraints, mergeConstraints } from './column-constraints.ts';
import type { ColumnPlan, JointPlan, LoadPlan, RefPlan, TablePlan } from './load-plan.ts';
import { CURRENT_REF_VERSION, REF_VERSIONS } from './pick-parent.ts';
import { compositeGroups, distinctText, isFreeText, planJoint, sameSet } from './plan-composite-keys.ts';
import { settleCount } from './settle-counts.ts';
import { likeGenerator } from './like-generator.ts';

export type { ColumnFill, ColumnPlan, JointComponent, JointPlan, LoadPlan, RefPlan, TablePlan } from './load-plan.ts';
export { perParentCount, perParentTotal } from './settle-counts.ts';

/** Plans a resolved scenario. Problems go into `bag`. */
export function planScenario(scenario: ResolvedScenario, bag: DiagnosticBag): LoadPlan {
  const tables = scenario.schema.tables;
  const byId = new Map(tables.map((t) => [t.id, t]));
  const { order, strategies } = orderByForeignKeys(tables);
  const plans = new Map<string, TablePlan>();

  for (const id of order) {
    const table = byId.get(id)!;
    const def = scenario.definitions.get(id);
    plans.set(id, planTable(table, def, scenario, strategies, byId, bag));
  }
  // Counts depend on parents (perParent) and on feasibility, so settle them in load order.
  for (const id of order) settleCount(plans.get(id)!, plans, scenario, bag);

  const fixups: LoadPlan['fixups'] = [];
  const relaxed: ForeignKeyEdge[] = [];
  for (const [edge, strategy] of strategies) {
    if (strategy === 'fixup') fixups.push({ table: edge.from, edge });
    if (strategy === 'relaxed') relaxed.push(edge);
  }
  for (const { edge } of fixups) {
    const table = byId.get(edge.from)!;
    if (table.primaryKey.length === 0 && !table.uniques.some((u) => u.columns.every((c) => table.columns.find((col) => col.name === c)?.notNull))) {
      bag.error(DiagnosticCode.ForeignKeyCycle, `${table.name}.${edge.columns.join(', ')}: this foreign key closes a cycle, so it must be set after the load, but ${table.name} has no primary key to update rows by.`, {
        path: [table.name, ...edge.columns],
        hint: `add a primary key to ${table.name}`,
      });
    }
  }
  return { scenario, tables: order.map((id) => plans.get(id)!), fixups, relaxed };
}

function planTable(
  table: TableModel,
  def: TableDefinition | undefined,
  scenario: ResolvedScenario,
  strategies: Map<ForeignKeyEdge, EdgeStrategy>,
  byId: Map<string, TableModel>,
  bag: DiagnosticBag,
): TablePlan {
  const source = def?.source ?? scenario.source;
  const rules = def?.rules ?? {};
  const userColumns = (rules.columns ?? {}) as Record<string, unknown>;
  const ruleFor = (column: ColumnModel): unknown => userColumns[column.key] ?? userColumns[column.name];
  const infer = rules.infer !== false;

  // Checks -> per-column constraints.
  const checks: ParsedCheck[] = [];
  const constraints = new Map<string, ValueConstraints>();
  for (const column of table.columns) constraints.set(column.name, baseConstraints(column));
  for (const check of table.checks) {
    const parsed = parseCheck(check.name, check.sql);
    if (!parsed) {
      bag.warn(DiagnosticCode.CheckUnsupported, `${table.name}: seedforge cannot read CHECK "${check.name}" (${check.sql}); generated rows are not verified against it.`, {
        path: [table.name, check.name],
        source,
        hint: 'give the columns it constrains generators whose values satisfy it',
      });
      continue;
    }
    checks.push(parsed);
    for (const [name, limits] of columnConstraints(parsed)) {
      const current = constraints.get(name);
      if (current) constraints.set(name, mergeConstraints(current, limits));
    }
  }

  const uniqueSingles = new Set<string>();
  if (table.primaryKey.length === 1) uniqueSingles.add(table.primaryKey[0]!);
  for (const u of table.uniques) if (u.columns.length === 1) uniqueSingles.add(u.columns[0]!);

  const columns = new Map<string, ColumnPlan>();
  const refs: RefPlan[] = [];
  const joints: JointPlan[] = [];
  const userRef = new Map<string, Generator<unknown>>();

  // Computed columns belong to the database: never loaded, never generated.
  for (const column of table.columns) {
    if (!column.computed) continue;
    columns.set(column.name, { column, fill: { kind: 'default' }, constraints: constraints.get(column.name)!, unique: false });
    if (ruleFor(column) !== undefined) {
      bag.error(DiagnosticCode.ColumnUnfillable, `${table.name}.${column.key}: the column is generated by the database (generatedAlwaysAs), so it cannot have a rule.`, {
        source,
        path: [table.name, column.key],
        hint: `remove ${column.key} from the columns of defineTable(${table.exportName ?? table.name}, ...)`,
      });
    }
  }

  // User rules first: they win over everything.
  for (const column of table.columns) {
    const rule = ruleFor(column);
    if (rule === undefined || column.computed) continue;
    if (!isGenerator(rule)) {
      bag.error(DiagnosticCode.InvalidGeneratorOptions, `${table.name}.${column.key}: a column rule must be a generator such as g.int() (got ${typeof rule}).`, { source, path: [table.name, column.key] });
      continue;
    }
    if (rule.type === 'ref' || rule.type === 'fixture') {
      userRef.set(column.name, rule);
      continue;
    }
    if (rule.type === 'default') {
      if (!column.hasDefault && column.notNull) {
        bag.error(DiagnosticCode.ColumnUnfillable, `${table.name}.${column.key}: g.default() asks for the database default, but the column has none and is NOT NULL.`, {
          source,
          path: [table.name, column.key],
          hint: 'give the column a generator, or a .default() in the Drizzle schema',
        });
      }
      columns.set(column.name, { column, fill: { kind: 'default' }, constraints: constraints.get(column.name)!, unique: false });
      continue;
    }
    if (rule.type === 'derive') {
      columns.set(column.name, { column, fill: { kind: 'derive', fn: rule.options.fn as never }, constraints: constraints.get(column.name)!, unique: false });
      continue;
    }
    const unique = uniqueSingles.has(column.name) || rule.unique === true;
    columns.set(column.name, {
      column,
      fill: { kind: 'generator', generator: unique && !rule.unique ? rule.asUnique() : rule, origin: 'user' },
      constraints: constraints.get(column.name)!,
      unique,
    });
  }

  // Foreign keys.
  for (const edge of table.foreignKeys) {
    if (edge.columns.some((c) => columns.has(c))) continue;
    const strategy = strategies.get(edge) ?? 'ordered';
    if (!byId.has(edge.to)) {
      bag.error(DiagnosticCode.ForeignKeyInfeasible, `${table.name}.${edge.columns.join(', ')} references ${edge.to}, which is not in the schema module.`, {
        source,
        path: [table.name, ...edge.columns],
        hint: `export ${edge.to} from the schema module`,
      });
      continue;
    }
    const rule = edge.columns.length === 1 ? userRef.get(edge.columns[0]!) : undefined;
    const options = (rule?.options ?? {}) as { distribution?: 'uniform' | 'zipf'; zipfExponent?: number; perParent?: number | { min: number; max: number }; unique?: boolean };
    const fkColumns = edge.columns.map((c) => table.columns.find((col) => col.name === c)!);
    const nullable = fkColumns.every((c) => !c.notNull);
    const unique =
      options.unique === true ||
      rule?.unique === true ||
      table.uniques.some((u) => sameSet(u.columns, edge.columns)) ||
      sameSet(table.primaryKey, edge.columns);
    const perParent = options.perParent === undefined ? undefined : typeof options.perParent === 'number' ? { min: options.perParent, max: options.perParent } : options.perParent;
    const ref: RefPlan = {
      edge,
      strategy,
      distribution: options.distribution ?? 'uniform',
      zipfExponent: options.zipfExponent ?? 1,
      unique,
      self: edge.to === table.id,
      nullFraction: rule?.nullFraction ?? (nullable && edge.to === table.id ? 0.2 : 0),
      perParent,
      version: CURRENT_REF_VERSION,
    };
    if (rule?.version !== undefined) {
      if (REF_VERSIONS.includes(rule.version)) ref.version = rule.version;
      else {
        // Worded as build-row-sources.ts words it for the other generators.
        bag.error(DiagnosticCode.UnknownGeneratorVersion, `${table.name}.${fkColumns[0]!.key}: generator ${rule.type} has no version ${rule.version} (current: ${CURRENT_REF_VERSION}).`, {
          source,
          path: [table.name, fkColumns[0]!.key],
          hint: `remove .atVersion(${rule.version}) or use a version up to ${CURRENT_REF_VERSION}`,
        });
      }
    }
    if (rule?.type === 'fixture') {
      ref.pinned = resolvePin(rule, edge, fkColumns[0]!.key, { table, scenario, bag, source });
      if (unique) {
        bag.error(DiagnosticCode.FixtureInvalid, `${table.name}.${fkColumns[0]!.key}: the foreign key is one-to-one, so not every row can point at one fixture.`, {
          source,
          path: [table.name, fkColumns[0]!.key],
          hint: 'pin single rows in fixtures: { name: { ... } } instead',
        });
      }
    }
    refs.push(ref);
    for (const c of fkColumns) columns.set(c.name, { column: c, fill: { kind: 'ref', ref, column: c.name }, constraints: constraints.get(c.name)!, unique: false });
  }
  for (const [name, rule] of userRef) {
    if (!columns.has(name)) {
      const column = table.columns.find((c) => c.name === name)!;
      const target = rule.options.column as unknown;
      bag.error(DiagnosticCode.ForeignKeyInfeasible, `${table.name}.${column.key}: g.${rule.type}() is used on a column without a foreign key${describeRefTarget(target)}.`, {
        source,
        path: [table.name, column.key],
        hint: `declare .references(() => ...) on ${table.name}.${column.key} in the schema, or use another generator`,
      });
    }
  }

  // Composite primary key / uniques over columns not yet filled by users.
  for (const group of compositeGroups(table)) {
    planJoint(table, group.columns, group.reason, columns, refs, constraints, joints, bag, source);
  }

  // Keys and inference for the rest.
  for (const column of table.columns) {
    if (columns.has(column.name)) continue;
    const unique = uniqueSingles.has(column.name);
    const c = constraints.get(column.name)!;
    if (unique && (column.kind === 'integer' || column.kind === 'smallint' || column.kind === 'bigint') && (column.sequence || table.primaryKey.includes(column.name))) {
      columns.set(column.name, { column, fill: { kind: 'serial', start: Math.max(1, c.min ?? 1) }, constraints: c, unique: true });
      continue;
    }
    if (column.sequence && !unique) {
      columns.set(column.name, { column, fill: { kind: 'serial', start: 1 }, constraints: c, unique: false });
      continue;
    }
    const inferred = infer ? inferFor(column, table, c, unique) : undefined;
    if (!inferred) {
      if (!column.notNull || column.hasDefault) {
        columns.set(column.name, { column, fill: { kind: 'default' }, constraints: c, unique: false });
        if (!infer) continue;
      }
      if (column.notNull && !column.hasDefault) {
        bag.error(DiagnosticCode.ColumnUnfillable, `${table.name}.${column.key}: no generator fits this ${column.sqlType} column, and it is NOT NULL without a default.`, {
          source,
          path: [table.name, column.key],
          hint: `add columns: { ${column.key}: g.<generator>() } to defineTable(${table.exportName ?? table.name}, ...)`,
        });
      }
      continue;
    }
    if (inferred.type === 'derive') {
      columns.set(column.name, { column, fill: { kind: 'derive', fn: inferred.options.fn as never }, constraints: c, unique: false });
      continue;
    }
    const nullable = !column.notNull && !unique && !table.primaryKey.includes(column.name);
    let generator = unique ? inferred.asUnique() : inferred;
    if (nullable && generator.nullFraction === undefined && !hasNullableCheck(checks, column.name)) generator = generator.nullable(0.1);
    // An inferred unique text column whose generator runs out of distinct values falls back to distinct strings.
    const uniqueFallback = unique ? distinctFallback(column, c) : undefined;
    columns.set(column.name, { column, fill: { kind: 'generator', generator, origin: 'inferred' }, constraints: c, unique, uniqueFallback });
  }

  const fixtures = resolveFixtureRows(rules.fixtures as Record<string, Record<string, unknown>> | undefined, { table, scenario, bag, source });
  return {
    table,
    count: -1,
    columns: table.columns.map((c) => columns.get(c.name)!).filter(Boolean),
    refs,
    joints,
    checks,
    fixtures,
    source,
  };
}

/** Distinct values of the column's whole type, for an inferred unique generator that runs out (see uniqueFallback). */
function distinctFallback(column: ColumnModel, c: ValueConstraints): Generator<unknown> | undefined {
  if (isFreeText(column) && (column.length ?? 64) >= 4) return distinctText(column);
  if ((column.kind === 'smallint' || column.kind === 'integer' || column.kind === 'bigint') && column.arrayDimensions === 0) {
    return g.int({ min: Math.max(1, c.min ?? 1), max: Math.min(c.max ?? 2147483647, 2147483647) }).asUnique();
  }
  return undefined;
}

/**
 * What inference picks for a column, the schema's own limits first: allowed values (enums, IN checks) and LIKE
 * patterns decide whatever the column is called; a text primary key gets an id-like value, not prose.
 */
function inferFor(column: ColumnModel, table: TableModel, c: ValueConstraints, unique: boolean): Generator<unknown> | undefined {
  const scalarText = column.arrayDimensions === 0 && (column.kind === 'text' || column.kind === 'varchar');
  if (c.allowed && c.allowed.length > 0 && column.arrayDimensions === 0) return g.oneOf(c.allowed);
  if (c.like !== undefined && !unique && scalarText) return likeGenerator(c.like, c.maxLength);
  if (scalarText && table.primaryKey.includes(column.name)) {
    return (column.length ?? 36) >= 36 ? g.uuid() : g.string({ length: Math.min(column.length ?? 12, 12) });
  }
  return inferGenerator(column, table);
}

function describeRefTarget(target: unknown): string {
  try {
    const column = target as { name?: string; table?: unknown };
    return column?.table ? ` (it points at ${tableId(column.table as never)}.${column.name})` : '';
  } catch {
    return '';
  }
}

function hasNullableCheck(checks: ParsedCheck[], column: string): boolean {
  return checks.some((c) => c.columns.includes(column) && /is\s+not\s+null/i.test(c.sql));
}


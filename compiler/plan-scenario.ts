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

/** How a foreign key's parent rows are picked. */
export interface RefPlan {
  edge: ForeignKeyEdge;
  strategy: EdgeStrategy;
  distribution: 'uniform' | 'zipf';
  zipfExponent: number;
  /** One child per parent (the FK columns are unique). */
  unique: boolean;
  /** Self-reference: pick among earlier rows so hierarchies have no loops. */
  self: boolean;
  nullFraction: number;
  /** Children per parent (the table count is then derived). */
  perParent?: { min: number; max: number };
  /** `g.fixture()` as a column rule: every row points at this parent row (a fixture's index). */
  pinned?: number;
}

/** One part of a composite key filled jointly (mixed-radix over a permutation of the row index). */
export type JointComponent =
  | { kind: 'ref'; edge: ForeignKeyEdge; size: number }
  | { kind: 'range'; column: string; min: number; size: number; /** Unconstrained: size follows the row count (small ordinals such as line numbers). */ auto: boolean }
  | { kind: 'values'; column: string; values: readonly unknown[]; size: number };

/** Columns of a composite primary key or unique constraint filled together so every row's tuple is distinct. */
export interface JointPlan {
  reason: string;
  columns: string[];
  components: JointComponent[];
  /** Distinct tuples available; rows past it get NULL in `nullableColumn`. */
  capacity: number;
  nullableColumn?: string;
}

/** How one column is filled. */
export type ColumnFill =
  | { kind: 'generator'; generator: Generator<unknown>; origin: 'user' | 'inferred' }
  | { kind: 'serial'; start: number }
  | { kind: 'ref'; ref: RefPlan; column: string }
  | { kind: 'joint'; joint: number }
  | { kind: 'derive'; fn: (row: Record<string, unknown>, ctx: { index: number; random: () => number }) => unknown }
  | { kind: 'default' };

export interface ColumnPlan {
  column: ColumnModel;
  fill: ColumnFill;
  constraints: ValueConstraints;
  /** Values must be distinct (single-column unique or primary key). */
  unique: boolean;
}

export interface TablePlan {
  table: TableModel;
  count: number;
  columns: ColumnPlan[];
  refs: RefPlan[];
  joints: JointPlan[];
  checks: ParsedCheck[];
  fixtures: Record<string, Record<string, unknown>>;
  source?: DiagnosticSource;
}

/** Everything needed to generate and emit one scenario. */
export interface LoadPlan {
  scenario: ResolvedScenario;
  /** Table plans in load order. */
  tables: TablePlan[];
  fixups: { table: string; edge: ForeignKeyEdge }[];
  relaxed: ForeignKeyEdge[];
}

const INTEGER_RANGES: Record<string, [number, number]> = {
  smallint: [-32768, 32767],
  integer: [-2147483648, 2147483647],
  bigint: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

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

  // User rules first: they win over everything.
  for (const column of table.columns) {
    const rule = ruleFor(column);
    if (rule === undefined) continue;
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
    };
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
    // Allowed values (enums, text enums, IN checks) decide the generator whatever the column is called;
    // a text primary key gets an id-like value, not prose.
    const inferred = !infer
      ? undefined
      : c.allowed && c.allowed.length > 0 && column.arrayDimensions === 0
        ? g.oneOf(c.allowed)
        : table.primaryKey.includes(column.name) && (column.kind === 'text' || column.kind === 'varchar') && column.arrayDimensions === 0
          ? (column.length ?? 36) >= 36
            ? g.uuid()
            : g.string({ length: Math.min(column.length ?? 12, 12) })
          : inferGenerator(column, table);
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
    columns.set(column.name, { column, fill: { kind: 'generator', generator, origin: 'inferred' }, constraints: c, unique });
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

function compositeGroups(table: TableModel): { columns: string[]; reason: string }[] {
  const groups: { columns: string[]; reason: string }[] = [];
  if (table.primaryKey.length > 1) groups.push({ columns: table.primaryKey, reason: 'primary key' });
  for (const u of table.uniques) {
    if (u.columns.length > 1 && !groups.some((g) => sameSet(g.columns, u.columns))) groups.push({ columns: u.columns, reason: `unique constraint ${u.name}` });
  }
  return groups;
}

function planJoint(
  table: TableModel,
  groupColumns: string[],
  reason: string,
  columns: Map<string, ColumnPlan>,
  refs: RefPlan[],
  constraints: Map<string, ValueConstraints>,
  joints: JointPlan[],
  bag: DiagnosticBag,
  source: DiagnosticSource | undefined,
): void {
  // Already distinct if one member is unique on its own (a serial, a unique generator, a one-to-one ref).
  for (const name of groupColumns) {
    const plan = columns.get(name);
    if (plan?.unique || (plan?.fill.kind === 'generator' && plan.fill.generator.unique) || (plan?.fill.kind === 'ref' && plan.fill.ref.unique)) return;
  }
  // A member with a unique-capable value domain of its own: make it unique (the simplest injective tuple).
  for (const name of groupColumns) {
    const plan = columns.get(name);
    const column = table.columns.find((c) => c.name === name)!;
    if (!plan && (column.kind === 'uuid' || ((column.kind === 'text' || column.kind === 'varchar') && !column.enumValues && (column.length ?? 64) >= 16))) {
      const inferred = inferGenerator(column, table);
      if (inferred) {
        columns.set(name, { column, fill: { kind: 'generator', generator: inferred.asUnique(), origin: 'inferred' }, constraints: constraints.get(name)!, unique: true });
        return;
      }
    }
  }
  const components: JointComponent[] = [];
  const covered = new Set<string>();
  let nullableColumn: string | undefined;
  for (const name of groupColumns) {
    if (covered.has(name)) continue;
    const plan = columns.get(name);
    const column = table.columns.find((c) => c.name === name)!;
    if (plan?.fill.kind === 'ref') {
      const ref = plan.fill.ref;
      if (!ref.edge.columns.every((c) => groupColumns.includes(c))) return;
      ref.edge.columns.forEach((c) => covered.add(c));
      components.push({ kind: 'ref', edge: ref.edge, size: 0 });
      // The joint decides the parent; the ref plan no longer picks on its own.
      refs.splice(refs.indexOf(ref), 1);
      continue;
    }
    // A distinct sub-tuple makes the whole tuple distinct: members we cannot enumerate are generated freely.
    if (plan) continue;
    const c = constraints.get(name)!;
    const values = c.allowed ?? column.enumValues;
    if (values) {
      components.push({ kind: 'values', column: name, values, size: values.length });
    } else if (column.kind === 'smallint' || column.kind === 'integer' || column.kind === 'bigint') {
      const [typeMin, typeMax] = INTEGER_RANGES[column.kind]!;
      const narrowed = (c.min !== undefined && c.min > typeMin) || (c.max !== undefined && c.max < typeMax);
      const min = c.min !== undefined && c.min > typeMin ? c.min : 1;
      const max = c.max !== undefined && c.max < typeMax ? c.max : typeMax;
      components.push({ kind: 'range', column: name, min, size: Math.max(0, max - min + 1), auto: !narrowed });
    } else if (column.kind === 'boolean') {
      components.push({ kind: 'values', column: name, values: [false, true], size: 2 });
    } else {
      continue;
    }
    covered.add(name);
    if (!column.notNull && !table.primaryKey.includes(name)) nullableColumn ??= name;
  }
  if (components.length === 0) {
    bag.warn(DiagnosticCode.UniqueInfeasible, `${table.name}: seedforge cannot enumerate any column of ${reason} (${groupColumns.join(', ')}) to keep it distinct.`, {
      source,
      path: [table.name, ...groupColumns],
      hint: `give one of ${groupColumns.join(', ')} a unique generator, e.g. g.string({ unique: true })`,
    });
    return;
  }
  const index = joints.length;
  joints.push({ reason, columns: [...covered], components, capacity: 0, nullableColumn });
  for (const name of covered) {
    const column = table.columns.find((c) => c.name === name)!;
    columns.set(name, { column, fill: { kind: 'joint', joint: index }, constraints: constraints.get(name)!, unique: false });
  }
}

function settleCount(plan: TablePlan, plans: Map<string, TablePlan>, scenario: ResolvedScenario, bag: DiagnosticBag): void {
  const { table } = plan;
  const def = scenario.definitions.get(table.id);
  const explicit = scenario.counts.get(table.id) ?? def?.rules.count;
  const multiplied = (n: number): number => (n === 0 ? 0 : Math.max(1, Math.round(n * scenario.volumeMultiplier)));
  const fixtureCount = Object.keys(plan.fixtures).length;
  let count = Math.max(fixtureCount, multiplied(explicit ?? scenario.defaultCount));
  const userGaveCount = explicit !== undefined;
  const parentCount = (edge: ForeignKeyEdge): number => (edge.to === table.id ? count : (plans.get(edge.to)?.count ?? 0));

  const perParent = plan.refs.find((r) => r.perParent && !r.self);
  if (perParent?.perParent) {
    const parents = parentCount(perParent.edge);
    const { min, max } = perParent.perParent;
    if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 0 && max >= min)) {
      bag.error(DiagnosticCode.InvalidGeneratorOptions, `${table.name}.${perParent.edge.columns.join(', ')}: perParent needs whole numbers with 0 <= min <= max.`, { source: plan.source, path: [table.name, ...perParent.edge.columns] });
    } else {
      count = perParentTotal(parents, min, max, scenario.seed, table.id);
    }
  }

  const lower = (limit: number, why: string, fix: string, path: string[]): void => {
    if (count <= limit) return;
    if (userGaveCount || perParent) {
      bag.error(DiagnosticCode.UniqueInfeasible, `${table.name}: ${count} rows cannot be generated: ${why}.`, { source: plan.source, path, hint: fix });
      // Plan on with the feasible count so later steps report other problems, not this one again.
      count = limit;
    } else {
      bag.warn(DiagnosticCode.CountLowered, `${table.name}: count lowered from ${count} to ${limit}: ${why}.`, { source: plan.source, path, hint: fix });
      count = limit;
    }
  };

  for (const ref of plan.refs) {
    if (ref.self || ref.strategy !== 'ordered') continue;
    const parents = parentCount(ref.edge);
    const notNull = ref.edge.columns.some((c) => table.columns.find((col) => col.name === c)?.notNull);
    if (parents === 0 && notNull && count > 0) {
      lower(0, `${ref.edge.columns.join(', ')} must reference ${ref.edge.to}, which has no rows`, `give ${ref.edge.to} a count above 0`, [table.name, ...ref.edge.columns]);
    }
    if (ref.unique) {
      lower(parents, `${ref.edge.columns.join(', ')} is one-to-one with ${ref.edge.to}, which has only ${parents} rows`, `raise the count of ${ref.edge.to} or lower the count of ${table.name}`, [table.name, ...ref.edge.columns]);
    }
  }
  for (const columnPlan of plan.columns) {
    if (!columnPlan.unique || columnPlan.fill.kind !== 'generator') continue;
    const domain = uniqueDomainSize(columnPlan);
    if (domain < count) {
      const name = columnPlan.column.key;
      lower(domain, `${name} must be unique but only ${domain} distinct values fit it`, `lower the count of ${table.name}, or widen ${name}'s type or CHECK`, [table.name, name]);
    }
  }
  for (const joint of plan.joints) {
    let fixed = 1;
    for (const component of joint.components) {
      if (component.kind === 'ref') component.size = parentCount(component.edge);
      if (component.kind !== 'range' || !component.auto) fixed *= component.size;
    }
    let capacity = fixed;
    for (const component of joint.components) {
      if (component.kind !== 'range' || !component.auto) continue;
      // Half again as many ordinals as an even spread needs: parents get varied numbers of rows.
      component.size = Math.min(component.size, Math.max(1, Math.ceil((1.5 * count) / Math.max(1, fixed))));
      capacity *= component.size;
    }
    joint.capacity = Math.min(capacity, Number.MAX_SAFE_INTEGER);
    if (!joint.nullableColumn) {
      const parts = joint.components.map((c) => (c.kind === 'ref' ? `${c.edge.to} (${c.size} rows)` : `${c.column} (${c.size} values)`)).join(' x ');
      lower(joint.capacity, `its ${joint.reason} (${joint.columns.join(', ')}) has only ${joint.capacity} distinct combinations: ${parts}`, `raise the parent counts or lower the count of ${table.name}`, [table.name, ...joint.columns]);
    }
  }
  plan.count = count;
}

/** Distinct values a unique column can take under its type and CHECKs (Infinity when unbounded here). */
function uniqueDomainSize(plan: ColumnPlan): number {
  const { column, constraints } = plan;
  if (constraints.allowed) return constraints.allowed.length;
  if (column.kind === 'boolean') return 2;
  const range = INTEGER_RANGES[column.kind];
  if (range && constraints.min !== undefined && constraints.max !== undefined) return Math.max(0, Math.floor(constraints.max) - Math.ceil(constraints.min) + 1);
  return Infinity;
}

/** Total children when each parent p has between min and max (hash-chosen per parent). */
export function perParentTotal(parents: number, min: number, max: number, seed: number, table: string): number {
  if (min === max) return parents * min;
  let total = 0;
  for (let p = 0; p < parents; p++) total += perParentCount(p, min, max, seed, table);
  return total;
}

/** Children of parent p (deterministic). */
export function perParentCount(p: number, min: number, max: number, seed: number, table: string): number {
  if (min === max) return min;
  let h = (Math.imul(p + 1, 0x9e3779b1) ^ seed ^ tableSalt(table)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  return min + (h % (max - min + 1));
}

const salts = new Map<string, number>();
function tableSalt(table: string): number {
  let salt = salts.get(table);
  if (salt === undefined) {
    salt = 0x811c9dc5;
    for (let i = 0; i < table.length; i++) salt = Math.imul(salt ^ table.charCodeAt(i), 0x01000193) >>> 0;
    salts.set(table, salt);
  }
  return salt;
}

function baseConstraints(column: ColumnModel): ValueConstraints {
  const c: ValueConstraints = {};
  const range = INTEGER_RANGES[column.kind];
  if (range && column.arrayDimensions === 0) {
    c.min = range[0];
    c.max = range[1];
  }
  if (column.kind === 'numeric' && column.precision !== undefined && column.arrayDimensions === 0) {
    const limit = 10 ** (column.precision - (column.scale ?? 0)) - 10 ** -(column.scale ?? 0);
    c.min = -limit;
    c.max = limit;
  }
  if (column.length !== undefined) c.maxLength = column.length;
  if (column.enumValues) c.allowed = column.enumValues;
  return c;
}

function mergeConstraints(a: ValueConstraints, b: ValueConstraints): ValueConstraints {
  const out: ValueConstraints = { ...a };
  if (b.min !== undefined) out.min = Math.max(a.min ?? -Infinity, b.min);
  if (b.max !== undefined) out.max = Math.min(a.max ?? Infinity, b.max);
  if (b.maxLength !== undefined) out.maxLength = Math.min(a.maxLength ?? Infinity, b.maxLength);
  if (b.minLength !== undefined) out.minLength = Math.max(a.minLength ?? 0, b.minLength);
  if (b.allowed !== undefined) out.allowed = a.allowed ? a.allowed.filter((v) => b.allowed!.includes(v)) : b.allowed;
  return out;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

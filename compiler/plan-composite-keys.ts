/**
 * Composite primary keys and uniques: members filled jointly by a permutation of the row index over the product
 * of their domains (parents, integer ranges, allowed values), so every row's tuple is distinct without retries.
 */
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticBag, DiagnosticSource } from './diagnostics.ts';
import type { ValueConstraints } from './generators/types.ts';
import { inferGenerator } from './infer-generator.ts';
import type { ColumnPlan, JointComponent, JointPlan, RefPlan } from './load-plan.ts';
import type { ColumnModel, TableModel } from './model.ts';
import { g, type Generator } from '../dsl/index.ts';
import { INTEGER_RANGES } from './column-constraints.ts';

/** The composite primary key and composite uniques of a table, each once. */
export function compositeGroups(table: TableModel): { columns: string[]; reason: string }[] {
  const groups: { columns: string[]; reason: string }[] = [];
  if (table.primaryKey.length > 1) groups.push({ columns: table.primaryKey, reason: 'primary key' });
  for (const u of table.uniques) {
    if (u.columns.length > 1 && !groups.some((g) => sameSet(g.columns, u.columns))) groups.push({ columns: u.columns, reason: `unique constraint ${u.name}` });
  }
  return groups;
}

/** Plans one composite group, or leaves it when one member is already distinct on its own. */
export function planJoint(
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
    if (!plan && (column.kind === 'uuid' || (isFreeText(column) && (column.length ?? 64) >= 16))) {
      const inferred = inferGenerator(column, table);
      if (inferred) {
        columns.set(name, { column, fill: { kind: 'generator', generator: inferred.asUnique(), origin: 'inferred' }, constraints: constraints.get(name)!, unique: true, uniqueFallback: distinctText(column) });
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
      // A reference pinned to one fixture is the same in every row: the other members must make the tuple distinct.
      if (ref.pinned !== undefined) continue;
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
    // Nothing to enumerate: short codes and the like. Distinct random strings in one text member keep the tuple distinct.
    const text = groupColumns.map((n) => table.columns.find((c) => c.name === n)!).find((c) => !columns.has(c.name) && isFreeText(c) && (c.length ?? 64) >= 4);
    if (text) {
      columns.set(text.name, { column: text, fill: { kind: 'generator', generator: distinctText(text), origin: 'inferred' }, constraints: constraints.get(text.name)!, unique: true });
      return;
    }
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

/** Same members, any order. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** Text that is not an enum or array: any distinct string is a valid value. */
export function isFreeText(column: ColumnModel): boolean {
  return (column.kind === 'text' || column.kind === 'varchar' || column.kind === 'char') && !column.enumValues && column.arrayDimensions === 0;
}

/** Distinct random letters and digits that fit the column (at most 12 characters). */
export function distinctText(column: ColumnModel): Generator<unknown> {
  return g.string({ length: Math.min(column.length ?? 12, 12) }).asUnique();
}

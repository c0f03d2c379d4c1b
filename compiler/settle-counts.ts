/**
 * Row counts: the user's or the default, times the volume multiplier, derived from children-per-parent, and lowered
 * (with a warning) or refused where a unique, one-to-one or composite constraint cannot hold that many rows.
 */
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import type { ColumnPlan, TablePlan } from './load-plan.ts';
import type { ForeignKeyEdge } from './model.ts';
import type { ResolvedScenario } from './resolve-config.ts';
import { INTEGER_RANGES } from './column-constraints.ts';

/** Sets `plan.count`; parents must be settled first (load order). */
export function settleCount(plan: TablePlan, plans: Map<string, TablePlan>, scenario: ResolvedScenario, bag: DiagnosticBag): void {
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

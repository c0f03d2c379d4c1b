/**
 * What a diagram shows of a plan: per table its row count and load position, per foreign key how it is loaded
 * (in order, as a cycle fix-up set after the load, or with checks relaxed in a NOT NULL cycle).
 */
import type { ForeignKeyEdge } from './model.ts';
import type { LoadPlan } from './plan-scenario.ts';

export interface DiagramOverlay {
  scenario: string;
  /** Table id -> rows and 1-based load position. */
  tables: Map<string, { rows: number; position: number }>;
  /** Edge name (`from:name`) -> how it is loaded, when not simply in order. */
  edges: Map<string, 'fixup' | 'relaxed'>;
  loadOrder: string[];
}

/** A key identifying a foreign key across IR copies. */
export function edgeKey(edge: ForeignKeyEdge): string {
  return `${edge.from}:${edge.name}`;
}

/** The overlay of one plan. */
export function diagramOverlay(plan: LoadPlan): DiagramOverlay {
  const tables = new Map(plan.tables.map((t, i) => [t.table.id, { rows: t.count, position: i + 1 }]));
  const edges = new Map<string, 'fixup' | 'relaxed'>();
  for (const { edge } of plan.fixups) edges.set(edgeKey(edge), 'fixup');
  for (const edge of plan.relaxed) edges.set(edgeKey(edge), 'relaxed');
  return { scenario: plan.scenario.name, tables, edges, loadOrder: plan.tables.map((t) => t.table.id) };
}

/** `1st`, `2nd`, `3rd`, `11th`, ... */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How a diagram labels an edge's loading, or undefined for an ordinary one. */
export function edgeNote(strategy: 'fixup' | 'relaxed' | undefined): string | undefined {
  if (strategy === 'fixup') return 'cycle: set by UPDATE after the load';
  if (strategy === 'relaxed') return 'NOT NULL cycle: checks deferred';
  return undefined;
}

import type { ForeignKeyEdge, TableModel } from './model.ts';
import { compareNames } from '../runtime/compare-names.ts';

/** How a foreign key is satisfied at load time. */
export type EdgeStrategy =
  /** Parent loads first (or it is a self-reference, checked at the end of the COPY statement). */
  | 'ordered'
  /** Part of a cycle through nullable columns: loaded as NULL, then set by one UPDATE after all tables. */
  | 'fixup'
  /** Part of a NOT NULL cycle: checks are relaxed during the load and proven afterwards. */
  | 'relaxed';

export interface ForeignKeyOrder {
  /** Table ids in load order: parents first, ties broken by id. */
  order: string[];
  strategies: Map<ForeignKeyEdge, EdgeStrategy>;
}

/**
 * Orders tables so that every parent loads before its children. Cycles are broken on nullable edges first
 * (fix-ups); a cycle of NOT NULL edges is kept and marked `relaxed`.
 */
export function orderByForeignKeys(tables: readonly TableModel[]): ForeignKeyOrder {
  const ids = new Set(tables.map((t) => t.id));
  const byId = new Map(tables.map((t) => [t.id, t]));
  const strategies = new Map<ForeignKeyEdge, EdgeStrategy>();
  const active: ForeignKeyEdge[] = [];
  for (const table of tables) {
    for (const fk of table.foreignKeys) {
      if (fk.to === fk.from || !ids.has(fk.to)) strategies.set(fk, 'ordered');
      else active.push(fk);
    }
  }

  // Break cycles: while a strongly connected component has more than one table, defer its nullable edges
  // (cheapest first: fewest columns, then by name), then relax NOT NULL ones if still cyclic.
  for (;;) {
    const cyclic = stronglyConnected([...ids].sort(), active).filter((c) => c.length > 1);
    if (cyclic.length === 0) break;
    const component = new Set(cyclic[0]);
    const inside = active.filter((e) => component.has(e.from) && component.has(e.to));
    const nullable = inside.filter((e) => e.columns.every((c) => !byId.get(e.from)!.columns.find((col) => col.name === c)?.notNull));
    const pick = (nullable.length > 0 ? nullable : inside).sort(compareEdges)[0]!;
    strategies.set(pick, nullable.length > 0 ? 'fixup' : 'relaxed');
    active.splice(active.indexOf(pick), 1);
  }
  for (const edge of active) strategies.set(edge, 'ordered');

  // Kahn's algorithm with a sorted ready set for stable ties.
  const indegree = new Map([...ids].map((id) => [id, 0]));
  const children = new Map<string, string[]>();
  for (const edge of active) {
    indegree.set(edge.from, indegree.get(edge.from)! + 1);
    children.set(edge.to, [...(children.get(edge.to) ?? []), edge.from]);
  }
  const ready = [...ids].filter((id) => indegree.get(id) === 0).sort();
  const order: string[] = [];
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const child of children.get(id) ?? []) {
      indegree.set(child, indegree.get(child)! - 1);
      if (indegree.get(child) === 0) insertSorted(ready, child);
    }
  }
  return { order, strategies };
}

function compareEdges(a: ForeignKeyEdge, b: ForeignKeyEdge): number {
  return a.columns.length - b.columns.length || compareNames(`${a.from}.${a.name}`, `${b.from}.${b.name}`);
}

function insertSorted(list: string[], value: string): void {
  let i = 0;
  while (i < list.length && list[i]! < value) i++;
  list.splice(i, 0, value);
}

/** Tarjan's strongly connected components over edges child -> parent. */
function stronglyConnected(nodes: string[], edges: ForeignKeyEdge[]): string[][] {
  const adjacent = new Map<string, string[]>();
  for (const e of edges) adjacent.set(e.from, [...(adjacent.get(e.from) ?? []), e.to]);
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of adjacent.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      result.push(component.sort());
    }
  };
  for (const node of nodes) if (!indices.has(node)) visit(node);
  return result.sort((a, b) => compareNames(a[0]!, b[0]!));
}

/**
 * The plan as data: what the planner decides and the engine, emitters and diagrams read.
 */
import type { Generator } from '../dsl/index.ts';
import type { DiagnosticSource } from './diagnostics.ts';
import type { ValueConstraints } from './generators/types.ts';
import type { ColumnModel, ForeignKeyEdge, TableModel } from './model.ts';
import type { EdgeStrategy } from './order-by-foreign-keys.ts';
import type { ParsedCheck } from './parse-check.ts';
import type { ResolvedScenario } from './resolve-config.ts';

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
  /**
   * The algorithm of uniform and self-reference picks (`ref@<version>`, `g.ref(...).atVersion(n)`): 1 walks jump
   * consistent hashing forwards, 2 (current) samples the same process backwards in a few draws, from the same
   * stream but to other parents. Zipf, one-to-one and per-parent picks are the same in both.
   */
  version: number;
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
  /**
   * Used when an inferred generator cannot make enough distinct values (e.g. first names for more rows than there
   * are first names), with a warning.
   */
  uniqueFallback?: Generator<unknown>;
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

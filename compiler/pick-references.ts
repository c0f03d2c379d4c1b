/**
 * How a row gets its foreign-key values: which parent row a reference picks (consistent hashing, zipf, one-to-one
 * permutations, children per parent, fixture pins), and composite keys filled jointly. Parent values are computed
 * through the parent's row source, never by materialising the parent table.
 */
import type { RowSource } from './build-row-sources.ts';
import { createPermutation } from './permutation.ts';
import { jumpBackConsistent, parentOfChild, prefixSums, zipfRank } from './pick-parent.ts';
import { perParentCount, type JointPlan, type LoadPlan, type RefPlan, type TablePlan } from './plan-scenario.ts';
import { ReusableRng, cellFraction, cellKey, hashKey, rngFromKey } from './random.ts';

/**
 * Fills one reference's columns of a row (at `positions` of the row's values): the picked parent row's key
 * columns, or NULLs.
 */
export function refFiller(
  ref: RefPlan,
  tablePlan: TablePlan,
  plan: LoadPlan,
  sources: Map<string, RowSource>,
  count: number,
  positions: number[],
): (index: number, values: unknown[]) => void {
  const seed = plan.scenario.seed;
  const table = tablePlan.table;
  // One stream key for every version: ref@2 reads the same stream to other parents.
  const key = hashKey(seed, table.id, ref.edge.columns.join(','), 'ref@1');
  const nullKey = hashKey(seed, table.id, ref.edge.columns.join(','), 'ref-null');
  const self = ref.self;
  const parentSource = (): RowSource => (self ? sources.get(table.id)! : sources.get(ref.edge.to)!);
  const nullable = ref.edge.columns.every((c) => !table.columns.find((col) => col.name === c)?.notNull);
  const rng = new ReusableRng();
  // Row `index`'s uniform pick among n parents, by the ref version's algorithm.
  const uniform: (index: number, n: number) => number =
    ref.version === 1 ? (index, n) => rng.reseed(key, index).jump(n) : (index, n) => jumpBackConsistent(rng.reseed(key, index), n);
  let parents = -1;
  let pick: (index: number) => number | null;
  const parentCount = (): number => {
    if (parents < 0) parents = self ? count : (sources.get(ref.edge.to)?.count ?? 0);
    return parents;
  };
  if (ref.pinned !== undefined) {
    const pinned = ref.pinned;
    pick = () => pinned;
  } else if (self) {
    pick = (index) => {
      if (index === 0) return nullable ? null : 0;
      return uniform(index, index);
    };
  } else if (ref.unique) {
    let permutation: ((i: number) => number) | undefined;
    pick = (index) => {
      // Only a cycle's fix-up edge (always nullable) can have more children than parents: those rows get NULL.
      if (index >= parentCount()) return null;
      permutation ??= createPermutation(parentCount(), hashKey(seed, table.id, ref.edge.columns.join(','), 'one-to-one'));
      return permutation(index);
    };
  } else if (ref.perParent) {
    let sums: Float64Array | undefined;
    const { min, max } = ref.perParent;
    pick = (index) => {
      sums ??= prefixSums(parentCount(), (p) => perParentCount(p, min, max, seed, table.id));
      return parentOfChild(sums, index);
    };
  } else if (ref.distribution === 'zipf') {
    let permutation: ((i: number) => number) | undefined;
    pick = (index) => {
      const n = parentCount();
      permutation ??= createPermutation(n, hashKey(seed, ref.edge.to, 'popularity'));
      return permutation(zipfRank(rng.reseed(key, index).float(), n, ref.zipfExponent));
    };
  } else {
    pick = (index) => uniform(index, parentCount());
  }
  // Children copy the parent's key cells: readers resolved once (the parent's source exists by the first row).
  let readers: ((index: number) => unknown)[] | undefined;
  const parentReaders = (): ((index: number) => unknown)[] => (readers ??= ref.edge.toColumns.map((c) => parentSource().cellReader(c)));
  const width = positions.length;
  const setNull = (values: unknown[]): void => {
    for (let k = 0; k < width; k++) values[positions[k]!] = null;
  };
  const nullFraction = ref.nullFraction;
  const first = positions[0]!;
  return (index, values) => {
    if (nullFraction > 0 && cellFraction(nullKey, index) < nullFraction) return setNull(values);
    if ((parents < 0 ? parentCount() : parents) === 0) return setNull(values);
    const p = pick(index);
    if (p === null) return setNull(values);
    const read = readers ?? parentReaders();
    // Most references are one column.
    if (width === 1) values[first] = read[0]!(p);
    else for (let k = 0; k < width; k++) values[positions[k]!] = read[k]!(p);
  };
}

/** Fills the members of one composite key for a row: a permutation of the row index, read in mixed radix. */
export function jointFiller(joint: JointPlan, which: number, tablePlan: TablePlan, plan: LoadPlan, sources: Map<string, RowSource>): (index: number, values: unknown[], position: Map<string, number>) => void {
  const seed = plan.scenario.seed;
  const table = tablePlan.table;
  let permutation: ((i: number) => number) | undefined;
  const spill = hashKey(seed, table.id, 'joint', which, 'spill');
  return (index, values, position) => {
    let x: number;
    const inside = index < joint.capacity;
    if (inside) {
      permutation ??= createPermutation(joint.capacity, hashKey(seed, table.id, 'joint', which, joint.columns.join(',')));
      x = permutation(index);
    } else {
      x = 0;
    }
    const rng = inside ? undefined : rngFromKey(cellKey(spill, index));
    for (const component of joint.components) {
      const digit = inside ? x % component.size : rng!.int(0, Math.max(0, component.size - 1));
      if (inside) x = Math.floor(x / component.size);
      if (component.kind === 'ref') {
        const source = component.edge.to === table.id ? undefined : sources.get(component.edge.to);
        component.edge.columns.forEach((name, k) => {
          values[position.get(name)!] = source ? source.cell(component.edge.toColumns[k]!, digit) : null;
        });
      } else if (component.kind === 'range') {
        values[position.get(component.column)!] = component.min + digit;
      } else {
        values[position.get(component.column)!] = component.values[digit];
      }
    }
    if (!inside && joint.nullableColumn) values[position.get(joint.nullableColumn)!] = null;
  };
}

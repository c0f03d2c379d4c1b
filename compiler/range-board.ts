/**
 * Which row ranges of a scenario are taken, in memory shared by the compiling thread and its workers: a worker takes
 * its next range itself, without waiting for the compiling thread (busy rendering and writing) to answer a message.
 *
 * Ranges are numbered across tables in write order. Only a window of them can be taken: the `window` ranges from the
 * writer's head (the next range to write), so what is rendered and not yet written stays bounded. The compiling thread
 * takes from the window's front, workers from its back, so the writer seldom reaches a range a worker still holds.
 */

/** Rows per rendered range: large enough to amortise messaging, small enough to keep memory flat. */
export const CHUNK_ROWS = 2048;

/** No range can be taken now: the window is taken; the writer's head must move first. */
export const WAIT = -1;
/** No range will ever be free again: every range left is taken. */
export const EXHAUSTED = -2;

const HEAD = 0;
const STOPPED = 1;
/** Then one cell per window slot: range i's slot is i % window and holds the last range taken there, plus one. */
const SLOTS = 2;

export class RangeBoard {
  private readonly cells: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    /** Ranges in all. */
    readonly count: number,
    readonly window: number,
  ) {
    this.cells = new Int32Array(buffer);
  }

  static create(count: number, window: number): RangeBoard {
    return new RangeBoard(new SharedArrayBuffer((SLOTS + window) * Int32Array.BYTES_PER_ELEMENT), count, window);
  }

  /** The next range to write. */
  get head(): number {
    return Atomics.load(this.cells, HEAD);
  }

  get stopped(): boolean {
    return Atomics.load(this.cells, STOPPED) === 1;
  }

  /** Whether range `i`, in the window, is taken. */
  taken(i: number): boolean {
    return Atomics.load(this.cells, SLOTS + (i % this.window)) >= i + 1;
  }

  /** Takes the first free range of the window, or returns WAIT / EXHAUSTED. */
  takeFront(): number {
    const head = this.head;
    const end = Math.min(this.count, head + this.window);
    for (let i = head; i < end; i++) if (this.take(i)) return i;
    return end === this.count ? EXHAUSTED : WAIT;
  }

  /** Takes the last free range of the window, or returns WAIT / EXHAUSTED. */
  takeBack(): number {
    const head = this.head;
    const end = Math.min(this.count, head + this.window);
    for (let i = end - 1; i >= head; i--) if (this.take(i)) return i;
    return end === this.count ? EXHAUSTED : WAIT;
  }

  /**
   * A slot's value only grows: it holds range i - window (or earlier) until i is taken, and range i + window can be
   * taken only once the head has passed i. A value below i + 1 therefore means i is free, for any head read earlier.
   */
  private take(i: number): boolean {
    const slot = SLOTS + (i % this.window);
    const seen = Atomics.load(this.cells, slot);
    return seen < i + 1 && Atomics.compareExchange(this.cells, slot, seen, i + 1) === seen;
  }

  /** The writer wrote every range before `head`: the window moves on, and waiting workers wake. */
  advance(head: number): void {
    Atomics.store(this.cells, HEAD, head);
    Atomics.notify(this.cells, HEAD);
  }

  /** Waits (a worker thread only) until the head is past `seen`, the board is stopped, or `ms` pass. */
  waitPast(seen: number, ms: number): void {
    if (!this.stopped) Atomics.wait(this.cells, HEAD, seen, ms);
  }

  /** No more ranges are taken (the scenario is written, or failed): waiting workers wake and stop. */
  stop(): void {
    Atomics.store(this.cells, STOPPED, 1);
    Atomics.notify(this.cells, HEAD);
  }
}

/** A scenario's ranges from its tables' row counts, in write order; only the counts are held, not the ranges. */
export class RangeMap {
  private readonly first: number[] = [0];

  constructor(private readonly counts: readonly number[]) {
    for (const n of counts) this.first.push(this.first.at(-1)! + Math.ceil(n / CHUNK_ROWS));
  }

  get count(): number {
    return this.first.at(-1)!;
  }

  /** Range `i`: rows [from, to) of the table at `table` in write order. */
  at(i: number): { table: number; from: number; to: number } {
    let table = 0;
    while (this.first[table + 1]! <= i) table++;
    const from = (i - this.first[table]!) * CHUNK_ROWS;
    return { table, from, to: Math.min(this.counts[table]!, from + CHUNK_ROWS) };
  }
}

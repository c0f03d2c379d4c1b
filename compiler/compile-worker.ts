/**
 * A compile worker thread: plans the same scenario as the main thread (planning is deterministic) and renders the
 * row ranges it takes from the compiling thread's board (range-board.ts). Started by worker-pool.ts from the built
 * bundle (dist/compile-worker.js).
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { DiagnosticBag } from './diagnostics.ts';
import { provideBundles } from './load-module.ts';
import { provideLocaleData } from './locale-data.ts';
import { prepare, type CompileOptions } from './compile.ts';
import type { RowSource } from './build-row-sources.ts';
import type { ForeignKeyEdge } from './model.ts';
import { encodeChunk, renderRange, tableLayout, type RenderedChunk, type TableLayout } from './render-rows.ts';
import { EXHAUSTED, RangeBoard, RangeMap, WAIT } from './range-board.ts';
import type { PlanMessage, RangesMessage } from './worker-pool.ts';

interface WorkerInput {
  options: CompileOptions;
}

const input = workerData as WorkerInput;
/** CSV buffers of written ranges this thread keeps to render into. */
const SPARE_BUFFERS = 4;
/** How long a worker with nothing to take sleeps before it looks at the board again (a moving head wakes it sooner). */
const WAIT_MS = 100;

// Started before the compiling thread has planned (see RenderPool.spawn): this thread's modules load meanwhile. The
// board can arrive while the plan is still being made: it is taken up once the plan is ready.
let planned: Promise<Renderer | undefined> | undefined;
parentPort!.on('message', (message: PlanMessage | RangesMessage) => {
  if (message.type === 'plan') {
    planned = plan(message).catch((error: Error) => {
      parentPort!.postMessage({ type: 'failed', message: error.message });
      return undefined;
    });
  } else {
    void planned!.then((render) => render && renderTaken(message, render));
  }
});

type Renderer = (tableId: string, from: number, to: number, reuse: ArrayBuffer | undefined) => RenderedChunk;

async function plan(plan: PlanMessage): Promise<Renderer | undefined> {
  provideBundles(plan.bundles);
  if (plan.locale) provideLocaleData(plan.locale);
  const bag = new DiagnosticBag();
  const { prepared } = await prepare({ ...input.options, scenario: plan.scenario }, bag);
  const scenario = prepared.find((p) => p.plan.scenario.name === plan.scenario);
  if (!scenario || bag.hasErrors) {
    parentPort!.postMessage({ type: 'failed', message: bag.items.map((d) => d.message).join('\n') || `scenario ${plan.scenario} not found` });
    return undefined;
  }
  const deferred = new Map<string, ForeignKeyEdge[]>();
  for (const { table, edge } of scenario.plan.fixups) deferred.set(table, [...(deferred.get(table) ?? []), edge]);
  const layouts = new Map<string, TableLayout>();
  const layoutOf = (source: RowSource): TableLayout => {
    let layout = layouts.get(source.plan.table.id);
    if (!layout) layouts.set(source.plan.table.id, (layout = tableLayout(source, deferred.get(source.plan.table.id) ?? [])));
    return layout;
  };
  return (tableId, from, to, reuse) => {
    const source = scenario.sources.get(tableId)!;
    return renderRange(source, layoutOf(source), from, to, plan.json, reuse);
  };
}

/**
 * Takes ranges from the back of the board's window and sends them back rendered (or failed), until none is left or
 * the board is stopped. Synchronous: this thread has nothing else to do meanwhile.
 */
function renderTaken(message: RangesMessage, render: Renderer): void {
  const ranges = new RangeMap(message.tables.map((t) => t.rows));
  const board = new RangeBoard(message.board, ranges.count, message.window);
  const spare: ArrayBuffer[] = [];
  while (!board.stopped) {
    const head = board.head;
    const i = board.takeBack();
    if (i === EXHAUSTED) break;
    if (i === WAIT) {
      board.waitPast(head, WAIT_MS);
      continue;
    }
    for (let back = receiveMessageOnPort(message.spare); back; back = receiveMessageOnPort(message.spare)) {
      if (spare.length < SPARE_BUFFERS) spare.push(back.message as ArrayBuffer);
    }
    const { table, from, to } = ranges.at(i);
    try {
      const { chunk, transfer } = encodeChunk(render(message.tables[table]!.tableId, from, to, spare.pop()));
      parentPort!.postMessage({ type: 'chunk', index: i, chunk }, transfer);
    } catch (error) {
      const e = error as Error & { code?: string; path?: string[]; hint?: string };
      // The writer fails when it reaches this range: the ranges before it must still render, here or there.
      parentPort!.postMessage({ type: 'error', index: i, error: { name: e.name, message: e.message, code: e.code, path: e.path, hint: e.hint } });
    }
  }
  message.spare.close();
}

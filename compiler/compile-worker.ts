/**
 * A compile worker thread: plans the same scenario as the main thread (planning is deterministic) and renders
 * the row ranges it is sent. Started by worker-pool.ts from the built bundle (dist/compile-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DiagnosticBag } from './diagnostics.ts';
import { provideBundles } from './load-module.ts';
import { provideLocaleData } from './locale-data.ts';
import { prepare, type CompileOptions } from './compile.ts';
import type { RowSource } from './build-row-sources.ts';
import type { ForeignKeyEdge } from './model.ts';
import { encodeChunk, renderRange, tableLayout, type TableLayout } from './render-rows.ts';
import type { PlanMessage } from './worker-pool.ts';

interface WorkerInput {
  options: CompileOptions;
}

interface Task {
  id: number;
  tableId: string;
  from: number;
  to: number;
  /** A CSV buffer of an earlier range, written out: rendered into again. */
  buffer?: ArrayBuffer;
}

const input = workerData as WorkerInput;
// Started before the compiling thread has planned (see RenderPool.spawn): this thread's modules load meanwhile.
parentPort!.once('message', (plan: PlanMessage) => {
  void serve(plan).catch((error: Error) => parentPort!.postMessage({ type: 'failed', message: error.message }));
});

async function serve(plan: PlanMessage): Promise<void> {
  provideBundles(plan.bundles);
  if (plan.locale) provideLocaleData(plan.locale);
  const bag = new DiagnosticBag();
  const { prepared } = await prepare({ ...input.options, scenario: plan.scenario }, bag);
  const scenario = prepared.find((p) => p.plan.scenario.name === plan.scenario);
  if (!scenario || bag.hasErrors) {
    parentPort!.postMessage({ type: 'failed', message: bag.items.map((d) => d.message).join('\n') || `scenario ${plan.scenario} not found` });
    return;
  }
  const deferred = new Map<string, ForeignKeyEdge[]>();
  for (const { table, edge } of scenario.plan.fixups) deferred.set(table, [...(deferred.get(table) ?? []), edge]);
  const layouts = new Map<string, TableLayout>();
  const layoutOf = (source: RowSource): TableLayout => {
    let layout = layouts.get(source.plan.table.id);
    if (!layout) layouts.set(source.plan.table.id, (layout = tableLayout(source, deferred.get(source.plan.table.id) ?? [])));
    return layout;
  };
  parentPort!.on('message', (task: Task) => {
    try {
      const source = scenario.sources.get(task.tableId)!;
      const { chunk, transfer } = encodeChunk(renderRange(source, layoutOf(source), task.from, task.to, plan.json, task.buffer));
      parentPort!.postMessage({ type: 'chunk', id: task.id, chunk }, transfer);
    } catch (error) {
      const e = error as Error & { code?: string; path?: string[]; hint?: string };
      parentPort!.postMessage({ type: 'error', id: task.id, error: { name: e.name, message: e.message, code: e.code, path: e.path, hint: e.hint } });
    }
  });
  parentPort!.postMessage({ type: 'ready' });
}

/**
 * The side thread's script (see side-thread.ts): prints schema.sql and the typed files while the other threads
 * render rows. Started from the built bundle (dist/side-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { provideBundles } from './load-module.ts';
import { printDeclarationIndex, printScenarioDeclarations } from './print-declarations.ts';
import { loadTsMorph } from './ts-morph-printer.ts';
import type { ResolvedConfig } from './resolve-config.ts';
import type { SideTask, SideWorkerInput } from './side-thread.ts';

const input = workerData as SideWorkerInput;
provideBundles(input.bundles);
// The printing thread starts while the compiling thread still loads the project: TypeScript loads meanwhile.
if (input.preload) void loadTsMorph().catch(() => {});
let project: Promise<ResolvedConfig | undefined> | undefined;

async function run(task: SideTask): Promise<unknown> {
  switch (task.kind) {
    case 'schema-sql': {
      // Loaded here, not at the top: the printing thread needs neither Drizzle nor zod.
      const [{ DiagnosticBag }, { loadProject }, { emitSchemaSql }] = await Promise.all([import('./diagnostics.ts'), import('./load-project.ts'), import('./emit-schema-sql.ts')]);
      const bag = new DiagnosticBag();
      const config = await (project ??= loadProject(input.options, bag));
      const scenario = config?.scenarios.find((s) => s.name === task.scenario);
      if (!scenario) throw new Error(`the side thread could not load scenario ${task.scenario}: ${bag.items.map((d) => d.message).join('; ')}`);
      return emitSchemaSql(scenario.schemaModule);
    }
    case 'declarations':
      return printScenarioDeclarations(task.schema, task.fixtures);
    case 'index':
      return printDeclarationIndex(task.names, task.ids);
  }
}

parentPort!.on('message', ({ id, task }: { id: number; task: SideTask }) => {
  run(task).then(
    (result) => parentPort!.postMessage({ id, result }),
    (error: Error) => parentPort!.postMessage({ id, error: { message: error.message, stack: error.stack } }),
  );
});

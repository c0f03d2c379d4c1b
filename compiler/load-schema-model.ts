import type { DiagnosticBag } from './diagnostics.ts';
import { loadProject, type ProjectOptions } from './load-project.ts';
import type { SchemaModel } from './model.ts';

/**
 * The schema of a project, for commands that need only the IR (types, diagram): the `--schema` module, or the
 * schemas of the config's scenarios merged by table id (one scenario with `scenario`). Problems go into `bag`.
 */
export async function loadSchemaModel(options: ProjectOptions, bag: DiagnosticBag): Promise<SchemaModel | undefined> {
  const config = await loadProject(options, bag);
  if (!config || config.scenarios.length === 0) return undefined;
  const tables = new Map<string, SchemaModel['tables'][number]>();
  const enums = new Map<string, SchemaModel['enums'][number]>();
  for (const scenario of config.scenarios) {
    for (const table of scenario.schema.tables) if (!tables.has(table.id)) tables.set(table.id, table);
    for (const e of scenario.schema.enums) if (!enums.has(`${e.schema}.${e.name}`)) enums.set(`${e.schema}.${e.name}`, e);
  }
  return {
    tables: [...tables.values()],
    enums: [...enums.values()].sort((a, b) => (`${a.schema}.${a.name}` < `${b.schema}.${b.name}` ? -1 : 1)),
  };
}

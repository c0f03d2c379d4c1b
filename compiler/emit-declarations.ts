/**
 * The typed artifacts `compile` writes next to the data: per scenario `types.d.ts` (row types), `fixtures.js` +
 * `fixtures.d.ts` (named fixtures with literal types) and `diagram.mmd`; at the top of the output directory an
 * index (`types.d.ts`, `fixtures.js`, `fixtures.d.ts`) re-exporting every scenario. All written with ts-morph.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RowSource } from './build-row-sources.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import { emitDiagram } from './emit-diagram.ts';
import { emitFixturesModule, type FixturesByTable } from './emit-fixtures-module.ts';
import { typescriptNames, typescriptRowStatements } from './emit-types-typescript.ts';
import { fixtureValues } from './fixture-values.ts';
import type { LoadPlan } from './plan-scenario.ts';
import { loadTsMorph, printStatements } from './ts-morph-printer.ts';
import { GENERATED_HEADER, camelCase, unique } from './type-names.ts';

/** Files of one scenario's typed artifacts. */
export const SCENARIO_DECLARATION_FILES = ['types.d.ts', 'fixtures.js', 'fixtures.d.ts', 'diagram.mmd'] as const;

/** Files of the top-level index. */
export const INDEX_FILES = ['types.d.ts', 'fixtures.js', 'fixtures.d.ts'] as const;

/** Writes a scenario's typed artifacts into its (staging) directory. */
export async function emitScenarioDeclarations(plan: LoadPlan, sources: Map<string, RowSource>, dir: string): Promise<void> {
  const tsMorph = await loadTsMorph();
  const schema = plan.scenario.schema;
  const types = printStatements(tsMorph, 'types.d.ts', typescriptRowStatements(tsMorph, schema, typescriptNames(schema)));
  const tables: FixturesByTable = [];
  for (const table of schema.tables) {
    const source = sources.get(table.id);
    if (source && Object.keys(source.plan.fixtures).length > 0) tables.push([table.exportName ?? table.name, fixtureValues(source)]);
  }
  const fixtures = emitFixturesModule(tsMorph, tables);
  writeFileSync(join(dir, 'types.d.ts'), types);
  writeFileSync(join(dir, 'fixtures.js'), fixtures.js);
  writeFileSync(join(dir, 'fixtures.d.ts'), fixtures.dts);
  writeFileSync(join(dir, 'diagram.mmd'), emitDiagram(schema, 'mermaid', plan));
}

/** Scenario directories of `outDir` that hold typed artifacts. */
function scenariosIn(outDir: string): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && existsSync(join(outDir, e.name, 'fixtures.js')))
    .map((e) => e.name);
}

/**
 * Writes the index into `staging` for every scenario that will be in `outDir` after the swap (the compiled ones and
 * those already there). Returns the file names to swap in; an index file seedforge did not write is left alone.
 */
export async function emitDeclarationIndex(staging: string, outDir: string, compiled: string[], bag: DiagnosticBag): Promise<string[]> {
  const names = [...new Set([...scenariosIn(outDir), ...compiled])].sort();
  const used = new Set<string>();
  const ids = names.map((name) => {
    const id = camelCase(name);
    return unique(/^[0-9]/.test(id) ? `_${id}` : id, used);
  });
  const tsMorph = await loadTsMorph();
  const { StructureKind } = tsMorph;
  const texts: Record<(typeof INDEX_FILES)[number], string> = {
    'types.d.ts': printStatements(
      tsMorph,
      'types.d.ts',
      names.map((name, i) => ({ kind: StructureKind.ExportDeclaration, namespaceExport: ids[i], moduleSpecifier: `./${name}/types.js` })),
    ),
    'fixtures.js': '',
    'fixtures.d.ts': '',
  };
  const fixtures = printStatements(
    tsMorph,
    'fixtures.js',
    names.map((name, i) => ({ kind: StructureKind.ExportDeclaration, namedExports: [{ name: 'fixtures', alias: ids[i] }], moduleSpecifier: `./${name}/fixtures.js` })),
  );
  texts['fixtures.js'] = fixtures;
  texts['fixtures.d.ts'] = fixtures;
  const written: string[] = [];
  for (const file of INDEX_FILES) {
    const target = join(outDir, file);
    if (existsSync(target) && !readFileSync(target, 'utf8').startsWith(`// ${GENERATED_HEADER}`)) {
      bag.warn(DiagnosticCode.OutputFailed, `${target} was not written by seedforge, so the typed index was not written over it.`, {
        path: [file],
        hint: 'move that file, or set outDir to a directory of its own',
      });
      continue;
    }
    writeFileSync(join(staging, file), texts[file]);
    written.push(file);
  }
  return written;
}

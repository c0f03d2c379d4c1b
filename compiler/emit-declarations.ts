/**
 * The typed artifacts `compile` writes next to the data: per scenario `types.d.ts` (row types), `fixtures.js` +
 * `fixtures.d.ts` (named fixtures with literal types) and `diagram.mmd`; at the top of the output directory an
 * index (`types.d.ts`, `fixtures.js`, `fixtures.d.ts`) re-exporting every scenario. All written with ts-morph.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_VERSION, type Manifest, type ManifestFile } from '../runtime/manifest.ts';
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

/** sha256 of everything a scenario's typed files are computed from: equal inputs give byte-equal files. */
function declarationInputs(plan: LoadPlan, sources: Map<string, RowSource>): string {
  const fixtures = plan.scenario.schema.tables.map((table) => {
    const source = sources.get(table.id);
    return source && Object.keys(source.plan.fixtures).length > 0 ? fixtureValues(source) : [];
  });
  const overlay = plan.tables.map((t) => [t.table.id, t.count]);
  const cycles = [plan.fixups.map((f) => f.edge.name), plan.relaxed.map((e) => e.name)];
  const text = JSON.stringify([TOOL_VERSION, plan.scenario.name, plan.scenario.schema, fixtures, overlay, cycles], (_key, value: unknown) =>
    typeof value === 'bigint' ? `${value}n` : value,
  );
  return createHash('sha256').update(text).digest('hex');
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Copies the previous typed files when their inputs and bytes are unchanged; false when they must be made anew. */
function reusePrevious(previousDir: string | undefined, inputs: string, dir: string): ManifestFile[] | undefined {
  if (!previousDir || !existsSync(join(previousDir, 'manifest.json'))) return undefined;
  try {
    const previous = (JSON.parse(readFileSync(join(previousDir, 'manifest.json'), 'utf8')) as Manifest).typedArtifacts;
    if (previous?.inputs !== inputs) return undefined;
    const names = previous.files.map((f) => f.path);
    if (SCENARIO_DECLARATION_FILES.some((f) => !names.includes(f))) return undefined;
    for (const file of previous.files) {
      const path = join(previousDir, file.path);
      if (!existsSync(path) || sha256(path) !== file.sha256) return undefined;
    }
    for (const file of previous.files) copyFileSync(join(previousDir, file.path), join(dir, file.path));
    return previous.files;
  } catch {
    return undefined;
  }
}

/**
 * Writes a scenario's typed artifacts into its (staging) directory and returns what the manifest records of them.
 * When `previousDir` holds files made from the same inputs (and untouched), they are reused: no TypeScript load.
 */
export async function emitScenarioDeclarations(
  plan: LoadPlan,
  sources: Map<string, RowSource>,
  dir: string,
  previousDir?: string,
): Promise<NonNullable<Manifest['typedArtifacts']>> {
  const inputs = declarationInputs(plan, sources);
  const reused = reusePrevious(previousDir, inputs, dir);
  if (reused) return { inputs, files: reused };
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
  const files = SCENARIO_DECLARATION_FILES.map((path) => {
    const bytes = readFileSync(join(dir, path));
    return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  });
  return { inputs, files };
}

/** The index lists exactly these scenarios already (its text depends on nothing else), so it need not be rewritten. */
function indexIsCurrent(outDir: string, names: string[]): boolean {
  for (const file of INDEX_FILES) {
    const path = join(outDir, file);
    if (!existsSync(path)) return false;
    const text = readFileSync(path, 'utf8');
    if (!text.startsWith(`// ${GENERATED_HEADER}`)) return false;
    const listed = [...text.matchAll(/from "\.\/([^/"]+)\//g)].map((m) => m[1]).sort();
    if (listed.length !== names.length || listed.some((name, i) => name !== names[i])) return false;
  }
  return true;
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
  if (indexIsCurrent(outDir, names)) return [];
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

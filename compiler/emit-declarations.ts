/**
 * The typed artifacts `compile` writes next to the data: per scenario `types.d.ts` (row types), `fixtures.js` +
 * `fixtures.d.ts` (named fixtures with literal types) and `diagram.mmd`; at the top of the output directory an
 * index (`types.d.ts`, `fixtures.js`, `fixtures.d.ts`) re-exporting every scenario. All printed with ts-morph
 * (print-declarations.ts), here or on the side thread.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_VERSION, type Manifest, type ManifestFile } from '../runtime/manifest.ts';
import type { RowSource } from './build-row-sources.ts';
import type { DiagnosticBag } from './diagnostics.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import { emitDiagram } from './emit-diagram.ts';
import type { FixturesByTable } from './emit-fixtures-module.ts';
import { fixtureValues } from './fixture-values.ts';
import type { SchemaModel } from './model.ts';
import type { LoadPlan } from './plan-scenario.ts';
import { INDEX_FILES, printDeclarationIndex, printScenarioDeclarations, type IndexTexts, type PrintedDeclarations } from './print-declarations.ts';
import { GENERATED_HEADER, camelCase, unique } from './type-names.ts';

/** Files of one scenario's typed artifacts. */
export const SCENARIO_DECLARATION_FILES = ['types.d.ts', 'fixtures.js', 'fixtures.d.ts', 'diagram.mmd'] as const;


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

/** Prints typed files: here (inline) or on the side thread. */
export interface DeclarationPrinter {
  declarations(schema: SchemaModel, fixtures: FixturesByTable): Promise<PrintedDeclarations>;
  index(names: string[], ids: string[]): Promise<IndexTexts>;
}

/** Printing on this thread. */
export const inlinePrinter: DeclarationPrinter = { declarations: printScenarioDeclarations, index: printDeclarationIndex };

/**
 * Writes a scenario's typed artifacts into its (staging) directory and returns what the manifest records of them.
 * When `previousDir` holds files made from the same inputs (and untouched), they are reused: no TypeScript load.
 * Everything but the printing happens before the first await, so the caller may render rows meanwhile.
 */
export async function emitScenarioDeclarations(
  plan: LoadPlan,
  sources: Map<string, RowSource>,
  dir: string,
  previousDir?: string,
  printer: DeclarationPrinter = inlinePrinter,
): Promise<NonNullable<Manifest['typedArtifacts']>> {
  const inputs = declarationInputs(plan, sources);
  const reused = reusePrevious(previousDir, inputs, dir);
  if (reused) return { inputs, files: reused };
  const schema = plan.scenario.schema;
  const tables: FixturesByTable = [];
  for (const table of schema.tables) {
    const source = sources.get(table.id);
    if (source && Object.keys(source.plan.fixtures).length > 0) tables.push([table.exportName ?? table.name, fixtureValues(source)]);
  }
  writeFileSync(join(dir, 'diagram.mmd'), emitDiagram(schema, 'mermaid', plan));
  const printed = await printer.declarations(schema, tables);
  writeFileSync(join(dir, 'types.d.ts'), printed.types);
  writeFileSync(join(dir, 'fixtures.js'), printed.fixturesJs);
  writeFileSync(join(dir, 'fixtures.d.ts'), printed.fixturesDts);
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
 * The index `outDir` needs once `compiled` are in it (with the scenarios already there), or undefined when the
 * current one already lists exactly those. Decided before compiling, so the printing can start early.
 */
export function planDeclarationIndex(outDir: string, compiled: string[]): { names: string[]; ids: string[] } | undefined {
  const names = [...new Set([...scenariosIn(outDir), ...compiled])].sort();
  if (indexIsCurrent(outDir, names)) return undefined;
  const used = new Set<string>();
  const ids = names.map((name) => {
    const id = camelCase(name);
    return unique(/^[0-9]/.test(id) ? `_${id}` : id, used);
  });
  return { names, ids };
}

/**
 * Writes the printed index into `staging`. Returns the file names to swap in; an index file seedforge did not write
 * is left alone (with a warning).
 */
export function writeDeclarationIndex(staging: string, outDir: string, texts: IndexTexts, bag: DiagnosticBag): string[] {
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

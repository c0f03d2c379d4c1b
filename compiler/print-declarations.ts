/**
 * Printing the typed files with ts-morph, from plain data only (the schema model, fixture values, scenario names),
 * so the printing can run on the side thread while rows render: loading TypeScript costs more than half a second.
 */
import { emitFixturesModule, type FixturesByTable } from './emit-fixtures-module.ts';
import { typescriptNames, typescriptRowStatements } from './emit-types-typescript.ts';
import type { SchemaModel } from './model.ts';
import { loadTsMorph, printStatements } from './ts-morph-printer.ts';

/** A scenario's typed files, printed. */
export interface PrintedDeclarations {
  types: string;
  fixturesJs: string;
  fixturesDts: string;
}

/** Files of the top-level index. */
export const INDEX_FILES = ['types.d.ts', 'fixtures.js', 'fixtures.d.ts'] as const;
export type IndexTexts = Record<(typeof INDEX_FILES)[number], string>;

/** `types.d.ts` (row types) and the typed fixtures module of one scenario. */
export async function printScenarioDeclarations(schema: SchemaModel, fixtures: FixturesByTable): Promise<PrintedDeclarations> {
  const tsMorph = await loadTsMorph();
  const types = printStatements(tsMorph, 'types.d.ts', typescriptRowStatements(tsMorph, schema, typescriptNames(schema)));
  const module = emitFixturesModule(tsMorph, fixtures);
  return { types, fixturesJs: module.js, fixturesDts: module.dts };
}

/** The index re-exporting every scenario: `names[i]` as the namespace `ids[i]`. */
export async function printDeclarationIndex(names: string[], ids: string[]): Promise<IndexTexts> {
  const tsMorph = await loadTsMorph();
  const { StructureKind } = tsMorph;
  const types = printStatements(
    tsMorph,
    'types.d.ts',
    names.map((name, i) => ({ kind: StructureKind.ExportDeclaration, namespaceExport: ids[i], moduleSpecifier: `./${name}/types.js` })),
  );
  const fixtures = printStatements(
    tsMorph,
    'fixtures.js',
    names.map((name, i) => ({ kind: StructureKind.ExportDeclaration, namedExports: [{ name: 'fixtures', alias: ids[i] }], moduleSpecifier: `./${name}/fixtures.js` })),
  );
  return { 'types.d.ts': types, 'fixtures.js': fixtures, 'fixtures.d.ts': fixtures };
}

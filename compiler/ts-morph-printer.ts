/**
 * The one way seedforge writes TypeScript: ts-morph structures printed into an in-memory project with fixed
 * formatting (two-space indent, double quotes, `\n`), so generated files are byte-identical on every machine.
 */
import { createRequire } from 'node:module';
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { GENERATED_HEADER } from './type-names.ts';

/** The ts-morph module (passed around so only the first use imports it). */
export type TsMorph = typeof import('ts-morph');

let loaded: TsMorph | undefined;

/**
 * ts-morph, loaded on first use (it is heavy: only commands that write or check TypeScript load it). Required, not
 * imported: ts-morph is CommonJS, and an ESM import first scans its source for export names (measured on the printing
 * thread: 347 ms to import, 214 ms to require).
 */
export async function loadTsMorph(): Promise<TsMorph> {
  loaded ??= createRequire(import.meta.url)('ts-morph') as TsMorph;
  return loaded;
}

/** Prints statements into a file named `name`, after the generated-file header. */
export function printStatements(tsMorph: TsMorph, name: string, statements: (StatementStructures | WriterFunction)[]): string {
  const header: WriterFunction = (writer) => writer.writeLine(`// ${GENERATED_HEADER}`).blankLine();
  const project = printingProject(tsMorph);
  const file = project.createSourceFile(`/${name}`, { statements: [header, ...statements] }, { overwrite: true });
  // ts-morph gives initializers a hanging indent; TypeScript's formatter settles every nesting level at two spaces.
  file.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true });
  const text = file.getFullText().replace(/\n*$/, '\n');
  project.removeSourceFile(file);
  return text;
}

let printer: { tsMorph: TsMorph; project: import('ts-morph').Project } | undefined;

/** One in-memory project for all printing (creating one per file costs more than the printing). */
function printingProject(tsMorph: TsMorph): import('ts-morph').Project {
  if (printer?.tsMorph !== tsMorph) {
    const { Project, IndentationText, NewLineKind, QuoteKind } = tsMorph;
    const project = new Project({
      useInMemoryFileSystem: true,
      manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Double, useTrailingCommas: true },
    });
    printer = { tsMorph, project };
  }
  return printer.project;
}

/** A string literal type or value, written the way JSON writes strings. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value);
}

/** A property name: bare when it is an identifier, quoted otherwise. */
export function propertyName(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : stringLiteral(name);
}

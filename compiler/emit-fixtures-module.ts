/**
 * The typed fixtures module: `fixtures.js` + `fixtures.d.ts`, built as a `const ... as const` source file with
 * ts-morph structures and emitted by the TypeScript compiler, so every fixture value is a literal type:
 * `fixtures.users.admin.id` has type `1`.
 */
import type { CodeBlockWriter } from 'ts-morph';
import type { FixtureValues } from './fixture-values.ts';
import { printStatements, propertyName, type TsMorph } from './ts-morph-printer.ts';
import { GENERATED_HEADER } from './type-names.ts';

/** Fixtures by table key (the table's export name). */
export type FixturesByTable = [table: string, fixtures: FixtureValues[]][];

function writeValue(writer: CodeBlockWriter, value: unknown): void {
  if (value === null || value === undefined) writer.write('null');
  else if (typeof value === 'string') writer.write(JSON.stringify(value));
  else if (typeof value === 'number') writer.write(Number.isFinite(value) ? (Object.is(value, -0) ? '0' : String(value)) : 'null');
  else if (typeof value === 'bigint') writer.write(`${value}n`);
  else if (typeof value === 'boolean') writer.write(String(value));
  else if (value instanceof Date) writer.write(`new Date(${JSON.stringify(value.toISOString())})`);
  else if (Array.isArray(value)) {
    writer.write('[');
    value.forEach((v, i) => {
      if (i > 0) writer.write(', ');
      writeValue(writer, v);
    });
    writer.write(']');
  } else writeObject(writer, Object.entries(value as Record<string, unknown>));
}

function writeObject(writer: CodeBlockWriter, entries: [string, unknown][]): void {
  if (entries.length === 0) {
    writer.write('{}');
    return;
  }
  writer.inlineBlock(() => {
    for (const [key, value] of entries) {
      writer.write(`${propertyName(key)}: `);
      writeValue(writer, value);
      writer.write(',').newLine();
    }
  });
}

/** The `fixtures.ts` source: one exported constant. */
export function fixturesSource(tsMorph: TsMorph, tables: FixturesByTable): string {
  const { StructureKind, VariableDeclarationKind } = tsMorph;
  return printStatements(tsMorph, 'fixtures.ts', [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Named fixtures of every table, with the values compiled into the artifacts (ids included).'],
      declarations: [
        {
          name: 'fixtures',
          initializer: (writer) => {
            writeObject(
              writer,
              tables.map(([table, fixtures]) => [table, Object.fromEntries(fixtures.map((f) => [f.name, Object.fromEntries(f.values)]))]),
            );
            writer.write(' as const');
          },
        },
      ],
    },
  ]);
}

/** `fixtures.js` and `fixtures.d.ts`, compiled from the source with fixed options (deterministic output). */
export function emitFixturesModule(tsMorph: TsMorph, tables: FixturesByTable): { js: string; dts: string } {
  const { Project, ts } = tsMorph;
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { declaration: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, strict: true, newLine: ts.NewLineKind.LineFeed, removeComments: false, types: [], lib: ['lib.es2022.d.ts'] },
  });
  project.createSourceFile('/fixtures.ts', fixturesSource(tsMorph, tables));
  const out = project.emitToMemory();
  const text = (suffix: string): string => {
    const file = out.getFiles().find((f) => f.filePath.endsWith(suffix));
    if (!file) throw new Error(`TypeScript did not emit ${suffix}`);
    return withHeader(file.text);
  };
  return { js: text('/fixtures.js'), dts: text('/fixtures.d.ts') };
}

/** TypeScript keeps the header comment in .js but may drop it from .d.ts; make sure every file starts with it. */
function withHeader(text: string): string {
  const header = `// ${GENERATED_HEADER}`;
  const body = text.replace(/\r\n/g, '\n').replace(/\n*$/, '\n');
  return body.startsWith(header) ? body : `${header}\n\n${body}`;
}

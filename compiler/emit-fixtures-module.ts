/**
 * The typed fixtures module: `fixtures.js` + `fixtures.d.ts`, printed from ts-morph structures. Every fixture
 * value is a literal type in the declaration: `fixtures.users.admin.id` has type `1`.
 */
import type { CodeBlockWriter } from 'ts-morph';
import type { FixtureValues } from './fixture-values.ts';
import { printStatements, propertyName, type TsMorph } from './ts-morph-printer.ts';

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

/** The literal type TypeScript infers for a value under `as const` (`1`, `"a"`, `readonly ["x"]`, `Date`). */
function writeType(writer: CodeBlockWriter, value: unknown): void {
  if (value === null || value === undefined) writer.write('null');
  else if (typeof value === 'string') writer.write(JSON.stringify(value));
  else if (typeof value === 'number') writer.write(Number.isFinite(value) ? (Object.is(value, -0) ? '0' : String(value)) : 'number');
  else if (typeof value === 'bigint') writer.write(`${value}n`);
  else if (typeof value === 'boolean') writer.write(String(value));
  else if (value instanceof Date) writer.write('Date');
  else if (Array.isArray(value)) {
    writer.write('readonly [');
    value.forEach((v, i) => {
      if (i > 0) writer.write(', ');
      writeType(writer, v);
    });
    writer.write(']');
  } else writeObjectType(writer, Object.entries(value as Record<string, unknown>));
}

function writeObjectType(writer: CodeBlockWriter, entries: [string, unknown][]): void {
  if (entries.length === 0) {
    writer.write('{}');
    return;
  }
  writer.inlineBlock(() => {
    for (const [key, value] of entries) {
      writer.write(`readonly ${propertyName(key)}: `);
      writeType(writer, value);
      writer.write(';').newLine();
    }
  });
}

function nested(tables: FixturesByTable): [string, unknown][] {
  return tables.map(([table, fixtures]) => [table, Object.fromEntries(fixtures.map((f) => [f.name, Object.fromEntries(f.values)]))]);
}

const DOCS = ['Named fixtures of every table, with the values compiled into the artifacts (ids included).'];

/**
 * `fixtures.js` (the values) and `fixtures.d.ts` (the same values as literal types, as `as const` would infer them),
 * both printed from ts-morph structures.
 */
export function emitFixturesModule(tsMorph: TsMorph, tables: FixturesByTable): { js: string; dts: string } {
  const { StructureKind, VariableDeclarationKind } = tsMorph;
  const entries = nested(tables);
  const js = printStatements(tsMorph, 'fixtures.js', [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: DOCS,
      declarations: [{ name: 'fixtures', initializer: (writer) => writer.withIndentationLevel(0, () => writeObject(writer, entries)) }],
    },
  ]);
  const dts = printStatements(tsMorph, 'fixtures.d.ts', [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      hasDeclareKeyword: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: DOCS,
      declarations: [{ name: 'fixtures', type: (writer) => writer.withIndentationLevel(0, () => writeObjectType(writer, entries)) }],
    },
  ]);
  return { js, dts };
}

/**
 * Row types in TypeScript, written with ts-morph's structured API. Values are typed as Drizzle returns them
 * (timestamps `Date` or `string` by mode, numeric `string`, json `unknown`); keys are Drizzle property names by
 * default, SQL column names with `keys: 'column'`.
 */
import type { StatementStructures } from 'ts-morph';
import type { ColumnModel, SchemaModel, TableModel } from './model.ts';
import { loadTsMorph, printStatements, propertyName, stringLiteral, type TsMorph } from './ts-morph-printer.ts';
import { enumKey, enumOfColumn, enumTypeNames, tableTypeNames } from './type-names.ts';

export interface TypescriptTypesOptions {
  /** Property names (`displayName`, as Drizzle returns rows) or SQL column names (`display_name`). Default property. */
  keys?: 'property' | 'column';
}

/** Names chosen for one schema's generated TypeScript types. */
export interface TypescriptNames {
  tables: Map<TableModel, string>;
  enums: Map<string, string>;
}

/** Chooses the type names for a schema (tables first, enums avoid them). */
export function typescriptNames(schema: SchemaModel): TypescriptNames {
  const tables = tableTypeNames(schema);
  return { tables, enums: enumTypeNames(schema, [...tables.values(), 'Tables']) };
}

/** The TypeScript type of a column's non-null value. */
export function typescriptScalar(column: ColumnModel, schema: SchemaModel, names: TypescriptNames): string {
  switch (column.kind) {
    case 'smallint':
    case 'integer':
    case 'real':
    case 'double':
      return 'number';
    case 'bigint':
      return column.mode === 'bigint' ? 'bigint' : 'number';
    case 'numeric':
    case 'text':
    case 'varchar':
    case 'char':
    case 'uuid':
    case 'time':
    case 'interval':
    case 'inet':
      return column.enumValues ? column.enumValues.map(stringLiteral).join(' | ') : 'string';
    case 'boolean':
      return 'boolean';
    case 'date':
    case 'timestamp':
    case 'timestamptz':
      return column.mode === 'date' ? 'Date' : 'string';
    case 'enum': {
      const e = enumOfColumn(schema, column.enumName);
      return e ? names.enums.get(enumKey(e))! : (column.enumValues ?? []).map(stringLiteral).join(' | ') || 'string';
    }
    case 'bytea':
      return 'Uint8Array';
    default:
      return 'unknown';
  }
}

/** The full TypeScript type of a column: arrays and NULL included. */
export function typescriptColumnType(column: ColumnModel, table: TableModel, schema: SchemaModel, names: TypescriptNames): string {
  let type = typescriptScalar(column, schema, names);
  for (let d = 0; d < column.arrayDimensions; d++) type = type.includes(' ') ? `(${type})[]` : `${type}[]`;
  const nullable = !column.notNull && !table.primaryKey.includes(column.name);
  return nullable && type !== 'unknown' ? `${type} | null` : type;
}

/** Enum aliases, one interface per table, and `Tables` mapping table names to row types. */
export function typescriptRowStatements(tsMorph: TsMorph, schema: SchemaModel, names: TypescriptNames, options: TypescriptTypesOptions = {}): StatementStructures[] {
  const { StructureKind } = tsMorph;
  const keys = options.keys ?? 'property';
  const statements: StatementStructures[] = [];
  for (const e of schema.enums) {
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: names.enums.get(enumKey(e))!,
      type: e.values.map(stringLiteral).join(' | ') || 'never',
      docs: [`Values of the enum "${e.schema}"."${e.name}".`],
    });
  }
  for (const table of schema.tables) {
    statements.push({
      kind: StructureKind.Interface,
      isExported: true,
      name: names.tables.get(table)!,
      docs: [`A row of "${table.schema}"."${table.name}".`],
      properties: table.columns.map((column) => ({
        name: propertyName(keys === 'property' ? column.key : column.name),
        type: typescriptColumnType(column, table, schema, names),
      })),
    });
  }
  statements.push({
    kind: StructureKind.Interface,
    isExported: true,
    name: 'Tables',
    docs: ['Every row type, keyed by table (export name, else SQL name).'],
    properties: schema.tables.map((table) => ({ name: propertyName(table.exportName ?? table.name), type: names.tables.get(table)! })),
  });
  return statements;
}

/** A complete `.ts`/`.d.ts` file of row types. */
export async function emitTypesTypescript(schema: SchemaModel, options: TypescriptTypesOptions = {}): Promise<string> {
  const tsMorph = await loadTsMorph();
  return printStatements(tsMorph, 'types.d.ts', typescriptRowStatements(tsMorph, schema, typescriptNames(schema), options));
}

/**
 * Row types as a GraphQL SDL: one object type per table, enums, and the custom scalars the columns need
 * (Int is 32-bit in GraphQL, so bigint is a `BigInt` scalar). Nullable columns have no `!`.
 */
import type { ColumnModel, SchemaModel, TableModel } from './model.ts';
import { GENERATED_HEADER, enumKey, enumOfColumn, enumTypeNames, snakeCase, tableTypeNames, unique, upperSnakeCase } from './type-names.ts';

const SCALAR_DOCS: Record<string, string> = {
  BigInt: '64-bit integer (bigint).',
  Date: 'Calendar date, ISO 8601 (YYYY-MM-DD).',
  DateTime: 'Instant or local date-time, ISO 8601.',
  Decimal: 'Exact decimal number as a string (numeric).',
  JSON: 'Any JSON value (json, jsonb).',
  Time: 'Time of day, ISO 8601 (HH:MM:SS).',
  UUID: 'RFC 4122 UUID as a string.',
};

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function scalar(column: ColumnModel, schema: SchemaModel, enums: Map<string, string>, scalars: Set<string>): string {
  const custom = (name: string): string => {
    scalars.add(name);
    return name;
  };
  switch (column.kind) {
    case 'smallint':
    case 'integer':
      return 'Int';
    case 'bigint':
      return custom('BigInt');
    case 'real':
    case 'double':
      return 'Float';
    case 'numeric':
      return custom('Decimal');
    case 'boolean':
      return 'Boolean';
    case 'uuid':
      return custom('UUID');
    case 'date':
      return custom('Date');
    case 'timestamp':
    case 'timestamptz':
      return custom('DateTime');
    case 'time':
      return custom('Time');
    case 'json':
    case 'jsonb':
    case 'unknown':
      return custom('JSON');
    case 'enum': {
      const e = enumOfColumn(schema, column.enumName);
      return e ? enums.get(enumKey(e))! : 'String';
    }
    default:
      return 'String';
  }
}

function columnType(column: ColumnModel, table: TableModel, schema: SchemaModel, enums: Map<string, string>, scalars: Set<string>): string {
  let type = `${scalar(column, schema, enums, scalars)}`;
  for (let d = 0; d < column.arrayDimensions; d++) type = `[${type}!]`;
  const nullable = !column.notNull && !table.primaryKey.includes(column.name);
  return nullable ? type : `${type}!`;
}

/** An SDL document of scalars, enums and row types. */
export function emitTypesGraphql(schema: SchemaModel): string {
  // A table called `date` must not shadow the Date scalar: built-in and scalar names get a `Row` suffix.
  const reserved = new Set([...Object.keys(SCALAR_DOCS), 'Int', 'Float', 'String', 'Boolean', 'ID']);
  const tables = new Map([...tableTypeNames(schema)].map(([t, name]) => [t, reserved.has(name) ? `${name}Row` : name]));
  const enums = enumTypeNames(schema, [...tables.values(), ...reserved]);
  const scalars = new Set<string>();
  const blocks: string[][] = [];
  for (const e of schema.enums) {
    const used = new Set<string>();
    const values = e.values.map((v) => {
      let name = NAME.test(v) && !['true', 'false', 'null'].includes(v) ? v : upperSnakeCase(v);
      if (!NAME.test(name)) name = `_${name}`;
      return `  ${unique(name, used)}`;
    });
    blocks.push([`"""Values of the enum "${e.schema}"."${e.name}"."""`, `enum ${enums.get(enumKey(e))} {`, ...values, '}']);
  }
  for (const table of schema.tables) {
    const used = new Set<string>();
    const fields = table.columns.map((column) => `  ${unique(NAME.test(column.name) ? column.name : snakeCase(column.name), used)}: ${columnType(column, table, schema, enums, scalars)}`);
    blocks.push([`"""A row of "${table.schema}"."${table.name}"."""`, `type ${tables.get(table)} {`, ...fields, '}']);
  }
  const scalarBlocks = [...scalars].sort().map((s) => [`"""${SCALAR_DOCS[s]}"""`, `scalar ${s}`]);
  return [`# ${GENERATED_HEADER}`, ...[...scalarBlocks, ...blocks].flatMap((b) => ['', ...b])].join('\n') + '\n';
}

/**
 * Row types in Python: dataclasses by default, pydantic v2 models with `pydantic: true`. Values use the types
 * psycopg returns (datetime, date, Decimal, UUID); field names are the SQL column names.
 */
import type { ColumnModel, SchemaModel, TableModel } from './model.ts';
import { GENERATED_HEADER, enumKey, enumOfColumn, enumTypeNames, snakeCase, tableTypeNames, unique, upperSnakeCase } from './type-names.ts';

export interface PythonTypesOptions {
  /** pydantic BaseModel classes instead of dataclasses. */
  pydantic?: boolean;
}

const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case type'.split(' '),
);

/** Python imports by module, collected while mapping columns. */
class Imports {
  private readonly byModule = new Map<string, Set<string>>();

  add(module: string, name: string): string {
    const names = this.byModule.get(module) ?? new Set<string>();
    names.add(name);
    this.byModule.set(module, names);
    return name;
  }

  lines(): string[] {
    const stdlib = [...this.byModule.keys()].filter((m) => m !== 'pydantic').sort();
    const out = stdlib.map((m) => `from ${m} import ${[...this.byModule.get(m)!].sort().join(', ')}`);
    if (this.byModule.has('pydantic')) out.push('', `from pydantic import ${[...this.byModule.get('pydantic')!].sort().join(', ')}`);
    return out;
  }
}

function scalar(column: ColumnModel, schema: SchemaModel, enums: Map<string, string>, imports: Imports): string {
  switch (column.kind) {
    case 'smallint':
    case 'integer':
    case 'bigint':
      return 'int';
    case 'real':
    case 'double':
      return 'float';
    case 'numeric':
      return imports.add('decimal', 'Decimal');
    case 'boolean':
      return 'bool';
    case 'uuid':
      return imports.add('uuid', 'UUID');
    case 'date':
      return imports.add('datetime', 'date');
    case 'timestamp':
    case 'timestamptz':
      return imports.add('datetime', 'datetime');
    case 'time':
      return imports.add('datetime', 'time');
    case 'interval':
      return imports.add('datetime', 'timedelta');
    case 'bytea':
      return 'bytes';
    case 'enum': {
      const e = enumOfColumn(schema, column.enumName);
      return e ? enums.get(enumKey(e))! : 'str';
    }
    case 'json':
    case 'jsonb':
    case 'unknown':
      return imports.add('typing', 'Any');
    default:
      if (column.enumValues) return `${imports.add('typing', 'Literal')}[${column.enumValues.map((v) => JSON.stringify(v)).join(', ')}]`;
      return 'str';
  }
}

function columnType(column: ColumnModel, table: TableModel, schema: SchemaModel, enums: Map<string, string>, imports: Imports): string {
  let type = scalar(column, schema, enums, imports);
  for (let d = 0; d < column.arrayDimensions; d++) type = `list[${type}]`;
  const nullable = !column.notNull && !table.primaryKey.includes(column.name);
  return nullable && type !== 'Any' ? `${imports.add('typing', 'Optional')}[${type}]` : type;
}

/** A valid, non-keyword field name for a column (`class` -> `class_`). */
function fieldName(column: string, used: Set<string>): string {
  let name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(column) ? column : snakeCase(column);
  if (KEYWORDS.has(name)) name = `${name}_`;
  return unique(name, used);
}

/** A module of enums and row classes. */
export function emitTypesPython(schema: SchemaModel, options: PythonTypesOptions = {}): string {
  const imports = new Imports();
  const tables = tableTypeNames(schema);
  const enums = enumTypeNames(schema, tables.values());
  const blocks: string[][] = [];
  for (const e of schema.enums) {
    imports.add('enum', 'Enum');
    const used = new Set<string>();
    const members = e.values.map((v) => {
      let name = upperSnakeCase(v);
      if (/^[0-9_]/.test(name) || name === '_') name = `V${name}`;
      return `    ${unique(name, used)} = ${JSON.stringify(v)}`;
    });
    blocks.push([`class ${enums.get(enumKey(e))}(str, Enum):`, `    """Values of the enum "${e.schema}"."${e.name}"."""`, '', ...(members.length > 0 ? members : ['    pass'])]);
  }
  for (const table of schema.tables) {
    const name = tables.get(table)!;
    const used = new Set<string>();
    const lines: string[] = [];
    if (options.pydantic) {
      imports.add('pydantic', 'BaseModel');
      lines.push(`class ${name}(BaseModel):`);
    } else {
      imports.add('dataclasses', 'dataclass');
      lines.push('@dataclass', `class ${name}:`);
    }
    lines.push(`    """A row of "${table.schema}"."${table.name}"."""`, '');
    let aliased = false;
    for (const column of table.columns) {
      const field = fieldName(column.name, used);
      const type = columnType(column, table, schema, enums, imports);
      if (field !== column.name && options.pydantic) {
        aliased = true;
        lines.push(`    ${field}: ${type} = ${imports.add('pydantic', 'Field')}(alias=${JSON.stringify(column.name)})`);
      } else {
        lines.push(`    ${field}: ${type}`);
      }
    }
    if (aliased) lines.push('', `    model_config = ${imports.add('pydantic', 'ConfigDict')}(populate_by_name=True)`);
    blocks.push(lines);
  }
  const head = [`# ${GENERATED_HEADER}`, `"""Row types of the Drizzle schema, generated by seedforge."""`, '', 'from __future__ import annotations', ''];
  const importLines = imports.lines();
  return [...head, ...importLines, ...blocks.flatMap((b) => ['', '', ...b])].join('\n') + '\n';
}

/**
 * Row types in Swift: Codable structs whose CodingKeys map camelCase properties to SQL column names, enums as
 * `String` raw-value enums, json as a small `JSONValue` enum, nullable columns as optionals.
 */
import type { ColumnModel, SchemaModel, TableModel } from './model.ts';
import { GENERATED_HEADER, camelCase, enumKey, enumOfColumn, enumTypeNames, tableTypeNames, unique } from './type-names.ts';

const KEYWORDS = new Set(
  'associatedtype class deinit enum extension fileprivate func import init inout internal let open operator private precedencegroup protocol public rethrows static struct subscript typealias var break case catch continue default defer do else fallthrough for guard if in repeat return throw switch where while Any as await false is nil self Self super throws true try'.split(' '),
);

function identifier(name: string, used: Set<string>): string {
  const out = unique(camelCase(name), used);
  return KEYWORDS.has(out) ? `\`${out}\`` : out;
}

function scalar(column: ColumnModel, schema: SchemaModel, enums: Map<string, string>, uses: Set<string>): string {
  switch (column.kind) {
    case 'smallint':
      return 'Int16';
    case 'integer':
      return 'Int32';
    case 'bigint':
      return 'Int64';
    case 'real':
      return 'Float';
    case 'double':
      return 'Double';
    case 'boolean':
      return 'Bool';
    case 'uuid':
      return 'UUID';
    case 'date':
    case 'timestamp':
    case 'timestamptz':
      return 'Date';
    case 'bytea':
      return 'Data';
    case 'json':
    case 'jsonb':
    case 'unknown':
      uses.add('JSONValue');
      return 'JSONValue';
    case 'enum': {
      const e = enumOfColumn(schema, column.enumName);
      return e ? enums.get(enumKey(e))! : 'String';
    }
    default:
      return 'String';
  }
}

function columnType(column: ColumnModel, table: TableModel, schema: SchemaModel, enums: Map<string, string>, uses: Set<string>): string {
  let type = scalar(column, schema, enums, uses);
  for (let d = 0; d < column.arrayDimensions; d++) type = `[${type}]`;
  const nullable = !column.notNull && !table.primaryKey.includes(column.name);
  return nullable ? `${type}?` : type;
}

const JSON_VALUE = [
  '/// Any JSON value (json and jsonb columns).',
  'public enum JSONValue: Codable, Hashable, Sendable {',
  '    case null',
  '    case bool(Bool)',
  '    case number(Double)',
  '    case string(String)',
  '    case array([JSONValue])',
  '    case object([String: JSONValue])',
  '',
  '    public init(from decoder: Decoder) throws {',
  '        let container = try decoder.singleValueContainer()',
  '        if container.decodeNil() {',
  '            self = .null',
  '        } else if let value = try? container.decode(Bool.self) {',
  '            self = .bool(value)',
  '        } else if let value = try? container.decode(Double.self) {',
  '            self = .number(value)',
  '        } else if let value = try? container.decode(String.self) {',
  '            self = .string(value)',
  '        } else if let value = try? container.decode([JSONValue].self) {',
  '            self = .array(value)',
  '        } else {',
  '            self = .object(try container.decode([String: JSONValue].self))',
  '        }',
  '    }',
  '',
  '    public func encode(to encoder: Encoder) throws {',
  '        var container = encoder.singleValueContainer()',
  '        switch self {',
  '        case .null: try container.encodeNil()',
  '        case .bool(let value): try container.encode(value)',
  '        case .number(let value): try container.encode(value)',
  '        case .string(let value): try container.encode(value)',
  '        case .array(let value): try container.encode(value)',
  '        case .object(let value): try container.encode(value)',
  '        }',
  '    }',
  '}',
];

/** A Swift file of enums and row structs. */
export function emitTypesSwift(schema: SchemaModel): string {
  const tables = tableTypeNames(schema);
  const enums = enumTypeNames(schema, [...tables.values(), 'JSONValue']);
  const uses = new Set<string>();
  const blocks: string[][] = [];
  for (const e of schema.enums) {
    const used = new Set<string>();
    const cases = e.values.map((v) => {
      let name = identifier(v, used);
      if (/^[0-9]/.test(name)) name = `v${name}`;
      return name === v ? `    case ${name}` : `    case ${name} = ${JSON.stringify(v)}`;
    });
    blocks.push([`/// Values of the enum "${e.schema}"."${e.name}".`, `public enum ${enums.get(enumKey(e))}: String, Codable, CaseIterable, Sendable {`, ...cases, '}']);
  }
  for (const table of schema.tables) {
    const used = new Set<string>();
    const props = table.columns.map((column) => ({ column, name: identifier(column.name, used), type: columnType(column, table, schema, enums, uses) }));
    blocks.push([
      `/// A row of "${table.schema}"."${table.name}".`,
      `public struct ${tables.get(table)}: Codable, Hashable, Sendable {`,
      ...props.map((p) => `    public let ${p.name}: ${p.type}`),
      '',
      '    enum CodingKeys: String, CodingKey {',
      ...props.map((p) => (p.name.replace(/`/g, '') === p.column.name ? `        case ${p.name}` : `        case ${p.name} = ${JSON.stringify(p.column.name)}`)),
      '    }',
      '}',
    ]);
  }
  if (uses.has('JSONValue')) blocks.unshift(JSON_VALUE);
  const head = [`// ${GENERATED_HEADER}`, '// Row types of the Drizzle schema, generated by seedforge.', '', 'import Foundation'];
  return [...head, ...blocks.flatMap((b) => ['', ...b])].join('\n') + '\n';
}

/**
 * The intermediate representation: what the compiler knows about a schema, independent of Drizzle.
 * Everything downstream of the Drizzle adapter (planner, generators, emitters) reads only these types.
 */

/** The value family of a column, which decides formatting and inference. */
export type ColumnKind =
  | 'smallint'
  | 'integer'
  | 'bigint'
  | 'numeric'
  | 'real'
  | 'double'
  | 'boolean'
  | 'text'
  | 'varchar'
  | 'char'
  | 'uuid'
  | 'date'
  | 'timestamp'
  | 'timestamptz'
  | 'time'
  | 'interval'
  | 'json'
  | 'jsonb'
  | 'enum'
  | 'inet'
  | 'bytea'
  | 'unknown';

/** One column. Names are SQL names; `key` is the TypeScript property name in the Drizzle table. */
export interface ColumnModel {
  name: string;
  key: string;
  kind: ColumnKind;
  /** Canonical SQL type as PostgreSQL's format_type prints it (`character varying(120)`, `integer[]`). */
  sqlType: string;
  notNull: boolean;
  /** The database supplies a value when the column is left out (DEFAULT, serial, identity). */
  hasDefault: boolean;
  /** A generated (computed) column: the database computes it, so it is never loaded. */
  computed?: boolean;
  /** Backed by a sequence (serial, bigserial, identity): ids are generated explicitly and the sequence is set after. */
  sequence: 'serial' | 'identity-always' | 'identity-default' | null;
  /** Array dimensions (0 = scalar); `kind` then describes the element. */
  arrayDimensions: number;
  /** Allowed values of an enum column. */
  enumValues?: readonly string[];
  /** Qualified enum type name for enum columns (`"public"."role"` spelling is in sqlType). */
  enumName?: string;
  /** varchar/char length. */
  length?: number;
  /** numeric precision and scale. */
  precision?: number;
  scale?: number;
  /** Drizzle data mode for temporal and bigint columns: values are Date/number vs string/bigint. */
  mode?: 'date' | 'string' | 'number' | 'bigint';
}

export interface UniqueModel {
  name: string;
  columns: string[];
}

/** A foreign key: `columns` of `from` reference `toColumns` of `to` (qualified table names). */
export interface ForeignKeyEdge {
  name: string;
  from: string;
  columns: string[];
  to: string;
  toColumns: string[];
}

export interface CheckModel {
  name: string;
  /** SQL text with column references unqualified (`age between 0 and 120`). */
  sql: string;
}

export interface TableModel {
  /** `schema.name`: unique across the model. */
  id: string;
  schema: string;
  name: string;
  /** The export name in the schema module, when known. */
  exportName?: string;
  columns: ColumnModel[];
  primaryKey: string[];
  uniques: UniqueModel[];
  foreignKeys: ForeignKeyEdge[];
  checks: CheckModel[];
}

export interface EnumModel {
  schema: string;
  name: string;
  values: string[];
}

/** A whole schema as the compiler sees it. */
export interface SchemaModel {
  tables: TableModel[];
  enums: EnumModel[];
}

/** Looks up a column by SQL name or TypeScript key. */
export function findColumn(table: TableModel, name: string): ColumnModel | undefined {
  return table.columns.find((c) => c.name === name) ?? table.columns.find((c) => c.key === name);
}

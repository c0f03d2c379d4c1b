/**
 * The one place that reads Drizzle schemas, through Drizzle's public readers only (getTableConfig, is).
 * Everything else in seedforge works on the IR in model.ts.
 *
 * The readers come from the drizzle-orm the user's module imported when it was a flattened copy (flat-drizzle.ts,
 * set by load-module.ts), so that a thread loads drizzle-orm once. Otherwise from the package as seedforge resolves
 * it, loaded when first needed: Drizzle's readers work across copies (is() compares kinds, tables key their
 * configuration by Symbol.for).
 */
import { createRequire } from 'node:module';
import type { PgColumn, PgDialect, PgTable } from 'drizzle-orm/pg-core';
import type { CheckModel, ColumnKind, ColumnModel, EnumModel, ForeignKeyEdge, SchemaModel, TableModel, UniqueModel } from './model.ts';
import { compareNames } from '../runtime/compare-names.ts';

const KIND_BY_COLUMN_TYPE: Record<string, ColumnKind> = {
  PgSerial: 'integer',
  PgInteger: 'integer',
  PgSmallInt: 'smallint',
  PgSmallSerial: 'smallint',
  PgBigInt53: 'bigint',
  PgBigInt64: 'bigint',
  PgBigSerial53: 'bigint',
  PgBigSerial64: 'bigint',
  PgNumeric: 'numeric',
  PgNumericNumber: 'numeric',
  PgNumericBigInt: 'numeric',
  PgReal: 'real',
  PgDoublePrecision: 'double',
  PgBoolean: 'boolean',
  PgText: 'text',
  PgVarchar: 'varchar',
  PgChar: 'char',
  PgUUID: 'uuid',
  PgDate: 'date',
  PgDateString: 'date',
  PgTime: 'time',
  PgInterval: 'interval',
  PgJson: 'json',
  PgJsonb: 'jsonb',
  PgEnumColumn: 'enum',
  PgEnumObjectColumn: 'enum',
  PgInet: 'inet',
  PgCidr: 'inet',
  PgBytea: 'bytea',
};

const SERIAL_TYPES = new Set(['PgSerial', 'PgSmallSerial', 'PgBigSerial53', 'PgBigSerial64']);

type DrizzleRoot = Pick<typeof import('drizzle-orm'), 'is' | 'getTableName'>;
type DrizzlePg = Pick<typeof import('drizzle-orm/pg-core'), 'PgDialect' | 'PgTable' | 'getTableConfig' | 'isPgEnum'>;

let readers: (DrizzleRoot & DrizzlePg) | undefined;

/** Reads schemas with this drizzle-orm from now on (the instance the user's module imported). */
export function useDrizzle(root: DrizzleRoot, pgCore: DrizzlePg): void {
  readers = { is: root.is, getTableName: root.getTableName, PgDialect: pgCore.PgDialect, PgTable: pgCore.PgTable, getTableConfig: pgCore.getTableConfig, isPgEnum: pgCore.isPgEnum };
}

/** Loads seedforge's own drizzle-orm for the readers, unless a user module's is in use (call before reading). */
export async function loadDrizzle(): Promise<void> {
  if (readers) return;
  const [root, pgCore] = await Promise.all([import('drizzle-orm'), import('drizzle-orm/pg-core')]);
  if (!readers) useDrizzle(root, pgCore);
}

/** The readers; a caller that skipped loadDrizzle (the library's readDrizzleSchema, called directly) gets the CommonJS build. */
function drizzle(): DrizzleRoot & DrizzlePg {
  if (!readers) {
    const require = createRequire(import.meta.url);
    useDrizzle(require('drizzle-orm') as DrizzleRoot, require('drizzle-orm/pg-core') as DrizzlePg);
  }
  return readers!;
}

function getTableConfig(table: PgTable): ReturnType<DrizzlePg['getTableConfig']> {
  return drizzle().getTableConfig(table);
}

/** A Drizzle table found in a module, with the name it was exported under. */
export interface FoundTable {
  exportName: string;
  table: PgTable;
}

/** True for a Drizzle PostgreSQL table (works across copies of drizzle-orm). */
export function isDrizzleTable(value: unknown): value is PgTable {
  return typeof value === 'object' && value !== null && drizzle().is(value, drizzle().PgTable);
}

/** True for any Drizzle table of another dialect (MySQL, SQLite): not supported yet. */
export function isOtherDialectTable(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || isDrizzleTable(value)) return false;
  try {
    return typeof drizzle().getTableName(value as never) === 'string';
  } catch {
    return false;
  }
}

/** Tables exported by a schema module, in export order. */
export function findTables(moduleExports: Record<string, unknown>): FoundTable[] {
  const out: FoundTable[] = [];
  const seen = new Set<unknown>();
  for (const [exportName, value] of Object.entries(moduleExports)) {
    if (isDrizzleTable(value) && !seen.has(value)) {
      seen.add(value);
      out.push({ exportName, table: value });
    }
  }
  return out;
}

/** Qualified id of a Drizzle table: `schema.name`. */
export function tableId(table: PgTable): string {
  const config = getTableConfig(table);
  return `${config.schema ?? 'public'}.${config.name}`;
}

/** Reads a schema module into the IR. */
export function readDrizzleSchema(moduleExports: Record<string, unknown>): SchemaModel {
  const found = findTables(moduleExports);
  const dialect = new (drizzle().PgDialect)();
  const enums = new Map<string, EnumModel>();
  for (const value of Object.values(moduleExports)) {
    if (drizzle().isPgEnum(value)) addEnum(enums, value.schema ?? 'public', value.enumName, [...value.enumValues]);
  }
  const tables = found.map(({ exportName, table }) => readTable(table, exportName, dialect, enums));
  return { tables, enums: [...enums.values()].sort((a, b) => compareNames(`${a.schema}.${a.name}`, `${b.schema}.${b.name}`)) };
}

function addEnum(enums: Map<string, EnumModel>, schema: string, name: string, values: string[]): void {
  const id = `${schema}.${name}`;
  if (!enums.has(id)) enums.set(id, { schema, name, values });
}

function readTable(table: PgTable, exportName: string, dialect: PgDialect, enums: Map<string, EnumModel>): TableModel {
  const config = getTableConfig(table);
  const schema = config.schema ?? 'public';
  const id = `${schema}.${config.name}`;
  const keyByName = new Map<string, string>();
  for (const [key, column] of Object.entries(table as unknown as Record<string, unknown>)) {
    if (column && typeof column === 'object' && 'name' in column && config.columns.includes(column as PgColumn)) {
      keyByName.set((column as PgColumn).name, key);
    }
  }
  const columns = config.columns.map((column) => readColumn(column, keyByName.get(column.name) ?? column.name, enums));

  const primaryKey = config.columns.filter((c) => c.primary).map((c) => c.name);
  const composite = config.primaryKeys[0];
  if (primaryKey.length === 0 && composite) primaryKey.push(...composite.columns.map((c) => c.name));

  const uniques: UniqueModel[] = [];
  for (const column of config.columns) {
    if (column.isUnique) uniques.push({ name: column.uniqueName ?? `${config.name}_${column.name}_unique`, columns: [column.name] });
  }
  for (const unique of config.uniqueConstraints) {
    uniques.push({ name: unique.getName() ?? `${config.name}_${unique.columns.map((c) => c.name).join('_')}_unique`, columns: unique.columns.map((c) => c.name) });
  }
  for (const index of config.indexes) {
    if (!index.config.unique) continue;
    const names = index.config.columns.map((c) => (typeof c === 'object' && c !== null && 'name' in c ? String(c.name) : ''));
    // Expression indexes cannot be reasoned about; the planner warns about them through the check path instead.
    if (names.every((n) => columns.some((col) => col.name === n))) uniques.push({ name: index.config.name ?? `${config.name}_${names.join('_')}_index`, columns: names });
  }

  const foreignKeys: ForeignKeyEdge[] = config.foreignKeys.map((fk) => {
    const ref = fk.reference();
    const target = getTableConfig(ref.foreignTable);
    return {
      name: fk.getName(),
      from: id,
      columns: ref.columns.map((c) => c.name),
      to: `${target.schema ?? 'public'}.${target.name}`,
      toColumns: ref.foreignColumns.map((c) => c.name),
    };
  });

  const checks: CheckModel[] = config.checks.map((check) => ({
    name: check.name,
    sql: unqualify(dialect.sqlToQuery(check.value).sql, config.name, schema),
  }));

  return { id, schema, name: config.name, exportName, columns, primaryKey, uniques, foreignKeys, checks };
}

/** `"users"."age" between 0 and 120` -> `"age" between 0 and 120`. */
function unqualify(sql: string, tableName: string, schema: string): string {
  const quotedTable = `"${tableName.replace(/"/g, '""')}".`;
  const quotedSchema = `"${schema.replace(/"/g, '""')}".`;
  return sql.split(quotedSchema + quotedTable).join('').split(quotedTable).join('');
}

function readColumn(column: PgColumn, key: string, enums: Map<string, EnumModel>): ColumnModel {
  const raw = column as unknown as Record<string, unknown>;
  const columnType = column.columnType;
  let arrayDimensions = 0;
  let base: Record<string, unknown> = raw;
  while (base.columnType === 'PgArray' && base.baseColumn) {
    arrayDimensions++;
    base = base.baseColumn as Record<string, unknown>;
  }
  const baseType = String(base.columnType);
  let kind = KIND_BY_COLUMN_TYPE[baseType] ?? 'unknown';
  if (baseType === 'PgTimestamp' || baseType === 'PgTimestampString') kind = base.withTimezone ? 'timestamptz' : 'timestamp';

  const identity = (raw.generatedIdentity as { type?: string } | undefined)?.type;
  const sequence = SERIAL_TYPES.has(columnType)
    ? 'serial'
    : identity === 'always'
      ? 'identity-always'
      : identity === 'byDefault'
        ? 'identity-default'
        : null;

  const model: ColumnModel = {
    name: column.name,
    key,
    kind,
    sqlType: canonicalSqlType(column),
    notNull: column.notNull,
    hasDefault: raw.default !== undefined || sequence !== null,
    sequence,
    arrayDimensions,
  };
  // `generatedAlwaysAs(...)`: PostgreSQL computes it and refuses it in COPY.
  if (raw.generated !== undefined && raw.generated !== null) model.computed = true;
  const enumValues = (base.enumValues as string[] | undefined) ?? undefined;
  if (kind === 'enum' && enumValues) {
    model.enumValues = [...enumValues];
    const enumDef = base.enum as { enumName?: string; schema?: string } | undefined;
    if (enumDef?.enumName) {
      model.enumName = enumDef.enumName;
      addEnum(enums, enumDef.schema ?? 'public', enumDef.enumName, [...enumValues]);
    }
  } else if ((kind === 'text' || kind === 'varchar' || kind === 'char') && Array.isArray(enumValues) && enumValues.length > 0) {
    // text('x', { enum: [...] }): a TypeScript-level enum; still only those values are meaningful.
    model.enumValues = [...enumValues];
  }
  if (typeof base.length === 'number') model.length = base.length;
  if (kind === 'char' && model.length === undefined) model.length = 1;
  if (typeof base.precision === 'number' && kind === 'numeric') model.precision = base.precision;
  if (typeof base.scale === 'number' && kind === 'numeric') model.scale = base.scale;
  const dataType = String(base.dataType);
  if (kind === 'date' || kind === 'timestamp' || kind === 'timestamptz') model.mode = dataType === 'date' ? 'date' : 'string';
  if (kind === 'bigint') model.mode = dataType === 'bigint' ? 'bigint' : 'number';
  return model;
}

/** The column's SQL type as PostgreSQL's format_type() spells it, so the runtime can compare with a live database. */
export function canonicalSqlType(column: PgColumn): string {
  const text = column.getSQLType().trim();
  const raw = column as unknown as Record<string, unknown>;
  let base = text;
  let suffix = '';
  while (base.endsWith('[]')) {
    base = base.slice(0, -2);
    suffix += '[]';
  }
  const enumDef = (raw.enum ?? (raw.baseColumn as Record<string, unknown> | undefined)?.enum) as { enumName?: string; schema?: string } | undefined;
  if (enumDef?.enumName && base.replace(/"/g, '') === enumDef.enumName.replace(/"/g, '')) {
    const qualified = enumDef.schema && enumDef.schema !== 'public' ? `${enumDef.schema}.${enumDef.enumName}` : enumDef.enumName;
    return qualified + suffix;
  }
  return normalizeTypeName(base) + suffix;
}

function normalizeTypeName(type: string): string {
  const t = type.toLowerCase().replace(/\s+/g, ' ');
  const simple: Record<string, string> = {
    serial: 'integer',
    serial4: 'integer',
    int: 'integer',
    int4: 'integer',
    smallserial: 'smallint',
    int2: 'smallint',
    bigserial: 'bigint',
    int8: 'bigint',
    varchar: 'character varying',
    char: 'character(1)',
    bool: 'boolean',
    float4: 'real',
    float8: 'double precision',
    timestamp: 'timestamp without time zone',
    timestamptz: 'timestamp with time zone',
    time: 'time without time zone',
    timetz: 'time with time zone',
    decimal: 'numeric',
  };
  if (simple[t]) return simple[t]!;
  let m = /^varchar\((\d+)\)$/.exec(t);
  if (m) return `character varying(${m[1]})`;
  m = /^char\((\d+)\)$/.exec(t);
  if (m) return `character(${m[1]})`;
  m = /^numeric\((\d+)\s*(?:,\s*(\d+))?\)$/.exec(t);
  if (m) return `numeric(${m[1]},${m[2] ?? '0'})`;
  m = /^timestamp\s*(\(\d+\))?\s*(with|without) time zone$/.exec(t);
  if (m) return `timestamp${m[1] ?? ''} ${m[2]} time zone`;
  m = /^timestamp\s*(\(\d+\))$/.exec(t);
  if (m) return `timestamp${m[1]} without time zone`;
  m = /^time\s*(\(\d+\))?\s*(with|without) time zone$/.exec(t);
  if (m) return `time${m[1] ?? ''} ${m[2]} time zone`;
  m = /^time\s*(\(\d+\))$/.exec(t);
  if (m) return `time${m[1]} without time zone`;
  return t;
}

/**
 * Everything drizzle-kit could read from a schema module, as text: every value reachable from its exports (own
 * properties, functions by their source, cycles by reference), plus what only calling Drizzle evaluates (each table's
 * config with its extra-config callback run, foreign-key targets, generated-column expressions). Equal text, equal
 * DDL: schema.sql is cached under its hash (derived-cache.ts).
 */
export function schemaStructure(moduleExports: Record<string, unknown>): string {
  const out: string[] = [];
  const seen = new Map<object, number>();
  const visit = (value: unknown): void => {
    if (value === null) return void out.push('null');
    switch (typeof value) {
      case 'string':
        return void out.push(JSON.stringify(value));
      case 'number':
      case 'boolean':
      case 'undefined':
        return void out.push(String(value));
      case 'bigint':
        return void out.push(`${value}n`);
      case 'symbol':
        return void out.push(`@${value.description ?? ''}`);
    }
    const object = value as object;
    const id = seen.get(object);
    if (id !== undefined) return void out.push(`#${id}`);
    seen.set(object, seen.size);
    if (typeof object === 'function') out.push(`fn${JSON.stringify(Function.prototype.toString.call(object))}`);
    out.push(`${(Object.getPrototypeOf(object) as { constructor?: { name?: string } } | null)?.constructor?.name ?? ''}{`);
    if (object instanceof Date) out.push(String(object.getTime()));
    if (object instanceof Map || object instanceof Set) for (const entry of object) visit(entry);
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Object.getOwnPropertyDescriptor(object, key);
      if (!descriptor || descriptor.get || descriptor.set) continue; // a getter could run user code
      out.push(typeof key === 'symbol' ? `@${key.description ?? ''}:` : `${JSON.stringify(key)}:`);
      visit(descriptor.value);
    }
    out.push('}');
  };
  const evaluated = (compute: () => unknown): unknown => {
    try {
      return compute();
    } catch (error) {
      return `throws ${String(error)}`;
    }
  };
  for (const [name, value] of Object.entries(moduleExports)) {
    out.push(`export ${JSON.stringify(name)}`);
    visit(value);
    if (!isDrizzleTable(value)) continue;
    const config = getTableConfig(value);
    visit(config);
    for (const fk of config.foreignKeys) visit(evaluated(() => fk.reference()));
    for (const column of config.columns) {
      const generated = (column as { generated?: { as?: unknown } }).generated?.as;
      if (typeof generated === 'function') visit(evaluated(() => (generated as () => unknown)()));
    }
  }
  return out.join('\n');
}

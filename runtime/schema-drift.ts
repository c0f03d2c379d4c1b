import type { LiveSchema } from './introspect-schema.ts';
import type { SchemaSnapshot, SchemaTable } from './manifest.ts';

/** One difference between the compiled schema and the live database. */
export interface SchemaDifference {
  kind: 'missing-table' | 'missing-column' | 'extra-column' | 'type' | 'nullability' | 'primary-key' | 'unique' | 'foreign-key' | 'check' | 'enum';
  /** `schema.table` (or `schema.enum`). */
  table: string;
  column?: string;
  message: string;
}

/**
 * Compares the manifest's schema with the live one. Extra tables in the database are fine; anything the artifacts
 * rely on that differs is listed: missing tables, missing or extra columns, type and nullability changes, primary
 * keys, uniques, foreign keys, checks, enum values.
 *
 * @example diffSchema(manifest.schema, await introspectSchema(db, manifest.schema.tables, manifest.schema.enums))
 */
export function diffSchema(expected: SchemaSnapshot, live: LiveSchema): SchemaDifference[] {
  const out: SchemaDifference[] = [];
  for (const table of expected.tables) {
    const key = `${table.schema}.${table.name}`;
    const actual = live.tables.get(key);
    if (!actual) {
      out.push({ kind: 'missing-table', table: key, message: `${key}: table is missing` });
      continue;
    }
    diffTable(key, table, actual, out);
  }
  for (const e of expected.enums ?? []) {
    const key = `${e.schema}.${e.name}`;
    const values = live.enums.get(key);
    if (!values) {
      out.push({ kind: 'enum', table: key, message: `enum ${key} is missing` });
      continue;
    }
    const missing = e.values.filter((v) => !values.includes(v));
    if (missing.length > 0) out.push({ kind: 'enum', table: key, message: `enum ${key} lacks value(s) ${missing.map((v) => `'${v}'`).join(', ')}` });
  }
  return out;
}

function diffTable(key: string, want: SchemaTable, have: SchemaTable, out: SchemaDifference[]): void {
  const haveColumns = new Map(have.columns.map((c) => [c.name, c]));
  const wantColumns = new Set(want.columns.map((c) => c.name));
  for (const column of want.columns) {
    const actual = haveColumns.get(column.name);
    const where = `${key}.${column.name}`;
    if (!actual) {
      out.push({ kind: 'missing-column', table: key, column: column.name, message: `${where}: column is missing` });
      continue;
    }
    if (normalizeType(actual.type) !== normalizeType(column.type)) {
      out.push({ kind: 'type', table: key, column: column.name, message: `${where}: type is ${actual.type} in the database, ${column.type} in the artifacts` });
    }
    if (actual.notNull !== column.notNull) {
      out.push({
        kind: 'nullability',
        table: key,
        column: column.name,
        message: `${where}: ${actual.notNull ? 'NOT NULL' : 'nullable'} in the database, ${column.notNull ? 'NOT NULL' : 'nullable'} in the artifacts`,
      });
    }
  }
  for (const column of have.columns) {
    if (!wantColumns.has(column.name)) {
      out.push({ kind: 'extra-column', table: key, column: column.name, message: `${key}.${column.name}: column exists in the database but not in the artifacts` });
    }
  }
  if (want.primaryKey.join(',') !== have.primaryKey.join(',')) {
    out.push({ kind: 'primary-key', table: key, message: `${key}: primary key is ${cols(have.primaryKey)} in the database, ${cols(want.primaryKey)} in the artifacts` });
  }
  const set = (lists: string[][]): Set<string> => new Set(lists.map((l) => [...l].sort().join(', ')));
  const wantUniques = set(want.uniques);
  const haveUniques = set(have.uniques);
  for (const u of wantUniques) if (!haveUniques.has(u)) out.push({ kind: 'unique', table: key, message: `${key}: unique (${u}) is missing in the database` });
  for (const u of haveUniques) if (!wantUniques.has(u)) out.push({ kind: 'unique', table: key, message: `${key}: unique (${u}) exists in the database but not in the artifacts` });
  const fk = (f: SchemaTable['foreignKeys'][number]): string => `${cols(f.columns)} -> ${f.references.schema}.${f.references.table} ${cols(f.references.columns)}`;
  const wantFks = new Set(want.foreignKeys.map(fk));
  const haveFks = new Set(have.foreignKeys.map(fk));
  for (const f of wantFks) if (!haveFks.has(f)) out.push({ kind: 'foreign-key', table: key, message: `${key}: foreign key ${f} is missing in the database` });
  for (const f of haveFks) if (!wantFks.has(f)) out.push({ kind: 'foreign-key', table: key, message: `${key}: foreign key ${f} exists in the database but not in the artifacts` });
  const wantChecks = new Set(want.checks);
  const haveChecks = new Set(have.checks);
  for (const c of wantChecks) if (!haveChecks.has(c)) out.push({ kind: 'check', table: key, message: `${key}: check constraint "${c}" is missing in the database` });
  for (const c of haveChecks) if (!wantChecks.has(c)) out.push({ kind: 'check', table: key, message: `${key}: check constraint "${c}" exists in the database but not in the artifacts` });
}

function cols(columns: readonly string[]): string {
  return `(${columns.join(', ')})`;
}

/** Type spellings compared loosely where they mean the same: quotes, the `public.` prefix, case, spaces. */
export function normalizeType(type: string): string {
  return type
    .replace(/"/g, '')
    .replace(/^public\./i, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*/g, ',')
    .trim()
    .toLowerCase();
}

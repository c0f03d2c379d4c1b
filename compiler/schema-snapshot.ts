import { createHash } from 'node:crypto';
import { canonicalJson, type SchemaSnapshot } from '../runtime/manifest.ts';
import type { SchemaModel } from './model.ts';
import { compareNames } from '../runtime/compare-names.ts';

/** The schema as the manifest records it, for drift detection against a live database. */
export function schemaSnapshot(schema: SchemaModel): SchemaSnapshot {
  const tables = [...schema.tables]
    .sort((a, b) => compareNames(a.id, b.id))
    .map((t) => ({
      schema: t.schema,
      name: t.name,
      columns: t.columns.map((c) => ({ name: c.name, type: c.sqlType, notNull: c.notNull || t.primaryKey.includes(c.name) })),
      primaryKey: [...t.primaryKey],
      uniques: t.uniques.map((u) => [...u.columns].sort()).sort((a, b) => compareNames(a.join(','), b.join(','))),
      foreignKeys: t.foreignKeys
        .map((fk) => {
          const [schemaName, ...rest] = fk.to.split('.');
          return { columns: [...fk.columns], references: { schema: schemaName!, table: rest.join('.'), columns: [...fk.toColumns] } };
        })
        .sort((a, b) => compareNames(a.columns.join(','), b.columns.join(','))),
      checks: t.checks.map((c) => c.name).sort(),
    }));
  const enums = schema.enums.map((e) => ({ schema: e.schema, name: e.name, values: [...e.values] }));
  const fingerprint = createHash('sha256').update(canonicalJson({ enums, tables })).digest('hex');
  return { fingerprint, enums, tables };
}

/** SQL text helpers shared by the loaders. Identifiers always come from manifests or the catalog, never from users. */

/** Quotes an identifier: `"name"`. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `"schema"."table"` */
export function qualified(table: { schema: string; name: string }): string {
  return `${ident(table.schema)}.${ident(table.name)}`;
}

/** A string literal: `'text'`. */
export function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `"a", "b"` */
export function identList(names: readonly string[]): string {
  return names.map(ident).join(', ');
}

/** `schema.table` for messages. */
export function tableLabel(table: { schema: string; name: string }): string {
  return `${table.schema}.${table.name}`;
}

/** Session settings every load and rollback uses, so keys round-trip through text the same way every time. */
export const SESSION_SETTINGS = `SET LOCAL datestyle = 'ISO, YMD'; SET LOCAL intervalstyle = 'postgres'; SET LOCAL timezone = 'UTC'; SET LOCAL extra_float_digits = 3`;

/**
 * SQL true when relation `rel` (an oid expression) has a unique index on exactly the column numbered `attnum` that
 * holds now: immediate (not deferrable), valid, not partial, no expressions. Its non-NULL values are then distinct.
 */
export function uniqueIndexOn(rel: string, attnum: string): string {
  return `EXISTS (SELECT 1 FROM pg_index x
                   WHERE x.indrelid = ${rel} AND x.indisunique AND x.indimmediate AND x.indisvalid
                     AND x.indpred IS NULL AND x.indexprs IS NULL AND x.indnkeyatts = 1 AND x.indkey[0] = ${attnum})`;
}

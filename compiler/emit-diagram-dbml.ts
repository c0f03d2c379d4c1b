/**
 * An ER diagram as DBML (dbdiagram.io): enums, tables with column settings and composite keys, one `Ref` per
 * foreign key, and, with a plan, table notes with row counts and load positions and notes on cycle fix-ups.
 */
import { type DiagramOverlay, edgeKey, edgeNote, ordinal } from './diagram-overlay.ts';
import type { ColumnModel, SchemaModel, TableModel } from './model.ts';
import { GENERATED_HEADER } from './type-names.ts';

/** An identifier, double-quoted unless it is a plain word. */
function name(text: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : `"${text.replace(/"/g, '\\"')}"`;
}

function tableName(table: Pick<TableModel, 'schema' | 'name'>): string {
  return table.schema === 'public' ? name(table.name) : `${name(table.schema)}.${name(table.name)}`;
}

function note(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function columnType(column: ColumnModel, schema: SchemaModel): string {
  if (column.kind === 'enum' && column.enumName) {
    const e = schema.enums.find((x) => x.name === column.enumName);
    const enumName = e && e.schema !== 'public' ? `${name(e.schema)}.${name(e.name)}` : name(column.enumName);
    return `${enumName}${'[]'.repeat(column.arrayDimensions)}`;
  }
  return /^[A-Za-z0-9_(),[\]]+$/.test(column.sqlType) ? column.sqlType : `"${column.sqlType.replace(/"/g, '')}"`;
}

function settings(column: ColumnModel, table: TableModel): string {
  const out: string[] = [];
  if (table.primaryKey.length === 1 && table.primaryKey[0] === column.name) out.push('pk');
  if (column.sequence) out.push('increment');
  if (column.notNull && !table.primaryKey.includes(column.name)) out.push('not null');
  if (table.uniques.some((u) => u.columns.length === 1 && u.columns[0] === column.name)) out.push('unique');
  if (column.hasDefault && !column.sequence) out.push("note: 'has a default'");
  return out.length > 0 ? ` [${out.join(', ')}]` : '';
}

function columnList(columns: readonly string[]): string {
  return columns.length === 1 ? name(columns[0]!) : `(${columns.map(name).join(', ')})`;
}

/** The diagram as DBML source. */
export function emitDiagramDbml(schema: SchemaModel, overlay?: DiagramOverlay): string {
  const blocks: string[][] = [[`// ${GENERATED_HEADER}`]];
  if (overlay) {
    blocks[0]!.push(`// scenario ${overlay.scenario}; load order: ${overlay.loadOrder.join(' -> ')}`);
  }
  for (const e of schema.enums) {
    blocks.push([`Enum ${e.schema === 'public' ? name(e.name) : `${name(e.schema)}.${name(e.name)}`} {`, ...e.values.map((v) => `  ${name(v)}`), '}']);
  }
  const byId = new Map(schema.tables.map((t) => [t.id, t]));
  for (const table of schema.tables) {
    const lines = [`Table ${tableName(table)} {`];
    for (const column of table.columns) lines.push(`  ${name(column.name)} ${columnType(column, schema)}${settings(column, table)}`);
    const indexes: string[] = [];
    if (table.primaryKey.length > 1) indexes.push(`    ${columnList(table.primaryKey)} [pk]`);
    for (const u of table.uniques) if (u.columns.length > 1) indexes.push(`    ${columnList(u.columns)} [unique, name: ${note(u.name)}]`);
    if (indexes.length > 0) lines.push('', '  indexes {', ...indexes, '  }');
    const planned = overlay?.tables.get(table.id);
    if (planned) lines.push('', `  Note: ${note(`${planned.rows} rows, loaded ${ordinal(planned.position)} (scenario ${overlay!.scenario})`)}`);
    lines.push('}');
    blocks.push(lines);
  }
  const refs: string[] = [];
  for (const child of schema.tables) {
    for (const edge of child.foreignKeys) {
      const parent = byId.get(edge.to);
      if (!parent) continue;
      const oneToOne = child.uniques.some((u) => u.columns.length === edge.columns.length && u.columns.every((c) => edge.columns.includes(c)));
      const comment = edgeNote(overlay?.edges.get(edgeKey(edge)));
      refs.push(`Ref ${name(edge.name)}: ${tableName(child)}.${columnList(edge.columns)} ${oneToOne ? '-' : '>'} ${tableName(parent)}.${columnList(edge.toColumns)}${comment ? ` // ${comment}` : ''}`);
    }
  }
  if (refs.length > 0) blocks.push(refs);
  return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
}

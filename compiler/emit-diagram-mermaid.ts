/**
 * An ER diagram as Mermaid `erDiagram`: entities with their columns (PK/FK/UK), one relationship per foreign key,
 * and, with a plan, row counts and load positions in the entity labels and cycle fix-ups on the edges.
 */
import { type DiagramOverlay, edgeKey, edgeNote, ordinal } from './diagram-overlay.ts';
import type { ColumnModel, ForeignKeyEdge, SchemaModel, TableModel } from './model.ts';
import { GENERATED_HEADER } from './type-names.ts';

/** Entity names: the table name, schema-prefixed outside `public`. */
export function entityName(table: Pick<TableModel, 'schema' | 'name'>): string {
  const raw = table.schema === 'public' ? table.name : `${table.schema}_${table.name}`;
  return raw.replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * A compact SQL type Mermaid accepts (letters, digits, `_`, `-`, parentheses, brackets): `varchar(64)`, `text[]`,
 * `timestamptz`. Parameters with a comma (`numeric(8,3)`) go to the attribute comment instead.
 */
export function compactType(column: ColumnModel): string {
  const base = column.sqlType
    .replace(/"/g, '')
    .replace(/^character varying/, 'varchar')
    .replace(/^character\b/, 'char')
    .replace(/^timestamp(\(\d+\))? with time zone/, 'timestamptz$1')
    .replace(/^timestamp(\(\d+\))? without time zone/, 'timestamp$1')
    .replace(/^time(\(\d+\))? with time zone/, 'timetz$1')
    .replace(/^time(\(\d+\))? without time zone/, 'time$1')
    .replace(/^double precision/, 'float8');
  return base
    .replace(/\([^)]*,[^)]*\)/, '')
    .replace(/\s+/g, '_')
    .replace(/[^A-Za-z0-9_()[\]-]/g, '_');
}

/** The full type when compactType had to shorten it. */
function typeNote(column: ColumnModel): string {
  return /\([^)]*,[^)]*\)/.test(column.sqlType) ? column.sqlType : '';
}

function keys(column: ColumnModel, table: TableModel): string {
  const marks: string[] = [];
  if (table.primaryKey.includes(column.name)) marks.push('PK');
  if (table.foreignKeys.some((fk) => fk.columns.includes(column.name))) marks.push('FK');
  if (!table.primaryKey.includes(column.name) && table.uniques.some((u) => u.columns.length === 1 && u.columns[0] === column.name)) marks.push('UK');
  return marks.join(', ');
}

/** Mermaid cardinality: parent side `||` (required) or `o|` (nullable); child side `o|` (one-to-one) or `o{`. */
function relationship(edge: ForeignKeyEdge, child: TableModel): string {
  const notNull = edge.columns.some((c) => child.columns.find((col) => col.name === c)?.notNull);
  const oneToOne = child.uniques.some((u) => sameSet(u.columns, edge.columns)) || sameSet(child.primaryKey, edge.columns);
  const identifying = edge.columns.every((c) => child.primaryKey.includes(c));
  return `${notNull ? '||' : 'o|'}${identifying ? '--' : '..'}${oneToOne ? 'o|' : 'o{'}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function quote(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

/** The diagram as Mermaid source (render it in GitHub markdown inside a ```mermaid block). */
export function emitDiagramMermaid(schema: SchemaModel, overlay?: DiagramOverlay): string {
  const lines = [`%% ${GENERATED_HEADER}`];
  if (overlay) {
    lines.push(`%% scenario ${overlay.scenario}; load order: ${overlay.loadOrder.map((id) => id.replace(/^public\./, '')).join(' -> ')}`);
  }
  lines.push('erDiagram');
  const byId = new Map(schema.tables.map((t) => [t.id, t]));
  for (const table of schema.tables) {
    const planned = overlay?.tables.get(table.id);
    const label = planned ? `["${table.schema === 'public' ? table.name : table.id} (${planned.rows} rows, loaded ${ordinal(planned.position)})"]` : '';
    lines.push(`  ${entityName(table)}${label} {`);
    for (const column of table.columns) {
      const marks = keys(column, table);
      const notes = [typeNote(column), column.notNull || table.primaryKey.includes(column.name) ? '' : 'nullable', column.enumValues && column.kind !== 'enum' ? `one of ${column.enumValues.join(' ')}` : ''].filter(Boolean).join(', ');
      lines.push(`    ${compactType(column)} ${column.name}${marks ? ` ${marks}` : ''}${notes ? ` ${quote(notes)}` : ''}`);
    }
    lines.push('  }');
  }
  for (const child of schema.tables) {
    for (const edge of child.foreignKeys) {
      const parent = byId.get(edge.to);
      if (!parent) continue;
      const note = edgeNote(overlay?.edges.get(edgeKey(edge)));
      const label = `${edge.columns.join(', ')}${note ? ` (${note})` : ''}`;
      lines.push(`  ${entityName(parent)} ${relationship(edge, child)} ${entityName(child)} : ${quote(label)}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * The SQL text of seed.sql around its COPY data: the transaction's prologue, each table's COPY statement, the cycle
 * fix-ups, the proof of relaxed foreign keys and the sequence resets. emit-artifacts.ts writes them in order, with
 * the rows in between. seed.sql loads with psql alone: everything it needs to be correct is in this text.
 */
import { TOOL_VERSION, type Manifest, type ManifestTable } from '../runtime/manifest.ts';
import { ident, identList, literal, qualified } from '../runtime/sql.ts';
import type { ColumnModel, ForeignKeyEdge, TableModel } from './model.ts';
import type { LoadPlan } from './plan-scenario.ts';

/** The start of seed.sql: its header comment, the transaction and its settings, and the prologue of a FK cycle. */
export function seedSqlHeader(plan: LoadPlan): string {
  const s = plan.scenario;
  const lines = [
    `-- seedforge ${TOOL_VERSION} - scenario "${s.name}", seed ${s.seed}, reference date ${s.referenceDate}.`,
    '-- Generated file: do not edit. Load with: psql -v ON_ERROR_STOP=1 -f seed.sql',
    '',
    'BEGIN;',
    "SET LOCAL client_encoding = 'UTF8';",
    "SET LOCAL datestyle = 'ISO, YMD';",
    "SET LOCAL timezone = 'UTC';",
  ];
  if (plan.relaxed.length > 0) lines.push(relaxedPrologue(plan));
  return lines.join('\n') + '\n';
}

/**
 * NOT NULL foreign-key cycles cannot be loaded in any order. Defer the constraints when they are DEFERRABLE,
 * otherwise (superuser) skip FK triggers for this transaction; the load is then proven by the checks at the end.
 */
function relaxedPrologue(plan: LoadPlan): string {
  const names = plan.relaxed.map((e) => literal(e.name)).join(', ');
  const described = plan.relaxed.map((e) => `${e.from}(${e.columns.join(', ')}) -> ${e.to}`).join('; ');
  return `
-- NOT NULL foreign-key cycle: ${described}
DO $seedforge$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname IN (${names}) AND NOT condeferrable) THEN
    SET CONSTRAINTS ALL DEFERRED;
  ELSIF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    SET LOCAL session_replication_role = replica;
  ELSE
    RAISE EXCEPTION 'seedforge: the foreign keys ${described.replace(/'/g, "''")} form a NOT NULL cycle. Make them DEFERRABLE INITIALLY IMMEDIATE, or load as a superuser.';
  END IF;
END
$seedforge$;`;
}

/** After the rows: proves every relaxed foreign key holds (the load fails on an orphan). */
export function relaxedVerification(relaxed: Manifest['relaxedForeignKeys']): string {
  const checks = relaxed.map((fk) => {
    const child = qualified({ schema: fk.schema, name: fk.table });
    const parent = qualified({ schema: fk.references.schema, name: fk.references.table });
    const join = fk.columns.map((c, i) => `p.${ident(fk.references.columns[i]!)} = c.${ident(c)}`).join(' AND ');
    const notNull = fk.columns.map((c) => `c.${ident(c)} IS NOT NULL`).join(' AND ');
    return `  IF EXISTS (SELECT 1 FROM ${child} AS c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${parent} AS p WHERE ${join})) THEN
    RAISE EXCEPTION 'seedforge: orphan rows in ${fk.table}(${fk.columns.join(', ')}) -> ${fk.references.table}';
  END IF;`;
  });
  return `\n-- Prove the relaxed foreign keys hold.\nDO $seedforge$\nBEGIN\n  IF current_setting('session_replication_role') <> 'origin' THEN\n    SET LOCAL session_replication_role = origin;\n  END IF;\n${checks.join('\n')}\nEND\n$seedforge$;\n`;
}

/** The statement before a table's COPY data (ended by `\.`). */
export function copyStatement(table: { schema: string; name: string }, columns: readonly ColumnModel[]): string {
  return `\nCOPY ${qualified(table)} (${identList(columns.map((c) => c.name))}) FROM stdin WITH (FORMAT csv);\n`;
}

/**
 * A cycle fix-up (the `n`th): `before` its rows, which are COPY data into a temporary table, `after` them the end of
 * that data and the UPDATE that sets the deferred columns by the rows' keys.
 */
export function fixupStatements(n: number, fixup: { edge: ForeignKeyEdge; table: TableModel; key: ColumnModel[]; columns: ColumnModel[] }): { before: string; after: string } {
  const temp = ident(`seedforge_fixup_${n}`);
  const { edge, table, key, columns } = fixup;
  const before =
    `\n-- Cycle fix-up: ${table.name}.${edge.columns.join(', ')} -> ${edge.to}\n` +
    `CREATE TEMP TABLE ${temp} ON COMMIT DROP AS SELECT ${identList([...key, ...columns].map((c) => c.name))} FROM ${qualified(table)} WITH NO DATA;\n` +
    `COPY ${temp} FROM stdin WITH (FORMAT csv);\n`;
  const set = columns.map((c) => `${ident(c.name)} = f.${ident(c.name)}`).join(', ');
  const match = key.map((c) => `t.${ident(c.name)} = f.${ident(c.name)}`).join(' AND ');
  return { before, after: `\\.\nUPDATE ${qualified(table)} AS t SET ${set} FROM ${temp} AS f WHERE ${match};\n` };
}

/** Moves every loaded table's sequences past its largest id (nothing when no table has one). */
export function sequenceResets(tables: readonly Pick<ManifestTable, 'schema' | 'name' | 'sequences'>[]): string {
  const resets = tables.flatMap((table) =>
    table.sequences.map(
      (seq) =>
        `  PERFORM setval(pg_get_serial_sequence(${literal(qualified(table))}, ${literal(seq.column)}), (SELECT COALESCE(MAX(${ident(seq.column)}), 0) + 1 FROM ${qualified(table)}), false);\n`,
    ),
  );
  return resets.length > 0 ? `\n-- Move sequences past the loaded ids.\nDO $seedforge$\nBEGIN\n${resets.join('')}END\n$seedforge$;\n` : '';
}

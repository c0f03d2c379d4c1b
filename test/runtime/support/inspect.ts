import type { Database } from '../../../runtime/connection.ts';

/** Row counts of the given tables (`schema.table`), -1 when the table does not exist. */
export async function tableCounts(db: Database, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const [schema, name] = table.split('.') as [string, string];
    const [exists] = await db.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [`"${schema}"."${name}"`]);
    if (!exists?.ok) {
      out[table] = -1;
      continue;
    }
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}"."${name}"`);
    out[table] = row!.n;
  }
  return out;
}

/** Everything a refusal must leave untouched: table counts, ledger runs, whether the ledger exists. */
export async function databaseState(db: Database, tables: string[]): Promise<{ counts: Record<string, number>; ledger: boolean; runs: unknown[] }> {
  const [ledger] = await db.query<{ ok: boolean }>(`SELECT to_regclass('seedforge.runs') IS NOT NULL AS ok`);
  const runs = ledger?.ok ? await db.query(`SELECT id::int, scenario, checksum, status FROM seedforge.runs ORDER BY id`) : [];
  return { counts: await tableCounts(db, tables), ledger: ledger?.ok === true, runs };
}

export const shopTables = ['public.teams', 'public.users', 'billing.invoices', 'public.user_tags'];

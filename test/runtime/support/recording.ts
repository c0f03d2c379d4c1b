import type { Database } from '../../../runtime/connection.ts';

/** One statement a recorded session sent: `session` (outside a transaction), `tx` (inside one) or `other` (a second session). */
export interface RecordedStatement {
  where: 'session' | 'tx' | 'other';
  sql: string;
}

/** A session that records every statement it (and its transactions and second sessions) sends. */
export function recording(db: Database, log: RecordedStatement[], where: RecordedStatement['where'] = 'session'): Database {
  const recorded: Database = {
    kind: db.kind,
    description: db.description,
    query: (text, params) => (log.push({ where, sql: text }), db.query(text, params)),
    exec: (sql) => (log.push({ where, sql }), db.exec(sql)),
    transaction: (fn) => db.transaction((tx) => fn(recording(tx, log, 'tx'))),
    savepoint: (fn) => (log.push({ where, sql: 'SAVEPOINT' }), db.savepoint((sp) => fn(recording(sp, log, where)))),
    copyFrom: (sql, chunks) => db.copyFrom(sql, chunks),
    close: () => db.close(),
  };
  const again = db.connectAgain?.bind(db);
  if (again) recorded.connectAgain = async () => recording(await again(), log, 'other');
  return recorded;
}

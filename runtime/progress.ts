/** What apply, rollback and clear report while they work. The CLI turns these into a progress display or log lines. */
export type ProgressEvent =
  /** `defaulted`: chosen because neither --db nor DATABASE_URL named a database. */
  | { type: 'target'; kind: 'postgres' | 'pglite'; description: string; defaulted: boolean }
  | { type: 'waiting'; message: string }
  | { type: 'schema-created'; tables: number }
  | { type: 'phase'; message: string }
  /** Something the user should act on that did not stop the run (also in the result's `warnings`). */
  | { type: 'warning'; message: string }
  | { type: 'table-start'; table: string; rows: number; bytes: number; index: number; count: number }
  | { type: 'table-progress'; table: string; bytes: number; totalBytes: number; rows: number; totalRows: number }
  | { type: 'table-done'; table: string; rows: number; ms: number }
  | { type: 'table-deleted'; table: string; rows: number };

export type ProgressListener = (event: ProgressEvent) => void;

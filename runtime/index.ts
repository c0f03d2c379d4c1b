export * from './manifest.ts';
export { connect, resolveTarget, describeTarget, redactUrl, DEFAULT_PGLITE_DIR } from './connection.ts';
export type { Database, Target, ConnectOptions } from './connection.ts';
export { RuntimeError, RuntimeErrorCodes, isRuntimeError } from './errors.ts';
export type { RuntimeErrorCode } from './errors.ts';
export {
  ENVIRONMENTS,
  assertMockAllowed,
  detectEnvironment,
  markDatabase,
  parseEnvironmentName,
  readDatabaseMark,
  resolveEnvironment,
} from './environment.ts';
export type { EnvironmentName, EnvironmentSource } from './environment.ts';
export { LOCK_KEY, withLock } from './lock.ts';
export type { LockOptions } from './lock.ts';
export { LEDGER_SCHEMA, LEDGER_VERSION, ensureLedger, ledgerExists } from './ledger.ts';

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
export { applyArtifacts, applyStreamed } from './apply.ts';
export type { ApplyOptions, ApplyPlan, ApplyResult, StreamedApplyOptions } from './apply.ts';
export { ByteChannel } from './streamed-artifacts.ts';
export type { StreamedArtifacts } from './streamed-artifacts.ts';
export { clear, rollback } from './rollback.ts';
export type { RollbackOptions, RollbackResult, RolledBackRun } from './rollback.ts';
export { status } from './status.ts';
export type { RunStatus, StatusResult } from './status.ts';
export type { RunRecord } from './runs.ts';
export { listScenarios, readArtifacts, resolveArtifactDir } from './artifacts.ts';
export { diffSchema } from './schema-drift.ts';
export type { SchemaDifference } from './schema-drift.ts';
export type { ProgressEvent, ProgressListener } from './progress.ts';
export type { DatabaseOption } from './open-database.ts';
export {
  createSeedFile,
  extractSeedFile,
  initSeeds,
  listSeedFiles,
  runSeedFiles,
  seedFileStatus,
} from './seed-files/index.ts';
export type { ExtractOptions, ExtractResult, SeedRunOptions, SeedRunResult, SeedListReport, SeedStatusReport } from './seed-files/index.ts';

/**
 * Every diagnostic code seedforge reports, in one place. Codes are stable: tools and docs may match on them.
 */
export const DiagnosticCode = {
  ConfigNotFound: 'SEEDFORGE_CONFIG_NOT_FOUND',
  ConfigLoadFailed: 'SEEDFORGE_CONFIG_LOAD_FAILED',
  ConfigInvalid: 'SEEDFORGE_CONFIG_INVALID',
  SchemaNotFound: 'SEEDFORGE_SCHEMA_NOT_FOUND',
  SchemaLoadFailed: 'SEEDFORGE_SCHEMA_LOAD_FAILED',
  SchemaEmpty: 'SEEDFORGE_SCHEMA_EMPTY',
  UnsupportedDialect: 'SEEDFORGE_UNSUPPORTED_DIALECT',
  ScenarioNotFound: 'SEEDFORGE_SCENARIO_NOT_FOUND',
  ScenarioDuplicate: 'SEEDFORGE_SCENARIO_DUPLICATE',
  ScenarioNameInvalid: 'SEEDFORGE_SCENARIO_NAME_INVALID',
  UnknownTable: 'SEEDFORGE_UNKNOWN_TABLE',
  UnknownColumn: 'SEEDFORGE_UNKNOWN_COLUMN',
  UnknownGenerator: 'SEEDFORGE_UNKNOWN_GENERATOR',
  UnknownGeneratorVersion: 'SEEDFORGE_UNKNOWN_GENERATOR_VERSION',
  InvalidGeneratorOptions: 'SEEDFORGE_INVALID_GENERATOR_OPTIONS',
  GeneratorTypeMismatch: 'SEEDFORGE_GENERATOR_TYPE_MISMATCH',
  InvalidCount: 'SEEDFORGE_INVALID_COUNT',
  UniqueInfeasible: 'SEEDFORGE_UNIQUE_INFEASIBLE',
  UniqueFallback: 'SEEDFORGE_UNIQUE_FALLBACK',
  ForeignKeyInfeasible: 'SEEDFORGE_FK_INFEASIBLE',
  ForeignKeyCycle: 'SEEDFORGE_FK_CYCLE',
  CountLowered: 'SEEDFORGE_COUNT_LOWERED',
  ColumnUnfillable: 'SEEDFORGE_COLUMN_UNFILLABLE',
  CheckUnsupported: 'SEEDFORGE_CHECK_UNSUPPORTED',
  CheckUnsatisfied: 'SEEDFORGE_CHECK_UNSATISFIED',
  DeriveFailed: 'SEEDFORGE_DERIVE_FAILED',
  ValueInvalid: 'SEEDFORGE_VALUE_INVALID',
  FixtureInvalid: 'SEEDFORGE_FIXTURE_INVALID',
  OutputFailed: 'SEEDFORGE_OUTPUT_FAILED',
  TypeError: 'SEEDFORGE_TYPE_ERROR',
} as const;

export type DiagnosticCode = (typeof DiagnosticCode)[keyof typeof DiagnosticCode];

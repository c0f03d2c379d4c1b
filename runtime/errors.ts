/**
 * Runtime errors: problems the user can act on (a refused apply, an unreachable server, drift).
 * The CLI prints them without a stack and exits 1; any other error is an internal error (exit 2).
 */

/** Stable codes for every runtime refusal. Tests and tools match on these, never on message text. */
export const RuntimeErrorCodes = {
  /** The database server cannot be reached or refuses the connection. */
  DbUnreachable: 'SEEDFORGE_DB_UNREACHABLE',
  /** --db / DATABASE_URL is not a usable connection string. */
  DbUrlInvalid: 'SEEDFORGE_DB_URL_INVALID',
  /** The environment name (--env, SEEDFORGE_ENV, NODE_ENV) is not one we know. */
  EnvUnknown: 'SEEDFORGE_ENV_UNKNOWN',
  /** Mock data refused because the local environment is production. */
  EnvProduction: 'SEEDFORGE_ENV_PRODUCTION',
  /** Mock data refused because the target database is marked production. */
  DbMarkedProduction: 'SEEDFORGE_DB_MARKED_PRODUCTION',
  /** Another seedforge run holds the advisory lock (or the embedded database's file lock). */
  Locked: 'SEEDFORGE_LOCKED',
  /** No artifacts where we looked, or several scenarios and none chosen. */
  ArtifactsNotFound: 'SEEDFORGE_ARTIFACTS_NOT_FOUND',
  /** manifest.json is unreadable, malformed, or its checksum does not match its content. */
  ManifestInvalid: 'SEEDFORGE_MANIFEST_INVALID',
  /** manifest.json was written by a newer seedforge than this one. */
  ManifestTooNew: 'SEEDFORGE_MANIFEST_TOO_NEW',
  /** A file's sha256 or size differs from the manifest. */
  ChecksumMismatch: 'SEEDFORGE_CHECKSUM_MISMATCH',
  /** The live schema differs from the one the artifacts were compiled against. */
  SchemaDrift: 'SEEDFORGE_SCHEMA_DRIFT',
  /** The scenario was applied with different artifacts; --fresh replaces them. */
  AlreadyAppliedDifferent: 'SEEDFORGE_ALREADY_APPLIED_DIFFERENT',
  /** Loading failed (COPY, fix-ups, row counts); everything was rolled back. */
  LoadFailed: 'SEEDFORGE_LOAD_FAILED',
  /** Foreign keys of a NOT NULL cycle cannot be relaxed on this server, or the loaded rows violate them. */
  IntegrityFailed: 'SEEDFORGE_INTEGRITY_FAILED',
  /** Rows the seeded run did not insert reference seeded rows: rollback refuses to cascade. */
  RollbackReferenced: 'SEEDFORGE_ROLLBACK_REFERENCED',
  /** No such run / scenario in the ledger. */
  RunNotFound: 'SEEDFORGE_RUN_NOT_FOUND',
  /** A destructive command needs confirmation: --yes when not on a TTY. */
  ConfirmationRequired: 'SEEDFORGE_CONFIRMATION_REQUIRED',
  /** The user answered no to a confirmation. */
  Aborted: 'SEEDFORGE_ABORTED',
} as const;

export type RuntimeErrorCode = (typeof RuntimeErrorCodes)[keyof typeof RuntimeErrorCodes];

/**
 * A user-facing runtime error with a stable `code` and a `hint` that says what to do.
 *
 * @example throw new RuntimeError('SEEDFORGE_DB_MARKED_PRODUCTION', 'the database is marked production', { hint: '...' })
 */
export class RuntimeError extends Error {
  readonly code: RuntimeErrorCode;
  readonly hint: string | undefined;
  /** Extra structured data for --json output and tests (e.g. the drift list). */
  readonly details: unknown;
  /** Exit code the CLI uses: always 1 (a user error). */
  readonly exitCode = 1 as const;

  constructor(code: RuntimeErrorCode, message: string, options: { hint?: string; details?: unknown; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RuntimeError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
  }
}

/** True for RuntimeError, also across two loaded copies of the module (bundle chunks, tests). */
export function isRuntimeError(error: unknown): error is RuntimeError {
  const e = error as { code?: unknown; exitCode?: unknown };
  return error instanceof Error && typeof e.code === 'string' && e.code.startsWith('SEEDFORGE_') && e.exitCode === 1;
}

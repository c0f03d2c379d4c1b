import { RuntimeError, type RuntimeErrorCode } from '../errors.ts';

/**
 * Stable codes for seed-file problems. They extend the runtime's codes (runtime/errors.ts) and follow the same
 * `SEEDFORGE_` convention, so `isRuntimeError` and the CLI treat them alike.
 */
export const SeedFileErrorCodes = {
  /** No seeds/ directory (or the one given with --dir). */
  DirMissing: 'SEEDFORGE_SEED_DIR_MISSING',
  /** Both seeds/prod and seeds/production exist. */
  FolderConflict: 'SEEDFORGE_SEED_FOLDER_CONFLICT',
  /** A file or folder under seeds/ that never runs (a warning). */
  Ignored: 'SEEDFORGE_SEED_IGNORED',
  /** A header field is misspelled, repeated, or has a value we do not accept. */
  HeaderInvalid: 'SEEDFORGE_SEED_HEADER_INVALID',
  /** `${NAME}` has no value in the environment or the .env files. */
  VariableMissing: 'SEEDFORGE_SEED_VARIABLE_MISSING',
  /** `${...}` that is not `${NAME}` or `${hash:NAME}`, or one where a value cannot be placed safely. */
  PlaceholderInvalid: 'SEEDFORGE_SEED_PLACEHOLDER_INVALID',
  /** An unterminated string, quoted identifier, dollar quote or comment. */
  SyntaxInvalid: 'SEEDFORGE_SEED_SYNTAX',
  /** BEGIN/COMMIT/ROLLBACK or a psql meta-command in a seed file. */
  StatementUnsupported: 'SEEDFORGE_SEED_STATEMENT_UNSUPPORTED',
  /** A file already applied with different content and not idempotent: refused without --force. */
  ChangedNotIdempotent: 'SEEDFORGE_SEED_CHANGED',
  /** The database is marked (`seedforge env mark`) for another environment than the run's. */
  EnvironmentMismatch: 'SEEDFORGE_SEED_ENV_MISMATCH',
  /** `seed run NAME`: no such file for this environment. */
  FileNotFound: 'SEEDFORGE_SEED_NOT_FOUND',
  /** A seed file failed on the server; it was rolled back, earlier files stay applied. */
  FileFailed: 'SEEDFORGE_SEED_FAILED',
  /** `seed create`: the file exists already. */
  FileExists: 'SEEDFORGE_SEED_FILE_EXISTS',
  /** `seed extract`: no such table, no primary key, or the --where clause failed. */
  ExtractFailed: 'SEEDFORGE_SEED_EXTRACT_FAILED',
} as const;

export type SeedFileErrorCode = (typeof SeedFileErrorCodes)[keyof typeof SeedFileErrorCodes];

/** One problem found before anything ran, in the shape the CLI prints as `file:line:col  error CODE message`. */
export interface SeedProblem {
  code: SeedFileErrorCode;
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
  source?: { file: string; line?: number; column?: number };
}

/** A RuntimeError for a seed-file code. */
export function seedError(
  code: SeedFileErrorCode | RuntimeErrorCode,
  message: string,
  options: { hint?: string; details?: unknown; cause?: unknown } = {},
): RuntimeError {
  // The runtime's code union does not list ours (they live with the feature); the value is still a stable code.
  return new RuntimeError(code as RuntimeErrorCode, message, options);
}

/**
 * The problems found while preparing a run (all of them, not just the first). Nothing ran and nothing was written.
 * `diagnostics` makes the CLI print each with its file and line.
 */
export class SeedProblemsError extends RuntimeError {
  readonly diagnostics: SeedProblem[];

  constructor(problems: SeedProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0] ?? problems[0]!;
    super(first.code as RuntimeErrorCode, formatProblems(errors), { details: { problems }, ...(first.hint ? { hint: first.hint } : {}) });
    this.name = 'SeedProblemsError';
    this.diagnostics = problems;
  }
}

/** `seeds/all/001_roles.sql:4:12: variable ADMIN_EMAIL is not set`, one per line. */
export function formatProblems(problems: SeedProblem[]): string {
  return problems
    .map((p) => {
      const where = p.source ? `${p.source.file}${p.source.line ? `:${p.source.line}` : ''}${p.source.column ? `:${p.source.column}` : ''}: ` : '';
      return `${where}${p.message}`;
    })
    .join('\n');
}

/** Throws SeedProblemsError when any problem is an error. */
export function throwIfErrors(problems: SeedProblem[]): void {
  if (problems.some((p) => p.severity === 'error')) throw new SeedProblemsError(problems);
}

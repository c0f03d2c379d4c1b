import type { DiagnosticCode } from './diagnostic-codes.ts';

/** A generation failure found while producing rows (reported as a diagnostic; nothing is written). */
export class GenerationError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly path: string[],
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'GenerationError';
  }
}

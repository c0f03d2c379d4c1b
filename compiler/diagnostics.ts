import type { DiagnosticCode } from './diagnostic-codes.ts';

/** Where the user can fix a problem. */
export interface DiagnosticSource {
  file: string;
  line?: number;
  column?: number;
}

/** A problem found while loading, checking or compiling. Problems are data; only the CLI prints them. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  message: string;
  /** Table and column (or config keys) the problem is about, e.g. `['orders', 'user_id']`. */
  path: string[];
  source?: DiagnosticSource;
  /** How to fix it, one sentence. */
  hint?: string;
}

/** Collects diagnostics; compile steps add to it instead of throwing on the first problem. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  error(code: DiagnosticCode, message: string, options: Omit<Partial<Diagnostic>, 'code' | 'message'> = {}): void {
    this.items.push({ code, severity: 'error', message, path: options.path ?? [], ...pick(options) });
  }

  warn(code: DiagnosticCode, message: string, options: Omit<Partial<Diagnostic>, 'code' | 'message'> = {}): void {
    this.items.push({ code, severity: 'warning', message, path: options.path ?? [], ...pick(options) });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }
}

function pick(options: Partial<Diagnostic>): Partial<Diagnostic> {
  const out: Partial<Diagnostic> = {};
  if (options.source) out.source = options.source;
  if (options.hint) out.hint = options.hint;
  return out;
}

/** Thrown only to carry collected diagnostics across an async boundary; never shown raw. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'DiagnosticsError';
  }
}

/** One diagnostic as `file:line:col  error CODE  message` plus an indented hint. */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const where = d.source ? `${relative(cwd, d.source.file)}${d.source.line ? `:${d.source.line}` : ''}${d.source.column ? `:${d.source.column}` : ''}  ` : '';
  const head = `${where}${d.severity} ${d.code}  ${d.message}`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

function relative(cwd: string, file: string): string {
  return file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file;
}

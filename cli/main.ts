import { Command, CommanderError } from 'commander';
import { formatDiagnostic, type Diagnostic } from '../compiler/diagnostics.ts';
import { removeTemporaryFiles } from '../compiler/temporary-files.ts';
import { CliError } from './errors.ts';
import { out } from './output.ts';
import { registerCommands } from './commands/index.ts';
import { TOOL_VERSION as VERSION } from '../runtime/manifest.ts';

/** Exit codes: 0 success, 1 user error (diagnostics printed), 2 internal error. */
async function main(argv: string[]): Promise<number> {
  const program = new Command('seedforge')
    .description('Reproducible, realistic, constraint-valid seed data from typed Drizzle definitions.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .exitOverride();
  let exitCode = 0;
  registerCommands(program, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return report(error);
  }
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander already printed its message (help, version, or a usage problem).
    return error.exitCode === 0 ? 0 : 1;
  }
  const diagnostics = (error as { diagnostics?: unknown }).diagnostics;
  if (Array.isArray(diagnostics)) {
    return printDiagnostics(diagnostics as Diagnostic[]);
  }
  if (error instanceof CliError || isUserError(error)) {
    out.error(`seedforge: ${error.message}`);
    if (error.hint) out.error(`  hint: ${error.hint}`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  out.error(`seedforge: internal error: ${message}`);
  if (process.env.SEEDFORGE_DEBUG && error instanceof Error && error.stack) out.error(error.stack);
  else out.error('  (set SEEDFORGE_DEBUG=1 for a stack trace, and please report it)');
  return 2;
}

/** Runtime errors (runtime/errors.ts) carry a `SEEDFORGE_*` code and exit code 1: user errors, printed without a stack. */
function isUserError(error: unknown): error is Error & { exitCode: number; hint?: string } {
  const e = error as { code?: unknown; exitCode?: unknown };
  return error instanceof Error && typeof e.code === 'string' && e.code.startsWith('SEEDFORGE_') && typeof e.exitCode === 'number';
}

function printDiagnostics(diagnostics: Diagnostic[]): number {
  for (const d of diagnostics) out.error(formatDiagnostic(d));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  out.error(`\n${errors} error(s), ${diagnostics.length - errors} warning(s); nothing was written.`);
  return errors > 0 ? 1 : 0;
}

// Stopped by Ctrl-C or a TERM signal: remove what an unfinished compile wrote only for itself (its staging directory,
// the bundled config next to the user's files), then exit as the signal would have. A load in progress needs nothing:
// its transaction rolls back when the connection closes.
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15]] as const) {
  process.once(signal, () => {
    removeTemporaryFiles();
    process.exit(128 + number);
  });
}

const code = await main(process.argv);
process.exitCode = code;

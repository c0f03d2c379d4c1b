import { Command, CommanderError } from 'commander';
import { CliError } from './errors.ts';
import { out } from './output.ts';
import { registerCommands } from './commands/index.ts';
import { TOOL_VERSION as VERSION } from '../runtime/manifest.ts';

/** Exit codes: 0 success, 1 user error (diagnostics printed), 2 internal error. */
async function main(argv: string[]): Promise<number> {
  process.setSourceMapsEnabled(true);
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
    return printDiagnostics(diagnostics);
  }
  if (error instanceof CliError) {
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

function printDiagnostics(diagnostics: unknown[]): number {
  // Imported lazily: formatting lives with the compiler's diagnostics.
  return diagnostics.length === 0 ? 1 : printWith(diagnostics);
}

function printWith(diagnostics: unknown[]): number {
  for (const d of diagnostics as { severity: string; code: string; message: string; hint?: string; source?: { file: string; line?: number; column?: number } }[]) {
    const where = d.source ? `${relativeTo(d.source.file)}${d.source.line ? `:${d.source.line}` : ''}${d.source.column ? `:${d.source.column}` : ''}  ` : '';
    out.error(`${where}${d.severity} ${d.code}  ${d.message}`);
    if (d.hint) out.error(`    hint: ${d.hint}`);
  }
  const errors = diagnostics.filter((d) => (d as { severity: string }).severity === 'error').length;
  out.error(`\n${errors} error(s), ${diagnostics.length - errors} warning(s); nothing was written.`);
  return errors > 0 ? 1 : 0;
}

function relativeTo(file: string): string {
  const cwd = process.cwd();
  return file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file;
}

const code = await main(process.argv);
process.exitCode = code;

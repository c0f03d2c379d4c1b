/**
 * `seedforge check`'s TypeScript pass: type-checks the config file and every file it imports with the user's
 * tsconfig (or strict defaults) and turns TypeScript's errors into seedforge diagnostics. ts-morph is heavy, so it is
 * imported here, lazily, and only `check` calls this.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { Diagnostic } from './diagnostics.ts';
import { typeErrorHint, typeErrorMessage } from './type-error-text.ts';
import { loadTsMorph } from './ts-morph-printer.ts';

/** Compiler options used when the project has no tsconfig.json: strict, modern ESM, no output. */
export const DEFAULT_CHECK_OPTIONS = {
  strict: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  resolveJsonModule: true,
} as const;

export interface TypeCheckOptions {
  /** An explicit tsconfig.json; by default the nearest one above the entry file. */
  tsconfig?: string;
}

export interface TypeCheckResult {
  diagnostics: Diagnostic[];
  /** The tsconfig used, when one was found. */
  tsconfig?: string;
  /** How many of the user's files were checked. */
  files: number;
}

/** Finds the nearest tsconfig.json at or above `dir`. */
export function findTsconfig(dir: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const candidate = join(current, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}

/** Type-checks `entry` and the files it imports (not node_modules); TypeScript errors become diagnostics. */
export async function typeCheckProject(entry: string, options: TypeCheckOptions = {}): Promise<TypeCheckResult> {
  const { Project, ts } = await loadTsMorph();
  const file = resolve(entry);
  const tsconfig = options.tsconfig ? resolve(options.tsconfig) : findTsconfig(dirname(file));
  const project = tsconfig
    ? new Project({ tsConfigFilePath: tsconfig, skipAddingFilesFromTsConfig: true, compilerOptions: { noEmit: true } })
    : new Project({ compilerOptions: defaultOptions(ts) });
  project.addSourceFileAtPath(file);
  project.resolveSourceFileDependencies();
  const program = project.getProgram().compilerObject;
  const own = program.getSourceFiles().filter((sf) => !program.isSourceFileFromExternalLibrary(sf) && !program.isSourceFileDefaultLibrary(sf) && !/[\\/]node_modules[\\/]/.test(sf.fileName));
  const raw = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(), ...own.flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)])];
  const diagnostics = raw.filter((d) => d.category === ts.DiagnosticCategory.Error || d.category === ts.DiagnosticCategory.Warning).map((d) => toDiagnostic(ts, d, tsconfig));
  return { diagnostics: dedupe(diagnostics), tsconfig, files: own.length };
}

type Ts = typeof import('ts-morph').ts;

function defaultOptions(ts: Ts): import('ts-morph').ts.CompilerOptions {
  return {
    ...DEFAULT_CHECK_OPTIONS,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
  };
}

function toDiagnostic(ts: Ts, d: import('ts-morph').ts.Diagnostic, tsconfig: string | undefined): Diagnostic {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  const diagnostic: Diagnostic = {
    code: DiagnosticCode.TypeError,
    severity: d.category === ts.DiagnosticCategory.Error ? 'error' : 'warning',
    message: typeErrorMessage(text, d.code),
    path: [`TS${d.code}`],
    hint: typeErrorHint(text, d.code),
  };
  if (d.file && d.start !== undefined) {
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    diagnostic.source = { file: d.file.fileName, line: line + 1, column: character + 1 };
  } else if (tsconfig) {
    diagnostic.source = { file: tsconfig };
  }
  return diagnostic;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.source?.file}:${d.source?.line}:${d.source?.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

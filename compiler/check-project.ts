import { resolve } from 'node:path';
import { compile, type CompileOptions } from './compile.ts';
import { DiagnosticCode } from './diagnostic-codes.ts';
import type { Diagnostic } from './diagnostics.ts';
import { findConfigFile } from './load-project.ts';
import type { LoadPlan } from './plan-scenario.ts';

export interface CheckOptions extends CompileOptions {
  /** Run the TypeScript checker too (default true). */
  types?: boolean;
  /** tsconfig.json for the TypeScript pass (default: the nearest one above the config file). */
  tsconfig?: string;
}

export interface CheckResult {
  /** Type errors and semantic problems, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  plans: LoadPlan[];
  /** What the TypeScript pass looked at (absent when it did not run). */
  types?: { files: number; tsconfig?: string };
}

/**
 * Everything `seedforge check` reports: TypeScript errors in the config and the files it imports, and the compiler's
 * semantic diagnostics (unknown columns, infeasible constraints, ...). Writes nothing.
 *
 * @example const { diagnostics } = await checkProject({ config: 'mock.config.ts' })
 */
export async function checkProject(options: CheckOptions): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const semantic = await compile({ ...options, checkOnly: true });
  const entry = options.schema ? resolve(cwd, options.schema) : findConfigFile(cwd, options.config);
  const diagnostics = [...semantic.diagnostics];
  let types: CheckResult['types'];
  const loaded = !semantic.diagnostics.some((d) => d.code === DiagnosticCode.ConfigNotFound || d.code === DiagnosticCode.SchemaNotFound);
  if (options.types !== false && entry && loaded) {
    const { typeCheckProject } = await import('./type-check-project.ts');
    const result = await typeCheckProject(entry, { tsconfig: options.tsconfig });
    diagnostics.push(...result.diagnostics);
    types = { files: result.files, tsconfig: result.tsconfig };
  }
  return { diagnostics: sortDiagnostics(diagnostics), plans: semantic.plans, types };
}

/** File order, like an editor's problems panel; diagnostics without a location go last, in the order found. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => {
      const fa = a.d.source?.file ?? '\uffff';
      const fb = b.d.source?.file ?? '\uffff';
      if (fa !== fb) return fa < fb ? -1 : 1;
      const la = a.d.source?.line ?? 0;
      const lb = b.d.source?.line ?? 0;
      if (la !== lb) return la - lb;
      const ca = a.d.source?.column ?? 0;
      const cb = b.d.source?.column ?? 0;
      return ca !== cb ? ca - cb : a.i - b.i;
    })
    .map(({ d }) => d);
}
